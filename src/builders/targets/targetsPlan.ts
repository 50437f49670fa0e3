/**
 * The target decomposition sheets (目标拆解) as a plan: a main sheet finance can audit and operators can
 * play with, and a calculation sheet holding the live largest-remainder work (liveRounding.ts).
 *
 * Main sheet, top to bottom (every figure a native formula of the yellow inputs):
 * - inputs: annual target, base and challenge tiers (ratio and amount), rounding unit, the tie-out check;
 * - months (fiscal order): last year, seasonal index and event uplift (inputs), normalised weight,
 *   actual (input: holds the month and re-spreads the rest), target, base, challenge, YoY, and the
 *   driver tree: conversion and AOV (inputs), required orders and UV;
 * - quarters: subtotals of the month table;
 * - members: reference, share input, normalised share;
 * - the grid: period × member (months, ISO-style weeks or days), each row rounded to its period target,
 *   with a total column, a row check, a total row and quarter subtotals per member.
 * Defined names: see TARGET_NAMES.
 */
import { periodOf, periodsBetween, type Period } from "../../core/calendar";
import { format, type Locale } from "../../i18n/locale";
import { columnLetters, parseCell } from "../../plan/a1";
import type {
  CellBlock,
  ConditionalFormat,
  DataValidation,
  DefinedName,
  FormatRange,
  NumberFormatName,
  PlanCell,
  SheetPlan,
  WorkbookPlan,
} from "../../plan/types";
import { roundingLineFormulas, type RoundingPart, type SheetCell } from "./liveRounding";
import { resolveTargets, type ResolvedTargets } from "./resolveTargets";
import type { TargetsOptions } from "./targetsOptions";
import { TARGETS_TEXTS } from "./targetsTexts";

export const TARGETS_SHEET = "targets";
export const TARGETS_CALC_SHEET = "targetsCalc";

/** The defined names a target sheet gets (README lists them). */
export const TARGET_NAMES = {
  total: "Target_Total",
  months: "Target_Months",
  baseTotal: "Target_Base_Total",
  challengeTotal: "Target_Challenge_Total",
  weights: "Target_Weights",
  memberTotals: "Target_Members",
  grid: "Target_Grid",
  check: "Target_Check",
  /** The first day of each month in Target_Months' (fiscal) order: other sheets find a calendar month's target by it. */
  monthStarts: "Target_Month_Starts",
  metric: "Target_Metric",
} as const;

export interface TargetsBuild {
  plan: WorkbookPlan;
  /** What the user should know (fallbacks, event adjustments), in their language; also on the sheet. */
  notes: string[];
  /** Where things are, for tests and the panel's "go to" link. */
  layout: TargetsLayout;
}

export interface TargetsLayout {
  annualCell: string;
  unitCell: string;
  checkCell: string;
  /** Rows of the 12 months (1-based, inclusive) in the month table. */
  monthRows: [number, number];
  monthTotalRow: number;
  columns: typeof MONTH_COLUMNS;
  memberShareInputRow: number;
  /** First and last grid rows (periods). */
  gridRows: [number, number];
  gridTotalRow: number;
  /** Column letters of the members in the grid. */
  memberColumns: string[];
  periodTargetColumn: string;
  periods: Period[];
}

// Main sheet rows (1-based).
const ROW = {
  title: 1,
  subtitle: 2,
  annual: 4,
  base: 5,
  challenge: 6,
  unit: 7,
  check: 8,
  notes: 9,
};
const MONTH_SECTION_ROW = 12;
const MONTH_HEADER_ROW = 13;
const FIRST_MONTH_ROW = 14;
const MONTH_TOTAL_ROW = FIRST_MONTH_ROW + 12;
const QUARTER_HEADER_ROW = MONTH_TOTAL_ROW + 2;
const FIRST_QUARTER_ROW = QUARTER_HEADER_ROW + 1;
const MEMBER_SECTION_ROW = FIRST_QUARTER_ROW + 5;
const MEMBER_HEADER_ROW = MEMBER_SECTION_ROW + 1;
const MEMBER_REFERENCE_ROW = MEMBER_HEADER_ROW + 1;
const MEMBER_SHARE_INPUT_ROW = MEMBER_REFERENCE_ROW + 1;
const MEMBER_SHARE_ROW = MEMBER_SHARE_INPUT_ROW + 1;
const GRID_SECTION_ROW = MEMBER_SHARE_ROW + 2;
const GRID_HEADER_ROW = GRID_SECTION_ROW + 1;
const FIRST_GRID_ROW = GRID_HEADER_ROW + 1;

/** Month table columns. */
const MONTH_COLUMNS = {
  label: "A",
  quarter: "B",
  lastYear: "C",
  index: "D",
  uplift: "E",
  weight: "F",
  actual: "G",
  target: "H",
  base: "I",
  challenge: "J",
  yoy: "K",
  conversion: "L",
  aov: "M",
  orders: "N",
  uv: "O",
} as const;

/** Grid: period label, quarter, period target, then one column per member. */
const FIRST_MEMBER_COLUMN = 3;

