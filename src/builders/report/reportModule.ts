/**
 * The operating report builder module (经营报表): its input (reportInput.ts), its fields, and the path
 * from a request to the plan. The panel's Report page and the CLI's `report` command read the fields
 * through the same functions (builders/fields.ts), so the same inputs give the same plan. The CLI reads a
 * big file in one pass (cli/reportReadLoop.ts) and resolves the options from its header alone through
 * reportOptionsFor, the same function toOptions uses.
 */
import type { Grain } from "../../core/calendar";
import { format, type Locale } from "../../i18n/locale";
import { normaliseHeader } from "../../table/detectColumns";
import type { TableData } from "../../table/tableData";
import {
  registerBuilder,
  type BuildOutput,
  type BuildRequest,
  type BuilderModule,
  type FieldSpec,
  type Localized,
} from "../builder";
import { FieldError } from "../fields";
import { missingInputError } from "../inputTables";
import { buildReportPlan, type ReportPlanResult } from "./buildReportPlan";
import {
  DIMENSION_FIELDS,
  REPORT_FIELDS,
  type DimensionField,
  type ReportMapping,
} from "./reportFields";
import { REPORT_INPUT } from "./reportInput";
import { REPORT_GRAINS, REPORT_SHEET_KEY, type ReportOptions } from "./reportOptions";
import { parseRangeDate } from "./reportRange";
import type { ReportSourceRef } from "./reportReferences";
import { REPORT_TEXTS } from "./reportTexts";
import { REPORT_MODULE_TEXTS, type ReportModuleTextKey } from "./texts";

const text = (key: ReportModuleTextKey): Localized => ({
  "en-US": REPORT_MODULE_TEXTS["en-US"][key],
  "zh-CN": REPORT_MODULE_TEXTS["zh-CN"][key],
});

function refuse(field: string, key: ReportModuleTextKey, params: Record<string, string>): never {
  throw new FieldError(field, key, params, { texts: REPORT_MODULE_TEXTS });
}

const GRAIN_LABELS: Record<Grain, ReportModuleTextKey> = {
  day: "grainDay",
  week: "grainWeek",
  month: "grainMonth",
  quarter: "grainQuarter",
};

/** A grain by its name or its label in either language ("week", "Week", "按周"). */
function parseGrain(typed: string): Grain {
  const key = typed.trim().toLowerCase();
  const grain = REPORT_GRAINS.find(
    (g) =>
      g === key ||
      Object.values(REPORT_MODULE_TEXTS).some((t) => t[GRAIN_LABELS[g]].toLowerCase() === key)
  );
  return (
    grain ?? refuse("grain", "badGrain", { value: typed.trim(), choices: REPORT_GRAINS.join(", ") })
  );
}

/** A year-first date; a month alone means its first day (From) or its last (To). */
function rangeField(id: "from" | "to", edge: "start" | "end") {
  return (typed: string): number =>
    parseRangeDate(typed, edge) ?? refuse(id, "badDate", { value: typed.trim() });
}

export const REPORT_FIELDS_SPEC: readonly FieldSpec[] = [
  {
    id: "by",
    kind: "column",
    input: REPORT_INPUT.id,
    label: text("byLabel"),
    hint: text("byHint"),
    flag: "by",
    argument: text("columnsArgument"),
  },
  {
    id: "thenBy",
    kind: "column",
    input: REPORT_INPUT.id,
    label: text("thenByLabel"),
    hint: text("thenByHint"),
    flag: "then-by",
    argument: text("columnArgument"),
  },
  {
    id: "grain",
    kind: "choice",
    label: text("grainLabel"),
    hint: text("grainHint"),
    flag: "grain",
    default: "month",
    choices: REPORT_GRAINS.map((value) => ({ value, label: text(GRAIN_LABELS[value]) })),
    argument: text("grainArgument"),
    parse: parseGrain,
  },
  {
    id: "from",
    kind: "date",
    label: text("fromLabel"),
    hint: text("fromHint"),
    flag: "from",
    argument: text("dateArgument"),
    parse: rangeField("from", "start"),
  },
  {
    id: "to",
    kind: "date",
    label: text("toLabel"),
    hint: text("toHint"),
    flag: "to",
    argument: text("dateArgument"),
    parse: rangeField("to", "end"),
  },
  {
    id: "values",
    kind: "flag",
    label: text("valuesLabel"),
    hint: text("valuesHint"),
    flag: "values",
  },
  {
    id: "dashboard",
    kind: "flag",
    label: text("dashboardLabel"),
    hint: text("dashboardHint"),
    flag: "dashboard",
  },
];

/** What toOptions hands to build: the rows, where live formulas read them, the builder's options. */
export interface ReportRequestOptions {
  table: TableData;
  source: ReportSourceRef;
  options: ReportOptions;
}

