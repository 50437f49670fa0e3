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
import { periodsBetween } from "../../core/calendar";
import { format } from "../../i18n/locale";
import { columnLetters } from "../../plan/a1";
import type { DefinedName, NumberFormatName, SheetPlan } from "../../plan/types";
import type { SheetCell } from "./liveRounding";
import { resolveTargets } from "./resolveTargets";
import type { TargetsOptions } from "./targetsOptions";
import { TARGETS_TEXTS } from "./targetsTexts";
import { CellGrid } from "../../plan/cellGrid";
import { CalcLines } from "./calcLines";
import {
  ANNUAL,
  C,
  FIRST_GRID_ROW,
  FIRST_MEMBER_COLUMN,
  GRID_HEADER_ROW,
  GRID_SECTION_ROW,
  MEMBER_SHARE_INPUT_ROW,
  MEMBER_SHARE_ROW,
  MONTH_COLUMNS,
  MONTH_SECTION_ROW,
  MONTH_TOTAL_ROW,
  ROW,
  T,
  TARGETS_CALC_SHEET,
  TARGETS_SHEET,
  TARGET_NAMES,
  type TargetsBuild,
  f,
  monthRow,
  quarterLabel,
} from "./targetsLayout";
import {
  inputValidations,
  periodExact,
  quarterOfPeriod,
  writeInputs,
  writeMembers,
  writeMonthTable,
  writeQuarterTable,
} from "./targetsSections";

export { TARGET_NAMES, TARGETS_CALC_SHEET, TARGETS_SHEET } from "./targetsLayout";
export type { TargetsBuild, TargetsLayout } from "./targetsLayout";

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

  const main = new CellGrid();
  const calc = new CellGrid();
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