const C = MONTH_COLUMNS;
const T = `{sheet:${TARGETS_SHEET}}!`;
const ANNUAL = `$B$${ROW.annual}`;
const UNIT = `$B$${ROW.unit}`;

const f = (formula: string): PlanCell => ({ formula });
const monthRow = (i: number) => FIRST_MONTH_ROW + i;
const quarterLabel = (q: number) => `Q${q}`;

export function buildTargetsPlan(options: TargetsOptions): TargetsBuild {
  const resolved = resolveTargets(options);
  const texts = TARGETS_TEXTS[options.locale];
  const periods =
    resolved.grain === "month"
      ? []
      : periodsBetween(resolved.months[0].start, resolved.months[11].end, resolved.grain, {
          weekStart: options.weekStart ?? "monday",
          fiscalStartMonth: resolved.fiscalStartMonth,
        });
  const periodCount = resolved.grain === "month" ? 12 : periods.length;
  const memberCount = resolved.members.length;
  const memberColumns = resolved.members.map((_, i) => columnLetters(FIRST_MEMBER_COLUMN + i));
  const gridTotalColumn = columnLetters(FIRST_MEMBER_COLUMN + memberCount);
  const gridCheckColumn = columnLetters(FIRST_MEMBER_COLUMN + memberCount + 1);
  const lastGridRow = FIRST_GRID_ROW + periodCount - 1;
  const gridTotalRow = lastGridRow + 1;

  const main = new SheetBuilder();
  const calc = new SheetBuilder();
  const moneyFormat: NumberFormatName =
    resolved.metric === "newCustomers" ? "thousands" : "yuanWhole";

  writeInputs(main, resolved, texts);
  writeMonthTable(main, resolved, options.locale, moneyFormat);
  writeQuarterTable(main, texts, moneyFormat);
  writeMembers(main, resolved, texts, memberColumns);

  // Grid.
  const lastMember = memberColumns[memberColumns.length - 1];
  main.set(GRID_SECTION_ROW, 0, format(texts.gridSection, { grain: texts.grain[resolved.grain] }));
  main.format({ range: `A${GRID_SECTION_ROW}`, style: "label" });
  main.setRow(GRID_HEADER_ROW, 0, [
    texts.period,
    texts.quarter,
    texts.periodTarget,
    ...resolved.members,
    texts.total,
    texts.rowCheck,
  ]);
  main.format({
    range: `A${GRID_HEADER_ROW}:${gridCheckColumn}${GRID_HEADER_ROW}`,
    style: "header",
  });
  for (let p = 0; p < periodCount; p++) {
    const row = FIRST_GRID_ROW + p;
    if (resolved.grain === "month") {
      main.set(row, 0, f(`=${C.label}${monthRow(p)}`));
      main.set(row, 1, quarterLabel(resolved.months[p].quarter));
      main.set(row, 2, f(`=${C.target}${monthRow(p)}`));
    } else {
      const period = periods[p];
      main.set(row, 0, options.locale === "zh-CN" ? period.labelZh : period.labelEn);
      main.set(row, 1, quarterLabel(quarterOfPeriod(period, resolved)));
    }
    main.set(
      row,
      FIRST_MEMBER_COLUMN + memberCount,
      f(`=SUM(${memberColumns[0]}${row}:${lastMember}${row})`)
    );
    main.set(
      row,
      FIRST_MEMBER_COLUMN + memberCount + 1,
      f(`=ROUND(${gridTotalColumn}${row}-C${row},2)`)
    );
  }
  main.set(gridTotalRow, 0, texts.total);
  for (let c = 2; c <= FIRST_MEMBER_COLUMN + memberCount; c++) {
    const letter = columnLetters(c);
    main.set(gridTotalRow, c, f(`=SUM(${letter}${FIRST_GRID_ROW}:${letter}${lastGridRow})`));
  }
  main.format({ range: `A${gridTotalRow}:${gridCheckColumn}${gridTotalRow}`, style: "total" });
  main.format({
    range: `C${FIRST_GRID_ROW}:${gridTotalColumn}${gridTotalRow}`,
    numberFormat: moneyFormat,
  });
  main.conditionalFormat({
    range: `${gridCheckColumn}${FIRST_GRID_ROW}:${gridCheckColumn}${lastGridRow}`,
    rule: {
      type: "cellValue",
      operator: "notEqual",
      formula1: "0",
      fill: "#F8CBAD",
      fontColor: "#9C0006",
    },
  });

  // Quarter subtotals per member, below the grid.
  const gridQuarterHeader = gridTotalRow + 2;
  main.set(gridQuarterHeader, 0, texts.quarter);
  main.format({
    range: `A${gridQuarterHeader}:${gridTotalColumn}${gridQuarterHeader}`,
    style: "header",
  });
  for (let q = 1; q <= 4; q++) {
    const row = gridQuarterHeader + q;
    main.set(row, 0, quarterLabel(q));
    for (let c = 2; c <= FIRST_MEMBER_COLUMN + memberCount; c++) {
      const letter = columnLetters(c);
      main.set(
        row,
        c,
        f(
          `=SUMIFS(${letter}$${FIRST_GRID_ROW}:${letter}$${lastGridRow},$B$${FIRST_GRID_ROW}:$B$${lastGridRow},$A${row})`
        )
      );
    }
  }
  main.format({
    range: `C${gridQuarterHeader + 1}:${gridTotalColumn}${gridQuarterHeader + 4}`,
    numberFormat: moneyFormat,
  });
  main.format({ range: `A${gridQuarterHeader + 1}:A${gridQuarterHeader + 4}`, style: "subtotal" });

  // Tie-out check: the grid against the annual target, to the fen.
  main.set(
    ROW.check,
    1,
    f(`=ROUND(SUM(${memberColumns[0]}${FIRST_GRID_ROW}:${lastMember}${lastGridRow})-${ANNUAL},2)`)
  );

  // The live rounding lines.
  calc.set(1, 0, texts.calcTitle);
  calc.format({ range: "A1", style: "title" });
  const lines = new CalcLines(calc, texts);
  const held = (i: number): SheetCell => ({
    sheet: TARGETS_SHEET,
    a1: `${C.actual}${monthRow(i)}`,
  });
  const monthResult =
    (column: string) =>
    (i: number): SheetCell => ({
      sheet: TARGETS_SHEET,
      a1: `${column}${monthRow(i)}`,
    });
  // Target tier: months with actuals are held; the open rest follows the open weights.
  lines.vertical({
    title: texts.calcTargetLine,
    count: 12,
    labels: resolved.months.map((_, i) => f(`=${T}${C.label}${monthRow(i)}`)),
    openWeight: (i) =>
      `=IF(ISNUMBER(${T}${C.actual}${monthRow(i)}),0,${T}${C.weight}${monthRow(i)})`,
    exact: (_i, openWeightCell, openWeights) =>
      `IF(SUM(${openWeights})=0,0,(${T}${ANNUAL}-SUM(${T}$${C.actual}$${monthRow(0)}:$${C.actual}$${monthRow(11)}))*${openWeightCell}/SUM(${openWeights}))`,
    held,
    total: `${T}${ANNUAL}`,
    result: monthResult(C.target),
  });
  for (const [title, column, amountRow] of [
    [texts.calcBaseLine, C.base, ROW.base],
    [texts.calcChallengeLine, C.challenge, ROW.challenge],
  ] as const) {
    lines.vertical({
      title,
      count: 12,
      labels: resolved.months.map((_, i) => f(`=${T}${C.label}${monthRow(i)}`)),
      exact: (i) => `${T}${C.target}${monthRow(i)}*${T}$B$${amountRow}`,
      total: `${T}$C$${amountRow}`,
      result: monthResult(column),
    });
  }
  if (resolved.grain !== "month") {
    lines.vertical({
      title: texts.calcPeriodLine,
      count: periodCount,
      labels: Array.from({ length: periodCount }, (_, p) => f(`=${T}A${FIRST_GRID_ROW + p}`)),
      exact: (p) => periodExact(periods[p], resolved),
      total: `SUM(${T}$${C.target}$${monthRow(0)}:$${C.target}$${monthRow(11)})`,
      result: (p) => ({ sheet: TARGETS_SHEET, a1: `C${FIRST_GRID_ROW + p}` }),
    });
  }
  lines.grid({
    title: texts.calcGridLine,
    periods: periodCount,
    members: memberCount,
    exact: (p, m) => `${T}$C${FIRST_GRID_ROW + p}*${T}${memberColumns[m]}$${MEMBER_SHARE_ROW}`,
    total: (p) => `${T}$C${FIRST_GRID_ROW + p}`,
    result: (p, m) => ({ sheet: TARGETS_SHEET, a1: `${memberColumns[m]}${FIRST_GRID_ROW + p}` }),
  });
  for (const { cell, formula } of lines.formulas)
    (cell.sheet === TARGETS_SHEET ? main : calc).setA1(cell.a1, f(formula));
  const monthStarts = lines.dates(
    texts.month,
    resolved.months.map((m) => m.start)
  );
  // What the target measures, as an id other sheets can test: the dashboard shows it as GMV only if "gmv".
  const metricCell = lines.value(texts.metricLabel, resolved.metric);

  const monthRange = (column: string) => `${column}${monthRow(0)}:${column}${monthRow(11)}`;
  const names: DefinedName[] = [
    { name: TARGET_NAMES.total, sheet: TARGETS_SHEET, range: `${C.target}${MONTH_TOTAL_ROW}` },
    { name: TARGET_NAMES.months, sheet: TARGETS_SHEET, range: monthRange(C.target) },
    { name: TARGET_NAMES.baseTotal, sheet: TARGETS_SHEET, range: `${C.base}${MONTH_TOTAL_ROW}` },
    {
      name: TARGET_NAMES.challengeTotal,
      sheet: TARGETS_SHEET,
      range: `${C.challenge}${MONTH_TOTAL_ROW}`,
    },
    { name: TARGET_NAMES.weights, sheet: TARGETS_SHEET, range: monthRange(C.weight) },
    {
      name: TARGET_NAMES.memberTotals,
      sheet: TARGETS_SHEET,
      range: `${memberColumns[0]}${gridTotalRow}:${lastMember}${gridTotalRow}`,
    },
    {
      name: TARGET_NAMES.grid,
      sheet: TARGETS_SHEET,
      range: `${memberColumns[0]}${FIRST_GRID_ROW}:${lastMember}${lastGridRow}`,
    },
    { name: TARGET_NAMES.check, sheet: TARGETS_SHEET, range: `B${ROW.check}` },
    { name: TARGET_NAMES.monthStarts, sheet: TARGETS_CALC_SHEET, range: monthStarts },
    { name: TARGET_NAMES.metric, sheet: TARGETS_CALC_SHEET, range: metricCell },
  ];

  const mainSheet: SheetPlan = {
    key: TARGETS_SHEET,
    name: texts.sheetName,
    tabColor: "#0F6CBD",
    freeze: { rows: 0, columns: 1 },
    columnWidths: [
      { column: "A", width: 22 },
      ...Array.from(
        { length: Math.max(15, FIRST_MEMBER_COLUMN + memberCount + 2) - 1 },
        (_, i) => ({
          column: columnLetters(i + 1),
          width: 14,
        })
      ),
    ],
    blocks: main.blocks(),
    formats: main.formats,
    validations: inputValidations(texts, memberColumns),
    conditionalFormats: main.conditionalFormats,
    charts: [
      {
        type: "column",
        title: texts.chartTitle,
        categories: monthRange(C.label),
        // Each tier beside last year, so a month's stretch is read against what the shop did.
        series: [
          { name: texts.base, values: monthRange(C.base) },
          { name: texts.target, values: monthRange(C.target) },
          { name: texts.challenge, values: monthRange(C.challenge) },
          ...(resolved.lastYear.some((v) => v !== undefined)
            ? [{ name: texts.lastYear, values: monthRange(C.lastYear) }]
            : []),
        ],
        position: `Q${MONTH_SECTION_ROW}:Z${MONTH_TOTAL_ROW + 6}`,
      },
    ],
  };
  const calcSheet: SheetPlan = {
    key: TARGETS_CALC_SHEET,
    name: texts.calcSheetName,
    tabColor: "#A6A6A6",
    blocks: calc.blocks(),
    formats: calc.formats,
  };
  return {
    plan: { sheets: [mainSheet, calcSheet], names },
    notes: resolved.notes,
    layout: {
      annualCell: `B${ROW.annual}`,
      unitCell: `B${ROW.unit}`,
      checkCell: `B${ROW.check}`,
      monthRows: [monthRow(0), monthRow(11)],
      monthTotalRow: MONTH_TOTAL_ROW,
      columns: MONTH_COLUMNS,
      memberShareInputRow: MEMBER_SHARE_INPUT_ROW,
      gridRows: [FIRST_GRID_ROW, lastGridRow],
      gridTotalRow,
      memberColumns,
      periodTargetColumn: "C",
      periods,
    },
  };
}

