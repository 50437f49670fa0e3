/**
 * The panel's path from a builder page's choices to a plan: the same as the CLI's
 * (src/cli/builderCommand.ts) but for where the inputs come from. Fields are read by builders/fields.ts
 * (a refusal names the field by its label), tables are the ones the user read from the workbook with
 * the columns they confirmed, and the module builds the plan.
 */
import type {
  BuildOutput,
  BuildRequest,
  FieldSpec,
  RegisteredBuilder,
} from "../../builders/builder";
import { fieldNamer, namingFields, readFields, type TypedFields } from "../../builders/fields";
import { inputTable, missingInputError } from "../../builders/inputTables";
import type { Locale } from "../../i18n/locale";
import type { TableData } from "../../table/tableData";
import type { ColumnMappingValue } from "../components/ColumnMapping";

/** A source the user read for one input, with the columns they confirmed. */
export interface PageSource {
  data: TableData;
  mapping: ColumnMappingValue;
}

/** The fields as the form starts: each default as typed text, flags off unless their default says on. */
export function defaultTypedFields(fields: readonly FieldSpec[]): TypedFields {
  return Object.fromEntries(
    fields.map((field) => [
      field.id,
      field.kind === "flag" ? field.default === "true" : (field.default ?? ""),
    ])
  );
}

/** Throws LocalizedError (a field by its label, a missing input or column) for what the user can fix. */
export function prepareBuilderBuild(
  builder: RegisteredBuilder,
  sources: Record<string, PageSource | undefined>,
  typed: TypedFields,
  locale: Locale,
  choices: { skipInvalid: boolean; today?: Date },
  /** A page plug-in's build (builderPanels.ts); default the module's. */
  run: (request: BuildRequest) => BuildOutput = builder.run
): BuildOutput {
  const request = builderRequest(builder, sources, typed, locale, choices);
  const output = namingFields(panelNamer(builder, locale), () => run(request));
  // The panel lists warnings with the notes, after them.
  return { ...output, notes: [...output.notes, ...(output.warnings ?? [])] };
}

/** The request the panel's choices make: fields read, tables with the columns the user confirmed. */
export function builderRequest(
  builder: RegisteredBuilder,
  sources: Record<string, PageSource | undefined>,
  typed: TypedFields,
  locale: Locale,
  choices: { skipInvalid: boolean; today?: Date }
): BuildRequest {
  const values = namingFields(panelNamer(builder, locale), () => readFields(builder.fields, typed));
  const tables: BuildRequest["tables"] = {};
  for (const input of builder.inputs) {
    const source = sources[input.id];
    if (!source) {
      if (input.required) throw missingInputError(input, locale);
      continue;
    }
    tables[input.id] = inputTable(input, source.data, locale, source.mapping);
  }
  return { locale, values, tables, skipInvalid: choices.skipInvalid, today: choices.today };
}

/** A field's refusal, from its reading or from the module's checks, names it by its label. */
function panelNamer(builder: RegisteredBuilder, locale: Locale) {
  return fieldNamer([...builder.fields, ...builder.inputs], (spec) => spec.label[locale]);
}
