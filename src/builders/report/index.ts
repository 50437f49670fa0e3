/** The operating report builder's public API: the module (reportModule.ts) and what hosts and tests use. */
export {
  buildReportPlan,
  planReport,
  startReport,
  rowList,
  REPORT_SHEET_KEY,
  DATA_SHEET_KEY,
  DATA_TABLE_NAME,
  MAX_PERIODS,
  REPORT_GRAINS,
  UP_COLOR,
  DOWN_COLOR,
  type ReportOptions,
  type ReportPlanResult,
} from "./buildReportPlan";
export { DASHBOARD_SHEET_KEY } from "./dashboardSheet";
export { ReportInputError } from "./reportError";
export {
  AMOUNT_FIELDS,
  DIMENSION_FIELDS,
  FIELD_SYNONYMS,
  REPORT_FIELDS,
  REQUIRED_FIELDS,
  checkMapping,
  type AmountField,
  type DimensionField,
  type HeaderWarning,
  type MappingCheck,
  type MappingProblem,
  type ReportField,
  type ReportMapping,
} from "./reportFields";
export { detectReportColumns, REPORT_INPUT } from "./reportInput";
export {
  reportBuilder,
  reportNotes,
  reportOptionsFor,
  reportSourceRef,
  REPORT_FIELDS_SPEC,
  type ReportRequestOptions,
} from "./reportModule";
export { REPORT_MODULE_TEXTS } from "./texts";
export { METRICS, type MetricId } from "./reportMetrics";
export type { ReportSourceRef } from "./reportReferences";
export type { SourceIssue, IssueKind } from "./reportSource";
export { FIELD_LABELS, METRIC_LABELS, REPORT_TEXTS } from "./reportTexts";
export { parseRangeDate } from "./reportRange";
