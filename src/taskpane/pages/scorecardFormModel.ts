/**
 * The Scorecard form's values and how they become the builder's options: a roster from the mapped
 * source (or one scorecard without a source), a template for everyone or each person's own role.
 */
import { format, type Locale } from "../../i18n/locale";
import { detectColumns } from "../../io/detectColumns";
import {
  buildScorecards,
  type ScorecardOptions,
} from "../../builders/scorecard/buildScorecardPlan";
import { builtInTemplate } from "../../builders/scorecard/builtInTemplates";
import { ROSTER_COLUMNS, rosterFromTable } from "../../builders/scorecard/roster";
import { SUMMARY_KEY } from "../../builders/scorecard/summarySheet";
import type { TableData } from "../../workbook/port";
import type { ColumnMappingValue } from "../components/ColumnMapping";
import type { PreparedBuild } from "../components/BuildRunner";
import { SCORECARD_FORM_TEXTS } from "./scorecardFormTexts";
import { editedTemplate, type TemplateDraft } from "./templateEditorModel";

/** The single scorecard's sheet key (buildScorecardPlan's singleCard). */
const SINGLE_CARD_KEY = "scorecard";
export const BY_ROSTER_ROLE = "byRole";

export interface ScorecardFormValues {
  /** A built-in role id, or BY_ROSTER_ROLE. */
  template: string;
  period: string;
  employeeName: string;
  /** The template editor's draft of the chosen role's template; what is built when present. */
  edits?: TemplateDraft;
}

export const DEFAULT_SCORECARD_FORM: ScorecardFormValues = {
  template: BY_ROSTER_ROLE,
  period: "",
  employeeName: "",
};

/** A form value the user must change; the message says what to do. */
export class ScorecardFormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScorecardFormError";
  }
}

/**
 * The mapped name and role columns under the headers rosterFromTable finds, plus the department and
 * manager columns it would find itself (other columns are left out so none competes with the mapping).
 */
export function rosterTable(data: TableData, mapping: ColumnMappingValue): TableData {
  const found = detectColumns(data.header, {
    department: ROSTER_COLUMNS.department.headers,
    manager: ROSTER_COLUMNS.manager.headers,
  });
  const picked = (
    [
      ["name", mapping.employee],
      ["role", mapping.role],
      ["department", found.department],
      ["manager", found.manager],
    ] as const
  ).flatMap(([header, index]) =>
    index === null || index === undefined ? [] : [{ header, index }]
  );
  return {
    source: data.source,
    header: picked.map((column) => column.header),
    rows: data.rows.map((row) => picked.map((column) => row[column.index] ?? null)),
  };
}

export function scorecardOptions(
  values: ScorecardFormValues,
  source: { data: TableData; mapping: ColumnMappingValue } | undefined,
  locale: Locale
): ScorecardOptions {
  const texts = SCORECARD_FORM_TEXTS[locale];
  const template = chosenTemplate(values, locale);
  const period = values.period.trim();
  if (!source) {
    if (!template) throw new ScorecardFormError(texts.chooseTemplate);
    return { locale, template, period, employee: { name: values.employeeName } };
  }
  if (source.mapping.employee === null || source.mapping.employee === undefined)
    throw new ScorecardFormError(texts.nameNotMapped);
  return {
    locale,
    template,
    period,
    roster: rosterFromTable(rosterTable(source.data, source.mapping)),
  };
}

/**
 * The template for everyone: none when each person keeps their role's, else the editor's copy of the
 * chosen role's template (when it edits that role) or the built-in one itself.
 */
function chosenTemplate(values: ScorecardFormValues, locale: Locale) {
  if (values.template === BY_ROSTER_ROLE) return undefined;
  if (values.edits?.base.id === values.template) return editedTemplate(values.edits, locale);
  return builtInTemplate(values.template);
}

/** The plan, the sheet "Go to sheet" opens (the summary for a team) and what to tell the user. */
export function prepareScorecards(
  values: ScorecardFormValues,
  source: { data: TableData; mapping: ColumnMappingValue } | undefined,
  locale: Locale
): PreparedBuild {
  const texts = SCORECARD_FORM_TEXTS[locale];
  const options = scorecardOptions(values, source, locale);
  const { plan } = buildScorecards(options);
  const note = options.roster
    ? format(texts.builtTeam, { count: options.roster.length })
    : format(texts.builtSingle, { template: options.template!.name[locale] });
  return { plan, sheetKey: options.roster ? SUMMARY_KEY : SINGLE_CARD_KEY, notes: [note] };
}
