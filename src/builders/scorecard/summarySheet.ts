/**
 * The batch summary: one row per employee with live links to that sheet's total and grade, the rank
 * among complete scorecards, the grade distribution and, when asked for, the forced-distribution check.
 *
 * Rank is COUNTIF(totals, ">"&total)+1 (RANK.EQ's result, which HyperFormula lacks): text totals
 * ("incomplete") are not numbers, so COUNTIF's ">" ignores them and incomplete rows get no rank.
 * Totals are rounded to 2 decimals on each sheet, so the number→text step in ">"&total is exact.
 */
import { cellA1, columnLetters } from "../../plan/a1";
import type {
  CellBlock,
  ConditionalFormat,
  FormatRange,
  PlanCell,
  SheetPlan,
} from "../../plan/types";
import type { Locale } from "../../i18n/locale";
import { excelString, SCORECARD_TEXTS } from "./scorecardTexts";
import type { Employee, ForcedDistribution, GradeBand } from "./types";

export interface SummaryRow {
  employee: Employee;
  roleLabel: string;
  sheetKey: string;
  totalCell: string;
  gradeCell: string;
}

export interface SummarySettings {
  locale: Locale;
  period: string;
  bands: readonly GradeBand[];
  forcedDistribution?: ForcedDistribution;
  protect: boolean;
  password?: string;
}

const HEADER_ROW = 2;
const at = (row: number, column: number) => cellA1({ row, column });
const abs = (row: number, column: number) => `$${at(row, column).replace(/(\d+)$/, "$$$1")}`;
const WARNING_FILL = "#FFC7CE";
const WARNING_FONT = "#9C0006";

export const SUMMARY_KEY = "summary";

export function summarySheet(rows: readonly SummaryRow[], settings: SummarySettings): SheetPlan {
  const texts = SCORECARD_TEXTS[settings.locale];
  const blocks: CellBlock[] = [];
  const formats: FormatRange[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const title = settings.period ? `${texts.summaryTitle} · ${settings.period}` : texts.summaryTitle;
  blocks.push({ anchor: "A1", rows: [[title]] });
  formats.push({ range: "A1", style: "title" });

  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + rows.length;
  const totals = `${abs(first, 5)}:${abs(last, 5)}`;
  const grades = `${abs(first, 6)}:${abs(last, 6)}`;
  blocks.push({
    anchor: at(HEADER_ROW, 0),
    rows: [
      [
        texts.number,
        texts.name,
        texts.role,
        texts.department,
        texts.manager,
        texts.total,
        texts.grade,
        texts.rank,
      ],
      ...rows.map((row, i): PlanCell[] => {
        const r = first + i;
        return [
          i + 1,
          row.employee.name,
          row.roleLabel,
          row.employee.department || null,
          row.employee.manager || null,
          { formula: `={sheet:${row.sheetKey}}!${row.totalCell}` },
          { formula: `={sheet:${row.sheetKey}}!${row.gradeCell}` },
          { formula: `=IF(ISNUMBER(${at(r, 5)}),COUNTIF(${totals},">"&${at(r, 5)})+1,"")` },
        ];
      }),
    ],
  });
  formats.push(
    { range: `${at(HEADER_ROW, 0)}:${at(HEADER_ROW, 7)}`, style: "header" },
    { range: `${at(first, 5)}:${at(last, 5)}`, numberFormat: "decimal2" },
    { range: `${at(first, 6)}:${at(last, 7)}`, align: "center" }
  );
  blocks.push({ anchor: at(last + 1, 0), rows: [[texts.rankNote]] });
  formats.push({ range: at(last + 1, 0), style: "note" });

  // Grade distribution: count and share of the complete scorecards per grade, then the incomplete ones.
  const distributionHeader = last + 3;
  const firstGradeRow = distributionHeader + 1;
  const incompleteRow = firstGradeRow + settings.bands.length;
  const completeCount = `(ROWS(${totals})-${abs(incompleteRow, 1)})`;
  blocks.push({
    anchor: at(distributionHeader, 0),
    rows: [
      [texts.distribution, texts.count, texts.share],
      ...settings.bands.map((band, i): PlanCell[] => {
        const r = firstGradeRow + i;
        return [
          band.label,
          { formula: `=COUNTIF(${grades},${at(r, 0)})` },
          { formula: `=IF(${completeCount}>0,${at(r, 1)}/${completeCount},"")` },
        ];
      }),
      [texts.incompleteCount, { formula: `=ROWS(${totals})-COUNT(${totals})` }, null],
    ],
  });
  formats.push(
    { range: `${at(distributionHeader, 0)}:${at(distributionHeader, 2)}`, style: "header" },
    { range: `${at(firstGradeRow, 0)}:${at(incompleteRow, 0)}`, style: "label", align: "center" },
    { range: `${at(firstGradeRow, 2)}:${at(incompleteRow, 2)}`, numberFormat: "percent1" }
  );

  if (settings.forcedDistribution) {
    const check = forcedDistributionBlock(
      settings.forcedDistribution,
      settings.bands,
      incompleteRow + 2,
      { firstGradeRow, completeCount },
      texts
    );
    blocks.push(...check.blocks);
    formats.push(...check.formats);
    conditionalFormats.push(...check.conditionalFormats);
  }

  return {
    key: SUMMARY_KEY,
    name: texts.summarySheet,
    freeze: { rows: HEADER_ROW + 1, columns: 2 },
    columnWidths: [6, 20, 22, 18, 18, 12, 10, 8].map((width, column) => ({
      column: columnLetters(column),
      width,
    })),
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: `${HEADER_ROW + 1}:${HEADER_ROW + 1}`,
    },
    blocks,
    formats,
    conditionalFormats,
    // Scores by grade: how many complete scorecards landed in each band, beside the counts.
    charts: [
      {
        type: "column",
        title: texts.distribution,
        categories: `${at(firstGradeRow, 0)}:${at(incompleteRow - 1, 0)}`,
        series: [
          { name: texts.count, values: `${at(firstGradeRow, 1)}:${at(incompleteRow - 1, 1)}` },
        ],
        position: `${at(distributionHeader, 6)}:${at(distributionHeader + 16, 11)}`,
        categoryAxisTitle: texts.grade,
        valueAxisTitle: texts.count,
      },
    ],
    ...(settings.protect
      ? {
          protection: {
            editableRanges: [],
            ...(settings.password ? { password: settings.password } : {}),
          },
        }
      : {}),
  };
}

