/**
 * The texts of the targets builder module (index.ts): its name, refusals of what the user typed
 * ({field} and the other field names are filled by the host: the CLI's flag, the panel's label) and the
 * summary the CLI prints. The sheet's own texts are in targetsTexts.ts, the history's in
 * targetHistoryTexts.ts. zh-CN is typed after en-US, so a missing key fails to compile.
 */
import type { FolderTexts } from "../../core/localizedError";

const EN = {
  name: "Targets",
  description:
    "Build a target decomposition workbook: the annual target spread to quarters, months (or weeks, days) and members, with seasonality, base and challenge tiers and the GMV driver tree.",
  build: "Build targets sheet",

  badAmount:
    '{field} needs an amount greater than 0, such as 39000000, 39,000,000, 3.9e7 or 3900万; got "{value}".',
  notMultiple: "{field} {annual} is not a multiple of {roundField} {unit}; use {below} or {above}.",
  badBase: '{field} needs a ratio such as 0.8 / 80%: above 0 and at most 100%; got "{value}".',
  badChallenge: '{field} needs a ratio such as 1.2 / 120%: from 100% to 500%; got "{value}".',
  badMonth: '{field} needs a month from 1 to 12 (or a name such as apr); got "{value}".',
  badYear: '{field} needs a year from 1901 to 9998, such as 2026; got "{value}".',
  needsHistory: "{field} needs {history}.",
  seasonalityNeedsHistory: "{field} {value} needs {history}; without history use equal.",
  byAndMembers: "Use either {field} (members from the history) or {members}, not both.",
  badMembers: '{field} needs member names separated by commas; got "{value}".',
  duplicateMember: '{field} names "{name}" more than once.',
  historyWithoutWholeYear:
    "Seasonality {method} (prior-year is the default with {history}) needs a whole calendar year of history, January to December, but the history runs from {first} to {last}. Add the missing months, or use {field} equal.",
  historyTooShortForMovingAverage:
    "Seasonality {method} needs at least {min} months of history, but the history has {months} ({first} to {last}). Use {field} prior-year or average.",

  sheet: "Sheet:",
  annual: "Annual target:",
  tiers: "Tiers:",
  tiersValue: "base {base}, challenge {challenge}",
  fiscalYear: "Fiscal year:",
  fiscalYearValue: "FY{year} ({first} to {last})",
  grain: "Grain:",
  grainMonth: "month",
  grainWeek: "week ({weekStart} start)",
  grainDay: "day",
  monday: "Monday",
  sunday: "Sunday",
  rounding: "Rounding unit:",
  history: "History:",
  historyValue: "{file}, {first} to {last} (columns: {columns})",
  members: "Members:",
  noMembers: "one total",
};

export type TargetsModuleTextKey = keyof typeof EN;

export const TARGETS_MODULE_TEXTS: FolderTexts<TargetsModuleTextKey> = {
  "en-US": EN,
  "zh-CN": {
    name: "目标拆解",
    description:
      "生成目标拆解工作簿：将年度目标拆解到季度、月（或周、日）和各成员，含季节性、基础/挑战目标和销售额驱动拆解。",
    build: "生成目标拆解表",

    badAmount:
      "{field} 需要大于 0 的金额，如 39000000、39,000,000、3.9e7 或 3900万；当前为“{value}”。",
    notMultiple: "{field} {annual} 不是 {roundField} {unit} 的整数倍；可改为 {below} 或 {above}。",
    badBase: "{field} 需要比例，如 0.8 / 80%：大于 0 且不超过 100%；当前为“{value}”。",
    badChallenge: "{field} 需要比例，如 1.2 / 120%：100% 到 500%；当前为“{value}”。",
    badMonth: "{field} 需要 1 到 12 的月份（或英文月份名如 apr）；当前为“{value}”。",
    badYear: "{field} 需要 1901 到 9998 之间的年份，如 2026；当前为“{value}”。",
    needsHistory: "{field} 需要配合 {history} 使用。",
    seasonalityNeedsHistory: "{field} {value} 需要 {history}；没有历史数据时请用 equal。",
    byAndMembers: "{field}（成员取自历史数据）和 {members} 只能二选一。",
    badMembers: "{field} 需要用逗号分隔的成员名称；当前为“{value}”。",
    duplicateMember: "{field} 中“{name}”出现了不止一次。",
    historyWithoutWholeYear:
      "季节性 {method}（有 {history} 时默认为 prior-year）需要至少一个完整自然年（1 月至 12 月）的历史数据，但历史数据范围是 {first} 至 {last}。请补齐缺少的月份，或使用 {field} equal。",
    historyTooShortForMovingAverage:
      "季节性 {method} 需要至少 {min} 个月的历史数据，但历史数据只有 {months} 个月（{first} 至 {last}）。请使用 {field} prior-year 或 average。",

    sheet: "工作表：",
    annual: "年度目标：",
    tiers: "目标档位：",
    tiersValue: "基础 {base}，挑战 {challenge}",
    fiscalYear: "财年：",
    fiscalYearValue: "{year}财年（{first} 至 {last}）",
    grain: "粒度：",
    grainMonth: "月",
    grainWeek: "周（{weekStart}开始）",
    grainDay: "日",
    monday: "周一",
    sunday: "周日",
    rounding: "取整单位：",
    history: "历史数据：",
    historyValue: "{file}，{first} 至 {last}（使用列：{columns}）",
    members: "成员：",
    noMembers: "不拆分成员",
  },
};