type Texts = (typeof TARGETS_TEXTS)["en-US"];

function writeInputs(main: SheetBuilder, r: ResolvedTargets, texts: Texts): void {
  main.set(
    ROW.title,
    0,
    format(texts.title, { metric: texts.metric[r.metric], year: r.fiscalYear })
  );
  main.format({ range: "A1", style: "title" });
  main.set(ROW.subtitle, 0, texts.subtitle);
  main.format({ range: "A2", style: "note" });
  main.set(ROW.annual, 0, texts.annualTarget);
  main.set(ROW.annual, 1, r.annualTarget);
  main.format({
    range: `B${ROW.annual}`,
    style: "input",
    numberFormat: r.metric === "newCustomers" ? "thousands" : "yuanWhole",
  });
  const tier = (row: number, label: string, setting: ResolvedTargets["base"]) => {
    main.set(row, 0, label);
    if ("ratio" in setting) {
      main.set(row, 1, setting.ratio);
      main.set(row, 2, f(`=${ANNUAL}*B${row}`));
      main.format({ range: `B${row}`, style: "input", numberFormat: "percent1" });
      main.format({ range: `C${row}`, numberFormat: "yuanWhole" });
    } else {
      main.set(row, 1, f(`=C${row}/${ANNUAL}`));
      main.set(row, 2, setting.amount);
      main.format({ range: `B${row}`, numberFormat: "percent1" });
      main.format({ range: `C${row}`, style: "input", numberFormat: "yuanWhole" });
    }
  };
  tier(ROW.base, texts.baseTier, r.base);
  tier(ROW.challenge, texts.challengeTier, r.challenge);
  main.set(ROW.unit, 0, texts.roundingUnit);
  main.set(ROW.unit, 1, r.roundingUnit);
  main.format({ range: `B${ROW.unit}`, style: "input", numberFormat: "thousands" });
  main.set(ROW.check, 0, texts.check);
  main.format({ range: `B${ROW.check}`, style: "check", numberFormat: "decimal2" });
  main.conditionalFormat({
    range: `B${ROW.check}`,
    rule: {
      type: "cellValue",
      operator: "notEqual",
      formula1: "0",
      fill: "#F8CBAD",
      fontColor: "#9C0006",
    },
  });
  main.set(ROW.notes, 0, `${texts.notesLabel}: ${r.notes.join(" ")}`);
  main.format({ range: `A${ROW.notes}`, style: "note" });
}

