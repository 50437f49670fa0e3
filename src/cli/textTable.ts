/** Plain-text tables for a terminal, where a Chinese character takes two columns. */

/** East Asian Wide and Fullwidth ranges (the ones users' data contains: CJK, kana, Hangul, full-width forms, emoji). */
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function charWidth(codePoint: number): number {
  return WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 2 : 1;
}

/** Columns the text occupies in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

/** Cut to at most `maxWidth` columns, marking the cut with "…". */
export function truncateToWidth(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let result = "";
  let width = 0;
  for (const char of text) {
    const next = charWidth(char.codePointAt(0)!);
    if (width + next > maxWidth - 1) break;
    result += char;
    width += next;
  }
  return `${result}…`;
}

export function padToWidth(text: string, width: number, align: "left" | "right" = "left"): string {
  const padding = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + padding : padding + text;
}

/** Lines of a table whose columns are separated by two spaces; trailing spaces removed. */
export function renderTable(rows: string[][], align: ("left" | "right")[] = []): string[] {
  const columnCount = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columnCount }, (_, column) =>
    Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? "")))
  );
  return rows.map((row) =>
    widths
      .map((width, column) => padToWidth(row[column] ?? "", width, align[column]))
      .join("  ")
      .trimEnd()
  );
}
