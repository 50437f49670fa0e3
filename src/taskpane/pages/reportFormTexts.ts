/** Every text of the Report page's form, in en-US and zh-CN. */
import type { Locale } from "../../i18n/locale";

const EN = {
  optionsHeading: "Report options",
  grain: "Columns by",
  grains: { day: "Day", week: "Week", month: "Month", quarter: "Quarter" },
  breakdown: "Rows by",
  breakdownHint: "One column, or two for subtotals (outer first). Optional.",
  secondBreakdown: "Then by",
  from: "From",
  to: "To",
  rangeHint:
    "Year first: 2025-01-01, 2025/1/1 or a month such as 2025-01. Empty: the data's first / last date.",
  fromInvalid: "From: “{value}” is not a date. Write it year first, e.g. 2025-01-01 or 2025-01.",
  toInvalid: "To: “{value}” is not a date. Write it year first, e.g. 2025-12-31 or 2025-12.",
  noBreakdown: "No breakdown (totals only)",
  snapshot: "Values only (a snapshot that no longer follows the data)",
  dashboard:
    "Daily dashboard too: the latest day against the day before and a week earlier, month to date against the target",
  build: "Build report",
  builtNotes: "Notes",
  counted: "Counted {counted} of {rows} rows.",
  copiedData:
    "Some dates or amounts in the source are text, so the report reads a cleaned copy on the sheet “{sheet}”: rows added to the source show up when you build again.",
  notCounted:
    "{skipped} rows were left out (unreadable date or amount); the report sheet lists them so you can fix them and build again.",
};

export type ReportFormTexts = typeof EN;

const ZH: ReportFormTexts = {
  optionsHeading: "报表选项",
  grain: "按列汇总",
  grains: { day: "按日", week: "按周", month: "按月", quarter: "按季度" },
  breakdown: "按行拆分",
  breakdownHint: "选一列，或选两列得到小计（先外层）。可不选。",
  secondBreakdown: "再按",
  from: "开始日期",
  to: "结束日期",
  rangeHint: "年在前：2025-01-01、2025/1/1，或月份如 2025-01。留空则取数据的第一天 / 最后一天。",
  fromInvalid: "开始日期：“{value}”不是日期。请按年在前的格式书写，如 2025-01-01 或 2025-01。",
  toInvalid: "结束日期：“{value}”不是日期。请按年在前的格式书写，如 2025-12-31 或 2025-12。",
  noBreakdown: "不拆分（只有合计）",
  snapshot: "只写数值（快照，不随数据更新）",
  dashboard: "同时生成核心指标看板：最新一天对比前一天与上周同日，本月累计对比月目标",
  build: "生成报表",
  builtNotes: "说明",
  counted: "共 {rows} 行，计入 {counted} 行。",
  copiedData:
    "数据源中有文本格式的日期或金额，因此报表读取工作表“{sheet}”中整理后的副本：数据源新增的行需重新生成后才会计入。",
  notCounted: "有 {skipped} 行未计入（日期或金额无法识别）；报表中列出了这些行，修正后可重新生成。",
};

export const REPORT_FORM_TEXTS: Record<Locale, ReportFormTexts> = { "en-US": EN, "zh-CN": ZH };
