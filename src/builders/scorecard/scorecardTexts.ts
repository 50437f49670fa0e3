/** Every text the scorecard builder writes on a sheet or says in an error, in en-US and zh-CN. */
import type { Locale } from "../../i18n/locale";

const EN = {
  title: "Performance scorecard",
  employee: "Employee",
  role: "Role",
  department: "Department",
  period: "Period",
  manager: "Manager",
  dimension: "Dimension",
  kpi: "KPI",
  definition: "Definition",
  weight: "Weight",
  direction: "Direction",
  threshold: "Base target",
  target: "Target",
  stretch: "Challenge target",
  actual: "Actual",
  score: "Score",
  weightedScore: "Weighted score",
  selfReview: "Self-review",
  managerComment: "Manager comment",
  subtotal: "Subtotal: {dimension}",
  total: "Total",
  grade: "Grade",
  incomplete: "incomplete",
  /** Number format sections for 1 and -1 in the direction column. */
  higherIsBetter: "higher is better",
  lowerIsBetter: "lower is better",
  gradeBands: "Grade bands",
  gradeMinimum: "Weighted total at least",
  scoreCap: "Score cap",
  scoringNote:
    "Score per KPI: base target 60, target 100, challenge target = cap, linear in between, 0 below the base target; a blank actual leaves the score blank and the total incomplete. The total is rounded to 2 decimals.",
  signEmployee: "Employee signature: ____________________    Date: ____________",
  signManager: "Manager signature: ____________________    Date: ____________",
  actualPrompt: "Type the actual value for the period.",
  actualPromptRate: "Type the actual rate, between 0% and 100% (e.g. 92%).",
  actualError: "Type a number.",
  actualErrorRate: "Type a rate between 0% and 100%.",
  summarySheet: "Scorecard summary",
  summaryTitle: "Scorecard summary",
  number: "#",
  name: "Name",
  rank: "Rank",
  distribution: "Grade distribution",
  count: "Count",
  share: "Share",
  incompleteCount: "Incomplete",
  forcedCheck: "Forced-distribution check",
  grades: "Grades",
  expectedShare: "Expected share",
  expectedCount: "Expected count",
  actualCount: "Actual count",
  status: "Status",
  ok: "OK",
  differs: "⚠ differs",
  forcedOk: "Distribution within the check",
  forcedWarning:
    "⚠ Distribution differs from the expected shares (a check only: grades are not changed)",
  forcedNote:
    "A group is flagged when its count differs from expected share × complete scorecards by one person or more.",
  rankNote: "Rank among complete scorecards (1 = highest total; equal totals share a rank).",
};

const ZH: Record<keyof typeof EN, string> = {
  title: "绩效考核表",
  employee: "员工",
  role: "岗位",
  department: "部门",
  period: "考核周期",
  manager: "直接上级",
  dimension: "维度",
  kpi: "指标",
  definition: "定义",
  weight: "权重",
  direction: "方向",
  threshold: "基础目标",
  target: "目标",
  stretch: "挑战目标",
  actual: "实际值",
  score: "得分",
  weightedScore: "加权得分",
  selfReview: "自评",
  managerComment: "上级评语",
  subtotal: "小计：{dimension}",
  total: "合计",
  grade: "等级",
  incomplete: "未完成",
  higherIsBetter: "越高越好",
  lowerIsBetter: "越低越好",
  gradeBands: "等级划分",
  gradeMinimum: "加权合计不低于",
  scoreCap: "得分上限",
  scoringNote:
    "单项得分：基础目标 60 分，目标 100 分，挑战目标为上限分，其间线性计算，低于基础目标 0 分；实际值为空时该项不计分、合计显示未完成。合计保留 2 位小数。",
  signEmployee: "员工签字：____________________    日期：____________",
  signManager: "上级签字：____________________    日期：____________",
  actualPrompt: "请填写本期实际值。",
  actualPromptRate: "请填写 0% 到 100% 之间的比率（如 92%）。",
  actualError: "请输入数字。",
  actualErrorRate: "请输入 0% 到 100% 之间的比率。",
  summarySheet: "考核汇总",
  summaryTitle: "绩效考核汇总",
  number: "序号",
  name: "姓名",
  rank: "排名",
  distribution: "等级分布",
  count: "人数",
  share: "占比",
  incompleteCount: "未完成",
  forcedCheck: "强制分布检查",
  grades: "等级",
  expectedShare: "应占比例",
  expectedCount: "应有人数",
  actualCount: "实际人数",
  status: "状态",
  ok: "正常",
  differs: "⚠ 有偏差",
  forcedOk: "分布符合检查",
  forcedWarning: "⚠ 等级分布与应占比例不符（仅提示，不会改动等级）",
  forcedNote: "某组人数与“应占比例 × 已完成人数”相差 1 人及以上时标记。",
  rankNote: "在已完成的考核表中排名（1 为合计最高；合计相同名次相同）。",
};

export type ScorecardTexts = typeof EN;
export const SCORECARD_TEXTS: Record<Locale, ScorecardTexts> = { "en-US": EN, "zh-CN": ZH };

