/** The scorecard builder's public API (CLI, panel, playground). */
export {
  buildScorecardPlan,
  buildScorecards,
  builtInRoleFor,
  type ScorecardBuild,
  type ScorecardOptions,
} from "./buildScorecardPlan";
export { BUILT_IN_ROLE_IDS, builtInTemplate, builtInTemplates } from "./builtInTemplates";
export { templateFromJson, templateFromTable, TEMPLATE_COLUMNS } from "./customTemplate";
export { rosterFromTable, ROSTER_COLUMNS } from "./roster";
export {
  actualIssueText,
  actualsFromTable,
  ACTUALS_COLUMNS,
  type ActualEntry,
  type ActualIssue,
} from "./actuals";
export {
  DEFAULT_CAP,
  DEFAULT_FORCED_DISTRIBUTION,
  DEFAULT_GRADE_BANDS,
  parseForcedDistribution,
} from "./gradeBands";
export { ScorecardError } from "./scorecardError";
export { kpiScoreExcelFormula } from "./kpiScoreFormula";
export type * from "./types";
export { scorecardBuilder, scorecardOptions, type ScorecardExtras } from "./scorecardModule";
