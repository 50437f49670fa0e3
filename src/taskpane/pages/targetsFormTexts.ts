/** Every text of the Targets page's form, in en-US and zh-CN. */
import type { Locale } from "../../i18n/locale";

const EN = {
  optionsHeading: "Target options",
  annualTarget: "Annual target",
  annualTargetHint: "The full-year target of the target tier, for example 58,500,000.",
  fiscalYear: "Fiscal year",
  fiscalYearHint: "The calendar year the fiscal year ends in.",
  fiscalStartMonth: "Fiscal year starts in",
  months: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  grain: "Targets by",
  grains: { month: "Month", week: "Week", day: "Day" },
  weekStart: "Weeks start on",
  weekStarts: { monday: "Monday", sunday: "Sunday" },
  roundingUnit: "Round targets to multiples of",
  baseRatio: "Base tier (% of target)",
  challengeRatio: "Challenge tier (% of target)",
  seasonality: "Seasonality from history",
  seasonalities: {
    priorYear: "Last year's months",
    averageShare: "Average of all years",
    ratioToMovingAverage: "Moving average",
    equal: "Equal months",
  },
  seasonalityNoSource: "Without source data the months are weighted equally.",
  memberColumn: "Split by (member column)",
  memberColumnHint: "Channels, stores or categories get their own targets. Optional.",
  noMemberColumn: "No split (one total)",
  build: "Build targets sheet",
  builtNotes: "Notes",
  annualTargetInvalid:
    "The annual target “{value}” is not a number above 0. Type the full-year target, for example 58,500,000 or 5850万.",
  notMultiple:
    "The annual target “{value}” is not a multiple of the rounding unit {unit}, so the rounded parts could not add up to it. Type {below} or {above}, or choose a smaller unit.",
  fiscalYearInvalid: "The fiscal year “{value}” is not a year. Type a year such as 2027.",
  ratioInvalid:
    "{label}: “{value}” is not a tier this field takes (base: above 0% up to 100%; challenge: 100% to 500%). Type, for example, 80, 80% or 0.8.",
  dateNotMapped:
    "No column is chosen as the date. Choose the date column under “Columns”, then build again.",
  salesNotMapped:
    "No column is chosen as the sales amount. Choose it under “Columns”, then build again.",
};

export type TargetsFormTexts = typeof EN;

const ZH: TargetsFormTexts = {
  optionsHeading: "目标选项",
  annualTarget: "年度目标",
  annualTargetHint: "目标档的全年目标，例如 58,500,000。",
  fiscalYear: "财年",
  fiscalYearHint: "财年结束时所在的自然年。",
  fiscalStartMonth: "财年起始月",
  months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
  grain: "拆解粒度",
  grains: { month: "按月", week: "按周", day: "按日" },
  weekStart: "每周起始日",
  weekStarts: { monday: "周一", sunday: "周日" },
  roundingUnit: "取整单位",
  baseRatio: "保底档（占目标 %）",
  challengeRatio: "挑战档（占目标 %）",
  seasonality: "季节性（依据历史）",
  seasonalities: {
    priorYear: "去年各月",
    averageShare: "历年平均",
    ratioToMovingAverage: "移动平均",
    equal: "各月平均分配",
  },
  seasonalityNoSource: "没有源数据时，各月平均分配。",
  memberColumn: "拆分维度（成员列）",
  memberColumnHint: "渠道、店铺或类目各自得到目标。可不选。",
  noMemberColumn: "不拆分（只有合计）",
  build: "生成目标拆解表",
  builtNotes: "说明",
  annualTargetInvalid:
    "年度目标“{value}”不是大于 0 的数字。请输入全年目标，例如 58,500,000 或 5850万。",
  notMultiple:
    "年度目标“{value}”不是取整单位 {unit} 的整数倍，取整后的各部分无法合计为目标。请输入 {below} 或 {above}，或选择更小的单位。",
  fiscalYearInvalid: "财年“{value}”不是年份。请输入年份，例如 2027。",
  ratioInvalid:
    "{label}：“{value}”不在此项的范围内（基础目标：大于 0% 且不超过 100%；挑战目标：100% 至 500%）。请输入例如 80、80% 或 0.8。",
  dateNotMapped: "还没有选择日期列。请在“列对应”中选择日期列，然后重新生成。",
  salesNotMapped: "还没有选择销售额列。请在“列对应”中选择销售额列，然后重新生成。",
};

export const TARGETS_FORM_TEXTS: Record<Locale, TargetsFormTexts> = { "en-US": EN, "zh-CN": ZH };