const ERRORS_EN = {
  weightsNotHundred:
    "{template}: the weights add up to {sum}, not 100% ({difference} {direction}).",
  weightsOver: "too much",
  weightsUnder: "missing",
  weightNotPositive: '{template}, KPI "{kpi}": the weight must be greater than 0.',
  bandOrder:
    '{template}, KPI "{kpi}": with "{direction}" the values must satisfy {order}; got {values}.',
  missingTarget: '{template}, KPI "{kpi}": the target is missing or not a number.',
  notANumber: '{template}, row {row}: {column} must be a number, not "{got}".',
  unknownDirection:
    '{template}, row {row}: direction "{got}" is not known; use higher/lower, 越高越好/越低越好, 1/-1.',
  unknownUnit:
    '{template}, row {row}: unit "{got}" is not known; use rate, percent, yuan or number.',
  missingColumn: "{source}: the column {column} is missing (headers found: {found}).",
  blankCell: "{source}, row {row}: {column} is blank.",
  duplicateKpi: '{template}: the KPI "{kpi}" appears twice.',
  noKpis: "{template} has no KPIs.",
  rateOutOfRange:
    '{template}, KPI "{kpi}": a rate must lie between 0% and 100%; {column} is {got}.',
  invalidJson: "{source} is not valid JSON ({reason}).",
  jsonShape:
    "{source}: a JSON template is a list of rows (objects keyed by the CSV headers) or an object with a kpis list.",
  unknownRole: 'There is no built-in role "{role}". Built-in roles: {roles}.',
  duplicateEmployees:
    "The roster names {names} more than once; every employee needs a distinct name.",
  emptyRoster: "{source} lists no employees.",
  capTooLow: "The score cap must be at least 100; got {cap}.",
  bandsEmpty: "At least one grade band is needed.",
  bandsOrder:
    "Grade bands must be listed from the highest minimum to the lowest, each lower than the one before; {label} ({min}) is not.",
  bandsLowest:
    "The lowest grade band must start at 0 so that every total gets a grade; {label} starts at {min}.",
  bandLabel:
    'Grade label "{label}" cannot be used: labels must be distinct, non-blank and free of * ? ~ < > = characters.',
  forcedShares: "The forced-distribution shares add up to {sum}, not 100%.",
  forcedGrades: "The forced-distribution groups must cover each grade exactly once; check {grade}.",
  forcedText:
    'Forced distribution "{got}" is not understood; write it like 20/70/10 (top, middle, bottom).',
  roleRequired: "{source}, row {row}: the role is blank.",
  noTemplateForRole:
    '{source}, row {row}: "{role}" is not a built-in role; use one of {roles}, or one template for everyone.',
};

const ERRORS_ZH: Record<keyof typeof ERRORS_EN, string> = {
  weightsNotHundred: "{template}：权重合计为 {sum}，不是 100%（{direction} {difference}）。",
  weightsOver: "多出",
  weightsUnder: "还差",
  weightNotPositive: "{template}，指标“{kpi}”：权重必须大于 0。",
  bandOrder: "{template}，指标“{kpi}”：方向为“{direction}”时须满足 {order}；实际为 {values}。",
  missingTarget: "{template}，指标“{kpi}”：缺少目标值或目标不是数字。",
  notANumber: "{template} 第 {row} 行：{column} 必须是数字，而不是“{got}”。",
  unknownDirection:
    "{template} 第 {row} 行：无法识别方向“{got}”；可用：越高越好/越低越好、higher/lower、1/-1。",
  unknownUnit: "{template} 第 {row} 行：无法识别单位“{got}”；可用：比率、百分比、元、数值。",
  missingColumn: "{source}：缺少“{column}”列（现有表头：{found}）。",
  blankCell: "{source} 第 {row} 行：{column} 为空。",
  duplicateKpi: "{template}：指标“{kpi}”重复出现。",
  noKpis: "{template} 没有任何指标。",
  rateOutOfRange: "{template}，指标“{kpi}”：比率须在 0% 到 100% 之间；{column} 为 {got}。",
  invalidJson: "{source} 不是有效的 JSON（{reason}）。",
  jsonShape: "{source}：JSON 模板应为行的列表（以 CSV 表头为键的对象），或带有 kpis 列表的对象。",
  unknownRole: "没有内置岗位“{role}”。内置岗位：{roles}。",
  duplicateEmployees: "名单中 {names} 出现了不止一次；每位员工的姓名必须唯一。",
  emptyRoster: "{source} 中没有员工。",
  capTooLow: "得分上限不能低于 100；当前为 {cap}。",
  bandsEmpty: "至少需要一个等级。",
  bandsOrder: "等级须按最低分从高到低排列，且每级低于上一级；{label}（{min}）不符合。",
  bandsLowest: "最低一级须从 0 分起，才能保证每个合计都有等级；{label} 从 {min} 起。",
  bandLabel: "等级名称“{label}”不可用：名称须唯一、非空，且不含 * ? ~ < > = 字符。",
  forcedShares: "强制分布各组比例合计为 {sum}，不是 100%。",
  forcedGrades: "强制分布的分组须恰好覆盖每个等级一次；请检查 {grade}。",
  forcedText: "无法理解强制分布“{got}”；请写成 20/70/10（高、中、低）。",
  roleRequired: "{source} 第 {row} 行：岗位为空。",
  noTemplateForRole:
    "{source} 第 {row} 行：“{role}”不是内置岗位；请使用 {roles} 之一，或为所有人指定同一模板。",
};

export type ScorecardErrorKey = keyof typeof ERRORS_EN;
export const SCORECARD_ERRORS: Record<Locale, Record<ScorecardErrorKey, string>> = {
  "en-US": ERRORS_EN,
  "zh-CN": ERRORS_ZH,
};

/** A text as an Excel string literal: quotes doubled (not JSON's backslash escapes). */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Direction words as the error messages and CSV columns show them. */
export const DIRECTION_NAMES: Record<Locale, Record<"higher" | "lower", string>> = {
  "en-US": { higher: "higher is better", lower: "lower is better" },
  "zh-CN": { higher: "越高越好", lower: "越低越好" },
};
