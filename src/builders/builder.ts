/**
 * The builder module contract. A builder is one folder under src/builders exporting a BuilderModule,
 * plus one line in src/builders/index.ts; the CLI (src/cli/builderCommand.ts) and the panel
 * (src/taskpane/pages/BuilderPage.tsx) are derived from it, so a builder never imports a host, an
 * adapter, React or commander, and the same inputs give the same plan everywhere.
 *
 * A module describes:
 * - its texts in both languages (name, description, the Build button);
 * - its input tables, each with the columns it reads and their header synonyms (listed once, here);
 * - its option fields: kind, label and hint, CLI flag, default; they are read by builders/fields.ts
 *   through core's one parser, and a field error names the field as the host shows it (the CLI its
 *   flag, the panel its label);
 * - toOptions (checks across fields and tables, errors as LocalizedError key + parameters) and
 *   build → plan;
 * - optionally an export: a list the CLI writes as CSV beside the workbook (customers: one tier's ids).
 */
import type { CellValue } from "../core/cellValue";
import type { Locale } from "../i18n/locale";
import type { ComputedValues } from "../plan/computedValues";
import type { WorkbookPlan } from "../plan/types";
import type { TableData } from "../table/tableData";

/** A text in both languages. */
export type Localized = Record<Locale, string>;

/** A column a builder reads from an input table. */
export interface ColumnSpec {
  id: string;
  label: Localized;
  /** Header names exports give it, either language, most specific first (detectColumns). */
  synonyms: readonly string[];
  required: boolean;
}

export interface InputSpec {
  id: string;
  label: Localized;
  hint: Localized;
  /** The CLI option that names the file, without dashes: "sales" → --sales <file>. */
  flag: string;
  /** The CLI option naming the workbook's sheet, without dashes; default "<flag>-sheet". */
  sheetFlag?: string;
  required: boolean;
  columns: readonly ColumnSpec[];
  /**
   * A file of a form of its own (the scorecard's .json template): given the file's name and bytes, the
   * table it holds, or undefined to let the host read it as a table as usual. Throws LocalizedError.
   */
  readFile?: (file: { name: string; bytes: Uint8Array }) => TableData | undefined;
}

/** Something to print instead of building (the scorecard's --list-roles): a table, header first. */
export interface BuilderAction {
  /** The CLI option, without dashes: "list-roles" → --list-roles. */
  flag: string;
  hint: Localized;
  rows(locale: Locale): string[][];
  /** Each column's alignment; default left. */
  align?: readonly ("left" | "right")[];
}

/** "column": the header of a column of the input `FieldSpec.input` (the panel offers its headers). */
export type FieldKind =
  | "amount"
  | "number"
  | "integer"
  | "ratio"
  | "date"
  | "month"
  | "choice"
  | "flag"
  | "text"
  | "column";

export interface FieldChoice {
  value: string;
  label: Localized;
}

export interface FieldSpec {
  id: string;
  kind: FieldKind;
  label: Localized;
  hint: Localized;
  /**
   * The CLI option, without dashes: "service-level" → --service-level <value>. A flag field's "no-x"
   * is commander's negated option (--no-protect): the field is on when it is given.
   */
  flag: string;
  /** As a user would type it ("30", "95%"); read by the same rules as typed text. */
  default?: string;
  required?: boolean;
  choices?: readonly FieldChoice[];
  /** Bounds of the read value, inclusive. */
  min?: number;
  max?: number;
  /** ratio: a bare number above it is a percentage (core/parseNumberText's parseRatioText). */
  maxRatio?: number;
  /** column: the input whose headers it names. */
  input?: string;
  /** A text the panel hides as it is typed (a password); the CLI takes it as any option. */
  secret?: boolean;
  /** The CLI's placeholder for the value ("<amount>"); default "<value>". */
  argument?: Localized;
  /**
   * A reading of its own, for a field the kind's rule does not cover (a month typed as "apr", a list of
   * names): the typed text (or the default) → the value; throws FieldError for what it refuses.
   */
  parse?: (text: string) => FieldValue;
}

/** A field's value once read: numbers (dates as Excel serials), a choice's value, text, on/off. */
export type FieldValue = number | string | boolean | undefined;

/** An input table as the host read it, with the columns it found or the user chose (0-based). */
export interface InputTable {
  data: TableData;
  columns: Record<string, number | undefined>;
}

export interface BuildRequest {
  locale: Locale;
  values: Record<string, FieldValue>;
  tables: Record<string, InputTable | undefined>;
  /** Leave rows the rules cannot read out (whole), saying so on the sheet, instead of refusing. */
  skipInvalid: boolean;
  /** Today, for defaults that depend on it (a fiscal year); the hosts leave it out, tests fix it. */
  today?: Date;
}

export interface BuildOutput {
  plan: WorkbookPlan;
  /** The plan sheet the panel's "Go to sheet" opens. */
  sheetKey: string;
  /** What the user should know about the result, in the request's language. */
  notes: string[];
  /** Facts about the result as label and value ("Fiscal year:", "FY2027 …"), printed by the CLI. */
  summary?: [string, string][];
  /** What the user must look at (rows that could not be used), in the request's language. */
  warnings?: string[];
  /**
   * The values of the plan's formulas, when the module works them out itself: the CLI then caches them
   * in the .xlsx without evaluating the plan (which takes seconds for tens of thousands of formulas).
   */
  computed?: ComputedValues;
  /** A module with an export: the rows (header first) for one of its export choices' values. */
  exportRows?(choice: string): CellValue[][];
}

/**
 * A list a module hands out beside its plan, which the CLI writes as a CSV file with
 * `--<flag> <choice> --export <file.csv>` (customers: the ids of one tier, for a CRM). The choice is read
 * as a choice field is: its value or its label in either language.
 */
export interface ExportSpec {
  /** The CLI option naming what to export, without dashes: "export-tier". */
  flag: string;
  hint: Localized;
  choices: readonly FieldChoice[];
}

export interface BuilderTexts {
  name: string;
  description: string;
  build: string;
}

export interface BuilderModule<Options = unknown> {
  /** The CLI command and the panel page's id: lower case, dashes. */
  id: string;
  texts: Record<Locale, BuilderTexts>;
  inputs: readonly InputSpec[];
  fields: readonly FieldSpec[];
  actions?: readonly BuilderAction[];
  export?: ExportSpec;
  /** The builder's own options from a request; throws LocalizedError for what the user can fix. */
  toOptions(request: BuildRequest): Options;
  build(options: Options): BuildOutput;
}

/** A module as the registry and the hosts hold it: its description, and the one path to a plan. */
export interface RegisteredBuilder {
  id: string;
  texts: Record<Locale, BuilderTexts>;
  inputs: readonly InputSpec[];
  fields: readonly FieldSpec[];
  actions?: readonly BuilderAction[];
  export?: ExportSpec;
  /** toOptions then build. */
  run(request: BuildRequest): BuildOutput;
}

/** What src/builders/index.ts lists: the module with its Options type closed over. */
export function registerBuilder<Options>(module: BuilderModule<Options>): RegisteredBuilder {
  const { id, texts, inputs, fields, actions } = module;
  return {
    id,
    texts,
    inputs,
    fields,
    actions,
    ...(module.export ? { export: module.export } : {}),
    run: (request) => module.build(module.toOptions(request)),
  };
}
