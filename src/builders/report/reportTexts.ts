/** Every user-visible text of the operating report (sheet, notes, errors) in en-US and zh-CN. */
import type { Grain } from "../../core/calendar";
import type { Locale } from "../../i18n/locale";
import type { ReportField } from "./reportFields";
import type { MetricId } from "./reportMetrics";

const EN = {
  sheetName: "Operating report",
  dataSheetName: "Report data",
  title: "Operating report · {grain}",
  grainDay: "daily",
  grainWeek: "weekly",
  grainMonth: "monthly",
  grainQuarter: "quarterly",
  sourceNote: "Source: {source} · {rows} rows · built {generated}",
  liveNote:
    "Live: every number is a SUMIFS formula over the source (ratios divide the sums), so it can be traced to its rows.",
  liveDataSheetNote:
    "Live: every number is a SUMIFS formula over the sheet “{sheet}”, the source with dates as dates and amounts as numbers.",
  valuesNote: "Snapshot: values computed when the report was built; rebuild to refresh.",
  dataCovers: "Data covers",
  noIssues: "Every source row was read.",
  issuesSummary:
    "{count} source rows have cells that could not be read; see the notes from row {row}.",
  groupPrevious: "Previous period",
  groupValues: "Values",
  groupMoM: "Period over period % (环比)",
  groupYoY: "Year over year % (同比)",
  groupLastYear: "Same period last year",
  periodStart: "Start",
  periodEnd: "End",
  total: "Total",
  subtotal: "Subtotal",
  share: "Share",
  blankMember: "(blank)",
  allRows: "All",
  notesHeading: "Notes",
  noteRatios:
    "Conversion, AOV, UV value, ROI and refund rate are ratios of the sums in the same row and column (e.g. conversion = orders ÷ UV), at every level including totals; never averages of daily ratios. A zero denominator leaves the cell empty.",
  noteComparisons:
    "Period over period compares each period with the one before, year over year with the same period a year earlier; both are % change, shown only when the data covers both periods whole (“Data covers” above), otherwise empty.",
  noteColours:
    "Colours follow the Chinese convention in both languages: ▲ red = up, ▼ green = down, whatever the metric. Data bars show each row's share of the grand total.",
  notePeriods:
    "Each column is a whole period ({grain}); rows are sorted by GMV. Totals are the sums of the rows above them.",
  noteMapping: "Columns used: {mapping}",
  issueUnreadableDate:
    "{count} rows with a date that cannot be read in column “{column}”: rows {rows}. They are left out.",
  issueMissingDate:
    "{count} rows without a date in column “{column}”: rows {rows}. They are left out.",
  issueMonthOnlyDate:
    "{count} rows whose date in column “{column}” gives only a month: rows {rows}. They are left out of a {grain} report; choose month or quarter.",
  issueUnreadableAmount:
    "{count} rows with text that is not a number in column “{column}”: rows {rows}. They are left out.",
  issueUnwritableText:
    "{count} rows in column “{column}” hold text a workbook cannot store (over 32,767 characters, or a control character): rows {rows}. They are left out.",
  moreRows: "{rows} and {more} more",
  sourceRowHeader: "Source row",
  /** Data sheet column numbering a breakdown column's members (memberMatching.ts). */
  memberKeyHeader: "{column} no.",
  chartTitle: "GMV and conversion",
  shareChartTitle: "GMV share by {column}",
  // Daily dashboard (dashboardSheet.ts)
  dashboardSheetName: "Daily dashboard",
  dashboardTitle: "Daily dashboard (核心指标看板)",
  dashboardDate: "Report date",
  dashboardDateInput: "Another date",
  dashboardDateHint: "Leave blank for the latest date in the data, or type a date to see that day.",
  dashboardDateError: "Type a date, e.g. 2025-03-12.",
  dashboardDates: "Dates",
  dashboardSinceFormat: '"from "yyyy-mm-dd',
  dashboardMetric: "Metric",
  dashboardDay: "Day",
  dashboardDayBefore: "Day before",
  dashboardDayChange: "Day on day %",
  dashboardLastWeek: "Same day last week",
  dashboardWeekChange: "Week on week %",
  dashboardMonthToDate: "Month to date",
  dashboardTarget: "Month target",
  dashboardAchievement: "Achievement %",
  dashboardTimeProgress: "Time progress %",
  dashboardNoteNumbers:
    "Every figure is the total of the whole source for the dates in row {row} (month to date: from the 1st of the month to the report date). Ratios divide those sums, never average daily ratios. A zero denominator or a zero base leaves the cell empty.",
  dashboardNoteTarget:
    "Month target: the month's GMV target from a target sheet built by Ops Planner (names Target_Months and Target_Month_Starts), empty while the workbook has none for the report date's month. Achievement = month to date ÷ target; time progress = days elapsed ÷ days in the month.",
  dashboardNoteColours:
    "Colours follow the Chinese convention in both languages: ▲ red = up, ▼ green = down, whatever the metric.",
  dashboardTrendHeading: "Last 30 days (to the report date)",
  dashboardTrendDate: "Date",
  dashboardTrendChart: "Last 30 days: GMV and conversion",
  dashboardTrendChartGmv: "Last 30 days: GMV",
  // Errors
  errorMissingColumns:
    "The source has no column for {fields}. Map it to a column (detected from headers such as {examples}).",
  errorColumnOutOfRange: "{field} is mapped to column {column}, which the source does not have.",
  errorColumnUsedTwice: "Column “{column}” is mapped to several fields: {fields}.",
  errorAmbiguousHeader:
    "The header “{name}” is used by columns {columns}; rename one so {field} is unambiguous.",
  errorTooManyDimensions: "A report can be broken down by at most two columns.",
  errorDimensionColumn: "The breakdown column {column} is not in the source.",
  errorNoRows: "The source has no data rows.",
  errorNoDates: "No row of the source has a readable date in column “{column}”.",
  errorRangeBackwards: "The start date {from} is after the end date {to}.",
  errorTooManyPeriods:
    "{count} {grain} periods are too many for one sheet (at most {max}); choose a coarser grain or a shorter range.",
  errorFormulaTooLong:
    "Too many members in “{column}” ({count}) for the grand-total formula; break down by fewer members.",
  errorTooManyMembers:
    "The column “{column}” has more than {max} different values, more than a report can break down by; choose another column.",
  errorInvalidCells:
    "{count} source rows have cells the rules cannot read, so nothing was written: {cells}. Fix these cells, or leave those rows out (CLI: --skip-invalid; panel: “Leave these rows out and build”).",
  invalidCell: "line {row}, column “{column}”: “{text}”",
  invalidCellBlank: "line {row}, column “{column}”: blank",
  moreCells: "{cells} and {more} more",
  leftOutNote:
    "{count} source rows were left out because a cell could not be read (listed above); their readable cells held: {sums}.",
  leftOutNone: "nothing readable",
};

