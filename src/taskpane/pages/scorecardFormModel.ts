/**
 * The Scorecard form's values and how they become the builder's options: a roster from the mapped
 * source (or one scorecard without a source), a template for everyone (a built-in role's or one read
 * from a table in the workbook) or each person's own role, and actuals prefilled from a table.
 *
 * Tables are read when chosen (Build works on what the form already holds), so a refused template is
 * shown at once, under the dropdown, in the user's language.
 */
import { format, type Locale } from "../../i18n/locale";
import {
  buildScorecards,
  type ScorecardOptions,
} from "../../builders/scorecard/buildScorecardPlan";
import {
  actualIssueText,
  actualsFromTable,
  type ActualEntry,
} from "../../builders/scorecard/actuals";
import { builtInTemplate } from "../../builders/scorecard/builtInTemplates";
import { templateFromTable } from "../../builders/scorecard/customTemplate";
import { rosterFromTable } from "../../builders/scorecard/roster";
import { ScorecardError } from "../../builders/scorecard/scorecardError";
import { SUMMARY_KEY } from "../../builders/scorecard/summarySheet";
import type { ScorecardTemplate } from "../../builders/scorecard/types";
import type { TableData, WorkbookPort } from "../../workbook/port";
import type { ColumnMappingValue } from "../components/ColumnMapping";
import type { PreparedBuild } from "../components/BuildRunner";
import { SCORECARD_FORM_TEXTS } from "./scorecardFormTexts";
import { editedTemplate, type TemplateDraft } from "./templateEditorModel";

/** The single scorecard's sheet key (buildScorecardPlan's singleCard). */
const SINGLE_CARD_KEY = "scorecard";
export const BY_ROSTER_ROLE = "byRole";
/** Template choices that name a workbook table start with this (role ids never contain a colon). */
const TABLE_CHOICE_PREFIX = "table:";

/** The template dropdown's value for a workbook table. */
export function tableTemplateChoice(tableName: string): string {
  return TABLE_CHOICE_PREFIX + tableName;
}

/** The table a template choice names; undefined for a built-in role or BY_ROSTER_ROLE. */
export function templateTableOf(choice: string): string | undefined {
  return choice.startsWith(TABLE_CHOICE_PREFIX)
    ? choice.slice(TABLE_CHOICE_PREFIX.length)
    : undefined;
}

/** A table read for the form: what the builder made of it, or why it refused it (user's language). */
export type TableRead<T> =
  { table: string; value: T; rows: number } | { table: string; problem: string };

export interface ScorecardFormValues {
  /** A built-in role id, BY_ROSTER_ROLE, or tableTemplateChoice(table). */
  template: string;
  period: string;
  employeeName: string;
  /** The template editor's draft of the chosen template; what is built when present. */
  edits?: TemplateDraft;
  /** The template read from the table the template choice names (readTemplateTable). */
  tableTemplate?: TableRead<ScorecardTemplate>;
  /** The table to prefill actuals from; "" or absent for none. */
  actualsTable?: string;
  /** What was read from actualsTable (readActualsTable). */
  actuals?: TableRead<ActualEntry[]>;
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
 * A workbook table as a custom template (templateFromTable: headers dimension, kpi, weight, direction,
 * threshold, target, stretch or 维度, 指标, 权重, 方向, 基础目标, 目标, 挑战目标). A template the builder
 * refuses (weights off 100%, bands out of order, a missing column) comes back as its message in
 * `locale`; a table that cannot be read at all rejects with the port's WorkbookError.
 */
export async function readTemplateTable(
  port: WorkbookPort,
  table: string,
  locale: Locale
): Promise<TableRead<ScorecardTemplate>> {
  const data = await port.readTable(table);
  return builderRead(table, locale, () => ({
    value: templateFromTable({ ...data, source: table }),
    rows: data.rows.length,
  }));
}

/** A workbook table of actuals (employee, KPI, actual or 员工, 指标, 实际值), as readTemplateTable. */
export async function readActualsTable(
  port: WorkbookPort,
  table: string,
  locale: Locale
): Promise<TableRead<ActualEntry[]>> {
  const data = await port.readTable(table);
  return builderRead(table, locale, () => {
    const value = actualsFromTable(data);
    return { value, rows: value.length };
  });
}

/** Runs a builder reader; its ScorecardError becomes the message the user reads, anything else throws. */
function builderRead<T>(
  table: string,
  locale: Locale,
  read: () => { value: T; rows: number }
): TableRead<T> {
  try {
    return { table, ...read() };
  } catch (error) {
    if (!(error instanceof ScorecardError)) throw error;
    return { table, problem: error.messageIn(locale) };
  }
}

export function scorecardOptions(
  values: ScorecardFormValues,
  source: { data: TableData; mapping: ColumnMappingValue } | undefined,
  locale: Locale
): ScorecardOptions {
  const texts = SCORECARD_FORM_TEXTS[locale];
  const template = chosenTemplate(values, locale);
  const period = values.period.trim();
  const actuals = chosenActuals(values, locale);
  const prefill = actuals ? { actuals } : {};
  if (!source) {
    if (!template) throw new ScorecardFormError(texts.chooseTemplate);
    return { locale, template, period, employee: { name: values.employeeName }, ...prefill };
  }
  if (source.mapping.employee === null || source.mapping.employee === undefined)
    throw new ScorecardFormError(texts.nameNotMapped);
  return {
    locale,
    template,
    period,
    // The user's columns as chosen; the department and manager are found by the roster's synonyms.
    roster: rosterFromTable(source.data, {
      name: source.mapping.employee,
      role: source.mapping.role ?? null,
    }),
    ...prefill,
  };
}

/** What a chosen table gave, or why there is nothing to build from yet. */
function readValue<T>(
  read: TableRead<T> | undefined,
  table: string,
  locale: Locale
): { value: T; rows: number } {
  if (read === undefined || read.table !== table)
    throw new ScorecardFormError(format(SCORECARD_FORM_TEXTS[locale].tableNotRead, { table }));
  if ("problem" in read) throw new ScorecardFormError(read.problem);
  return read;
}

function chosenActuals(values: ScorecardFormValues, locale: Locale): ActualEntry[] | undefined {
  if (!values.actualsTable) return undefined;
  return readValue(values.actuals, values.actualsTable, locale).value;
}

/**
 * The template for everyone: none when each person keeps their role's, else the editor's copy of the
 * chosen template (when it edits that one) or the chosen template itself (a built-in role's, or the
 * one read from the chosen table).
 */
function chosenTemplate(values: ScorecardFormValues, locale: Locale) {
  if (values.template === BY_ROSTER_ROLE) return undefined;
  const table = templateTableOf(values.template);
  if (table !== undefined) {
    const fromTable = readValue(values.tableTemplate, table, locale).value;
    return values.edits?.base === fromTable ? editedTemplate(values.edits, locale) : fromTable;
  }
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
  const { plan, actualIssues, prefilled } = buildScorecards(options);
  const note = options.roster
    ? format(texts.builtTeam, { count: options.roster.length })
    : format(texts.builtSingle, { template: options.template!.name[locale] });
  // Every actuals row that could not be placed is named, never dropped silently.
  const actualNotes = options.actuals
    ? [
        format(texts.prefilled, { count: prefilled, table: values.actualsTable! }),
        ...actualIssues.map((issue) => actualIssueText(issue, locale)),
      ]
    : [];
  return {
    plan,
    sheetKey: options.roster ? SUMMARY_KEY : SINGLE_CARD_KEY,
    notes: [note, ...actualNotes],
  };
}
