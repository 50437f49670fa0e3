/** Every text of the scorecard template editor, in en-US and zh-CN. */
import type { Locale } from "../../i18n/locale";

const EN = {
  heading: "Adjust template",
  intro:
    "Change weights and targets for this build only; the built-in template stays as it is. Rates are entered in %.",
  weight: "Weight (%)",
  threshold: "Base target",
  target: "Target",
  stretch: "Challenge target",
  /** An input's accessible name: what it is and for which KPI. */
  inputName: "{field}, {kpi}",
  higher: "↑ higher is better",
  lower: "↓ lower is better",
  yuan: "yuan",
  weightsOk: "Weights sum to {sum}",
  weightsShort: "Weights sum to {sum} — {difference} short",
  weightsOver: "Weights sum to {sum} — {difference} over",
  weightsNotNumbers: "Type a number for every weight to see their sum.",
  notANumber: "{kpi}: {field} must be a number, not “{got}”.",
  reset: "Reset to the role's defaults",
  introTable:
    "Change weights and targets for this build only; the table in the workbook stays as it is. Rates are entered in %.",
  resetTable: "Reset to the table's values",
};

export type TemplateEditorTexts = typeof EN;

const ZH: TemplateEditorTexts = {
  heading: "调整模板",
  intro: "仅对本次生成修改权重和目标，内置模板保持不变。比率按 % 填写。",
  weight: "权重（%）",
  threshold: "基础目标",
  target: "目标",
  stretch: "挑战目标",
  inputName: "{field}，{kpi}",
  higher: "↑ 越高越好",
  lower: "↓ 越低越好",
  yuan: "元",
  weightsOk: "权重合计 {sum}",
  weightsShort: "权重合计 {sum}，还差 {difference}",
  weightsOver: "权重合计 {sum}，多出 {difference}",
  weightsNotNumbers: "请为每个权重填写数字，以计算合计。",
  notANumber: "{kpi}：{field}必须是数字，而不是“{got}”。",
  reset: "恢复该岗位的默认值",
  introTable: "仅对本次生成修改权重和目标，工作簿中的表格保持不变。比率按 % 填写。",
  resetTable: "恢复为表格中的值",
};

export const TEMPLATE_EDITOR_TEXTS: Record<Locale, TemplateEditorTexts> = {
  "en-US": EN,
  "zh-CN": ZH,
};
