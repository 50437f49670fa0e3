/**
 * The io folder's texts: why a user's file could not be read, in both languages (TabularFileError
 * words them when shown). zh-CN is typed after en-US's codes, so a missing message fails to compile.
 */
import type { Locale } from "../i18n/locale";

const FILE_ERRORS_EN = {
  emptyFile: "{file} is empty.",
  emptySheet: 'Sheet "{sheet}" in {file} is empty.',
  headerOnly: "{file} has a header row but no data rows.",
  headerOnlyInSheet: 'Sheet "{sheet}" in {file} has a header row but no data rows.',
  sheetNotFound: 'There is no sheet "{sheet}" in {file}. Available sheets: {sheets}.',
  noWorksheets: "{file} contains no worksheets.",
  sheetOnTextFile:
    "{file} is a text file without sheets; a sheet name applies to .xlsx and .xls workbooks only.",
  unknownEncoding:
    "{file} is neither UTF-8 nor GB18030/GBK text. Export it again as CSV (UTF-8), or save it as .xlsx.",
  notInEncoding:
    "{file} is not valid {encoding} text. Try the other encoding, or let it be detected.",
  notText:
    "{file} does not look like a text file (it contains NUL bytes). Export it again as CSV (UTF-8) or .xlsx.",
  unclosedQuote:
    "{file}, line {line}: a quoted field is never closed, so the rest of the file would be read as one cell.",
  encryptedWorkbook:
    "{file} is protected with a password, which cannot be read. Open it in Excel or WPS and save it without a password (as .xlsx, .xls or CSV).",
  corruptWorkbook: "{file} could not be read as an .xlsx workbook ({reason}).",
  corruptXls: "{file} could not be read as an .xls workbook ({reason}).",
  notAWorkbook:
    "{file} is not an .xlsx workbook (its content is not a zip archive); it may be damaged or a renamed file.",
  unsupportedType: "{file}: unsupported file type. Use .csv, .tsv, .txt, .xlsx or .xls.",
  wrongFieldCount:
    "{file}: {count} rows do not have the header's {expected} fields, so their values would shift into other columns (first lines, with their field counts: {lines}). An unquoted comma inside a value (¥1,234) does this: quote such values, or leave these rows out (CLI: --skip-invalid). Nothing was written.",
  fileTooLarge:
    "{file} is larger than {limit} MB, the limit for an input file. If the file is genuine, raise the limit with --max-file-mb.",
  largerThanSheet:
    "{file} has {rows} rows and {columns} columns; a worksheet holds at most {maxRows} rows and {maxColumns} columns, so it is not an export that can be read.",
  tooManyCells:
    "{file}: the table has {cells} cells, over the limit of {limit}. If the file is genuine, raise the limit with --max-cells.",
  tooManyCellsInWorkbook:
    "{file}: the workbook holds {cells} cells, over the limit of {limit}. If the file is genuine, raise the limit with --max-cells.",
  unzippedTooLarge:
    "{file} unzips to more than {limit} MB (at part {entry}), over the limit for a workbook. If the file is genuine, raise the limit with --max-unzipped-mb.",
  lineTooLong:
    "{file}, line {line}: the line is longer than {limit} characters, the limit for one line. If the file is genuine, raise the limit with --max-line-length.",
};

/** Why a user's file could not be read: one code per message. */
export type TabularFileErrorCode = keyof typeof FILE_ERRORS_EN;

const FILE_ERRORS_ZH: Record<TabularFileErrorCode, string> = {
  emptyFile: "{file} 是空文件。",
  emptySheet: "{file} 中的工作表“{sheet}”是空的。",
  headerOnly: "{file} 只有表头，没有数据行。",
  headerOnlyInSheet: "{file} 中的工作表“{sheet}”只有表头，没有数据行。",
  sheetNotFound: "{file} 中没有工作表“{sheet}”。现有工作表：{sheets}。",
  noWorksheets: "{file} 中没有工作表。",
  sheetOnTextFile: "{file} 是文本文件，没有工作表；工作表名称只适用于 .xlsx 和 .xls 工作簿。",
  unknownEncoding:
    "{file} 既不是 UTF-8 也不是 GB18030/GBK 文本。请重新导出为 CSV（UTF-8），或另存为 .xlsx。",
  notInEncoding: "{file} 不是有效的 {encoding} 文本。请换用另一种编码，或改为自动识别。",
  notText: "{file} 看起来不是文本文件（含有 NUL 字节）。请重新导出为 CSV（UTF-8）或 .xlsx。",
  unclosedQuote: "{file} 第 {line} 行：引号内的字段没有结束引号，文件其余部分会被读成一个单元格。",
  encryptedWorkbook:
    "{file} 设有密码保护，无法读取。请在 Excel 或 WPS 中打开，取消密码后另存（.xlsx、.xls 或 CSV）。",
  corruptWorkbook: "无法将 {file} 作为 .xlsx 工作簿读取（{reason}）。",
  corruptXls: "无法将 {file} 作为 .xls 工作簿读取（{reason}）。",
  notAWorkbook: "{file} 不是 .xlsx 工作簿（内容不是 zip 压缩包），可能已损坏或被改过扩展名。",
  unsupportedType: "{file}：不支持的文件类型。请使用 .csv、.tsv、.txt、.xlsx 或 .xls。",
  wrongFieldCount:
    "{file}：有 {count} 行的字段数与表头的 {expected} 个不同，其中的数值会错位到别的列（前几行及其字段数：{lines}）。值中未加引号的逗号（如 ¥1,234）会造成这种情况：请给这类值加引号，或跳过这些行（命令行：--skip-invalid）。未写入任何内容。",
  fileTooLarge:
    "{file} 超过输入文件 {limit} MB 的上限。如果文件确实无误，可用 --max-file-mb 提高上限。",
  largerThanSheet:
    "{file} 有 {rows} 行、{columns} 列；一张工作表最多 {maxRows} 行、{maxColumns} 列，因此无法作为导出数据读取。",
  tooManyCells:
    "{file}：表格有 {cells} 个单元格，超过 {limit} 的上限。如果文件确实无误，可用 --max-cells 提高上限。",
  tooManyCellsInWorkbook:
    "{file}：工作簿共有 {cells} 个单元格，超过 {limit} 的上限。如果文件确实无误，可用 --max-cells 提高上限。",
  unzippedTooLarge:
    "{file} 解压后超过 {limit} MB（在部件 {entry} 处），超过工作簿的上限。如果文件确实无误，可用 --max-unzipped-mb 提高上限。",
  lineTooLong:
    "{file} 第 {line} 行：该行超过 {limit} 个字符，超过单行的上限。如果文件确实无误，可用 --max-line-length 提高上限。",
};

export const FILE_ERROR_TEXTS: Record<Locale, Record<TabularFileErrorCode, string>> = {
  "en-US": FILE_ERRORS_EN,
  "zh-CN": FILE_ERRORS_ZH,
};
