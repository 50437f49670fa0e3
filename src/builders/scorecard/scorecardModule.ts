/**
 * The scorecard builder module (绩效考核): a roster, a template (a built-in role, a table or a .json
 * file) and actuals as inputs (scorecardInputs.ts), the options as fields, --list-roles as an action,
 * and the path from a request to the plan (buildScorecards). The CLI command `ops-planner scorecard` is
 * derived from it; the panel's page builds through the same toOptions (parity: test/builders/contract).
 */
import { format, type Locale } from "../../i18n/locale";
import {
  registerBuilder,
  type BuildOutput,
  type BuildRequest,
  type BuilderModule,
} from "../builder";
import { actualIssueText, actualsFromTable } from "./actuals";
import { builtInRoleFor, buildScorecards, type ScorecardOptions } from "./buildScorecardPlan";
import { builtInTemplate, builtInTemplates } from "./builtInTemplates";
import { templateFromTable } from "./customTemplate";
import { parseForcedDistribution } from "./gradeBands";
import { rosterFromTable } from "./roster";
import {
  ACTUALS_INPUT,
  bandsFrom,
  listSeparator,
  localized,
  refuse,
  ROSTER_INPUT,
  SCORECARD_FIELDS,
  TEMPLATE_INPUT,
} from "./scorecardInputs";
import { SUMMARY_KEY } from "./summarySheet";
import { SCORECARD_MODULE_TEXTS } from "./texts";
import type { Employee, ScorecardTemplate } from "./types";

/** The single scorecard's sheet key (buildScorecardPlan's singleCard). */
export const SINGLE_CARD_KEY = "scorecard";

/**
 * What a host may hand over besides the request's fields and tables: the template the panel's editor
 * made (a built-in role's or a table's, adjusted). It takes the place of --role and --template.
 */
export interface ScorecardExtras {
  template?: ScorecardTemplate;
}

/** Checks across fields and tables, in the order the CLI checked them; reads the tables. */
export function scorecardOptions(
  request: BuildRequest,
  extras: ScorecardExtras = {}
): ScorecardOptions {
  const { values, tables, locale } = request;
  const role = values.role as string | undefined;
  const forced = values.forcedDistribution as string | undefined;
  if (role !== undefined && tables.template)
    throw refuse("role", "roleAndTemplate", {}, { template: "template" });
  if (role === undefined && !tables.template && !tables.roster && !extras.template)
    throw refuse("role", "needTemplate", {}, { template: "template", roster: "roster" });
  if (forced !== undefined && !tables.roster)
    throw refuse("forcedDistribution", "forcedNeedsRoster", {}, { roster: "roster" });

  const template =
    extras.template ??
    (role !== undefined
      ? builtInTemplate(role)
      : tables.template && templateFromTable(tables.template.data, tables.template.columns));
  const roster = tables.roster && rosterFromTable(tables.roster.data, tables.roster.columns);
  const actuals = tables.actuals && actualsFromTable(tables.actuals.data, tables.actuals.columns);

  const employeeName = values.employee as string | undefined;
  let single: Employee | undefined;
  if (roster && employeeName !== undefined) {
    const wanted = employeeName.toLowerCase();
    single = roster.find((employee) => employee.name.trim().toLowerCase() === wanted);
    if (!single)
      throw refuse("employee", "employeeNotInRoster", {
        name: employeeName,
        roster: tables.roster!.data.source,
      });
  }
  const batch = roster !== undefined && single === undefined;
  const singleTemplate = single && !template ? templateOfRole(single.role) : template;
  if (!batch && !singleTemplate)
    throw refuse("role", "needTemplate", {}, { template: "template", roster: "roster" });

  const bands = bandsFrom(values.bands as string);
  return {
    locale,
    template: batch ? template : singleTemplate,
    roster: batch ? roster : undefined,
    employee: single ?? { name: employeeName ?? "" },
    period: (values.period as string | undefined) ?? "",
    actuals,
    gradeBands: bands,
    cap: values.cap as number,
    protect: values.noProtect !== true,
    password: values.password as string | undefined,
    forcedDistribution:
      batch && forced !== undefined ? parseForcedDistribution(forced, bands) : undefined,
  };
}

function templateOfRole(role: string): ScorecardTemplate {
  return builtInRoleFor(role) ?? builtInTemplate(role);
}

/** The plan, the sheet to open (the summary for a team), and what to tell the user. */
export function buildScorecardOutput(options: ScorecardOptions): BuildOutput {
  const texts = SCORECARD_MODULE_TEXTS[options.locale];
  const { plan, actualIssues, prefilled } = buildScorecards(options);
  const written = options.roster
    ? format(texts.writtenBatch, { count: options.roster.length })
    : format(texts.writtenSingle, { role: options.template!.name[options.locale] });
  return {
    plan,
    sheetKey: options.roster ? SUMMARY_KEY : SINGLE_CARD_KEY,
    notes: [written, ...(options.actuals ? [format(texts.prefilled, { count: prefilled })] : [])],
    // Every actuals row that could not be placed is named, never dropped silently.
    warnings: actualIssues.map((issue) => actualIssueText(issue, options.locale)),
  };
}

/** --list-roles: id, name, KPI count and dimensions of each built-in role. */
function roleRows(locale: Locale): string[][] {
  const texts = SCORECARD_MODULE_TEXTS[locale];
  return [
    [texts.roleHeader, texts.nameHeader, texts.kpisHeader, texts.dimensionsHeader],
    ...builtInTemplates().map((template) => [
      template.id,
      template.name[locale],
      String(template.kpis.length),
      [...new Set(template.kpis.map((kpi) => kpi.dimension[locale]))].join(listSeparator(locale)),
    ]),
  ];
}

function builderTexts(locale: Locale) {
  const { name, description, build } = SCORECARD_MODULE_TEXTS[locale];
  return { name, description, build };
}

const MODULE: BuilderModule<ScorecardOptions> = {
  id: "scorecard",
  texts: { "en-US": builderTexts("en-US"), "zh-CN": builderTexts("zh-CN") },
  inputs: [TEMPLATE_INPUT, ROSTER_INPUT, ACTUALS_INPUT],
  fields: SCORECARD_FIELDS,
  actions: [
    {
      flag: "list-roles",
      hint: localized("listRolesHint"),
      rows: roleRows,
      align: ["left", "left", "right", "left"],
    },
  ],
  toOptions: (request) => scorecardOptions(request),
  build: buildScorecardOutput,
};

export const scorecardBuilder = registerBuilder(MODULE);
