/**
 * The scorecard module's inputs and fields (scorecardModule.ts): the roster, a template table (or a
 * .json file, read here) and the actuals, each with its columns' synonyms taken from the one list the
 * readers use (ROSTER_COLUMNS, TEMPLATE_COLUMNS, ACTUALS_COLUMNS); and the options with their CLI
 * flags, labels, hints and defaults.
 */
import { LocalizedError } from "../../core/localizedError";
import { parseNumberText } from "../../core/parseNumberText";
import type { Locale } from "../../i18n/locale";
import type { TableData } from "../../table/tableData";
import type { ColumnSpec, FieldSpec, InputSpec, Localized } from "../builder";
import { FieldError } from "../fields";
import { ACTUALS_COLUMNS } from "./actuals";
import { builtInTemplate } from "./builtInTemplates";
import { jsonTemplateTable, TEMPLATE_COLUMNS } from "./customTemplate";
import { DEFAULT_CAP, DEFAULT_GRADE_BANDS } from "./gradeBands";
import { ROSTER_COLUMNS } from "./roster";
import { SCORECARD_MODULE_TEXTS, type ScorecardModuleTextKey } from "./texts";
import type { GradeBand } from "./types";

/** A module text in both languages. */
export function localized(key: ScorecardModuleTextKey): Localized {
  return {
    "en-US": SCORECARD_MODULE_TEXTS["en-US"][key],
    "zh-CN": SCORECARD_MODULE_TEXTS["zh-CN"][key],
  };
}

/** A refusal naming a field (and `others`: parameter → field or input id), in this module's words. */
export function refuse(
  field: string,
  key: ScorecardModuleTextKey,
  params: Record<string, string | number> = {},
  others: Record<string, string> = {}
): FieldError {
  return new FieldError(field, key, params, { texts: SCORECARD_MODULE_TEXTS, others });
}

/** The input's columns from a reader's list: its synonyms as they are, labelled in both languages. */
function columnsFrom(
  list: Record<string, { headers: readonly string[]; required: boolean }>,
  labels: Record<string, ScorecardModuleTextKey>
): ColumnSpec[] {
  return Object.entries(list).map(([id, { headers, required }]) => ({
    id,
    label: localized(labels[id]),
    synonyms: headers,
    required,
  }));
}

export const ROSTER_INPUT: InputSpec = {
  id: "roster",
  label: localized("rosterLabel"),
  hint: localized("rosterHint"),
  flag: "roster",
  required: false,
  columns: columnsFrom(ROSTER_COLUMNS, {
    name: "columnName",
    role: "columnRole",
    department: "columnDepartment",
    manager: "columnManager",
  }),
};

export const TEMPLATE_INPUT: InputSpec = {
  id: "template",
  label: localized("templateLabel"),
  hint: localized("templateHint"),
  flag: "template",
  required: false,
  columns: columnsFrom(TEMPLATE_COLUMNS, {
    dimension: "columnDimension",
    kpi: "columnKpi",
    weight: "columnWeight",
    direction: "columnDirection",
    threshold: "columnThreshold",
    target: "columnTarget",
    stretch: "columnStretch",
    definition: "columnDefinition",
    unit: "columnUnit",
  }),
  readFile: ({ name, bytes }) => (/\.json$/i.test(name) ? jsonFile(name, bytes) : undefined),
};

export const ACTUALS_INPUT: InputSpec = {
  id: "actuals",
  label: localized("actualsLabel"),
  hint: localized("actualsHint"),
  flag: "actuals",
  required: false,
  columns: columnsFrom(ACTUALS_COLUMNS, {
    employee: "columnName",
    kpi: "columnKpi",
    actual: "columnActual",
  }),
};

/** JSON is UTF-8 (RFC 8259); a BOM is tolerated (jsonTemplateTable). */
function jsonFile(name: string, bytes: Uint8Array): TableData {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    // TextDecoder's only refusal of bytes that are not UTF-8.
    if (!(error instanceof TypeError)) throw error;
    throw new LocalizedError(SCORECARD_MODULE_TEXTS, "notUtf8", { source: name });
  }
  return jsonTemplateTable(text, name);
}

function bandsText(bands: readonly GradeBand[]): string {
  return bands.map((band) => `${band.label}=${band.min}`).join(",");
}

/** "S=110,A=100,B=85,C=70,D=0" → bands (their order and labels are checked by the builder). */
export function bandsFrom(text: string): GradeBand[] {
  return text.split(/[,，]/).map((part) => {
    const match = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(part);
    const min = match ? parseNumberText(match[2]) : undefined;
    if (!match || min === undefined) throw refuse("bands", "badBands", { value: text.trim() });
    return { label: match[1], min };
  });
}

function capFrom(text: string): number {
  const cap = parseNumberText(text);
  if (cap === undefined || !(cap >= 100)) throw refuse("cap", "badCap", { value: text.trim() });
  return cap;
}

function field(
  id: string,
  flag: string,
  kind: FieldSpec["kind"],
  texts: { label: ScorecardModuleTextKey; hint: ScorecardModuleTextKey },
  more: Partial<FieldSpec> & { argumentKey?: ScorecardModuleTextKey } = {}
): FieldSpec {
  const { argumentKey, ...rest } = more;
  return {
    id,
    flag,
    kind,
    label: localized(texts.label),
    hint: localized(texts.hint),
    ...(argumentKey ? { argument: localized(argumentKey) } : {}),
    ...rest,
  };
}

export const SCORECARD_FIELDS: readonly FieldSpec[] = [
  // A role that is no built-in one is refused before any file is read.
  field(
    "role",
    "role",
    "text",
    { label: "roleLabel", hint: "roleHint" },
    { argumentKey: "idArgument", parse: (text) => builtInTemplate(text.trim()).id }
  ),
  field(
    "period",
    "period",
    "text",
    { label: "periodLabel", hint: "periodHint" },
    { argumentKey: "textArgument" }
  ),
  field(
    "employee",
    "employee",
    "text",
    { label: "employeeLabel", hint: "employeeHint" },
    { argumentKey: "nameArgument" }
  ),
  field(
    "bands",
    "bands",
    "text",
    { label: "bandsLabel", hint: "bandsHint" },
    {
      argumentKey: "bandsArgument",
      default: bandsText(DEFAULT_GRADE_BANDS),
      parse: (text) => {
        bandsFrom(text);
        return text.trim();
      },
    }
  ),
  field(
    "cap",
    "cap",
    "number",
    { label: "capLabel", hint: "capHint" },
    { argumentKey: "numberArgument", default: String(DEFAULT_CAP), parse: capFrom }
  ),
  field(
    "forcedDistribution",
    "forced-distribution",
    "text",
    { label: "forcedLabel", hint: "forcedHint" },
    { argumentKey: "sharesArgument" }
  ),
  // Kept as typed: a password's spaces are part of it.
  field(
    "password",
    "password",
    "text",
    { label: "passwordLabel", hint: "passwordHint" },
    { argumentKey: "textArgument", parse: (text) => text, secret: true }
  ),
  field("noProtect", "no-protect", "flag", { label: "noProtectLabel", hint: "noProtectHint" }),
];

/** The language's own list separator, for the roles' dimensions. */
export function listSeparator(locale: Locale): string {
  return locale === "zh-CN" ? "、" : ", ";
}
