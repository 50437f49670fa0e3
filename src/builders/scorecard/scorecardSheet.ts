/**
 * One employee's scorecard sheet. Layout (rows 1-based as the user sees them):
 *   1        title
 *   3–7      employee, role, department, period, manager (values editable)
 *   9        KPI table header (repeated on every printed page)
 *   10…      KPI rows grouped by dimension, each group followed by its subtotal row
 *   T        total (weights and weighted total) · T+1 grade
 *   T+3…     grade bands (label, minimum total), score cap, scoring note, sign-off lines
 * Columns: A dimension · B KPI · C definition · D weight · E direction · F base target · G target ·
 * H challenge target · I actual (input) · J score · K weighted score · L self-review · M manager comment.
 *
 * The direction cell holds 1 or −1 (what the score formula and KPISCORE take) and a number format
 * shows it as words. Scores are kpiScoreExcelFormula (KPISCORE's rule, native functions only).
 */
import type {
  CellBlock,
  DataValidation,
  FormatRange,
  NumberFormatName,
  PlanCell,
  SheetPlan,
} from "../../plan/types";
import { format, type Locale } from "../../i18n/locale";
import { mergeRowBlocks, mergeRowFormats } from "./compactPlan";
import {
  COL,
  LAST_COLUMN,
  HEADER_FIELDS_ROW,
  TABLE_HEADER_ROW,
  TOTAL_DECIMALS,
  L,
  at,
  abs,
  range,
  UNIT_FORMATS,
  COLUMN_WIDTHS,
  gradeFormula,
  actualValidations,
} from "./scorecardLayout";
import { kpiScoreExcelFormula } from "./kpiScoreFormula";
import { excelString, SCORECARD_TEXTS } from "./scorecardTexts";
import type { Employee, GradeBand, ScorecardTemplate, TemplateKpi } from "./types";

export interface ScorecardSheetInput {
  key: string;
  /** Wanted sheet name (adapters make it valid and unique). */
  name: string;
  employee: Employee;
  /** What the Role field shows. */
  roleLabel: string;
  template: ScorecardTemplate;
  /** Prefilled actuals by KPI id. */
  actuals: ReadonlyMap<string, number>;
}

export interface ScorecardSheetSettings {
  locale: Locale;
  period: string;
  bands: readonly GradeBand[];
  cap: number;
  protect: boolean;
  password?: string;
}

export interface ScorecardSheet {
  sheet: SheetPlan;
  /** A1 of the weighted total and of the grade. */
  totalCell: string;
  gradeCell: string;
}

interface KpiGroup {
  dimension: string;
  kpis: TemplateKpi[];
}

/** KPIs grouped by dimension in order of first appearance, so each dimension has one subtotal. */
function groupByDimension(template: ScorecardTemplate, locale: Locale): KpiGroup[] {
  const groups: KpiGroup[] = [];
  for (const kpi of template.kpis) {
    const dimension = kpi.dimension[locale];
    const group = groups.find((candidate) => candidate.dimension === dimension);
    if (group) group.kpis.push(kpi);
    else groups.push({ dimension, kpis: [kpi] });
  }
  return groups;
}

