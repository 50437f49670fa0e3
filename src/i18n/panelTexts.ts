import type { Locale } from "./locale";

/** The panel's strings in English; zh-CN below must have exactly the same keys (the compiler checks). */
const EN_US = {
  title: "Ops Planner",
  tagline: "Targets, reports and scorecards for e-commerce teams.",
  language: "Language",
  functionsHeading: "OPS functions",
  functionsIntro: "Type =OPS. in any cell. Arguments in [brackets] are optional.",
  example: "Example",
  loadingFunctions: "Loading the function list…",
  functionsUnavailable:
    "The function list could not be loaded: {reason}. Reload the panel; if it persists, check that the add-in server is running.",
  insertFormula: "Insert into the selected cell",
  insertFormulaLabel: "Insert into the selected cell: {formula}",
  formulaInserted: "Inserted {formula}.",
  formulaNotInserted:
    "Could not insert the formula: {reason}. Click a single cell that is not being edited and try again.",
  explainHeading: "Why does a cell show an error?",
  explainIntro:
    "Excel shows a reason only with #VALUE! and #N/A. Select an OPS cell and press the button to see why it shows #NUM!, #DIV/0! or another error.",
  explainSelected: "Explain the selected cell",
  explainReading: "Reading the selected cell…",
  explainError: "{address} ({function}) shows {code}: {reason}",
  explainResult:
    "{address} ({function}): with the cell's current arguments the function gives a result, not an error. If the cell still shows one, recalculate with Ctrl+Alt+F9.",
  explainNotOpsCall:
    "{address} does not hold a single OPS function call, so there is nothing to re-run. Select a cell whose formula is =OPS.…(…).",
  explainExpression:
    "{address} ({function}): the argument {parameter} is a calculation ({text}); only cells, ranges, names and typed values are re-run. Put the calculation in a cell and refer to that cell to see the reason.",
  explainMissingReference:
    "{address} ({function}): the argument {parameter} refers to {text}, which this workbook does not have, so Excel shows #REF! or #NAME?.",
  explainArgumentError:
    "{address} ({function}): the argument {parameter} holds {error}; Excel passes that error on without running the function. Fix that cell first.",

  navigation: "Sections",
  tabTargets: "Targets",
  tabReport: "Report",
  tabScorecard: "Scorecard",
  tabFunctions: "Functions",
  reportHeading: "Operating report",
  reportIntro:
    "Builds a daily/weekly/monthly report from your order or channel data: sales, orders, spend, ROI and target completion.",

  sourceHeading: "Source data",
  sourceKind: "Read data from",
  sourceTable: "An Excel table",
  sourceSelection: "The current selection",
  sourceSheet: "A whole sheet",
  tableLabel: "Table",
  tablePlaceholder: "Choose a table",
  sheetLabel: "Sheet",
  sheetPlaceholder: "Choose a sheet",
  noTables:
    "This workbook has no tables yet. Click inside your data and press Ctrl+T to make one, or read the current selection.",
  selectionHint:
    "Click any cell inside your data: the whole block around it is read, header row first.",
  readSource: "Read data",
  refreshLists: "Refresh lists",
  readingSource: "Reading data…",
  sourceLoaded: "Read {rows} rows from {source}.",

  mappingHeading: "Columns",
  mappingIntro: "Detected from the headers. Change any choice that is wrong.",
  optionsHeading: "Options",
  fieldAutomatic: "Automatic",
  fieldNoColumn: "None",
  builtNotes: "Notes",
  notMapped: "(not used)",
  meaningTarget: "Target",
  meaningKpi: "KPI",
  meaningActual: "Actual",
  meaningWeight: "Weight",

  previewHeading: "Preview",
  previewCaption: "First {shown} of {total} rows from {source}",
  previewEmpty: "{source} has a header row but no data under it.",

  errorNotFound:
    "That table or sheet is no longer there. Select “Refresh lists”, pick it again, and read the data.",
  errorEmpty:
    "There is no data there. Click a cell inside data that has a header row, then try again.",
  errorInvalidPlan:
    "The sheet could not be planned from these choices. Check the column choices and options, then build again.",
  errorTooLarge:
    "That is more than Excel can take in one build. Use fewer rows (for example one year at a time) and build again.",
  errorApplyFailed:
    "Excel could not finish the build, and nothing was changed. Leave any cell you are editing (press Enter or Esc) and build again.",
  errorUnexpected:
    "Something went wrong: {reason}. Try again; if it keeps happening, reload the panel.",
  errorDetails: "Details: {message}",
  dismiss: "Dismiss",
  skipInvalidAndBuild: "Leave these rows out and build",

  buildProgress: "Building the sheet…",
  buildProgressDone: "{percent}% done",
  progressFile: "Reading the file…",
  progressFileBytes: "Reading the file: {done} of {total} MB",
  progressRows: "Read {done} rows…",
  progressRowsOf: "Read {done} of {total} rows…",
  progressSheet: "Putting {rows} rows on a sheet…",
  progressPlan: "Working out the sheets from the data…",
  tooSlowLive:
    "Live formulas over {rows} rows are more than this workbook's formula engine computes in reasonable time (about {seconds} s estimated; the limit is {limit} s). Build a values-only snapshot instead, or read fewer rows.",
  buildValuesOnly: "Build values only",
  buildSucceeded: "Built the sheet “{sheet}”.",
  previousVersionKept:
    "The earlier version is kept as the hidden sheet “{backup}”: right-click any sheet tab → Unhide to get it back.",
  goToSheet: "Go to sheet",
  goToSheetLabel: "Go to sheet {sheet}",
};

