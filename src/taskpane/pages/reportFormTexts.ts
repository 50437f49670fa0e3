/**
 * The Report page's own texts, in en-US and zh-CN: what its form shows beyond the report module's field
 * labels (src/builders/report/texts.ts).
 */
import type { Locale } from "../../i18n/locale";

const EN = {
  breakdownHint: "One column, or two for subtotals (outer first). Optional.",
  rangeHint:
    "Year first: 2025-01-01, 2025/1/1 or a month such as 2025-01. Empty: the data's first / last date.",
  noBreakdown: "No breakdown (totals only)",
};

export type ReportFormTexts = typeof EN;

const ZH: ReportFormTexts = {
  breakdownHint: "选一列，或选两列得到小计（先外层）。可不选。",
  rangeHint: "年在前：2025-01-01、2025/1/1，或月份如 2025-01。留空则取数据的第一天 / 最后一天。",
  noBreakdown: "不拆分（只有合计）",
};

export const REPORT_FORM_TEXTS: Record<Locale, ReportFormTexts> = { "en-US": EN, "zh-CN": ZH };
