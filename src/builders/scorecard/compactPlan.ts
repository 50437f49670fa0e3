/**
 * Fewer, larger writes: a block per row and a format per row read well in the builder, but each is one
 * Office.js action, and a team of 200 would send tens of thousands of them. Blocks that continue one
 * another (same columns, next row) become one block; formats with the same look on consecutive rows
 * over the same columns become one range. The cells and looks written are exactly the same.
 */
import { parseRange, rangeA1, type RangeAddress } from "../../plan/a1";
import type { CellBlock, FormatRange } from "../../plan/types";

export function mergeRowBlocks(blocks: readonly CellBlock[]): CellBlock[] {
  const merged: { anchor: ReturnType<typeof parseRange>; block: CellBlock }[] = [];
  for (const block of blocks) {
    const anchor = parseRange(block.anchor)!;
    const last = merged[merged.length - 1];
    const width = block.rows[0]?.length ?? 0;
    if (
      last &&
      last.anchor!.start.column === anchor.start.column &&
      last.block.rows[0].length === width &&
      last.anchor!.start.row + last.block.rows.length === anchor.start.row
    ) {
      last.block.rows.push(...block.rows);
      continue;
    }
    merged.push({ anchor, block: { anchor: block.anchor, rows: [...block.rows] } });
  }
  return merged.map(({ block }) => block);
}

export function mergeRowFormats(formats: readonly FormatRange[]): FormatRange[] {
  // The last merged format's range and look, kept parsed rather than re-read for every comparison.
  const merged: { format: FormatRange; range: RangeAddress; look: string }[] = [];
  for (const format of formats) {
    const range = parseRange(format.range)!;
    const look = lookOf(format);
    const last = merged[merged.length - 1];
    if (
      last &&
      last.look === look &&
      last.range.start.column === range.start.column &&
      last.range.end.column === range.end.column &&
      last.range.end.row + 1 === range.start.row
    ) {
      last.range = { start: last.range.start, end: range.end };
      last.format.range = rangeA1(last.range);
      continue;
    }
    merged.push({ format: { ...format }, range, look });
  }
  return merged.map(({ format }) => format);
}

/** Everything but the range (whatever fields FormatRange has), as one comparable string. */
function lookOf(format: FormatRange): string {
  return JSON.stringify({ ...format, range: undefined });
}
