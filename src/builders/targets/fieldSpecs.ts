/**
 * The targets builder's option fields, once for both hosts: the CLI's flags and placeholders, the
 * panel's labels, the hints, the defaults, and how each typed text is read (targetsFields.ts, core's
 * one parser underneath). A refusal is a FieldError naming the field; the host names it as it shows it.
 */
import type { Locale } from "../../i18n/locale";
import type { FieldSpec, FieldValue } from "../builder";
import { FieldError } from "../fields";
import {
  parseFiscalYear,
  parseMembers,
  parseMonthNumber,
  parseTargetAmount,
  parseTier,
} from "./targetsFields";
import { TARGETS_MODULE_TEXTS, type TargetsModuleTextKey } from "./texts";

const t = (en: string, zh: string): Record<Locale, string> => ({ "en-US": en, "zh-CN": zh });

/** A reader that refuses with the module's own message for the field. */
function reader(
  id: string,
  key: TargetsModuleTextKey,
  read: (text: string) => FieldValue
): (text: string) => FieldValue {
  return (text) => {
    const value = read(text);
    if (value === undefined)
      throw new FieldError(id, key, { value: text }, { texts: TARGETS_MODULE_TEXTS });
    return value;
  };
}

const ARGUMENT = {
  amount: t("<amount>", "<金额>"),
  ratio: t("<ratio>", "<比例>"),
  choice: t("<choice>", "<取值>"),
  column: t("<column>", "<列名>"),
  names: t("<names>", "<名称>"),
  month: t("<month>", "<月份>"),
  year: t("<year>", "<年份>"),
};

const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: t(
    new Date(Date.UTC(2000, i, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" }),
    `${i + 1}月`
  ),
}));

