/** Every text of the Scorecard page's own part (ScorecardSection), in en-US and zh-CN. */
import type { Locale } from "../../i18n/locale";

const EN = {
  optionsHeading: "Scorecard options",
  template: "KPI template",
  templateHint:
    "“Each person's role” uses the role in each row of the team read above; any other choice is used for everyone. A table needs the columns dimension, kpi, weight, direction, threshold, target, stretch.",
  byRosterRole: "Each person's role from the data",
  builtInGroup: "Built-in role templates",
  tableGroup: "From a table in this workbook",
  readingTable: "Reading {table}…",
  templateRead: "Template “{table}”: {rows} KPIs read. Adjust it below before building if needed.",
  actualsTable: "Prefill actuals from",
  actualsHint:
    "A table with the columns employee, KPI and actual (员工, 指标, 实际值). Rows that cannot be placed are listed after the build.",
  noActuals: "None (type actuals on the sheets)",
  actualsRead: "{rows} actual values read from “{table}”.",
  refreshTables: "Refresh tables",
  tableNotRead: "The table “{table}” has not been read yet. Wait a moment, or choose it again.",
  /** A table's refusal, kept worded in the language it was read in (TableRead's problem). */
  tableRefused: "{problem}",
  chooseTemplate:
    "Without a team, choose a KPI template: read a team roster above, or pick a role under “KPI template”.",
};

export type ScorecardFormTexts = typeof EN;

const ZH: ScorecardFormTexts = {
  optionsHeading: "考核表选项",
  template: "考核模板",
  templateHint:
    "“按每人的岗位”使用上方团队名单中每行的岗位；其他选择对所有人使用同一模板。表格需要以下列：维度、指标、权重、方向、基础目标、目标、挑战目标。",
  byRosterRole: "按数据中每人的岗位",
  builtInGroup: "内置岗位模板",
  tableGroup: "来自本工作簿中的表格",
  readingTable: "正在读取 {table}…",
  templateRead: "模板“{table}”：已读取 {rows} 个指标。如需调整，可在下方修改后再生成。",
  actualsTable: "预填实际值，来源",
  actualsHint:
    "含员工、指标、实际值（employee, KPI, actual）列的表格。无法对应的行会在生成后列出。",
  noActuals: "不预填（在表上填写实际值）",
  actualsRead: "已从“{table}”读取 {rows} 个实际值。",
  refreshTables: "刷新表格列表",
  tableNotRead: "表格“{table}”还没有读取完。请稍候，或重新选择。",
  tableRefused: "{problem}",
  chooseTemplate: "没有团队名单时，请选择考核模板：在上方读取团队名单，或在“考核模板”中选择岗位。",
};

export const SCORECARD_FORM_TEXTS: Record<Locale, ScorecardFormTexts> = {
  "en-US": EN,
  "zh-CN": ZH,
};