function writeMonthTable(
  main: SheetBuilder,
  r: ResolvedTargets,
  locale: Locale,
  money: NumberFormatName
): void {
  const texts = TARGETS_TEXTS[locale];
  main.set(MONTH_SECTION_ROW, 0, texts.monthSection);
  main.format({ range: `A${MONTH_SECTION_ROW}`, style: "label" });
  main.set(MONTH_SECTION_ROW, 11, texts.driverNote);
  main.format({ range: `L${MONTH_SECTION_ROW}`, style: "note" });
  main.setRow(MONTH_HEADER_ROW, 0, [
    texts.month,
    texts.quarter,
    texts.lastYear,
    texts.seasonalIndex,
    texts.eventUplift,
    texts.weight,
    texts.actual,
    texts.target,
    texts.base,
    texts.challenge,
    texts.yoy,
    texts.conversion,
    texts.aov,
    texts.requiredOrders,
    texts.requiredUv,
  ]);
  main.format({ range: `A${MONTH_HEADER_ROW}:O${MONTH_HEADER_ROW}`, style: "header", wrap: true });
  const first = monthRow(0);
  const last = monthRow(11);
  r.months.forEach((m, i) => {
    const row = monthRow(i);
    const period = periodOf(m.start, "month", { fiscalStartMonth: r.fiscalStartMonth });
    const label = locale === "zh-CN" ? period.labelZh : period.labelEn;
    main.setRow(row, 0, [
      label,
      quarterLabel(m.quarter),
      r.lastYear[i] ?? null,
      r.seasonalIndex[i],
      r.uplifts[i],
      f(
        `=IF(SUMPRODUCT($${C.index}$${first}:$${C.index}$${last},$${C.uplift}$${first}:$${C.uplift}$${last})=0,1/12,${C.index}${row}*${C.uplift}${row}/SUMPRODUCT($${C.index}$${first}:$${C.index}$${last},$${C.uplift}$${first}:$${C.uplift}$${last}))`
      ),
      r.actuals[i],
      null, // target: live rounding (calc sheet)
      null, // base
      null, // challenge
      f(`=IF(N(${C.lastYear}${row})=0,"",${C.target}${row}/${C.lastYear}${row}-1)`),
      r.conversion[i] ?? null,
      r.aov[i] ?? null,
      f(`=IF(N(${C.aov}${row})<=0,"",ROUNDUP(${C.target}${row}/${C.aov}${row},0))`),
      f(
        `=IF(OR(${C.orders}${row}="",N(${C.conversion}${row})<=0),"",ROUNDUP(${C.orders}${row}/${C.conversion}${row},0))`
      ),
    ]);
  });
  const total = MONTH_TOTAL_ROW;
  const sum = (column: string) => f(`=SUM(${column}${first}:${column}${last})`);
  main.setRow(total, 0, [
    texts.total,
    null,
    sum(C.lastYear),
    sum(C.index),
    null,
    sum(C.weight),
    sum(C.actual),
    sum(C.target),
    sum(C.base),
    sum(C.challenge),
    f(`=IF(N(${C.lastYear}${total})=0,"",${C.target}${total}/${C.lastYear}${total}-1)`),
    // Ratios of sums: conversion = Σorders ÷ ΣUV, AOV = target ÷ Σorders.
    f(`=IF(N(${C.uv}${total})=0,"",${C.orders}${total}/${C.uv}${total})`),
    f(`=IF(N(${C.orders}${total})=0,"",${C.target}${total}/${C.orders}${total})`),
    sum(C.orders),
    sum(C.uv),
  ]);
  main.format({ range: `A${total}:O${total}`, style: "total" });
  for (const column of [C.index, C.uplift, C.actual, C.conversion, C.aov])
    main.format({ range: `${column}${first}:${column}${last}`, style: "input" });
  for (const column of [C.lastYear, C.actual, C.target, C.base, C.challenge])
    main.format({ range: `${column}${first}:${column}${total}`, numberFormat: money });
  main.format({ range: `${C.index}${first}:${C.index}${total}`, numberFormat: "percent1" });
  main.format({ range: `${C.uplift}${first}:${C.uplift}${last}`, numberFormat: "decimal2" });
  main.format({ range: `${C.weight}${first}:${C.weight}${total}`, numberFormat: "percent1" });
  main.format({ range: `${C.yoy}${first}:${C.yoy}${total}`, numberFormat: "percent1" });
  main.format({
    range: `${C.conversion}${first}:${C.conversion}${total}`,
    numberFormat: { code: "0.00%" },
  });
  main.format({ range: `${C.aov}${first}:${C.aov}${total}`, numberFormat: "yuan" });
  main.format({ range: `${C.orders}${first}:${C.uv}${total}`, numberFormat: "thousands" });
}

