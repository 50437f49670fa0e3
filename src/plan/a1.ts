/** A1 addresses: parsing, formatting and the sizes Excel allows. Rows and columns are 0-based here. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellAddress {
  row: number;
  column: number;
}

export interface RangeAddress {
  start: CellAddress;
  end: CellAddress;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26; undefined when not letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B2" (or "$B$2") → { row: 1, column: 1 }; undefined when not a cell inside Excel's grid. */
export function parseCell(text: string): CellAddress | undefined {
  const match = CELL.exec(text.trim());
  if (!match) return undefined;
  const column = columnIndex(match[1]);
  const row = Number(match[2]) - 1;
  if (column === undefined || column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, column };
}

/** "B2:D10", or a single cell "B2" as a 1×1 range; corners are normalised to top-left/bottom-right. */
export function parseRange(text: string): RangeAddress | undefined {
  const parts = text.split(":");
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return undefined;
  return {
    start: { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column) },
    end: { row: Math.max(a.row, b.row), column: Math.max(a.column, b.column) },
  };
}

export function cellA1({ row, column }: CellAddress): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rangeA1({ start, end }: RangeAddress): string {
  const first = cellA1(start);
  return start.row === end.row && start.column === end.column ? first : `${first}:${cellA1(end)}`;
}

/** "$B$2:$D$10": absolute form for defined names. */
export function absoluteRangeA1({ start, end }: RangeAddress): string {
  const abs = (c: CellAddress) => `$${columnLetters(c.column)}$${c.row + 1}`;
  return start.row === end.row && start.column === end.column
    ? abs(start)
    : `${abs(start)}:${abs(end)}`;
}

export function rangeSize(range: RangeAddress): { rows: number; columns: number } {
  return {
    rows: range.end.row - range.start.row + 1,
    columns: range.end.column - range.start.column + 1,
  };
}

export function rangesOverlap(a: RangeAddress, b: RangeAddress): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

/** The range a block covers (its anchor plus its size). */
export function blockRange(anchor: CellAddress, rows: number, columns: number): RangeAddress {
  return {
    start: anchor,
    end: { row: anchor.row + rows - 1, column: anchor.column + columns - 1 },
  };
}

/** Sheet names in formulas are always quoted; a quote inside the name is doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'My Sheet'!A1:F9" or "Sheet1!A1:F9" (what Excel's range.address gives) → sheet name and address. */
export function splitSheetAddress(text: string): { sheet: string; address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)$/i.exec(text);
  if (!match) return undefined;
  return { sheet: match[1] ? match[1].replace(/''/g, "'") : match[2], address: match[3] };
}
