/**
 * The texts of the scorecard builder module (scorecardModule.ts): its name, its inputs, fields and
 * action as both hosts show them, the refusals across fields ({field} and the other names are filled by
 * the host: the CLI's flag, the panel's label) and the notes after a build. The sheets' own texts are in
 * scorecardTexts.ts. zh-CN is typed after en-US, so a missing key fails to compile.
 */
import type { FolderTexts } from "../../core/localizedError";

const EN = {
  // The panel's tab says "Scorecard", as it did before the module.
  name: "Scorecard",
  description:
    "Build performance scorecards (KPI appraisal): one sheet per employee with native score, total and grade formulas, protected inputs and print setup; with a roster, a summary with ranks and the grade distribution.",
  build: "Build scorecards",

  rosterLabel: "Team roster",
  rosterHint:
    "team roster (.csv, .xlsx or .xls): name, role, department, manager (or 姓名, 岗位, 部门, 直接上级): one sheet per employee plus a summary",
  templateLabel: "KPI template",
  templateHint:
    "your own template, .csv/.xlsx or .json, columns dimension, kpi, weight, direction, threshold, target, stretch (or 维度, 指标, 权重, 方向, 基础目标, 目标, 挑战目标), optional definition/定义 and unit/单位 (rate, percent, yuan, number); weights 30, 30% or 0.3 summing to 100%",
  actualsLabel: "Actuals",
  actualsHint:
    "actual values to prefill (.csv, .xlsx or .xls): employee, kpi, actual (or 员工, 指标, 实际值); the KPI by id or name; rows that do not fit are reported",

  columnName: "Employee",
  columnRole: "Role",
  columnDepartment: "Department",
  columnManager: "Manager",
  columnDimension: "Dimension",
  columnKpi: "KPI",
  columnWeight: "Weight",
  columnDirection: "Direction",
  columnThreshold: "Base target",
  columnTarget: "Target",
  columnStretch: "Challenge target",
  columnDefinition: "Definition",
  columnUnit: "Unit",
  columnActual: "Actual",

  roleLabel: "Built-in role",
  roleHint:
    "built-in role template for everyone, e.g. customer_service (see --list-roles); with --roster, optional: each row's role picks its template",
  periodLabel: "Period",
  periodHint: 'appraisal period shown on every sheet, e.g. "2025 Q3"',
  employeeLabel: "Employee name (single scorecard)",
  employeeHint:
    "employee name for a single scorecard; with a roster, build only this employee's scorecard",
  bandsLabel: "Grade bands",
  bandsHint: "grade bands, highest first, the last from 0",
  capLabel: "Score cap",
  capHint: "highest score of one KPI, reached at the challenge target, at least 100",
  forcedLabel: "Forced distribution",
  forcedHint:
    "with a roster: check the grade distribution against shares such as 20/70/10 (S+A / B / C+D); it warns, it never changes a grade",
  passwordLabel: "Protection password",
  passwordHint: "password for the sheet protection (default: protected without a password)",
  noProtectLabel: "Leave the sheets unprotected",
  noProtectHint: "leave the sheets unprotected",
  listRolesHint: "print the built-in roles and exit",
  idArgument: "<id>",
  textArgument: "<text>",
  nameArgument: "<name>",
  bandsArgument: "<bands>",
  numberArgument: "<number>",
  sharesArgument: "<shares>",

  roleHeader: "Role id",
  nameHeader: "Role",
  kpisHeader: "KPIs",
  dimensionsHeader: "Dimensions",

  needTemplate: "Give {field} or {template} (or {roster}, whose roles pick the templates).",
  roleAndTemplate: "Use either {field} or {template}, not both.",
  forcedNeedsRoster: "{field} needs {roster}: it checks a team's grades.",
  badBands:
    '{field} needs labels with minimum totals such as "S=110,A=100,B=85,C=70,D=0"; got "{value}".',
  badCap: '{field} needs a number of at least 100; got "{value}".',
  employeeNotInRoster: 'There is no employee "{name}" in {roster}.',
  notUtf8: "{source} is not valid JSON (not UTF-8).",

  writtenSingle: "1 scorecard ({role}); names Score_Total and Score_Grade.",
  writtenBatch:
    "{count} scorecards and a summary; each sheet n has Score_Total and Score_Grade (sheet scope) and Score_Total_n, Score_Grade_n (workbook).",
  prefilled: "Prefilled {count} actual values.",
};

