/**
 * Fewer, larger writes: a block per row and a format per row read well in the builder, but each is one
 * Office.js action, and a team of 200 would send tens of thousands of them. Blocks that continue one
 * another (same columns, next row) become one block; formats with the same look on consecutive rows
 * over the same columns become one range. The cells and looks written are exactly the same.
 */
import { parseRange, rangeA1 } from "../../plan/a1";
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
  const merged: FormatRange[] = [];
  const lookOf = (format: FormatRange) => JSON.stringify({ ...format, range: undefined });
  for (const format of formats) {
    const range = parseRange(format.range)!;
    const last = merged[merged.length - 1];
    const lastRange = last && parseRange(last.range)!;
    if (
      lastRange &&
      lookOf(last) === lookOf(format) &&
      lastRange.start.column === range.start.column &&
      lastRange.end.column === range.end.column &&
      lastRange.end.row + 1 === range.start.row
    ) {
      last.range = rangeA1({ start: lastRange.start, end: range.end });
      continue;
    }
    merged.push({ ...format });
  }
  return merged;
}
