/**
 * Decoded CSV/TSV text → grid rows, with papaparse (quoting, embedded newlines). What it adds:
 * - every row knows the PHYSICAL line it starts on, so messages name the line an editor shows, whatever
 *   blank lines or multi-line cells come before it;
 * - line endings are read as the file has them, mixed or not: CRLF, LF and a lone CR each end a line
 *   (papaparse alone picks one style per file, so a file mixing them merged rows);
 * - each row keeps its field count, so the table step can refuse rows with too few or too many fields
 *   instead of shifting values into other columns;
 * - the delimiter is found from the lines that look like the table: title lines above the header
 *   (one field) do not outvote it;
 * - a line longer than the limit is refused before parsing: papaparse would hold the whole of it.
 */
import Papa from "papaparse";
import type { GridRow } from "../table/tableFromGrid";

export type Delimiter = "," | "\t" | ";" | "|";

/** Delimiters tried when the file name does not fix one. */
const GUESSABLE_DELIMITERS: Delimiter[] = [",", "\t", ";", "|"];
/** Lines looked at to find the delimiter. */
export const DETECTION_LINES = 200;

export interface ParsedText {
  grid: GridRow[];
  delimiter: Delimiter;
  /** 1-based line where a quoted field opens and never closes (papaparse would swallow the rest into it). */
  unclosedQuoteLine?: number;
  /** The first line longer than `maxLineChars`, when one is. Nothing is parsed then. */
  longLine?: { line: number; length: number };
}

export interface DelimitedTextOptions {
  /** Undefined: detect it (comma when there is nothing to tell, e.g. a single column). */
  delimiter?: Delimiter;
  /** Longest line accepted, in characters. */
  maxLineChars?: number;
}

export function parseDelimitedText(text: string, options: DelimitedTextOptions = {}): ParsedText {
  const grid: GridRow[] = [];
  const scan = scanDelimitedText(text, options, (cells, line) => {
    grid.push({ row: grid.length, line, cells, fieldCount: cells.length });
  });
  return { grid, ...scan };
}

/**
 * The same reading one row at a time, for readers that type rows as they come instead of keeping the
 * grid (the report's one pass): `onRow` gets each non-blank row's fields and its physical line;
 * returning false stops the scan.
 */
export function scanDelimitedText(
  text: string,
  options: DelimitedTextOptions,
  onRow: (cells: string[], line: number) => boolean | void
): Omit<ParsedText, "grid"> {
  // One newline style for papaparse; a quoted cell's line break becomes "\n", as Excel stores it.
  const normalised = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const delimiter = options.delimiter ?? detectDelimiter(normalised);
  if (options.maxLineChars !== undefined) {
    const longLine = findLongLine(normalised, options.maxLineChars);
    if (longLine) return { delimiter, longLine };
  }
  // Lines before the file's first quote character split exactly as papaparse splits them (without
  // quotes it only cuts at delimiters and newlines), at a fraction of its per-row cost; from the first
  // quote on, papaparse reads the rest, starting at a row boundary where its state is fresh.
  let position = 0;
  let line = 1;
  const firstQuote = normalised.indexOf('"');
  const quoteFree =
    firstQuote < 0 ? normalised.length : normalised.lastIndexOf("\n", firstQuote) + 1;
  while (position < quoteFree) {
    const newline = normalised.indexOf("\n", position);
    const end = newline < 0 ? normalised.length : newline;
    const cells = normalised.slice(position, end).split(delimiter);
    if (!isBlankRow(cells) && onRow(cells, line) === false) return { delimiter };
    position = end + 1;
    line++;
  }
  if (position >= normalised.length) return { delimiter };
  const rest = position === 0 ? normalised : normalised.slice(position);
  return { delimiter, ...scanWithPapaparse(rest, delimiter, line - 1, onRow) };
}

/** Blank lines (and lines of only delimiters or spaces) are no rows: Excel's import drops them too. */
export function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

export function scanWithPapaparse(
  text: string,
  delimiter: Delimiter,
  linesBefore: number,
  onRow: (cells: string[], line: number) => boolean | void
): { unclosedQuoteLine?: number } {
  const lines = new LineCounter(text);
  let start = 0;
  let unclosedQuoteLine: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    step: (result, parser) => {
      const cells = result.data;
      const line = linesBefore + lines.lineAt(start);
      if (result.errors.some((error) => error.code === "MissingQuotes")) unclosedQuoteLine ??= line;
      start = result.meta.cursor;
      if (isBlankRow(cells)) return;
      if (onRow(cells, line) === false) parser.abort();
    },
  });
  return unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine };
}

/**
 * The candidate whose most common field count (above one) holds on the most lines; a comma when none
 * splits any line. Counting per line (quotes respected by papaparse) keeps title lines from deciding.
 */
export function detectDelimiter(whole: string): Delimiter {
  const text = detectionText(whole);
  let best: { delimiter: Delimiter; lines: number } = { delimiter: ",", lines: 0 };
  for (const delimiter of GUESSABLE_DELIMITERS) {
    const counts = new Map<number, number>();
    Papa.parse<string[]>(text, {
      delimiter,
      newline: "\n",
      preview: DETECTION_LINES,
      step: (result) => {
        const fields = result.data.length;
        if (fields > 1) counts.set(fields, (counts.get(fields) ?? 0) + 1);
      },
    });
    const lines = Math.max(0, ...counts.values());
    if (lines > best.lines) best = { delimiter, lines };
  }
  return best.delimiter;
}

/**
 * The text papaparse needs for the first DETECTION_LINES rows. Without a quote among them, rows are lines,
 * so those lines alone give the same counts; papaparse's preview would otherwise split the whole file
 * into lines first (its quote-free fast mode), four times over. With a quote, the whole text, as before.
 */
function detectionText(text: string): string {
  let end = -1;
  for (let line = 0; line <= DETECTION_LINES; line++) {
    end = text.indexOf("\n", end + 1);
    if (end < 0) return text;
  }
  const head = text.slice(0, end);
  return head.includes('"') ? text : head;
}

function findLongLine(text: string, limit: number): { line: number; length: number } | undefined {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > limit) return { line, length: stop - start };
    if (end < 0) return undefined;
    start = end + 1;
  }
  return undefined;
}

/** Line numbers of increasing offsets, counting newlines once in all. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    let next = this.text.indexOf("\n", this.offset);
    while (next >= 0 && next < offset) {
      this.line++;
      next = this.text.indexOf("\n", next + 1);
    }
    this.offset = Math.max(this.offset, offset);
    return this.line;
  }
}
