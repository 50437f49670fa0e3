/**
 * `ops-planner inspect --input <file>`: shows how a data file reads (encoding or sheet, header, row
 * count, column types, the first rows) so a user can check an export before building from it.
 */
import type { OptionValues } from "commander";
import { format, type Locale } from "../../i18n/locale";
import type { TabularFile } from "../../io/readTabularFile";
import type { CellValue } from "../../plan/types";
import type { CliCommand, CommandContext } from "../command";
import { addInputOptions, inputOptionsFrom } from "../sharedOptions";
import { padToWidth, displayWidth, renderTable, truncateToWidth } from "../textTable";

const PREVIEW_ROWS = 5;
/** Long cells (addresses, product titles) are cut so the preview stays a table. */
const MAX_CELL_WIDTH = 24;

const EN = {
  description:
    "Show how a data file reads: encoding or sheet, header, row count and the first rows.",
  file: "File:",
  encoding: "Encoding:",
  delimiter: "Delimiter:",
  sheet: "Sheet:",
  range: "Range:",
  columns: "Columns:",
  dataRows: "Data rows:",
  withBom: "{encoding} with BOM",
  detected: "{encoding} (detected)",
  given: "{encoding} (from --encoding)",
  sheetOf: "{sheet} (sheets: {sheets})",
  comma: "comma",
  tab: "tab",
  semicolon: "semicolon",
  verticalBar: "vertical bar",
  number: "number",
  text: "text",
  boolean: "TRUE/FALSE",
  empty: "empty",
  blankHeader: "(blank)",
  blankHeaderWarning: "Warning: column {column} has no header.",
  duplicateHeaderWarning: 'Warning: the header "{name}" is used by columns {columns}.',
  firstRows: "First {count} rows:",
  moreRows: "… {count} more rows",
};

const ZH: Record<keyof typeof EN, string> = {
  description: "查看数据文件的读取结果：编码或工作表、表头、行数和前几行。",
  file: "文件：",
  encoding: "编码：",
  delimiter: "分隔符：",
  sheet: "工作表：",
  range: "区域：",
  columns: "列数：",
  dataRows: "数据行数：",
  withBom: "{encoding}（带 BOM）",
  detected: "{encoding}（自动识别）",
  given: "{encoding}（按 --encoding 指定）",
  sheetOf: "{sheet}（全部工作表：{sheets}）",
  comma: "逗号",
  tab: "制表符",
  semicolon: "分号",
  verticalBar: "竖线",
  number: "数字",
  text: "文本",
  boolean: "逻辑值",
  empty: "空",
  blankHeader: "（空）",
  blankHeaderWarning: "注意：第 {column} 列没有表头。",
  duplicateHeaderWarning: "注意：表头“{name}”在第 {columns} 列重复出现。",
  firstRows: "前 {count} 行：",
  moreRows: "…… 另有 {count} 行",
};

type InspectTexts = typeof EN;
const TEXTS: Record<Locale, InspectTexts> = { "en-US": EN, "zh-CN": ZH };

const DELIMITER_NAMES: Record<string, keyof InspectTexts> = {
  ",": "comma",
  "\t": "tab",
  ";": "semicolon",
  "|": "verticalBar",
};

export const inspectCommand: CliCommand = {
  name: "inspect",
  define(command, locale) {
    addInputOptions(command.description(TEXTS[locale].description), locale);
  },
  async run(options: OptionValues, context: CommandContext) {
    const table = await context.readInputTable(options);
    const texts = TEXTS[context.locale];
    const { input, encoding } = inputOptionsFrom(options);
    for (const line of describeFile(table, input, encoding !== undefined, texts))
      context.print(line);
    for (const line of headerWarnings(table, texts)) context.print(line);
    context.print();
    for (const line of preview(table, texts)) context.print(line);
  },
};