export type PanelText = keyof typeof EN_US;

const ZH_CN: Record<PanelText, string> = {
  title: "运营规划助手",
  tagline: "电商团队的目标拆解、经营报表与绩效考核。",
  language: "语言",
  functionsHeading: "OPS 函数",
  functionsIntro: "在任意单元格输入 =OPS. 即可使用。方括号 [ ] 中的参数可省略。",
  example: "示例",
  loadingFunctions: "正在加载函数列表…",
  functionsUnavailable:
    "无法加载函数列表：{reason}。请重新打开面板；如仍失败，请确认加载项服务器正在运行。",
  insertFormula: "插入到所选单元格",
  insertFormulaLabel: "插入到所选单元格：{formula}",
  formulaInserted: "已插入 {formula}。",
  formulaNotInserted: "无法插入公式：{reason}。请单击一个未在编辑中的单元格后重试。",
  explainHeading: "单元格为什么显示错误？",
  explainIntro:
    "Excel 只在 #VALUE! 和 #N/A 上显示原因。请选择一个 OPS 单元格并单击下面的按钮，查看它为何显示 #NUM!、#DIV/0! 或其他错误。",
  explainSelected: "解释所选单元格",
  explainReading: "正在读取所选单元格…",
  explainError: "{address}（{function}）显示 {code}：{reason}",
  explainResult:
    "{address}（{function}）：按单元格当前的参数，函数会得出结果而不是错误。如果单元格仍显示错误，请按 Ctrl+Alt+F9 重新计算。",
  explainNotOpsCall:
    "{address} 中不是单个 OPS 函数调用，无法重新运行。请选择公式为 =OPS.…(…) 的单元格。",
  explainExpression:
    "{address}（{function}）：参数 {parameter} 是一个计算式（{text}）；只能重新运行单元格、区域、名称和直接输入的值。请把这个计算放进一个单元格并引用该单元格，即可查看原因。",
  explainMissingReference:
    "{address}（{function}）：参数 {parameter} 引用了 {text}，但本工作簿中没有它，所以 Excel 显示 #REF! 或 #NAME?。",
  explainArgumentError:
    "{address}（{function}）：参数 {parameter} 的值是 {error}；Excel 会直接传递这个错误而不运行函数。请先修正那个单元格。",

  navigation: "功能导航",
  tabTargets: "目标拆解",
  tabReport: "经营报表",
  tabScorecard: "绩效考核",
  tabFunctions: "函数",
  reportHeading: "经营报表",
  reportIntro:
    "根据订单或渠道数据生成日报、周报、月报：销售额、订单数、推广花费、投产比与目标完成率。",

  sourceHeading: "数据来源",
  sourceKind: "读取数据自",
  sourceTable: "Excel 表格",
  sourceSelection: "当前选区",
  sourceSheet: "整张工作表",
  tableLabel: "表格",
  tablePlaceholder: "选择表格",
  sheetLabel: "工作表",
  sheetPlaceholder: "选择工作表",
  noTables: "此工作簿还没有表格。请单击数据中任一单元格并按 Ctrl+T 创建表格，或改为读取当前选区。",
  selectionHint: "单击数据中的任一单元格：将读取其周围的整块数据，第一行为表头。",
  readSource: "读取数据",
  refreshLists: "刷新列表",
  readingSource: "正在读取数据…",
  sourceLoaded: "已从 {source} 读取 {rows} 行。",

  mappingHeading: "列对应",
  mappingIntro: "已根据表头自动识别。如有不对，请修改。",
  optionsHeading: "选项",
  fieldAutomatic: "自动",
  fieldNoColumn: "无",
  builtNotes: "说明",
  notMapped: "（不使用）",
  meaningTarget: "目标",
  meaningKpi: "考核指标",
  meaningActual: "实际值",
  meaningWeight: "权重",

  previewHeading: "预览",
  previewCaption: "{source} 的前 {shown} 行（共 {total} 行）",
  previewEmpty: "{source} 只有表头，下面没有数据。",

  errorNotFound: "该表格或工作表已不存在。请点击“刷新列表”，重新选择后再读取数据。",
  errorEmpty: "那里没有数据。请单击带表头的数据区域中的任一单元格，然后重试。",
  errorInvalidPlan: "无法根据当前选择生成工作表。请检查列对应和选项，然后重新生成。",
  errorTooLarge: "数据量超出 Excel 单次生成的上限。请减少行数（例如每次一年）后重新生成。",
  errorApplyFailed:
    "Excel 未能完成生成，工作簿未做任何更改。请先结束正在编辑的单元格（按 Enter 或 Esc），然后重新生成。",
  errorUnexpected: "出现问题：{reason}。请重试；如仍出现，请重新打开面板。",
  errorDetails: "详细信息：{message}",
  dismiss: "关闭",
  skipInvalidAndBuild: "跳过这些行并生成",

  buildProgress: "正在生成工作表…",
  buildProgressDone: "已完成 {percent}%",
  progressFile: "正在读取文件…",
  progressFileBytes: "正在读取文件：{done} / {total} MB",
  progressRows: "已读取 {done} 行…",
  progressRowsOf: "已读取 {done} / {total} 行…",
  progressSheet: "正在将 {rows} 行写入工作表…",
  progressPlan: "正在根据数据计算工作表内容…",
  tooSlowLive:
    "基于 {rows} 行的实时公式超出了此工作簿公式引擎的合理计算时间（估计约 {seconds} 秒，上限 {limit} 秒）。请改为生成仅含数值的快照，或读取更少的行。",
  buildValuesOnly: "仅生成数值",
  buildSucceeded: "已生成工作表“{sheet}”。",
  previousVersionKept:
    "旧版本已保存为隐藏工作表“{backup}”：右键单击任一工作表标签 → 取消隐藏，即可找回。",
  goToSheet: "转到工作表",
  goToSheetLabel: "转到工作表 {sheet}",
};

/** Every string the panel shows, in both languages. */
export const PANEL_TEXTS: Record<Locale, Record<PanelText, string>> = {
  "en-US": EN_US,
  "zh-CN": ZH_CN,
};