export const TARGETS_FIELDS: FieldSpec[] = [
  {
    id: "annual",
    kind: "amount",
    flag: "annual",
    required: true,
    argument: ARGUMENT.amount,
    parse: reader("annual", "badAmount", parseTargetAmount),
    label: t("Annual target", "年度目标"),
    hint: t(
      "annual target of the target tier, > 0; 39000000, 39,000,000, 3.9e7 and 3900万 are the same (required)",
      "目标档的年度目标，大于 0；39000000、39,000,000、3.9e7 和 3900万 含义相同（必填）"
    ),
  },
  {
    id: "by",
    kind: "column",
    input: "history",
    flag: "by",
    argument: ARGUMENT.column,
    label: t("Split by (member column)", "拆分维度（成员列）"),
    hint: t(
      "history column to split the target by (channel, store, category …), e.g. 渠道 or channel (needs the sales history)",
      "按历史数据中的哪一列拆分目标（渠道、店铺、类目……），如 渠道 或 channel（需要历史销售数据）"
    ),
  },
  {
    id: "members",
    kind: "text",
    flag: "members",
    argument: ARGUMENT.names,
    // Checked as typed; toOptions splits the same text again.
    parse: (text) => (parseMembers(text), text.trim()),
    label: t("Members (comma separated)", "成员（逗号分隔）"),
    hint: t(
      'members to split the target over equally, comma separated, e.g. "Tmall,JD,Douyin" (not with a split column)',
      '平均拆分目标的成员，用逗号分隔，如 "天猫,京东,抖音"（不与拆分维度同用）'
    ),
  },
  {
    id: "grain",
    kind: "choice",
    flag: "grain",
    default: "month",
    argument: ARGUMENT.choice,
    choices: [
      { value: "month", label: t("Month", "按月") },
      { value: "week", label: t("Week", "按周") },
      { value: "day", label: t("Day", "按日") },
    ],
    label: t("Targets by", "拆解粒度"),
    hint: t(
      "periods of the grid: month, week or day",
      "拆解表的期间粒度：month（月）、week（周）或 day（日）"
    ),
  },
  {
    id: "weekStart",
    kind: "choice",
    flag: "week-start",
    default: "monday",
    argument: ARGUMENT.choice,
    choices: [
      { value: "monday", label: t("Monday", "周一") },
      { value: "sunday", label: t("Sunday", "周日") },
    ],
    label: t("Weeks start on", "每周起始日"),
    hint: t(
      "first day of a week when targets are by week: monday (ISO weeks) or sunday",
      "按周拆解时每周的第一天：monday（ISO 周）或 sunday"
    ),
  },
  {
    id: "round",
    kind: "amount",
    flag: "round",
    default: "1",
    argument: ARGUMENT.amount,
    parse: reader("round", "badAmount", parseTargetAmount),
    label: t("Rounding unit", "取整单位"),
    hint: t(
      "rounding unit: every part is a multiple of it and the parts still add up to the target, e.g. 1, 100, 1000, 10000; the annual target must be a multiple",
      "取整单位：每一份都是它的整数倍，且合计仍等于目标，如 1、100、1000、10000；年度目标必须是它的整数倍"
    ),
  },
  {
    id: "base",
    kind: "ratio",
    flag: "base",
    default: "80%",
    argument: ARGUMENT.ratio,
    parse: reader("base", "badBase", (text) => parseTier("base", text)),
    label: t("Base tier (% of target)", "保底档（占目标 %）"),
    hint: t(
      "base tier as a share of the target, 0.8, 80% or 80; above 0, at most 100%",
      "基础目标占目标的比例，0.8、80% 或 80；大于 0 且不超过 100%"
    ),
  },
  {
    id: "challenge",
    kind: "ratio",
    flag: "challenge",
    default: "120%",
    argument: ARGUMENT.ratio,
    parse: reader("challenge", "badChallenge", (text) => parseTier("challenge", text)),
    label: t("Challenge tier (% of target)", "挑战档（占目标 %）"),
    hint: t(
      "challenge tier as a share of the target, 1.2, 120% or 120; from 100% to 500%",
      "挑战目标占目标的比例，1.2、120% 或 120；100% 到 500%"
    ),
  },
  {
    id: "fiscalStart",
    kind: "choice",
    flag: "fiscal-start",
    default: "1",
    argument: ARGUMENT.month,
    choices: MONTH_LABELS,
    parse: reader("fiscalStart", "badMonth", parseMonthNumber),
    label: t("Fiscal year starts in", "财年起始月"),
    hint: t(
      "month the fiscal year starts in: 1–12 or a name such as apr",
      "财年起始月份：1–12 或英文月份名如 apr"
    ),
  },
  {
    id: "year",
    kind: "integer",
    flag: "year",
    argument: ARGUMENT.year,
    parse: reader("year", "badYear", parseFiscalYear),
    label: t("Fiscal year", "财年"),
    hint: t(
      "fiscal year to plan, named by the calendar year it ends in (default: the year after the history's last fiscal year; without history, the next one)",
      "要规划的财年，以财年结束所在的公历年份命名（默认：历史数据最后一个财年的下一年；无历史数据时为下一个财年）"
    ),
  },
  {
    id: "seasonality",
    kind: "choice",
    flag: "seasonality",
    argument: ARGUMENT.choice,
    choices: [
      { value: "prior-year", label: t("Last year's months", "去年各月") },
      { value: "average", label: t("Average of all years", "历年平均") },
      { value: "moving-average", label: t("Moving average", "移动平均") },
      { value: "equal", label: t("Equal months", "各月平均分配") },
    ],
    label: t("Seasonality from history", "季节性（依据历史）"),
    hint: t(
      "monthly seasonality: prior-year, average (of the history years' shares), moving-average (ratio to a centred 12-month moving average, 24+ months of history) or equal (default: prior-year with a sales history, else equal)",
      "月度季节性：prior-year（上一年）、average（历史各年占比平均）、moving-average（与 12 个月中心移动平均之比，需 24 个月以上历史）或 equal（平均）（默认：有历史销售数据时 prior-year，否则 equal）"
    ),
  },
  {
    id: "metric",
    kind: "choice",
    flag: "metric",
    default: "gmv",
    argument: ARGUMENT.choice,
    choices: [
      { value: "gmv", label: t("GMV", "销售额") },
      { value: "profit", label: t("Profit", "利润") },
      { value: "new-customers", label: t("New customers", "新客数") },
    ],
    label: t("Metric", "目标指标"),
    hint: t(
      "what the target measures, for labels and formats: gmv, profit or new-customers",
      "目标指标，用于标签和格式：gmv（销售额）、profit（利润）或 new-customers（新客数）"
    ),
  },
];