function writeQuarterTable(main: SheetBuilder, texts: Texts, money: NumberFormatName): void {
  main.setRow(QUARTER_HEADER_ROW, 0, [texts.quarterSection, null, texts.lastYear]);
  main.set(QUARTER_HEADER_ROW, 7, texts.target);
  main.set(QUARTER_HEADER_ROW, 8, texts.base);
  main.set(QUARTER_HEADER_ROW, 9, texts.challenge);
  main.set(QUARTER_HEADER_ROW, 10, texts.yoy);
  main.format({ range: `A${QUARTER_HEADER_ROW}:K${QUARTER_HEADER_ROW}`, style: "header" });
  const [first, last] = [monthRow(0), monthRow(11)];
  for (let q = 1; q <= 4; q++) {
    const row = FIRST_QUARTER_ROW + q - 1;
    main.set(row, 0, quarterLabel(q));
    for (const column of [C.lastYear, C.target, C.base, C.challenge]) {
      main.setA1(
        `${column}${row}`,
        f(
          `=SUMIFS(${column}$${first}:${column}$${last},$${C.quarter}$${first}:$${C.quarter}$${last},$A${row})`
        )
      );
    }
    main.setA1(
      `${C.yoy}${row}`,
      f(`=IF(N(${C.lastYear}${row})=0,"",${C.target}${row}/${C.lastYear}${row}-1)`)
    );
  }
  const [top, bottom] = [FIRST_QUARTER_ROW, FIRST_QUARTER_ROW + 3];
  for (const column of [C.lastYear, C.target, C.base, C.challenge])
    main.format({ range: `${column}${top}:${column}${bottom}`, numberFormat: money });
  main.format({ range: `${C.yoy}${top}:${C.yoy}${bottom}`, numberFormat: "percent1" });
  main.format({ range: `A${top}:A${bottom}`, style: "subtotal" });
}

