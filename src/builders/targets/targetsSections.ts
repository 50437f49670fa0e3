/**
 * The sections of the targets main sheet below its title: the inputs, the month table, the quarter
 * table, the members, and the input cells' validations (targetsPlan.ts puts them together).
 */
import { periodOf, type Period } from "../../core/calendar";
import { format, type Locale } from "../../i18n/locale";
import { columnLetters } from "../../plan/a1";
import type { DataValidation, NumberFormatName } from "../../plan/types";
import { type ResolvedTargets } from "./resolveTargets";

import { TARGETS_TEXTS } from "./targetsTexts";
import type { CellGrid } from "../../plan/cellGrid";
import {
  ANNUAL,
  C,
  FIRST_MEMBER_COLUMN,
  FIRST_QUARTER_ROW,
  MEMBER_HEADER_ROW,
  MEMBER_REFERENCE_ROW,
  MEMBER_SECTION_ROW,
  MEMBER_SHARE_INPUT_ROW,
  MEMBER_SHARE_ROW,
  MONTH_HEADER_ROW,
  MONTH_SECTION_ROW,
  MONTH_TOTAL_ROW,
  QUARTER_HEADER_ROW,
  ROW,
  T,
  f,
  monthRow,
  quarterLabel,
} from "./targetsLayout";

export type Texts = (typeof TARGETS_TEXTS)["en-US"];

export function writeInputs(main: CellGrid, r: ResolvedTargets, texts: Texts): void {
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

export function writeMonthTable(
  main: CellGrid,
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

export function writeQuarterTable(main: CellGrid, texts: Texts, money: NumberFormatName): void {
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

export function writeMembers(
  main: CellGrid,
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

export function inputValidations(texts: Texts, memberColumns: string[]): DataValidation[] {
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
export function periodExact(period: Period, r: ResolvedTargets): string {
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
export function quarterOfPeriod(period: Period, r: ResolvedTargets): number {
  const middle = Math.min(
    Math.max(Math.floor((period.start + period.end) / 2), r.months[0].start),
    r.months[11].end
  );
  return r.months.find((m) => middle >= m.start && middle <= m.end)!.quarter;
}
