/** Every label, note and message of the target decomposition sheets, in en-US and zh-CN. */
import { LocalizedError, type ErrorParams, type FolderTexts } from "../../core/localizedError";
import type { Locale } from "../../i18n/locale";
import type { TargetGrain, TargetMetric } from "./targetsOptions";

const EN = {
  sheetName: "Targets",
  calcSheetName: "Targets calc",
  title: "{metric} target decomposition · FY{year}",
  subtitle:
    "Yellow cells are inputs: change the annual target, a weight, a share or an actual and everything recomputes. Built by Ops Planner.",
  metric: { gmv: "GMV", profit: "Profit", newCustomers: "New customers" } as Record<
    TargetMetric,
    string
  >,
  annualTarget: "Annual target",
  baseTier: "Base tier",
  challengeTier: "Challenge tier",
  roundingUnit: "Rounding unit",
  check: "Tie-out check: grid − target (0 = ties out)",
  ratio: "Ratio",
  amount: "Amount",
  monthSection: "Months: seasonality, tiers and drivers",
  month: "Month",
  metricLabel: "Metric (id)",
  quarter: "Quarter",
  lastYear: "Last year",
  seasonalIndex: "Seasonal index",
  eventUplift: "Event uplift",
  weight: "Weight",
  actual: "Actual (held)",
  target: "Target",
  base: "Base",
  challenge: "Challenge",
  yoy: "YoY",
  conversion: "Conversion",
  aov: "AOV",
  requiredOrders: "Required orders",
  requiredUv: "Required UV",
  total: "Total",
  driverNote:
    "Driver tree: GMV = UV × conversion × AOV; required orders = target ÷ AOV, UV = orders ÷ conversion.",
  quarterSection: "Quarters",
  memberSection: "Members",
  member: "Member",
  reference: "Reference (last 12 months)",
  shareInput: "Share input",
  share: "Share",
  gridSection: "{grain} targets by member",
  grain: { month: "Monthly", week: "Weekly", day: "Daily" } as Record<TargetGrain, string>,
  period: "Period",
  periodTarget: "Period target",
  rowCheck: "Check",
  allMembers: "All",
  chartTitle: "Monthly target vs last year",
  calcTitle: "Rounding work for the targets sheet: largest remainder, live (do not edit)",
  calcTargetLine: "Monthly target",
  calcBaseLine: "Base tier",
  calcChallengeLine: "Challenge tier",
  calcPeriodLine: "Period target",
  calcGridLine: "Member parts (one line per period)",
  exact: "Exact",
  openWeight: "Open weight",
  remainder: "Remainder",
  tieSize: "Tie group",
  tiesBefore: "Ties before",
  winners: "Units to group",
  leftover: "Leftover units",
  notesLabel: "Notes",
  noteZeroShares: "Member history is all zero: shares are equal.",
  noteSeasonality: "Seasonality: {method}.",
  seasonality: {
    priorYear: "last full year's monthly shares",
    averageShare: "monthly shares averaged over the history years",
    ratioToMovingAverage: "ratio to a centred 12-month moving average",
    equal: "equal months",
    custom: "entered index",
  } as Record<string, string>,
  noteEventsDefault:
    "Event uplifts: 618 (June) ×{june}, Double 11 (November) ×{november}, Chinese New Year ({cnyMonth}) ×{cny}.",
  noteCnyMoved:
    "Chinese New Year falls in {to} in the plan year but fell in {from} in the history year: the uplifts move its dip.",
  noteCnyUnknown:
    "Chinese New Year of {year} is outside the built-in table (2020–2030): no adjustment for it.",
  noteDaysSpread:
    "Weeks and days: each month's target is spread evenly over its days; the periods are then rounded to the annual target.",
  noteNegativeRemainder:
    "Actuals already exceed the annual target: the remaining months are negative.",
  promptAnnual: "The annual target; everything on this sheet follows it.",
  promptRatio: "A share of the annual target, e.g. 80% or 120%.",
  promptUnit: "Parts are multiples of this: 1, 10, 100, 1,000 or 10,000.",
  promptActual: "Enter a month's actual to hold it; the rest of the year is re-spread.",
  errorNotNumber: "Enter a number.",
  // Messages for inputs the builder refuses.
  errAnnual: "The annual target must be a number greater than 0 (got {got}).",
  errUnit: "The rounding unit must be a number greater than 0 (got {got}).",
  errNotMultiple:
    "The annual target {got} is not a multiple of the rounding unit {unit}: use {below} or {above}.",
  errBase:
    "The base tier must be a ratio above 0 and at most 100%, or an amount up to the target (got {got}).",
  errChallenge:
    "The challenge tier must be a ratio of at least 100%, or an amount at least the target (got {got}).",
  errDuplicateMember: 'The member "{name}" appears more than once: member names must be unique.',
  errNoMembers: "There is no member to spread the target over.",
  errShares: "Give one share per member: {count} members but {got} shares.",
  errNegativeShare: 'The share of "{name}" is negative.',
  errFiscalStart: "The fiscal year must start in a month from 1 to 12 (got {got}).",
  errFiscalYear: "The fiscal year must be a year such as 2026 (got {got}).",
  errActuals: "Give at most 12 monthly actuals (got {got}).",
  errCustom: "A custom seasonal index needs 12 non-negative numbers, January first.",
  seasonalityArgument: "The history for seasonality",
};