function writeMembers(
  main: SheetBuilder,
  r: ResolvedTargets,
  texts: Texts,
  memberColumns: string[]
): void {
  main.set(MEMBER_SECTION_ROW, 0, texts.memberSection);
  main.format({ range: `A${MEMBER_SECTION_ROW}`, style: "label" });
  const lastMember = memberColumns[memberColumns.length - 1];
  const totalColumn = FIRST_MEMBER_COLUMN + r.members.length;
  main.set(MEMBER_HEADER_ROW, 0, texts.member);
  main.setRow(MEMBER_HEADER_ROW, FIRST_MEMBER_COLUMN, [...r.members, texts.total]);
  main.format({
    range: `A${MEMBER_HEADER_ROW}:${columnLetters(totalColumn)}${MEMBER_HEADER_ROW}`,
    style: "header",
  });
  main.set(MEMBER_REFERENCE_ROW, 0, texts.reference);
  main.setRow(
    MEMBER_REFERENCE_ROW,
    FIRST_MEMBER_COLUMN,
    r.memberReference.map((v) => v ?? null)
  );
  main.set(MEMBER_SHARE_INPUT_ROW, 0, texts.shareInput);
  main.setRow(MEMBER_SHARE_INPUT_ROW, FIRST_MEMBER_COLUMN, r.memberShares);
  main.set(MEMBER_SHARE_ROW, 0, texts.share);
  const inputs = `$${memberColumns[0]}$${MEMBER_SHARE_INPUT_ROW}:$${lastMember}$${MEMBER_SHARE_INPUT_ROW}`;
  main.setRow(
    MEMBER_SHARE_ROW,
    FIRST_MEMBER_COLUMN,
    memberColumns.map((column) =>
      f(
        `=IF(SUM(${inputs})=0,1/${r.members.length},${column}${MEMBER_SHARE_INPUT_ROW}/SUM(${inputs}))`
      )
    )
  );
  main.set(
    MEMBER_REFERENCE_ROW,
    totalColumn,
    f(`=SUM(${memberColumns[0]}${MEMBER_REFERENCE_ROW}:${lastMember}${MEMBER_REFERENCE_ROW})`)
  );
  main.set(
    MEMBER_SHARE_ROW,
    totalColumn,
    f(`=SUM(${memberColumns[0]}${MEMBER_SHARE_ROW}:${lastMember}${MEMBER_SHARE_ROW})`)
  );
  main.format({
    range: `${memberColumns[0]}${MEMBER_SHARE_INPUT_ROW}:${lastMember}${MEMBER_SHARE_INPUT_ROW}`,
    style: "input",
    numberFormat: "decimal2",
  });
  main.format({
    range: `${memberColumns[0]}${MEMBER_REFERENCE_ROW}:${columnLetters(totalColumn)}${MEMBER_REFERENCE_ROW}`,
    numberFormat: "yuanWhole",
  });
  main.format({
    range: `${memberColumns[0]}${MEMBER_SHARE_ROW}:${columnLetters(totalColumn)}${MEMBER_SHARE_ROW}`,
    numberFormat: "percent1",
  });
}

