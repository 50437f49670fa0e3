/**
 * Texts of the command line (help, errors) and of reading a user's data file (shared with the
 * playground, which reads files with the same functions). Each command's own help and output texts
 * live in its module under src/cli/commands/, so adding a command touches one file.
 */
import type { TabularFileErrorCode } from "../io/tabularFileError";
import type { Locale } from "./locale";

const CLI_EN = {
  programDescription:
    "Ops Planner on the command line: check exported data and build planning workbooks.",
  programUsage: "[options] [command]",
  commandUsage: "[options]",
  fileArgument: "<file>",
  nameArgument: "<name>",
  localeArgument: "<locale>",
  "Usage:": "Usage:",
  "Options:": "Options:",
  "Commands:": "Commands:",
  "Arguments:": "Arguments:",
  "Global Options:": "Global Options:",
  versionOption: "show the version number",
  helpOption: "show help for a command",
  helpCommandArgument: "[command]",
  langOption: "language of help and messages: en-US or zh-CN (default: from LC_ALL / LANG)",
  inputOption: "data file exported from a store back end: .csv, .tsv, .txt, .xlsx or .xls",
  sheetOption: "worksheet to read from an .xlsx or .xls file (default: the first visible sheet)",
  skipInvalidOption:
    "build even when rows have cells that cannot be read (a wrong field count, text in a number or date column): those rows are left out whole and the sheet says how many and what they held (default: refuse)",
  encodingOption:
    "text encoding of a CSV file: utf-8 or gb18030 (gbk also accepted) (default: detected)",
  outOption: "workbook to write (.xlsx); an existing file is kept unless --force is given",
  forceOption: "overwrite the --out file if it already exists",
  countArgument: "<count>",
  megabytesArgument: "<MB>",
  maxLineLengthOption: "longest line a text file may have, in characters (default: 1048576)",
  maxCellsOption: "most cells (rows × columns) an input table may have (default: 50000000)",
  maxUnzippedOption: "most an .xlsx file may unzip to, in MB (default: 512)",
  maxFileOption: "largest input file, in MB (default: 1024)",

  errorLine: "error: {message}",
  /** Appended to usage errors; the English one brings its own separating space. */
  seeHelp: ' See "{command} --help".',
  unknownOption: "Unknown option {option}.",
  didYouMean: "Did you mean {suggestion}?",
  unknownCommand: "Unknown command {command}.",
  missingCommand: "No command given; the commands are: {commands}.",
  optionNeedsValue: "Option {option} needs a value.",
  missingRequiredOption: "Missing required option {option}.",
  missingArgument: "Missing argument {argument}.",
  tooManyArguments: "Too many arguments.",
  invalidCommandLine: "Invalid command line: {detail}",
  invalidChoice: 'Option {option} does not accept "{value}"; use one of: {choices}.',
  inputNotFound: "Input file not found: {path}",
  inputIsFolder: "{path} is a folder; --input must name a file.",
  inputNotReadable: "Cannot read {path} ({reason}).",
  inputNameTooLong: "{path}: a file or folder name in it is too long for the file system.",
  tooManyOpenFiles:
    "Cannot open {path}: too many files are open ({reason}). Close other programs, or raise the limit (ulimit -n), and try again.",
  invalidLimit: 'Option {option} needs a whole number greater than 0, not "{value}".',
  outputExists: "{path} already exists; choose another --out file, or add --force to overwrite it.",
  outputNotXlsx: "--out must name an .xlsx file: {path}",
  outputFolderMissing: "The folder of {path} does not exist.",
  outputIsFolder: "{path} is a folder; --out must name a file.",
  outputNotWritable:
    "Cannot write {path} ({reason}). If it is open in Excel or WPS, close it and try again.",
  outputNameTooLong:
    "{path}: the file name is too long for the file system (at most 255 bytes; a Chinese character takes 3). Choose a shorter --out name.",
  outputDiskFull:
    "Cannot write {path}: the disk is full ({reason}). Free some space and try again.",
  outputReadOnly: "Cannot write {path}: the file system is read-only ({reason}).",
  outputFolderNotWritable:
    "Cannot create a file in the folder of {path} ({reason}); choose another folder for --out.",
  unexpectedError:
    "Unexpected error: this is a bug in ops-planner. Please report it with the details below.",
};