type TargetsTexts = typeof EN;

const ZH: TargetsTexts = {
  sheetName: "目标拆解",
  calcSheetName: "目标拆解计算",
  title: "{year}财年{metric}目标拆解",
  subtitle:
    "黄色单元格为输入项：修改年度目标、权重、占比或实际值后全表自动重算。由运营规划助手生成。",
  metric: { gmv: "销售额(GMV)", profit: "利润", newCustomers: "新客数" },
  annualTarget: "年度目标",
  baseTier: "基础目标",
  challengeTier: "挑战目标",
  roundingUnit: "取整单位",
  check: "勾稽校验：拆解合计 − 年度目标（0 为平）",
  ratio: "比例",
  amount: "金额",
  monthSection: "月度：季节性、目标档位与驱动拆解",
  month: "月份",
  metricLabel: "指标（代码）",
  quarter: "季度",
  lastYear: "去年同期",
  seasonalIndex: "季节指数",
  eventUplift: "活动系数",
  weight: "权重",
  actual: "实际值（锁定）",
  target: "目标",
  base: "基础目标",
  challenge: "挑战目标",
  yoy: "同比",
  conversion: "转化率",
  aov: "客单价",
  requiredOrders: "所需订单数",
  requiredUv: "所需访客数",
  total: "合计",
  driverNote:
    "驱动拆解：销售额 = 流量(UV) × 转化率 × 客单价；所需订单数 = 目标 ÷ 客单价，访客数 = 订单数 ÷ 转化率。",
  quarterSection: "季度汇总",
  memberSection: "成员",
  member: "成员",
  reference: "参考（近12个月）",
  shareInput: "占比输入",
  share: "占比",
  gridSection: "分成员{grain}目标",
  grain: { month: "月度", week: "周度", day: "日度" },
  period: "期间",
  periodTarget: "期间目标",
  rowCheck: "校验",
  allMembers: "全部",
  chartTitle: "月度目标与去年同期",
  calcTitle: "目标拆解取整计算：最大余数法，实时计算（请勿修改）",
  calcTargetLine: "月度目标",
  calcBaseLine: "基础目标",
  calcChallengeLine: "挑战目标",
  calcPeriodLine: "期间目标",
  calcGridLine: "成员拆分（每期一行）",
  exact: "精确值",
  openWeight: "未锁定权重",
  remainder: "余数",
  tieSize: "并列数",
  tiesBefore: "前置并列",
  winners: "组内进位数",
  leftover: "剩余进位数",
  notesLabel: "说明",
  noteZeroShares: "成员历史数据全为 0：按平均占比拆分。",
  noteSeasonality: "季节性：{method}。",
  seasonality: {
    priorYear: "上一完整年度的月度占比",
    averageShare: "历史各年月度占比的平均",
    ratioToMovingAverage: "与 12 个月中心移动平均之比",
    equal: "各月平均",
    custom: "手工输入的指数",
  },
  noteEventsDefault:
    "活动系数：618（6月）×{june}，双11（11月）×{november}，春节（{cnyMonth}）×{cny}。",
  noteCnyMoved: "计划年度春节在{to}，历史年度在{from}：活动系数已相应调整春节低谷。",
  noteCnyUnknown: "{year}年春节不在内置日期表（2020–2030）内：未做春节调整。",
  noteDaysSpread: "周度和日度：每月目标按天平均分摊，再按最大余数法取整到年度目标。",
  noteNegativeRemainder: "实际值已超过年度目标：剩余月份的目标为负数。",
  promptAnnual: "年度目标；本表所有数字随之变化。",
  promptRatio: "占年度目标的比例，如 80% 或 120%。",
  promptUnit: "拆分结果为该数的整数倍：1、10、100、1,000 或 10,000。",
  promptActual: "输入某月实际值即锁定该月，全年剩余目标重新拆分。",
  errorNotNumber: "请输入数字。",
  errAnnual: "年度目标必须是大于 0 的数字（当前为 {got}）。",
  errUnit: "取整单位必须是大于 0 的数字（当前为 {got}）。",
  errNotMultiple: "年度目标 {got} 不是取整单位 {unit} 的整数倍：可改为 {below} 或 {above}。",
  errBase: "基础目标应为大于 0 且不超过 100% 的比例，或不超过年度目标的金额（当前为 {got}）。",
  errChallenge: "挑战目标应为不低于 100% 的比例，或不低于年度目标的金额（当前为 {got}）。",
  errDuplicateMember: "成员“{name}”出现了不止一次：成员名称不能重复。",
  errNoMembers: "没有可拆分目标的成员。",
  errShares: "每个成员需要一个占比：共 {count} 个成员，却给了 {got} 个占比。",
  errNegativeShare: "成员“{name}”的占比为负数。",
  errFiscalStart: "财年起始月份应为 1 到 12（当前为 {got}）。",
  errFiscalYear: "财年应为如 2026 这样的年份（当前为 {got}）。",
  errActuals: "月度实际值最多 12 个（当前为 {got}）。",
  errCustom: "自定义季节指数需要 12 个非负数，从 1 月开始。",
  seasonalityArgument: "用于季节性的历史数据",
};

export const TARGETS_TEXTS: Record<Locale, TargetsTexts> = { "en-US": EN, "zh-CN": ZH };

/** Month names for notes ("February" / "2月"). */
export function monthName(month: number, locale: Locale): string {
  if (locale === "zh-CN") return `${month}月`;
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en-US", {
    month: "long",
    timeZone: "UTC",
  });
}

/** The keys of the sheet's texts that word a refusal of the builder's options. */
export type TargetsErrorKey = Extract<keyof TargetsTexts, `err${string}`>;

/** The refusals' texts as a LocalizedError reads them. */
export const TARGETS_ERROR_TEXTS: FolderTexts<TargetsErrorKey> = TARGETS_TEXTS;

/**
 * An input the target builder refuses: a LocalizedError (key and parameters, worded in either
 * language when shown) whose `message` is in the language the options asked for.
 */
export class TargetsInputError extends LocalizedError {
  constructor(texts: FolderTexts<string>, key: string, params: ErrorParams, locale: Locale) {
    super(texts, key, params);
    this.message = this.messageIn(locale);
  }
}
