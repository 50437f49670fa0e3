/**
 * The Scorecard page's own part (scorecardPanel.ts): the template for everyone (a built-in role's or
 * one read from a table in the workbook, as the editor adjusted it) or each person's own role, and the
 * actuals from a table in the workbook. The rest of the page (roster, period, bands …) is derived from
 * the module, and the build goes through the module's own checks (scorecardOptions), as the CLI's does.
 *
 * Tables are read when chosen (Build works on what the form already holds), so a refused template is
 * shown at once, under the dropdown, in the user's language.
 */
import { LocalizedError, type ErrorParams } from "../../core/localizedError";
import type { Locale } from "../../i18n/locale";
import type { BuildOutput, BuildRequest } from "../../builders/builder";
import { inputTable } from "../../builders/inputTables";
import { actualsFromTable } from "../../builders/scorecard/actuals";
import type { ScorecardOptions } from "../../builders/scorecard/buildScorecardPlan";
import { builtInTemplate } from "../../builders/scorecard/builtInTemplates";
import { templateFromTable } from "../../builders/scorecard/customTemplate";
import { ScorecardError } from "../../builders/scorecard/scorecardError";
import { ACTUALS_INPUT } from "../../builders/scorecard/scorecardInputs";
import { buildScorecardOutput, scorecardOptions } from "../../builders/scorecard/scorecardModule";
import type { ScorecardTemplate } from "../../builders/scorecard/types";
import type { TableData, WorkbookPort } from "../../workbook/port";
import { SCORECARD_FORM_TEXTS } from "./scorecardFormTexts";
import { editedTemplate, type TemplateDraft } from "./templateEditorModel";

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
  /** The template editor's draft of the chosen template; what is built when present. */
  edits?: TemplateDraft;
  /** The template read from the table the template choice names (readTemplateTable). */
  tableTemplate?: TableRead<ScorecardTemplate>;
  /** The table to prefill actuals from; "" or absent for none. */
  actualsTable?: string;
  /** The actuals table as read (readActualsTable); `rows` counts its actual values. */
  actuals?: TableRead<TableData>;
}

export const DEFAULT_SCORECARD_FORM: ScorecardFormValues = { template: BY_ROSTER_ROLE };

type ScorecardFormErrorKey = "chooseTemplate" | "tableNotRead" | "tableRefused";

/**
 * A form value the user must change, saying what to do: a LocalizedError (worded in either language
 * when shown) whose `message` is in the language the form was asked in.
 */
export class ScorecardFormError extends LocalizedError<ScorecardFormErrorKey> {
  constructor(key: ScorecardFormErrorKey, params: ErrorParams, locale: Locale) {
    super(SCORECARD_FORM_TEXTS, key, params);
    this.name = "ScorecardFormError";
    this.message = this.messageIn(locale);
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

/**
 * A workbook table of actuals (employee, KPI, actual or 员工, 指标, 实际值), as readTemplateTable; the
 * table is what Build hands the module, as the CLI hands it the --actuals file.
 */
export async function readActualsTable(
  port: WorkbookPort,
  table: string,
  locale: Locale
): Promise<TableRead<TableData>> {
  const data = await port.readTable(table);
  return builderRead(table, locale, () => ({ value: data, rows: actualsFromTable(data).length }));
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

/**
 * The builder's options from the page's request (fields read, the roster as mapped) and this part's
 * choices: the chosen template is handed over as the module's extras, the actuals table as its
 * actuals input. Without a team a template must be chosen here: said in the page's own words.
 */
export function scorecardFormOptions(
  request: BuildRequest,
  values: ScorecardFormValues
): ScorecardOptions {
  const { locale } = request;
  const template = chosenTemplate(values, locale);
  if (!request.tables.roster && !template && request.values.role === undefined)
    throw new ScorecardFormError("chooseTemplate", {}, locale);
  const actuals = chosenActuals(values, locale);
  const tables = actuals
    ? { ...request.tables, actuals: inputTable(ACTUALS_INPUT, actuals, locale) }
    : request.tables;
  return scorecardOptions({ ...request, tables }, { template });
}

/** The page's build: the module's plan, sheet to open and notes from the options above. */
export function runScorecardForm(request: BuildRequest, values: ScorecardFormValues): BuildOutput {
  return buildScorecardOutput(scorecardFormOptions(request, values));
}

/** What a chosen table gave, or why there is nothing to build from yet. */
function readValue<T>(
  read: TableRead<T> | undefined,
  table: string,
  locale: Locale
): { value: T; rows: number } {
  if (read === undefined || read.table !== table)
    throw new ScorecardFormError("tableNotRead", { table }, locale);
  if ("problem" in read)
    throw new ScorecardFormError("tableRefused", { problem: read.problem }, locale);
  return read;
}

function chosenActuals(values: ScorecardFormValues, locale: Locale): TableData | undefined {
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
