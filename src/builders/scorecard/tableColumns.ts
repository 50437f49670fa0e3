/**
 * Finding a table's columns by header, in either language (a roster exported from a zh-CN HR system
 * says 姓名/岗位, an English one Name/Role). Headers match ignoring case, spaces and underscores.
 */
import type { CellValue } from "../../plan/types";
import type { TableData } from "../../table/tableData";
import { ScorecardError } from "./scorecardError";

export interface ColumnSpec {
  /** Accepted headers; the first English and the first Chinese one name the column in messages. */
  headers: readonly string[];
  required: boolean;
}

export type ColumnIndexes<K extends string> = Record<K, number | undefined>;

export function findColumns<K extends string>(
  table: TableData,
  specs: Record<K, ColumnSpec>
): ColumnIndexes<K> {
  const header = table.header.map(headerKey);
  const found = {} as ColumnIndexes<K>;
  for (const [key, spec] of Object.entries(specs) as [K, ColumnSpec][]) {
    const wanted = spec.headers.map(headerKey);
    const index = header.findIndex((name) => wanted.includes(name));
    if (index < 0 && spec.required) {
      throw new ScorecardError("missingColumn", {
        source: table.source,
        column: columnLabel(spec),
        found: table.header.filter(Boolean).join(", "),
      });
    }
    found[key] = index < 0 ? undefined : index;
  }
  return found;
}

/**
 * The columns a host already found by the module's input spec (its InputTable.columns) are taken as
 * given; without them they are found here by the same synonyms.
 */
export function columnsOf<K extends string>(
  table: TableData,
  specs: Record<K, ColumnSpec>,
  chosen?: Partial<Record<string, number | undefined>>
): ColumnIndexes<K> {
  if (!chosen) return findColumns(table, specs);
  return Object.fromEntries(
    Object.keys(specs).map((key) => [key, chosen[key] ?? undefined])
  ) as ColumnIndexes<K>;
}

/** "dimension / 维度": how messages name a column, readable whichever language the file uses. */
export function columnLabel(spec: ColumnSpec): string {
  const english = spec.headers.find((header) => /^[\x20-\x7e]+$/.test(header));
  const chinese = spec.headers.find((header) => !/^[\x20-\x7e]+$/.test(header));
  return [english, chinese].filter(Boolean).join(" / ");
}

function headerKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

export function cellAt(row: readonly CellValue[], index: number | undefined): CellValue {
  return index === undefined ? null : (row[index] ?? null);
}

/** Text of a cell for names and labels: numbers as written, blank as "". */
export function cellText(cell: CellValue): string {
  if (cell === null) return "";
  return String(cell).trim();
}
