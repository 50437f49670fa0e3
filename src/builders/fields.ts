/**
 * A builder's option fields read from what the user typed, the same way in every host: the CLI passes
 * its option strings, the panel its inputs' text. Numbers, ratios and dates go through core's one
 * parser; a refusal is a FieldError, which the host names as it shows the field (the CLI as its flag,
 * the panel as its label).
 */
import { parseDateCell } from "../core/parseDateCell";
import { parseAmountText, parseNumberText, parseRatioText } from "../core/parseNumberText";
import { LocalizedError, type ErrorParams, type FolderTexts } from "../core/localizedError";
import type { Locale } from "../i18n/locale";
import type { FieldSpec, FieldValue } from "./builder";
import { BUILDER_TEXTS, type BuilderTextKey } from "./texts";

/**
 * A field the user must fix. `{field}` in its message is filled by the host (withField); a message that
 * names other fields too lists them in `others` (parameter → field id), named the same way.
 */
export class FieldError extends LocalizedError {
  /** Parameter → the id of another field (or input) the message names, named like `field`. */
  readonly others: Record<string, string>;

  constructor(
    readonly field: string,
    key: string,
    params: ErrorParams = {},
    options: { texts?: FolderTexts<string>; others?: Record<string, string> } = {}
  ) {
    super(options.texts ?? BUILDER_TEXTS, key, { field, ...params });
    this.others = options.others ?? {};
  }

  /** The same error naming its fields as the host shows them: "--window", "Window (days)". */
  withField(name: string | ((field: string) => string)): LocalizedError {
    const nameOf = typeof name === "string" ? () => name : name;
    const named = Object.fromEntries(
      Object.entries(this.others).map(([param, field]) => [param, nameOf(field)])
    );
    return new LocalizedError(this.texts, this.key, {
      ...this.params,
      ...named,
      field: nameOf(this.field),
    });
  }
}

/** A host's way of naming a field or an input in messages: the CLI by its flag, the panel by its label. */
export function fieldNamer(
  specs: readonly { id: string; flag: string; label: Record<Locale, string> }[],
  name: (spec: { flag: string; label: Record<Locale, string> }) => string
): (id: string) => string {
  return (id) => {
    const spec = specs.find((candidate) => candidate.id === id);
    return spec ? name(spec) : id;
  };
}

/** Runs `work`, turning a FieldError into the same error naming its fields as the host does. */
export function namingFields<T>(namer: (id: string) => string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof FieldError) throw error.withField(namer);
    throw error;
  }
}

/** Typed text per field id (undefined or "" for not given); flags as booleans. */
export type TypedFields = Record<string, string | boolean | undefined>;

/** Every field read, in order; the first refusal is thrown. */
export function readFields(
  fields: readonly FieldSpec[],
  typed: TypedFields
): Record<string, FieldValue> {
  return Object.fromEntries(fields.map((field) => [field.id, readField(field, typed[field.id])]));
}

export function readField(field: FieldSpec, typed: string | boolean | undefined): FieldValue {
  if (field.kind === "flag") return typed === true || typed === "true";
  const given = typeof typed === "string" && typed.trim() !== "" ? typed : undefined;
  const text = given ?? field.default;
  if (text === undefined) {
    if (field.required) throw new FieldError(field.id, "fieldRequired");
    return undefined;
  }
  const value = field.parse ? field.parse(text) : readText(field, text);
  if (typeof value === "number") checkBounds(field, value, text);
  return value;
}

function readText(field: FieldSpec, text: string): FieldValue {
  const refuse = (key: BuilderTextKey, params: ErrorParams = {}): never => {
    throw new FieldError(field.id, key, { value: text.trim(), ...params });
  };
  switch (field.kind) {
    case "amount":
      return parseAmountText(text) ?? refuse("fieldNotAmount");
    case "number":
      return parseNumberText(text) ?? refuse("fieldNotNumber");
    case "integer": {
      const value = parseNumberText(text);
      return value !== undefined && Number.isInteger(value) ? value : refuse("fieldNotInteger");
    }
    case "ratio":
      return parseRatioText(text, { maxRatio: field.maxRatio }) ?? refuse("fieldNotRatio");
    case "date": {
      const parsed = parseDateCell(text.trim());
      return parsed?.precision === "day" ? parsed.serial : refuse("fieldNotDate");
    }
    case "month":
      return parseDateCell(text.trim())?.serial ?? refuse("fieldNotMonth");
    case "choice":
      return choiceOf(field, text) ?? refuse("fieldNotChoice", { choices: choiceList(field) });
    case "text":
    case "column":
      return text.trim();
    case "flag":
      return true;
  }
}

/** A choice by its value or by its label in either language, ignoring case and spaces. */
function choiceOf(field: FieldSpec, text: string): string | undefined {
  const key = normalise(text);
  return field.choices?.find(
    ({ value, label }) =>
      normalise(value) === key || Object.values(label).some((name) => normalise(name) === key)
  )?.value;
}

function choiceList(field: FieldSpec): string {
  return (field.choices ?? []).map(({ value }) => value).join(", ");
}

function checkBounds(field: FieldSpec, value: number, text: string): void {
  const params = { value: text.trim(), min: field.min ?? "", max: field.max ?? "" };
  if (field.min !== undefined && value < field.min)
    throw new FieldError(
      field.id,
      field.max === undefined ? "fieldBelowMin" : "fieldOutOfRange",
      params
    );
  if (field.max !== undefined && value > field.max)
    throw new FieldError(
      field.id,
      field.min === undefined ? "fieldAboveMax" : "fieldOutOfRange",
      params
    );
}

const normalise = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
