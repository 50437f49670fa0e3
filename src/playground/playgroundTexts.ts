import type { Locale } from "../i18n/locale";

/** The playground page's own strings; zh-CN must have the same keys (the compiler checks). */
const EN_US = {
  pageTitle: "Ops Planner playground",
  openFile: "Open .xlsx, .xls or CSV…",
  download: "Download .xlsx",
  loading: "Reading {file}…",
  loaded: "{file} → sheet “{sheet}”, table {table}.",
  loadFailed: "Could not open {file}: {reason}",
  openSkippingInvalid: "Leave these rows out and open",
  downloadFailed: "Could not write the .xlsx file: {reason}",
  downloadOmitted: "Not in the file (the .xlsx writer cannot write them): {items}.",
  sheets: "Sheets",
  cellAddress: "Selected cell",
  formulaBar: "Formula or value of the selected cell (Enter to apply)",
  formulaRefused: "{reason}",
  inputCellHint: "Input cell",
  emptyWorkbook: "The workbook has no sheets.",
  chartFailed: "The chart could not be drawn: {reason}",
};

export type PlaygroundTexts = typeof EN_US;

const ZH_CN: PlaygroundTexts = {
  pageTitle: "Ops Planner 试用页",
  openFile: "打开 .xlsx、.xls 或 CSV…",
  download: "下载 .xlsx",
  loading: "正在读取 {file}…",
  loaded: "{file} → 工作表“{sheet}”，表格 {table}。",
  loadFailed: "无法打开 {file}：{reason}",
  openSkippingInvalid: "跳过这些行并打开",
  downloadFailed: "无法生成 .xlsx 文件：{reason}",
  downloadOmitted: "以下内容未写入文件（.xlsx 写入器不支持）：{items}。",
  sheets: "工作表",
  cellAddress: "所选单元格",
  formulaBar: "所选单元格的公式或值（按 Enter 应用）",
  formulaRefused: "{reason}",
  inputCellHint: "输入单元格",
  emptyWorkbook: "工作簿中没有工作表。",
  chartFailed: "无法绘制图表：{reason}",
};

export const PLAYGROUND_TEXTS: Record<Locale, PlaygroundTexts> = { "en-US": EN_US, "zh-CN": ZH_CN };
