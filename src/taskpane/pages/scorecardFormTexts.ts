/** Every text of the Scorecard page's form, in en-US and zh-CN. */
import type { Locale } from "../../i18n/locale";

const EN = {
  optionsHeading: "Scorecard options",
  template: "KPI template",
  templateHint: "With a team read above, each person gets the template of the role in their row.",
  byRosterRole: "Each person's role from the data",
  period: "Period",
  periodHint: "Shown on the sheets, for example 2026 Q1. You can change it on the sheet later.",
  employeeName: "Employee name (single scorecard)",
  employeeNameHint: "Used when no team is read above. Optional.",
  build: "Build scorecards",
  builtNotes: "Notes",
  builtTeam: "Built a summary and {count} scorecards, one per person.",
  builtSingle: "Built one scorecard from the template “{template}”.",
  chooseTemplate:
    "Without a team, choose a KPI template: read a team roster above, or pick a role under “KPI template”.",
  nameNotMapped:
    "No column is chosen as the employee. Choose the name column under “Columns”, then build again.",
};

export type ScorecardFormTexts = typeof EN;

const ZH: ScorecardFormTexts = {
  optionsHeading: "考核表选项",
  template: "考核模板",
  templateHint: "读取了团队名单时，每人使用其所在行岗位的模板。",
  byRosterRole: "按数据中每人的岗位",
  period: "考核周期",
  periodHint: "显示在表上，例如 2026 Q1。之后可在表上修改。",
  employeeName: "员工姓名（单人考核表）",
  employeeNameHint: "未读取团队名单时使用。可不填。",
  build: "生成考核表",
  builtNotes: "说明",
  builtTeam: "已生成汇总表和 {count} 张考核表，每人一张。",
  builtSingle: "已按模板“{template}”生成一张考核表。",
  chooseTemplate: "没有团队名单时，请选择考核模板：在上方读取团队名单，或在“考核模板”中选择岗位。",
  nameNotMapped: "还没有选择员工列。请在“列对应”中选择姓名列，然后重新生成。",
};

export const SCORECARD_FORM_TEXTS: Record<Locale, ScorecardFormTexts> = {
  "en-US": EN,
  "zh-CN": ZH,
};