/**
 * The builder's options from the fields and the source's header and columns alone, so a host that
 * streams the rows (the CLI) resolves them before the first row, exactly as toOptions does.
 */
export function reportOptionsFor(
  request: Pick<BuildRequest, "locale" | "values" | "skipInvalid" | "today">,
  header: readonly string[],
  columns: Record<string, number | undefined>
): ReportOptions {
  const { values } = request;
  const mapping: ReportMapping = {};
  for (const field of REPORT_FIELDS)
    if (columns[field] !== undefined) mapping[field] = columns[field];
  const by = [
    ...breakdown("by", values.by as string | undefined, header, mapping),
    ...breakdown("thenBy", values.thenBy as string | undefined, header, mapping),
  ];
  return {
    locale: request.locale,
    mapping,
    by: [...new Set(by)],
    grain: values.grain as Grain,
    from: values.from as number | undefined,
    to: values.to as number | undefined,
    values: values.values === true,
    dashboard: values.dashboard === true,
    skipInvalid: request.skipInvalid,
    // Building again updates the report where it is (the Excel and memory adapters keep the old one as
    // a hidden sheet); a new file has nothing to replace.
    rebuild: true,
    generatedAt: request.today,
  };
}

/**
 * Breakdown columns: a header name, or several separated by commas (the CLI's --by 渠道,类目), or one
 * of channel, store, category, product for the column mapped to it. A whole header that contains a
 * comma is that one column.
 */
function breakdown(
  field: string,
  typed: string | undefined,
  header: readonly string[],
  mapping: ReportMapping
): number[] {
  if (typed === undefined || typed.trim() === "") return [];
  const whole = columnNamed(header, typed);
  if (whole !== undefined) return [whole];
  return typed
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((name) => {
      const column = columnNamed(header, name);
      if (column !== undefined) return column;
      const dimension = name.toLowerCase() as DimensionField;
      const mapped = DIMENSION_FIELDS.includes(dimension) ? mapping[dimension] : undefined;
      if (mapped !== undefined && mapped !== null) return mapped;
      return refuse(field, "unknownColumn", {
        name,
        columns: header.map((h) => `"${h}"`).join(", "),
      });
    });
}

/** A column by its header, compared as Excel compares table columns (ignoring case). */
export function columnNamed(header: readonly string[], name: string): number | undefined {
  const wanted = normaliseHeader(name);
  const column = header.findIndex((h) => normaliseHeader(h) === wanted);
  return column < 0 ? undefined : column;
}

/** Where live formulas read: the Excel table or range the rows came from, else a data sheet the plan adds. */
export function reportSourceRef(data: TableData): ReportSourceRef {
  // A TableOrigin is already a table or range source.
  return data.origin ?? { kind: "file", name: data.source };
}

function toOptions(request: BuildRequest): ReportRequestOptions {
  const table = request.tables[REPORT_INPUT.id];
  if (!table) throw missingInputError(REPORT_INPUT, request.locale);
  const { data } = table;
  return {
    table: data,
    source: reportSourceRef(data),
    options: reportOptionsFor(request, data.header, table.columns),
  };
}

function build({ table, source, options }: ReportRequestOptions): BuildOutput {
  const result = buildReportPlan(table, source, options);
  return {
    plan: result.plan,
    sheetKey: REPORT_SHEET_KEY,
    notes: reportNotes(result, table, options.locale),
  };
}

/** Rows counted, a data sheet the live formulas read instead of the source, rows left out. */
export function reportNotes(result: ReportPlanResult, table: TableData, locale: Locale): string[] {
  const texts = REPORT_MODULE_TEXTS[locale];
  const notes = [format(texts.counted, { counted: result.countedRows, rows: result.rowCount })];
  // Live formulas over a copy don't follow the source: said, since the user picked a live table.
  if (result.usesDataSheet && table.origin)
    notes.push(format(texts.copiedData, { sheet: REPORT_TEXTS[locale].dataSheetName }));
  if (result.countedRows < result.rowCount)
    notes.push(format(texts.notCounted, { skipped: result.rowCount - result.countedRows }));
  return notes;
}

function builderTexts(locale: Locale) {
  const { name, description, build } = REPORT_MODULE_TEXTS[locale];
  return { name, description, build };
}

const MODULE: BuilderModule<ReportRequestOptions> = {
  id: "report",
  texts: { "en-US": builderTexts("en-US"), "zh-CN": builderTexts("zh-CN") },
  inputs: [REPORT_INPUT],
  fields: REPORT_FIELDS_SPEC,
  toOptions,
  build,
};

export const reportBuilder = registerBuilder(MODULE);
