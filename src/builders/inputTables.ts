/**
 * A builder's input tables as both hosts read them: the columns it needs found by their header
 * synonyms (listed once, in the module's InputSpec), a user's choice on top, and a clear refusal when
 * a required column or table is missing.
 */
import { LocalizedError } from "../core/localizedError";
import type { Locale } from "../i18n/locale";
import { detectColumns } from "../table/detectColumns";
import type { TableData } from "../table/tableData";
import type { InputSpec, InputTable } from "./builder";
import { BUILDER_TEXTS } from "./texts";

/** Column id → 0-based column, for the columns the header names; the rest undefined. */
export function detectInputColumns(
  spec: InputSpec,
  header: readonly string[]
): Record<string, number | undefined> {
  const found = detectColumns(
    header,
    Object.fromEntries(spec.columns.map((column) => [column.id, column.synonyms]))
  );
  return Object.fromEntries(spec.columns.map(({ id }) => [id, found[id] ?? undefined]));
}

/**
 * The table with its columns: detected, then `chosen` on top (a user's mapping: column id → index).
 * Throws when a required column has none, naming the synonyms looked for and the headers there are.
 */
export function inputTable(
  spec: InputSpec,
  data: TableData,
  locale: Locale,
  chosen: Record<string, number | null | undefined> = {}
): InputTable {
  const columns = detectInputColumns(spec, data.header);
  for (const [id, column] of Object.entries(chosen))
    if (column !== undefined) columns[id] = column ?? undefined;
  for (const column of spec.columns) {
    if (!column.required || columns[column.id] !== undefined) continue;
    throw new LocalizedError(BUILDER_TEXTS, "columnMissing", {
      input: spec.label[locale],
      column: column.label[locale],
      synonyms: column.synonyms.slice(0, 4).join(locale === "zh-CN" ? "、" : ", "),
      headers: data.header.map((name) => `“${name}”`).join(locale === "zh-CN" ? "、" : ", "),
    });
  }
  const used = spec.columns.map(({ id }) => columns[id]).filter((c) => c !== undefined);
  for (const column of used) {
    const name = data.header[column!];
    if (name !== "" && data.header.filter((other) => other === name).length > 1)
      throw new LocalizedError(BUILDER_TEXTS, "columnAmbiguous", {
        input: spec.label[locale],
        name,
      });
  }
  return { data, columns };
}

/** A required input the user did not give. */
export function missingInputError(spec: InputSpec, locale: Locale): LocalizedError {
  return new LocalizedError(BUILDER_TEXTS, "inputRequired", { input: spec.label[locale] });
}
