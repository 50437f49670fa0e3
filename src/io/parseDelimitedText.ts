/** Decoded CSV/TSV text → grid rows, with papaparse (quoting, embedded newlines, delimiter detection). */
import Papa from "papaparse";
import type { GridRow } from "./tableFromGrid";

export type Delimiter = "," | "\t" | ";" | "|";

/** Delimiters tried when the file name does not fix one; papaparse picks the one giving consistent field counts. */
const GUESSABLE_DELIMITERS: Delimiter[] = [",", "\t", ";", "|"];

export interface ParsedText {
  grid: GridRow[];
  delimiter: string;
  /** 1-based line where a quoted field opens and never closes (papaparse would swallow the rest into it). */
  unclosedQuoteLine?: number;
}

/** `delimiter` undefined: detect it (comma when there is nothing to tell, e.g. a single column). */
export function parseDelimitedText(text: string, delimiter?: Delimiter): ParsedText {
  const result = Papa.parse<string[]>(text, {
    delimiter: delimiter ?? "",
    delimitersToGuess: GUESSABLE_DELIMITERS,
    skipEmptyLines: "greedy",
  });
  const unclosed = result.errors.find((error) => error.code === "MissingQuotes");
  return {
    grid: result.data.map((cells, row) => ({ row, cells })),
    delimiter: result.meta.delimiter,
    unclosedQuoteLine: unclosed ? lineAt(text, unclosed.index ?? 0) : undefined,
  };
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}