type ReportTextKey = keyof typeof EN;

const ZH: Record<ReportTextKey, string> = {
  sheetName: "经营报表",
  dataSheetName: "报表数据",
  title: "经营报表 · {grain}",
  grainDay: "日报",
  grainWeek: "周报",
  grainMonth: "月报",
  grainQuarter: "季报",
  sourceNote: "数据源：{source} · {rows} 行 · 生成于 {generated}",
  liveNote: "实时：每个数字都是对数据源的 SUMIFS 公式（比率指标用合计相除），可追溯到原始行。",
  liveDataSheetNote:
    "实时：每个数字都是对工作表“{sheet}”的 SUMIFS 公式；该表是整理后的数据源（日期为日期，金额为数字）。",
  valuesNote: "快照：数值在生成报表时计算；如需更新请重新生成。",
  dataCovers: "数据起止",
  noIssues: "数据源的每一行都已读取。",
  issuesSummary: "数据源有 {count} 行存在无法读取的单元格，详见第 {row} 行起的说明。",
  groupPrevious: "上期",
  groupValues: "数值",
  groupMoM: "环比 %",
  groupYoY: "同比 %",
  groupLastYear: "去年同期",
  periodStart: "开始",
  periodEnd: "结束",
  total: "合计",
  subtotal: "小计",
  share: "占比",
  blankMember: "（空白）",
  allRows: "全部",
  notesHeading: "说明",
  noteRatios:
    "转化率、客单价、UV价值、投产比和退款率都是同一行同一列合计值之比（如转化率 = 支付订单数 ÷ 访客数），各级合计同样如此，绝不是每日比率的平均。分母为 0 时单元格留空。",
  noteComparisons:
    "环比与上一期比较，同比与去年同期比较，均为变化百分比；只有数据完整覆盖两个期间（见上方“数据起止”）时才显示，否则留空。",
  noteColours:
    "中英文版本均采用国内习惯：▲ 红色表示上升，▼ 绿色表示下降，与指标好坏无关。数据条表示各行占总计的比例。",
  notePeriods:
    "每列是一个完整期间（{grain}）；行按支付金额从高到低排列。合计与小计是其上方各行之和。",
  noteMapping: "使用的列：{mapping}",
  issueUnreadableDate: "“{column}”列有 {count} 行日期无法识别：第 {rows} 行。这些行未计入报表。",
  issueMissingDate: "“{column}”列有 {count} 行没有日期：第 {rows} 行。这些行未计入报表。",
  issueMonthOnlyDate:
    "“{column}”列有 {count} 行日期只到月份：第 {rows} 行。{grain}不计入这些行；请改用月或季度。",
  issueUnreadableAmount: "“{column}”列有 {count} 行内容不是数字：第 {rows} 行。这些行未计入报表。",
  issueUnwritableText:
    "“{column}”列有 {count} 行文本无法存入工作簿（超过 32,767 个字符或含控制字符）：第 {rows} 行。这些行未计入报表。",
  moreRows: "{rows} 等，另有 {more} 行",
  sourceRowHeader: "源数据行号",
  memberKeyHeader: "{column}编号",
  chartTitle: "支付金额与转化率",
  shareChartTitle: "各{column}支付金额占比",
  dashboardSheetName: "核心指标看板",
  dashboardTitle: "核心指标看板",
  dashboardDate: "报表日期",
  dashboardDateInput: "指定日期",
  dashboardDateHint: "留空则为数据中的最新日期；输入日期可查看该日。",
  dashboardDateError: "请输入日期，如 2025-03-12。",
  dashboardDates: "日期",
  dashboardSinceFormat: 'yyyy-mm-dd"起"',
  dashboardMetric: "指标",
  dashboardDay: "当日",
  dashboardDayBefore: "前一日",
  dashboardDayChange: "日环比 %",
  dashboardLastWeek: "上周同日",
  dashboardWeekChange: "周同比 %",
  dashboardMonthToDate: "本月累计",
  dashboardTarget: "本月目标",
  dashboardAchievement: "目标完成率",
  dashboardTimeProgress: "时间进度",
  dashboardNoteNumbers:
    "每个数字都是整个数据源在第 {row} 行所示日期的合计（本月累计：从本月 1 日到报表日期）。比率指标用合计相除，绝不是每日比率的平均。分母或对比基数为 0 时单元格留空。",
  dashboardNoteTarget:
    "本月目标：取自 Ops Planner 生成的目标拆解表（名称 Target_Months 与 Target_Month_Starts）中报表日期所在月份的支付金额目标；工作簿中没有该月目标时留空。目标完成率 = 本月累计 ÷ 目标；时间进度 = 已过天数 ÷ 当月天数。",
  dashboardNoteColours:
    "中英文版本均采用国内习惯：▲ 红色表示上升，▼ 绿色表示下降，与指标好坏无关。",
  dashboardTrendHeading: "近 30 天（截至报表日期）",
  dashboardTrendDate: "日期",
  dashboardTrendChart: "近 30 天支付金额与转化率",
  dashboardTrendChartGmv: "近 30 天支付金额",
  errorMissingColumns: "数据源缺少{fields}列。请指定对应的列（可识别的表头如 {examples}）。",
  errorColumnOutOfRange: "{field}对应第 {column} 列，但数据源没有这一列。",
  errorColumnUsedTwice: "列“{column}”被同时指定为多个字段：{fields}。",
  errorAmbiguousHeader: "表头“{name}”出现在第 {columns} 列；请重命名其中一列，以便明确{field}。",
  errorTooManyDimensions: "报表最多按两列细分。",
  errorDimensionColumn: "细分列 {column} 不在数据源中。",
  errorNoRows: "数据源没有数据行。",
  errorNoDates: "数据源中没有一行的“{column}”列日期可以识别。",
  errorRangeBackwards: "开始日期 {from} 晚于结束日期 {to}。",
  errorTooManyPeriods:
    "{count} 个{grain}期间超出单张工作表的上限（{max}）；请选择更粗的粒度或更短的范围。",
  errorFormulaTooLong: "“{column}”的成员过多（{count} 个），无法写入总计公式；请减少细分成员。",
  errorTooManyMembers: "“{column}”列的不同取值超过 {max} 个，超出报表可细分的上限；请换一列细分。",
  errorInvalidCells:
    "数据源有 {count} 行存在规则无法识别的单元格，因此未写入任何内容：{cells}。请修正这些单元格，或跳过这些行（命令行：--skip-invalid；面板：“跳过这些行并生成”）。",
  invalidCell: "第 {row} 行“{column}”列：“{text}”",
  invalidCellBlank: "第 {row} 行“{column}”列：空白",
  moreCells: "{cells}，另有 {more} 处",
  leftOutNote:
    "有 {count} 行因单元格无法识别而未计入（见上方说明）；这些行中可识别的数值合计为：{sums}。",
  leftOutNone: "无可识别的数值",
};