/**
 * Per group: expected share, expected count (share × complete scorecards), actual count (the sum of
 * its grades' counts) and a status; a group is flagged when the counts differ by a whole person or
 * more. The line above the table says whether any group is flagged. Grades are never changed.
 */
function forcedDistributionBlock(
  distribution: ForcedDistribution,
  bands: readonly GradeBand[],
  startRow: number,
  counts: { firstGradeRow: number; completeCount: string },
  texts: (typeof SCORECARD_TEXTS)[Locale]
): { blocks: CellBlock[]; formats: FormatRange[]; conditionalFormats: ConditionalFormat[] } {
  const flagRow = startRow + 1;
  const headerRow = startRow + 2;
  const firstGroupRow = headerRow + 1;
  const lastGroupRow = headerRow + distribution.groups.length;
  const countCell = (grade: string) =>
    at(counts.firstGradeRow + bands.findIndex((band) => band.label === grade), 1);
  const differs = (r: number) => `ABS(${at(r, 3)}-${at(r, 2)})>=1`;
  const anyDiffers = `OR(${distribution.groups.map((_, i) => differs(firstGroupRow + i)).join(",")})`;
  const blocks: CellBlock[] = [
    { anchor: at(startRow, 0), rows: [[texts.forcedCheck]] },
    {
      anchor: at(flagRow, 0),
      rows: [
        [
          {
            formula: `=IF(${anyDiffers},${excelString(texts.forcedWarning)},${excelString(texts.forcedOk)})`,
          },
        ],
      ],
    },
    {
      anchor: at(headerRow, 0),
      rows: [
        [texts.grades, texts.expectedShare, texts.expectedCount, texts.actualCount, texts.status],
        ...distribution.groups.map((group, i): PlanCell[] => {
          const r = firstGroupRow + i;
          return [
            group.grades.join(" + "),
            group.share,
            { formula: `=${at(r, 1)}*${counts.completeCount}` },
            { formula: `=SUM(${group.grades.map(countCell).join(",")})` },
            {
              formula: `=IF(${differs(r)},${excelString(texts.differs)},${excelString(texts.ok)})`,
            },
          ];
        }),
      ],
    },
    { anchor: at(lastGroupRow + 1, 0), rows: [[texts.forcedNote]] },
  ];
  const formats: FormatRange[] = [
    { range: at(startRow, 0), style: "label" },
    { range: at(flagRow, 0), style: "check" },
    { range: `${at(headerRow, 0)}:${at(headerRow, 4)}`, style: "header" },
    { range: `${at(firstGroupRow, 1)}:${at(lastGroupRow, 1)}`, numberFormat: "percent" },
    { range: `${at(firstGroupRow, 2)}:${at(lastGroupRow, 2)}`, numberFormat: { code: "0.0" } },
    { range: at(lastGroupRow + 1, 0), style: "note" },
  ];
  const conditionalFormats: ConditionalFormat[] = [
    {
      range: at(flagRow, 0),
      rule: {
        type: "expression",
        formula: anyDiffers.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"),
        fill: WARNING_FILL,
        fontColor: WARNING_FONT,
      },
    },
    ...distribution.groups.map((_, i): ConditionalFormat => {
      const r = firstGroupRow + i;
      return {
        range: at(r, 4),
        rule: {
          type: "expression",
          formula: `ABS(${abs(r, 3)}-${abs(r, 2)})>=1`,
          fill: WARNING_FILL,
          fontColor: WARNING_FONT,
        },
      };
    }),
  ];
  return { blocks, formats, conditionalFormats };
}
