import type { Locale } from "./locale";

/** Every string the panel shows, in both languages. */
export const PANEL_TEXTS = {
  "en-US": {
    title: "Ops Planner",
    tagline: "Targets, reports and scorecards for e-commerce teams.",
    language: "Language",
    functionsHeading: "OPS functions",
    functionsIntro: "Type =OPS. in any cell. Arguments in [brackets] are optional.",
    example: "Example",
    loadingFunctions: "Loading the function list…",
    functionsUnavailable:
      "The function list could not be loaded: {reason}. Reload the panel; if it persists, check that the add-in server is running.",
  },
  "zh-CN": {
    title: "运营规划助手",
    tagline: "电商团队的目标拆解、经营报表与绩效考核。",
    language: "语言",
    functionsHeading: "OPS 函数",
    functionsIntro: "在任意单元格输入 =OPS. 即可使用。方括号 [ ] 中的参数可省略。",
    example: "示例",
    loadingFunctions: "正在加载函数列表…",
    functionsUnavailable:
      "无法加载函数列表：{reason}。请重新打开面板；如仍失败，请确认加载项服务器正在运行。",
  },
} satisfies Record<Locale, Record<string, string>>;

export type PanelText = keyof (typeof PANEL_TEXTS)["en-US"];