function inputValidations(texts: Texts, memberColumns: string[]): DataValidation[] {
  const [first, last] = [monthRow(0), monthRow(11)];
  const number = (range: string, min?: number, max?: number, prompt?: string): DataValidation => ({
    range,
    rule: { type: "decimal", min, max },
    prompt,
    error: texts.errorNotNumber,
    allowBlank: true,
  });
  return [
    number(`B${ROW.annual}`, 0, undefined, texts.promptAnnual),
    number(`B${ROW.base}:C${ROW.challenge}`, 0, undefined, texts.promptRatio),
    {
      range: `B${ROW.unit}`,
      rule: { type: "list", values: ["1", "10", "100", "1000", "10000"] },
      prompt: texts.promptUnit,
      error: texts.promptUnit,
    },
    number(`${C.index}${first}:${C.uplift}${last}`, 0),
    number(`${C.actual}${first}:${C.actual}${last}`, undefined, undefined, texts.promptActual),
    number(`${C.conversion}${first}:${C.conversion}${last}`, 0, 1),
    number(`${C.aov}${first}:${C.aov}${last}`, 0),
    number(
      `${memberColumns[0]}${MEMBER_SHARE_INPUT_ROW}:${memberColumns[memberColumns.length - 1]}${MEMBER_SHARE_INPUT_ROW}`,
      0
    ),
  ];
}

/**
 * A week's or day's exact target: each month's target spread evenly over its days, summed over the days
 * of the period inside the fiscal year. Days outside it (a week straddling the year end) add nothing.
 */
function periodExact(period: Period, r: ResolvedTargets): string {
  const terms: string[] = [];
  r.months.forEach((m, i) => {
    const overlap = Math.min(period.end, m.end) - Math.max(period.start, m.start) + 1;
    if (overlap <= 0) return;
    const days = m.end - m.start + 1;
    terms.push(`${T}$${C.target}$${monthRow(i)}*${overlap}/${days}`);
  });
  return terms.length > 0 ? terms.join("+") : "0";
}

/** The fiscal quarter of a week's middle day, or of a day, counted in the plan's fiscal months. */
function quarterOfPeriod(period: Period, r: ResolvedTargets): number {
  const middle = Math.min(
    Math.max(Math.floor((period.start + period.end) / 2), r.months[0].start),
    r.months[11].end
  );
  return r.months.find((m) => middle >= m.start && middle <= m.end)!.quarter;
}

/** The calculation sheet's lines: each a labelled block of helper cells (liveRounding.ts). */
class CalcLines {
  readonly formulas: { cell: SheetCell; formula: string }[] = [];
  /** Next free row for vertical lines, and next free column band. */
  private column = 0;

  constructor(
    private readonly sheet: SheetBuilder,
    private readonly texts: Texts
  ) {}

  vertical(spec: {
    title: string;
    count: number;
    labels: PlanCell[];
    openWeight?: (i: number) => string;
    exact: (i: number, openWeightCell: string, openWeights: string) => string;
    held?: (i: number) => SheetCell;
    total: string;
    result: (i: number) => SheetCell;
  }): void {
    const top = 3;
    const c0 = this.column;
    const hasWeights = spec.openWeight !== undefined;
    const col = (offset: number) => columnLetters(c0 + offset);
    const headers = [
      spec.title,
      this.texts.exact,
      ...(hasWeights ? [this.texts.openWeight] : []),
      this.texts.remainder,
      this.texts.tieSize,
      this.texts.tiesBefore,
      this.texts.winners,
      this.texts.leftover,
    ];
    this.sheet.setRow(top, c0, headers);
    this.sheet.format({
      range: `${col(0)}${top}:${col(headers.length - 1)}${top}`,
      style: "header",
    });
    const k = hasWeights ? 1 : 0;
    const weightColumn = col(2);
    const openWeights = `$${weightColumn}$${top + 1}:$${weightColumn}$${top + spec.count}`;
    const parts: RoundingPart[] = [];
    for (let i = 0; i < spec.count; i++) {
      const row = top + 1 + i;
      this.sheet.set(row, c0, spec.labels[i]);
      if (spec.openWeight) this.sheet.set(row, c0 + 2, { formula: spec.openWeight(i) });
      const exact = spec.exact(i, `${weightColumn}${row}`, openWeights);
      this.sheet.set(row, c0 + 1, { formula: `=${exact}` });
      parts.push({
        exact: `${col(1)}${row}`,
        held: spec.held?.(i),
        remainder: { sheet: TARGETS_CALC_SHEET, a1: `${col(2 + k)}${row}` },
        tieSize: { sheet: TARGETS_CALC_SHEET, a1: `${col(3 + k)}${row}` },
        tiesBefore: { sheet: TARGETS_CALC_SHEET, a1: `${col(4 + k)}${row}` },
        winners: { sheet: TARGETS_CALC_SHEET, a1: `${col(5 + k)}${row}` },
        result: spec.result(i),
      });
    }
    this.formulas.push(
      ...roundingLineFormulas({
        parts,
        total: spec.total,
        unit: `${T}${UNIT}`,
        leftover: { sheet: TARGETS_CALC_SHEET, a1: `${col(6 + k)}${top + 1}` },
      }).cells
    );
    this.column += headers.length + 1;
  }