export const REPORT_TEXTS: Record<Locale, Record<ReportTextKey, string>> = {
  "en-US": EN,
  "zh-CN": ZH,
};
export type { ReportTextKey };

export const GRAIN_TEXT_KEYS: Record<Grain, ReportTextKey> = {
  day: "grainDay",
  week: "grainWeek",
  month: "grainMonth",
  quarter: "grainQuarter",
};

/** Field names as the report labels them (DOMAIN.md vocabulary). */
export const FIELD_LABELS: Record<Locale, Record<ReportField, string>> = {
  "en-US": {
    date: "Date",
    channel: "Channel",
    store: "Store",
    category: "Category",
    product: "Product",
    uv: "Visitors (UV)",
    pv: "Page views (PV)",
    orders: "Paid orders",
    gmv: "GMV",
    spend: "Ad spend",
    refunds: "Refund amount",
    cost: "Cost",
  },
  "zh-CN": {
    date: "日期",
    channel: "渠道",
    store: "店铺",
    category: "类目",
    product: "商品",
    uv: "访客数",
    pv: "浏览量",
    orders: "支付订单数",
    gmv: "支付金额",
    spend: "推广费",
    refunds: "退款金额",
    cost: "成本",
  },
};

export const METRIC_LABELS: Record<Locale, Record<MetricId, string>> = {
  "en-US": {
    uv: "Visitors (UV)",
    pv: "Page views (PV)",
    orders: "Paid orders",
    gmv: "GMV",
    conversion: "Conversion rate (orders ÷ UV)",
    aov: "Average order value (GMV ÷ orders)",
    uvValue: "UV value (GMV ÷ UV)",
    spend: "Ad spend",
    roi: "ROI (GMV ÷ ad spend)",
    refunds: "Refund amount",
    refundRate: "Refund rate (refunds ÷ GMV)",
    cost: "Cost",
  },
  "zh-CN": {
    uv: "访客数",
    pv: "浏览量",
    orders: "支付订单数",
    gmv: "支付金额",
    conversion: "支付转化率（订单数 ÷ 访客数）",
    aov: "客单价（支付金额 ÷ 订单数）",
    uvValue: "UV价值（支付金额 ÷ 访客数）",
    spend: "推广费",
    roi: "投产比 ROI（支付金额 ÷ 推广费）",
    refunds: "退款金额",
    refundRate: "退款率（退款金额 ÷ 支付金额）",
    cost: "成本",
  },
};
