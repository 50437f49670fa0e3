/**
 * A literal cell: what a table holds and a plan writes. Strings are user text and are never evaluated,
 * whatever they start with. Defined at the bottom so every layer (tables, plans, builders) shares it.
 */
export type CellValue = string | number | boolean | null;
