/**
 * Messages of the target history reader (targetHistory.ts) in both languages: the errors that stop a
 * build and the notes that let it go ahead. Lists (rows, months, names) are joined per language by
 * formatList / formatRows, so a message never mixes "," and "、".
 */
import type { Locale } from "../../i18n/locale";

export type TargetHistoryErrorCode =
  | "emptyTable"
  | "noPeriodColumn"
  | "noAmountColumn"
  | "memberColumnNotFound"
  | "ambiguousColumn"
  | "notNumbers"
  | "unreadableDates"
  | "monthWithoutYear"
  | "blankMembers"
  | "unwritableMembers"
  | "duplicateMembers"
  | "missingMonth"
  | "missingMonths"
  | "negativeMonths";

export type TargetHistoryIssueCode =
  "blankAmounts" | "partialMonths" | "memberMissingMonths" | "driverCellsBlank" | "rowsLeftOut";

type Texts = Record<TargetHistoryErrorCode | TargetHistoryIssueCode, string> & {
  listSeparator: string;
  rowsShort: string;
  rowsLong: string;
  partialMonth: string;
  duplicateGroup: string;
  duplicateSeparator: string;
  blankCell: string;
};

const EN: Texts = {
  emptyTable: "{source} has no data rows to read history from.",
  noPeriodColumn:
    "{source}: no date or month column found. Name one of the columns {keywords}. Columns: {headers}.",
  noAmountColumn:
    "{source}: no sales amount column found. Name one of the columns {keywords}. Columns: {headers}.",
  memberColumnNotFound: '{source}: there is no column "{column}" to split by. Columns: {headers}.',
  ambiguousColumn:
    '{source}: {count} columns are named "{name}"; rename all but the one to read, so it is clear which one is meant.',
  notNumbers:
    '{source}: column "{column}" must hold numbers; found text in {rows} ({examples}). Fix or delete those cells, or leave those rows out (CLI: --skip-invalid); nothing is skipped silently.',
  unreadableDates:
    '{source}: column "{column}" has dates that cannot be read in {rows} ({examples}). Write dates year first, e.g. 2025-01-03, 2025/1/3, 20250103, 2025年1月3日, or months as 2025-01 or 2025年1月; or leave those rows out (CLI: --skip-invalid).',
  monthWithoutYear:
    '{source}: column "{column}" holds month numbers without a year. Write the month with its year, e.g. 2025-01 or 2025年1月.',
  blankMembers:
    '{source}: column "{column}" is blank in {rows}; every row needs the member it belongs to.',
  unwritableMembers:
    '{source}: column "{column}" holds text a workbook cannot store (over 32,767 characters, or a control character) in {rows}; fix those names.',
  duplicateMembers:
    '{source}: column "{column}" names the same member in different ways: {groups}. Write each name exactly one way (letter case, spaces, full-width characters).',
  missingMonth: "{source}: {months} has no rows, inside the history from {first} to {last}.",
  missingMonths: "{source}: {months} have no rows, inside the history from {first} to {last}.",
  negativeMonths:
    "{source}: the amounts of {months} add up to less than 0; a target cannot be spread in proportion to a negative month.",
  blankAmounts: 'Column "{column}" is blank in {rows}: counted as 0.',
  rowsLeftOut:
    '{count} history rows with a date or number that cannot be read were left out ({rows}); their readable "{column}" cells held {amount}.',
  partialMonths:
    "Daily history does not cover every day of {months}: those months count only the days given.",
  memberMissingMonths: '"{member}" has no rows in {months}: counted as 0.',
  driverCellsBlank:
    'Column "{column}" is blank in {rows}: those rows are left out of conversion and average order value.',
  listSeparator: ", ",
  rowsShort: "row {rows}",
  rowsLong: "rows {rows}",
  partialMonth: "{month} ({days} of {total} days)",
  duplicateGroup: "{names} (rows {rows})",
  duplicateSeparator: "; ",
  blankCell: "blank",
};