  /** A titled column of dates after the lines; returns its range (without the title). */
  dates(title: string, serials: number[]): string {
    const top = 3;
    const letter = columnLetters(this.column);
    this.sheet.set(top, this.column, title);
    this.sheet.format({ range: `${letter}${top}`, style: "header" });
    serials.forEach((serial, i) => this.sheet.set(top + 1 + i, this.column, serial));
    const range = `${letter}${top + 1}:${letter}${top + serials.length}`;
    this.sheet.format({ range, numberFormat: "date" });
    this.column += 2;
    return range;
  }

  /** A titled single value in the next column (below the title), e.g. the metric id; returns its A1. */
  value(title: string, value: string): string {
    const top = 3;
    const letter = columnLetters(this.column);
    this.sheet.set(top, this.column, title);
    this.sheet.format({ range: `${letter}${top}`, style: "header" });
    this.sheet.set(top + 1, this.column, value);
    this.column += 2;
    return `${letter}${top + 1}`;
  }

  /** One horizontal line per period: helper grids side by side (remainder, tie group, ties before, winners). */
  grid(spec: {
    title: string;
    periods: number;
    members: number;
    exact: (p: number, m: number) => string;
    total: (p: number) => string;
    result: (p: number, m: number) => SheetCell;
  }): void {
    const top = 3;
    const c0 = this.column;
    const band = (b: number) => c0 + 2 + b * (spec.members + 1);
    this.sheet.set(top - 1, c0, spec.title);
    this.sheet.format({ range: `${columnLetters(c0)}${top - 1}`, style: "label" });
    this.sheet.setRow(top, c0, [this.texts.period, this.texts.leftover]);
    const bands = [
      this.texts.remainder,
      this.texts.tieSize,
      this.texts.tiesBefore,
      this.texts.winners,
    ];
    bands.forEach((title, b) => this.sheet.set(top, band(b), title));
    this.sheet.format({
      range: `${columnLetters(c0)}${top}:${columnLetters(band(3) + spec.members - 1)}${top}`,
      style: "header",
    });
    for (let p = 0; p < spec.periods; p++) {
      const row = top + 1 + p;
      this.sheet.set(row, c0, { formula: `=${T}A${FIRST_GRID_ROW + p}` });
      const at = (b: number, m: number): SheetCell => ({
        sheet: TARGETS_CALC_SHEET,
        a1: `${columnLetters(band(b) + m)}${row}`,
      });
      const parts: RoundingPart[] = Array.from({ length: spec.members }, (_, m) => ({
        exact: spec.exact(p, m),
        // The grid's exact parts refer only to the main sheet, where the results go.
        exactAtResult: spec.exact(p, m).split(T).join(""),
        remainder: at(0, m),
        tieSize: at(1, m),
        tiesBefore: at(2, m),
        winners: at(3, m),
        result: spec.result(p, m),
      }));
      this.formulas.push(
        ...roundingLineFormulas({
          parts,
          total: spec.total(p),
          unit: `${T}${UNIT}`,
          leftover: { sheet: TARGETS_CALC_SHEET, a1: `${columnLetters(c0 + 1)}${row}` },
        }).cells
      );
    }
    this.column = band(3) + spec.members + 1;
  }
}

/**
 * Cells by position, turned into compact blocks: one block per run of consecutive filled cells in a row,
 * so empty space costs nothing in the Excel request.
 */
class SheetBuilder {
  private readonly cells = new Map<number, Map<number, PlanCell>>();
  readonly formats: FormatRange[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];

  /** 1-based row, 0-based column. */
  set(row: number, column: number, value: PlanCell): void {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(column, value);
  }

  setRow(row: number, column: number, values: PlanCell[]): void {
    values.forEach((v, i) => this.set(row, column + i, v));
  }

  setA1(a1: string, value: PlanCell): void {
    const cell = parseCell(a1);
    if (!cell) throw new Error(`not a cell: ${a1}`);
    this.set(cell.row + 1, cell.column, value);
  }

  format(range: FormatRange): void {
    this.formats.push(range);
  }

  conditionalFormat(format: ConditionalFormat): void {
    this.conditionalFormats.push(format);
  }

  blocks(): CellBlock[] {
    const blocks: CellBlock[] = [];
    for (const row of [...this.cells.keys()].sort((a, b) => a - b)) {
      const line = this.cells.get(row)!;
      const columns = [...line.keys()].sort((a, b) => a - b);
      let start = columns[0];
      let run: PlanCell[] = [];
      columns.forEach((column, i) => {
        if (i > 0 && column !== columns[i - 1] + 1) {
          blocks.push({ anchor: `${columnLetters(start)}${row}`, rows: [run] });
          start = column;
          run = [];
        }
        run.push(line.get(column)!);
      });
      blocks.push({ anchor: `${columnLetters(start)}${row}`, rows: [run] });
    }
    return blocks;
  }
}
