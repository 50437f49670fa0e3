/**
 * The texts of the report builder module (reportModule.ts): its name, its input and fields as the CLI
 * and the panel show them, refusals of what the user typed ({field} is filled by the host: the CLI's
 * flag, the panel's label) and the notes a build returns. The sheets' own texts are in reportTexts.ts.
 * zh-CN is typed after en-US, so a missing key fails to compile.
 */
import type { FolderTexts } from "../../core/localizedError";

const EN = {
  name: "Report",
  description:
    "Build an operating report (经营报表) from a platform export: UV, orders, GMV, conversion, AOV, ROI … by period, with subtotals, MoM and YoY.",
  build: "Build report",

  sourceLabel: "Source data",
  sourceHint:
    "data file exported from the shop back end (.csv, .tsv, .txt, .xlsx, .xls), one row per day (and member)",

  byLabel: "Rows by",
  byHint:
    "break down by one or two columns, outer first: header names or channel, store, category, product (default: none)",
  thenByLabel: "Then by",
  thenByHint: "a second breakdown under the first, for subtotals (default: none)",
  grainLabel: "Columns by",
  grainHint: "period of each column: day, week (ISO), month or quarter",
  grainDay: "Day",
  grainWeek: "Week",
  grainMonth: "Month",
  grainQuarter: "Quarter",
  fromLabel: "From",
  fromHint:
    "first date of the report, e.g. 2025-01-01 or 2025-01 (default: the first date in the data)",
  toLabel: "To",
  toHint: "last date of the report (default: the last date in the data)",
  valuesLabel: "Values only (a snapshot that no longer follows the data)",
  valuesHint: "write values only (a snapshot) instead of live SUMIFS formulas",
  dashboardLabel:
    "Daily dashboard too: the latest day against the day before and a week earlier, month to date against the target",
  dashboardHint:
    "also add the daily dashboard (核心指标看板): the latest day against the day before and the same day last week, month to date against the month's target",
  dateArgument: "<date>",
  columnsArgument: "<columns>",
  columnArgument: "<column>",
  grainArgument: "<grain>",

  badGrain: '{field} does not accept "{value}"; use one of: {choices}.',
  badDate: "{field}: “{value}” is not a date. Write it year first, e.g. 2025-01-01 or 2025-01.",
  unknownColumn: '{field}: the file has no column "{name}"; its columns are: {columns}.',

  counted: "Counted {counted} of {rows} rows.",
  copiedData:
    "Some dates or amounts in the source are text, so the report reads a cleaned copy on the sheet “{sheet}”: rows added to the source show up when you build again.",
  notCounted:
    "{skipped} rows were left out (unreadable date or amount); the report sheet lists them so you can fix them and build again.",
};

export type ReportModuleTextKey = keyof typeof EN;

export const REPORT_MODULE_TEXTS: FolderTexts<ReportModuleTextKey> = {
  "en-US": EN,
  "zh-CN": {
    name: "经营报表",
    description:
      "根据平台导出数据生成经营报表：按期间统计访客数、订单数、支付金额、转化率、客单价、投产比等，含小计、环比和同比。",
    build: "生成报表",

    sourceLabel: "数据源",
    sourceHint: "从店铺后台导出的数据文件（.csv、.tsv、.txt、.xlsx、.xls），每天（每个成员）一行",

    byLabel: "按行拆分",
    byHint:
      "按一到两列细分（外层在前）：表头名称，或 channel、store、category、product（默认：不细分）",
    thenByLabel: "再按",
    thenByHint: "在第一层下再细分一层，得到小计（默认：不细分）",
    grainLabel: "按列汇总",
    grainHint: "每列的期间粒度：day（日）、week（ISO 周）、month（月）或 quarter（季度）",
    grainDay: "按日",
    grainWeek: "按周",
    grainMonth: "按月",
    grainQuarter: "按季度",
    fromLabel: "开始日期",
    fromHint: "报表开始日期，如 2025-01-01 或 2025-01（默认：数据中最早的日期）",
    toLabel: "结束日期",
    toHint: "报表结束日期（默认：数据中最晚的日期）",
    valuesLabel: "只写数值（快照，不随数据更新）",
    valuesHint: "只写入数值（快照），不写 SUMIFS 实时公式",
    dashboardLabel: "同时生成核心指标看板：最新一天对比前一天与上周同日，本月累计对比月目标",
    dashboardHint: "同时生成核心指标看板：最新一天对比前一日和上周同日，本月累计对比本月目标",
    dateArgument: "<日期>",
    columnsArgument: "<列>",
    columnArgument: "<列>",
    grainArgument: "<粒度>",

    badGrain: "{field} 不接受“{value}”；可用：{choices}。",
    badDate: "{field}：“{value}”不是日期。请按年在前的格式书写，如 2025-01-01 或 2025-01。",
    unknownColumn: "{field}：文件中没有“{name}”列；现有的列：{columns}。",

    counted: "共 {rows} 行，计入 {counted} 行。",
    copiedData:
      "数据源中有文本格式的日期或金额，因此报表读取工作表“{sheet}”中整理后的副本：数据源新增的行需重新生成后才会计入。",
    notCounted:
      "有 {skipped} 行未计入（日期或金额无法识别）；报表中列出了这些行，修正后可重新生成。",
  },
};