export type ScorecardModuleTextKey = keyof typeof EN;

export const SCORECARD_MODULE_TEXTS: FolderTexts<ScorecardModuleTextKey> = {
  "en-US": EN,
  "zh-CN": {
    name: "绩效考核",
    description:
      "生成绩效考核表：每位员工一张表，得分、合计与等级均为原生公式，输入区以外受保护，已设好打印；提供名单时另附汇总表（排名与等级分布）。",
    build: "生成考核表",

    rosterLabel: "团队名单",
    rosterHint:
      "团队名单（.csv、.xlsx 或 .xls）：姓名、岗位、部门、直接上级（或 name, role, department, manager）；每人一张表并附汇总表",
    templateLabel: "考核模板",
    templateHint:
      "自定义模板（.csv/.xlsx 或 .json），列为 维度、指标、权重、方向、基础目标、目标、挑战目标（或 dimension, kpi, weight, direction, threshold, target, stretch），可选 定义 与 单位（比率、百分比、元、数值）；权重写 30、30% 或 0.3，合计须为 100%",
    actualsLabel: "实际值",
    actualsHint:
      "预填的实际值（.csv、.xlsx 或 .xls）：员工、指标、实际值（或 employee, kpi, actual）；指标可写 ID 或名称；无法对应的行会列出",

    columnName: "员工",
    columnRole: "岗位",
    columnDepartment: "部门",
    columnManager: "直接上级",
    columnDimension: "维度",
    columnKpi: "指标",
    columnWeight: "权重",
    columnDirection: "方向",
    columnThreshold: "基础目标",
    columnTarget: "目标",
    columnStretch: "挑战目标",
    columnDefinition: "定义",
    columnUnit: "单位",
    columnActual: "实际值",

    roleLabel: "内置岗位",
    roleHint:
      "所有人使用的内置岗位模板，如 customer_service（见 --list-roles）；提供 --roster 时可省略，按每行的岗位选模板",
    periodLabel: "考核周期",
    periodHint: "每张表上显示的考核周期，如“2025 Q3”",
    employeeLabel: "员工姓名（单人考核表）",
    employeeHint: "单张考核表的员工姓名；提供团队名单时只生成该员工的考核表",
    bandsLabel: "等级划分",
    bandsHint: "等级划分，从高到低，最低一级从 0 起",
    capLabel: "单项得分上限",
    capHint: "单项得分上限，在挑战目标处取得，不低于 100",
    forcedLabel: "强制分布",
    forcedHint:
      "需配合团队名单：按 20/70/10（S+A / B / C+D）等比例检查等级分布；只提示，不会改动等级",
    passwordLabel: "保护密码",
    passwordHint: "工作表保护密码（默认：保护但不设密码）",
    noProtectLabel: "不保护工作表",
    noProtectHint: "不保护工作表",
    listRolesHint: "列出内置岗位后退出",
    idArgument: "<岗位ID>",
    textArgument: "<文本>",
    nameArgument: "<姓名>",
    bandsArgument: "<等级>",
    numberArgument: "<数值>",
    sharesArgument: "<比例>",

    roleHeader: "岗位 ID",
    nameHeader: "岗位",
    kpisHeader: "指标数",
    dimensionsHeader: "维度",

    needTemplate: "请指定 {field} 或 {template}（或提供 {roster}，按名单中的岗位选模板）。",
    roleAndTemplate: "{field} 与 {template} 只能二选一。",
    forcedNeedsRoster: "{field} 需要 {roster}：它检查的是团队的等级分布。",
    badBands: "{field} 需要“等级=最低合计”的列表，如“S=110,A=100,B=85,C=70,D=0”；当前为“{value}”。",
    badCap: "{field} 需要不小于 100 的数字；当前为“{value}”。",
    employeeNotInRoster: "{roster} 中没有员工“{name}”。",
    notUtf8: "{source} 不是有效的 JSON（不是 UTF-8 编码）。",

    writtenSingle: "1 张考核表（{role}）；名称 Score_Total 与 Score_Grade。",
    writtenBatch:
      "{count} 张考核表和 1 张汇总表；第 n 张表有工作表级名称 Score_Total、Score_Grade，以及工作簿级名称 Score_Total_n、Score_Grade_n。",
    prefilled: "已预填 {count} 个实际值。",
  },
};