function describeFile(
  table: TabularFile,
  input: string,
  encodingGiven: boolean,
  texts: InspectTexts
): string[] {
  const facts: [string, string][] = [[texts.file, input]];
  if (table.encoding) {
    const name = table.encoding.toUpperCase();
    const encoding = table.bom ? format(texts.withBom, { encoding: name }) : name;
    facts.push([
      texts.encoding,
      format(encodingGiven ? texts.given : texts.detected, { encoding }),
    ]);
  }
  if (table.delimiter) facts.push([texts.delimiter, delimiterName(table.delimiter, texts)]);
  if (table.sheet) {
    facts.push([
      texts.sheet,
      format(texts.sheetOf, { sheet: table.sheet, sheets: (table.sheets ?? []).join(", ") }),
    ]);
    if (table.range) facts.push([texts.range, table.range]);
  }
  facts.push(
    [texts.columns, String(table.header.length)],
    [texts.dataRows, String(table.rows.length)]
  );
  const labelWidth = Math.max(...facts.map(([label]) => displayWidth(label)));
  return facts.map(([label, value]) => `${padToWidth(label, labelWidth)}  ${value}`);
}

function delimiterName(delimiter: string, texts: InspectTexts): string {
  const key = DELIMITER_NAMES[delimiter];
  return key ? texts[key] : JSON.stringify(delimiter);
}

/** Column numbers are 1-based, as a user counts them. */
function headerWarnings({ headerIssues }: TabularFile, texts: InspectTexts): string[] {
  return [
    ...headerIssues.blankColumns.map((column) =>
      format(texts.blankHeaderWarning, { column: column + 1 })
    ),
    ...headerIssues.duplicates.map(({ name, columns }) =>
      format(texts.duplicateHeaderWarning, {
        name,
        columns: columns.map((column) => column + 1).join(", "),
      })
    ),
  ];
}

/** Header, a row naming each column's types over all rows, then the first rows, numbered. */
function preview(table: TabularFile, texts: InspectTexts): string[] {
  const shown = table.rows.slice(0, PREVIEW_ROWS);
  const header = [
    "#",
    ...table.header.map((name) => cellText(name === "" ? texts.blankHeader : name)),
  ];
  const types = ["", ...table.header.map((_, column) => columnTypes(table.rows, column, texts))];
  const rows = shown.map((row, index) => [
    String(index + 1),
    ...row.map((cell) => cellText(displayValue(cell))),
  ]);
  const align: ("left" | "right")[] = [
    "right",
    ...table.header.map((_, column) => (isNumberColumn(table.rows, column) ? "right" : "left")),
  ];
  const lines = [
    format(texts.firstRows, { count: shown.length }),
    ...renderTable([header, types, ...rows], align),
  ];
  const hidden = table.rows.length - shown.length;
  if (hidden > 0) lines.push(format(texts.moreRows, { count: hidden }));
  return lines;
}

/** "number", "text", "number+text" (e.g. "-" placeholders among amounts: worth seeing before a build). */
function columnTypes(rows: CellValue[][], column: number, texts: InspectTexts): string {
  const kinds = new Set<"number" | "text" | "boolean">();
  for (const row of rows) {
    const cell = row[column];
    if (typeof cell === "number") kinds.add("number");
    else if (typeof cell === "string") kinds.add("text");
    else if (typeof cell === "boolean") kinds.add("boolean");
  }
  if (kinds.size === 0) return texts.empty;
  return (["number", "text", "boolean"] as const)
    .filter((kind) => kinds.has(kind))
    .map((kind) => texts[kind])
    .join("+");
}

function isNumberColumn(rows: CellValue[][], column: number): boolean {
  return (
    rows.some((row) => typeof row[column] === "number") &&
    rows.every((row) => row[column] === null || typeof row[column] === "number")
  );
}

function displayValue(cell: CellValue): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** One terminal line per cell: line breaks inside a quoted CSV field are shown, not obeyed. */
function cellText(text: string): string {
  return truncateToWidth(text.replace(/\r?\n/g, "↵").replace(/\t/g, " "), MAX_CELL_WIDTH);
}