export function scorecardSheet(
  input: ScorecardSheetInput,
  settings: ScorecardSheetSettings
): ScorecardSheet {
  const texts = SCORECARD_TEXTS[settings.locale];
  const { locale } = settings;
  const blocks: CellBlock[] = [];
  const formats: FormatRange[] = [];
  const validations: DataValidation[] = [];
  const editable: string[] = [];
  /** Actual cells by row and whether they hold a rate, merged into validation ranges at the end. */
  const rateRows: [number, boolean][] = [];

  blocks.push({ anchor: "A1", rows: [[`${texts.title} · ${input.template.name[locale]}`]] });
  formats.push({ range: "A1", style: "title" });

  const fields: [string, string][] = [
    [texts.employee, input.employee.name],
    [texts.role, input.roleLabel],
    [texts.department, input.employee.department],
    [texts.period, settings.period],
    [texts.manager, input.employee.manager],
  ];
  const fieldsEnd = HEADER_FIELDS_ROW + fields.length - 1;
  blocks.push({
    anchor: at(HEADER_FIELDS_ROW, 0),
    rows: fields.map(([label, value]) => [label, value === "" ? null : value]),
  });
  formats.push(
    { range: range(HEADER_FIELDS_ROW, fieldsEnd, 0), style: "label" },
    { range: range(HEADER_FIELDS_ROW, fieldsEnd, 1), style: "input", align: "left" }
  );
  editable.push(range(HEADER_FIELDS_ROW, fieldsEnd, 1));

  blocks.push({
    anchor: at(TABLE_HEADER_ROW, 0),
    rows: [
      [
        texts.dimension,
        texts.kpi,
        texts.definition,
        texts.weight,
        texts.direction,
        texts.threshold,
        texts.target,
        texts.stretch,
        texts.actual,
        texts.score,
        texts.weightedScore,
        texts.selfReview,
        texts.managerComment,
      ],
    ],
  });
  formats.push({
    range: range(TABLE_HEADER_ROW, TABLE_HEADER_ROW, 0, LAST_COLUMN),
    style: "header",
    wrap: true,
  });

  const groups = groupByDimension(input.template, locale);
  const kpiCount = input.template.kpis.length;
  // Rows are laid out first, so the score formulas can refer to the cap and band rows below.
  let row = TABLE_HEADER_ROW + 1;
  const groupRows = groups.map((group) => {
    const first = row;
    row += group.kpis.length;
    return { group, first, last: row - 1, subtotal: row++ };
  });
  const firstKpiRow = TABLE_HEADER_ROW + 1;
  const lastTableRow = row - 1;
  const totalRow = row;
  const gradeRow = row + 1;
  const bandsHeaderRow = gradeRow + 2;
  const firstBandRow = bandsHeaderRow + 1;
  const capRow = firstBandRow + settings.bands.length;
  const noteRow = capRow + 2;
  const signRow = noteRow + 2;
  const capCell = abs(capRow, 1);
  const incomplete = excelString(texts.incomplete);

  const directionFormat = {
    code: `"↑ ${texts.higherIsBetter}";"↓ ${texts.lowerIsBetter}"`,
  };
  const weightFormat: NumberFormatName = input.template.kpis.every((kpi) =>
    Number.isInteger(Math.round(kpi.weight * 1e6) / 1e4)
  )
    ? "percent"
    : "percent1";

  for (const { group, first, last, subtotal } of groupRows) {
    group.kpis.forEach((kpi, i) => {
      const r = first + i;
      const score = kpiScoreExcelFormula({
        actual: at(r, COL.actual),
        target: at(r, COL.target),
        direction: at(r, COL.direction),
        threshold: at(r, COL.threshold),
        stretch: at(r, COL.stretch),
        cap: capCell,
      });
      const actual = input.actuals.get(kpi.id);
      const cells: PlanCell[] = [
        group.dimension,
        kpi.name[locale],
        kpi.definition[locale] === "" ? null : kpi.definition[locale],
        kpi.weight,
        kpi.direction === "higher" ? 1 : -1,
        kpi.threshold ?? null,
        kpi.target,
        kpi.stretch ?? null,
        actual ?? null,
        { formula: score },
        {
          formula: `=IF(ISNUMBER(${at(r, COL.score)}),${at(r, COL.score)}*${at(r, COL.weight)},"")`,
        },
        null,
        null,
      ];
      blocks.push({ anchor: at(r, 0), rows: [cells] });
      formats.push({
        range: range(r, r, COL.threshold, COL.actual),
        numberFormat: UNIT_FORMATS[kpi.unit],
      });
      rateRows.push([r, kpi.unit === "rate"]);
    });
    const count = group.kpis.length;
    blocks.push({
      anchor: at(subtotal, 0),
      rows: [
        [
          format(texts.subtotal, { dimension: group.dimension }),
          null,
          null,
          { formula: `=SUM(${range(first, last, COL.weight)})` },
          null,
          null,
          null,
          null,
          null,
          null,
          {
            formula: `=IF(COUNT(${range(first, last, COL.actual)})=${count},SUM(${range(first, last, COL.weighted)}),${incomplete})`,
          },
          null,
          null,
        ],
      ],
    });
    formats.push({ range: range(subtotal, subtotal, 0, LAST_COLUMN), style: "subtotal" });
    editable.push(
      range(first, last, COL.actual),
      range(first, last, COL.selfReview, COL.managerComment)
    );
    formats.push(
      { range: range(first, last, COL.actual), style: "input" },
      { range: range(first, last, COL.selfReview, COL.managerComment), style: "input", wrap: true }
    );
  }

  const subtotalCells = (column: number) =>
    groupRows.map(({ subtotal }) => at(subtotal, column)).join(",");
  const totalCell = at(totalRow, COL.weighted);
  const gradeCell = at(gradeRow, COL.weighted);
  blocks.push({
    anchor: at(totalRow, 0),
    rows: [
      [
        texts.total,
        null,
        null,
        { formula: `=SUM(${subtotalCells(COL.weight)})` },
        null,
        null,
        null,
        null,
        null,
        null,
        {
          formula: `=IF(COUNT(${range(firstKpiRow, lastTableRow, COL.actual)})=${kpiCount},ROUND(SUM(${subtotalCells(COL.weighted)}),${TOTAL_DECIMALS}),${incomplete})`,
        },
        null,
        null,
      ],
    ],
  });
  const gradeLine: PlanCell[] = Array.from({ length: LAST_COLUMN + 1 }, () => null);
  gradeLine[0] = texts.grade;
  gradeLine[COL.weighted] = {
    formula: gradeFormula(abs(totalRow, COL.weighted), firstBandRow, settings.bands.length),
  };
  blocks.push({ anchor: at(gradeRow, 0), rows: [gradeLine] });
  formats.push(
    { range: range(totalRow, totalRow, 0, LAST_COLUMN), style: "total" },
    { range: range(gradeRow, gradeRow, 0), style: "label" },
    { range: gradeCell, style: "check", align: "center" }
  );

  blocks.push({
    anchor: at(bandsHeaderRow, 0),
    rows: [
      [texts.gradeBands, texts.gradeMinimum],
      ...settings.bands.map((band): PlanCell[] => [band.label, band.min]),
      [texts.scoreCap, settings.cap],
    ],
  });
  formats.push(
    { range: range(bandsHeaderRow, bandsHeaderRow, 0, 1), style: "header" },
    { range: range(firstBandRow, capRow, 0), style: "label", align: "center" },
    { range: range(firstBandRow, capRow, 1), numberFormat: { code: "0.##" } }
  );
  blocks.push({ anchor: at(noteRow, 0), rows: [[texts.scoringNote]] });
  formats.push({ range: at(noteRow, 0), style: "note" });
  blocks.push({
    anchor: at(signRow, 0),
    rows: [[texts.signEmployee], [null], [texts.signManager]],
  });

  formats.push(
    { range: range(firstKpiRow, lastTableRow, COL.definition), wrap: true },
    { range: range(firstKpiRow, totalRow, COL.weight), numberFormat: weightFormat },
    { range: range(firstKpiRow, lastTableRow, COL.direction), numberFormat: directionFormat },
    { range: range(firstKpiRow, totalRow, COL.score, COL.weighted), numberFormat: "decimal2" }
  );

  validations.push(...actualValidations(rateRows, texts));

  const sheet: SheetPlan = {
    key: input.key,
    name: input.name,
    freeze: { rows: TABLE_HEADER_ROW + 1, columns: 0 },
    columnWidths: COLUMN_WIDTHS.map((width, column) => ({ column: L(column), width })),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: `${TABLE_HEADER_ROW + 1}:${TABLE_HEADER_ROW + 1}`,
    },
    blocks: mergeRowBlocks(blocks),
    formats: mergeRowFormats(formats),
    validations,
    conditionalFormats: [
      // An incomplete total stands out: it is not a score of 0.
      {
        range: totalCell,
        rule: {
          type: "expression",
          formula: `ISTEXT(${abs(totalRow, COL.weighted)})`,
          fill: "#FCE4D6",
          fontColor: "#9C5700",
        },
      },
    ],
    ...(settings.protect
      ? {
          protection: {
            editableRanges: editable,
            ...(settings.password ? { password: settings.password } : {}),
          },
        }
      : {}),
  };
  return { sheet, totalCell, gradeCell };
}