const ZH: Texts = {
  emptyTable: "{source} 没有可读取的历史数据行。",
  noPeriodColumn: "{source}：找不到日期或月份列。请将列名改为 {keywords} 之一。现有列：{headers}。",
  noAmountColumn: "{source}：找不到销售额列。请将列名改为 {keywords} 之一。现有列：{headers}。",
  memberColumnNotFound: "{source}：没有用于拆分的列“{column}”。现有列：{headers}。",
  ambiguousColumn:
    "{source}：有 {count} 列都叫“{name}”，无法确定读取哪一列；请只保留要读取的那一列使用这个名称。",
  notNumbers:
    "{source}：“{column}”列应为数字，但{rows}是文本（{examples}）。请修正或删除这些单元格，或跳过这些行（命令行：--skip-invalid）；不会悄悄跳过任何数据。",
  unreadableDates:
    "{source}：“{column}”列{rows}的日期无法识别（{examples}）。请按年在前的格式填写日期，如 2025-01-03、2025/1/3、20250103、2025年1月3日，或月份如 2025-01、2025年1月；或跳过这些行（命令行：--skip-invalid）。",
  monthWithoutYear:
    "{source}：“{column}”列只有月份数字，没有年份。请写成带年份的月份，如 2025-01 或 2025年1月。",
  blankMembers: "{source}：“{column}”列{rows}为空；每一行都需要填写所属的拆分对象。",
  unwritableMembers:
    "{source}：“{column}”列{rows}的文本无法存入工作簿（超过 32,767 个字符或含控制字符）；请修正这些名称。",
  duplicateMembers:
    "{source}：“{column}”列中同一对象有不同写法：{groups}。请统一写法（大小写、空格、全角/半角字符）。",
  missingMonth: "{source}：在 {first} 至 {last} 的历史数据中，{months} 没有数据行。",
  missingMonths: "{source}：在 {first} 至 {last} 的历史数据中，{months} 没有数据行。",
  negativeMonths: "{source}：{months} 的金额合计小于 0；目标无法按负数月份的比例拆分。",
  blankAmounts: "“{column}”列{rows}为空：按 0 计算。",
  rowsLeftOut:
    "历史数据中有 {count} 行的日期或数字无法识别，已跳过（{rows}）；这些行中可识别的“{column}”合计为 {amount}。",
  partialMonths: "按日的历史数据未覆盖 {months}的每一天：这些月份只汇总了已有的天数。",
  memberMissingMonths: "“{member}”在 {months} 没有数据行：按 0 计算。",
  driverCellsBlank: "“{column}”列{rows}为空：这些行不参与转化率和客单价的计算。",
  listSeparator: "、",
  rowsShort: "第 {rows} 行",
  rowsLong: "第 {rows} 行",
  partialMonth: "{month}（{days}/{total} 天）",
  duplicateGroup: "{names}（第 {rows} 行）",
  duplicateSeparator: "；",
  blankCell: "空",
};

export const TARGET_HISTORY_TEXTS: Record<Locale, Texts> = { "en-US": EN, "zh-CN": ZH };

/** Row lists are cut after this many, with the total: a file with 3,000 bad rows still gives one line. */
const MAX_LISTED_ROWS = 8;

/** "rows 3, 5, 9", "rows 2, 3, … 9 and 4 more" / "第 3、5、9 行", "第 2、3、… 9 等共 12 行". */
export function formatRows(rows: readonly number[], locale: Locale): string {
  const texts = TARGET_HISTORY_TEXTS[locale];
  const shown = rows.slice(0, MAX_LISTED_ROWS).join(texts.listSeparator);
  const listed =
    rows.length > MAX_LISTED_ROWS
      ? locale === "zh-CN"
        ? `${shown} 等共 ${rows.length}`
        : `${shown} and ${rows.length - MAX_LISTED_ROWS} more`
      : shown;
  return (rows.length === 1 ? texts.rowsShort : texts.rowsLong).replace("{rows}", listed);
}

export function formatList(items: readonly (string | number)[], locale: Locale): string {
  return items.join(TARGET_HISTORY_TEXTS[locale].listSeparator);
}
