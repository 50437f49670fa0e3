/**
 * Texts of the command line (help, errors) and of reading a user's data file (shared with the
 * playground, which reads files with the same functions). Each command's own help and output texts
 * live in its module under src/cli/commands/, so adding a command touches one file.
 */
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
  outputExists:
    "{path} already exists; choose another {option} file, or add --force to overwrite it.",
  outputNotXlsx: "--out must name an .xlsx file: {path}",
  outputWrongExtension: "{option} must name a .{extension} file: {path}",
  outputFolderMissing: "The folder of {path} does not exist.",
  outputIsFolder: "{path} is a folder; {option} must name a file.",
  outputNotWritable:
    "Cannot write {path} ({reason}). If it is open in Excel or WPS, close it and try again.",
  outputNameTooLong:
    "{path}: the file name is too long for the file system (at most 255 bytes; a Chinese character takes 3). Choose a shorter {option} name.",
  outputDiskFull:
    "Cannot write {path}: the disk is full ({reason}). Free some space and try again.",
  outputReadOnly: "Cannot write {path}: the file system is read-only ({reason}).",
  outputFolderNotWritable:
    "Cannot create a file in the folder of {path} ({reason}); choose another folder for {option}.",
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
  outputExists: "{path} 已存在；请换一个 {option} 文件名，或加上 --force 覆盖。",
  outputNotXlsx: "--out 必须是 .xlsx 文件：{path}",
  outputWrongExtension: "{option} 必须是 .{extension} 文件：{path}",
  outputFolderMissing: "{path} 所在的文件夹不存在。",
  outputIsFolder: "{path} 是文件夹；{option} 必须指定一个文件。",
  outputNotWritable:
    "无法写入 {path}（{reason}）。如果该文件正在 Excel 或 WPS 中打开，请先关闭再重试。",
  outputNameTooLong:
    "{path}：文件名超出文件系统允许的长度（最多 255 字节，一个汉字占 3 字节）。请换一个短一些的 {option} 文件名。",
  outputDiskFull: "无法写入 {path}：磁盘已满（{reason}）。请腾出空间后重试。",
  outputReadOnly: "无法写入 {path}：文件系统为只读（{reason}）。",
  outputFolderNotWritable:
    "无法在 {path} 所在的文件夹中创建文件（{reason}）；请为 {option} 换一个文件夹。",
  unexpectedError: "意外错误：这是 ops-planner 的缺陷。请连同下面的详细信息一起反馈。",
};

export const CLI_TEXTS: Record<Locale, typeof CLI_EN> = { "en-US": CLI_EN, "zh-CN": CLI_ZH };
export type CliTextKey = keyof typeof CLI_EN;