const CLI_ZH: Record<keyof typeof CLI_EN, string> = {
  programDescription: "运营规划助手命令行：检查导出数据，生成规划工作簿。",
  programUsage: "[选项] [命令]",
  commandUsage: "[选项]",
  fileArgument: "<文件>",
  nameArgument: "<名称>",
  localeArgument: "<语言>",
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "全局选项：",
  versionOption: "显示版本号",
  helpOption: "显示命令帮助",
  helpCommandArgument: "[命令]",
  langOption: "帮助与提示信息的语言：en-US 或 zh-CN（默认取自 LC_ALL / LANG）",
  inputOption: "从店铺后台导出的数据文件：.csv、.tsv、.txt、.xlsx 或 .xls",
  sheetOption: "要读取的 .xlsx 或 .xls 工作表（默认：第一个可见工作表）",
  skipInvalidOption:
    "即使有无法识别的行（字段数不对、数字或日期列中有文字）也生成：这些行整行跳过，表中注明跳过的行数及其数值（默认：拒绝生成）",
  encodingOption: "CSV 文件的文本编码：utf-8 或 gb18030（也可写 gbk）（默认：自动识别）",
  outOption: "要生成的工作簿（.xlsx）；文件已存在时不覆盖，除非指定 --force",
  forceOption: "--out 文件已存在时覆盖它",
  countArgument: "<数量>",
  megabytesArgument: "<MB>",
  maxLineLengthOption: "文本文件单行的最大字符数（默认：1048576）",
  maxCellsOption: "输入表格最多的单元格数（行 × 列）（默认：50000000）",
  maxUnzippedOption: ".xlsx 文件解压后的最大大小，单位 MB（默认：512）",
  maxFileOption: "输入文件的最大大小，单位 MB（默认：1024）",

  errorLine: "错误：{message}",
  seeHelp: "请参阅“{command} --help”。",
  unknownOption: "未知选项 {option}。",
  didYouMean: "是否想输入 {suggestion}？",
  unknownCommand: "未知命令 {command}。",
  missingCommand: "未指定命令；可用命令：{commands}。",
  optionNeedsValue: "选项 {option} 缺少取值。",
  missingRequiredOption: "缺少必填选项 {option}。",
  missingArgument: "缺少参数 {argument}。",
  tooManyArguments: "参数过多。",
  invalidCommandLine: "命令行无效：{detail}",
  invalidChoice: "选项 {option} 不接受“{value}”；可用值：{choices}。",
  inputNotFound: "找不到输入文件：{path}",
  inputIsFolder: "{path} 是文件夹；--input 必须指定一个文件。",
  inputNotReadable: "无法读取 {path}（{reason}）。",
  inputNameTooLong: "{path}：其中的文件名或文件夹名超出文件系统允许的长度。",
  tooManyOpenFiles:
    "无法打开 {path}：打开的文件过多（{reason}）。请关闭其他程序，或提高上限（ulimit -n）后重试。",
  invalidLimit: "选项 {option} 需要大于 0 的整数，而不是“{value}”。",
  outputExists: "{path} 已存在；请换一个 --out 文件名，或加上 --force 覆盖。",
  outputNotXlsx: "--out 必须是 .xlsx 文件：{path}",
  outputFolderMissing: "{path} 所在的文件夹不存在。",
  outputIsFolder: "{path} 是文件夹；--out 必须指定一个文件。",
  outputNotWritable:
    "无法写入 {path}（{reason}）。如果该文件正在 Excel 或 WPS 中打开，请先关闭再重试。",
  outputNameTooLong:
    "{path}：文件名超出文件系统允许的长度（最多 255 字节，一个汉字占 3 字节）。请换一个短一些的 --out 文件名。",
  outputDiskFull: "无法写入 {path}：磁盘已满（{reason}）。请腾出空间后重试。",
  outputReadOnly: "无法写入 {path}：文件系统为只读（{reason}）。",
  outputFolderNotWritable:
    "无法在 {path} 所在的文件夹中创建文件（{reason}）；请为 --out 换一个文件夹。",
  unexpectedError: "意外错误：这是 ops-planner 的缺陷。请连同下面的详细信息一起反馈。",
};

export const CLI_TEXTS: Record<Locale, typeof CLI_EN> = { "en-US": CLI_EN, "zh-CN": CLI_ZH };
export type CliTextKey = keyof typeof CLI_EN;

const FILE_ERRORS_EN: Record<TabularFileErrorCode, string> = {
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
