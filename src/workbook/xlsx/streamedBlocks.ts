/**
 * Big blocks (a live report's data sheet, a 100,000-row plan) are not handed to ExcelJS cell by cell:
 * its in-memory model costs a getCell, a style object and an XML fragment per cell. ExcelJS writes the
 * sheet with only the block's first PLACEHOLDER_ROWS rows (so it still writes the styles, tables, column
 * widths, panes and everything else); the rest of the block is written here as sheet XML, each column
 * taking the style ExcelJS gave the last placeholder row (the "sample" row), and spliced into that sheet.
 *
 * A block is streamed only when that is exact: nothing else of the sheet reaches its streamed rows, and
 * every format, editable range and table that reaches them covers the sample row down to the block's
 * last row (so each column has one look there). Otherwise the sheet goes through ExcelJS as before.
 */
import {
  cellA1,
  columnLetters,
  parseCell,
  parseRange,
  rangeA1,
  type RangeAddress,
} from "../../plan/a1";
import { isFormulaCell, type CellBlock, type PlanCell, type SheetPlan } from "../../plan/types";
import { WorkbookError, type ComputedValues } from "../port";
import { toFileFormula } from "./fileFormulas";
import { encodeFileText } from "./fileText";

/** Blocks smaller than this go through ExcelJS whole (its cost only matters for big sheets). */
export const STREAM_MIN_CELLS = 50_000;
/** The block's rows ExcelJS writes: a header and the sample row. */
const PLACEHOLDER_ROWS = 2;
/**
 * Rows per XML chunk handed to the compressor: small enough that each chunk's strings die young (4,096
 * rows let them reach old space, ~300 MB more at a million rows), large enough to keep zlib busy.
 */
const ROWS_PER_CHUNK = 512;

export interface StreamedBlock {
  sheetKey: string;
  block: CellBlock;
  /** 0-based sheet row of the sample row (the last one ExcelJS writes); streamed rows follow it. */
  sampleRow: number;
  lastRow: number;
  anchorColumn: number;
  /** Tables clipped to the placeholder, with their full range. */
  tables: { name: string; range: string }[];
}

/** The sheet as ExcelJS writes it, and the block it leaves for streaming (when one qualifies). */
export function splitStreamedBlock(sheet: SheetPlan): {
  sheet: SheetPlan;
  streamed?: StreamedBlock;
} {
  const candidates = sheet.blocks.filter(
    (block) =>
      block.rows.length > PLACEHOLDER_ROWS &&
      block.rows.length * (block.rows[0]?.length ?? 0) >= STREAM_MIN_CELLS
  );
  const block = candidates.sort((a, b) => b.rows.length - a.rows.length)[0];
  if (!block) return { sheet };
  const anchor = parseCell(block.anchor)!;
  const sampleRow = anchor.row + PLACEHOLDER_ROWS - 1;
  const lastRow = anchor.row + block.rows.length - 1;
  const reachesStream = (range: RangeAddress) => range.end.row > sampleRow;
  const coversStream = (range: RangeAddress) =>
    range.start.row <= sampleRow && range.end.row === lastRow;
  const clip = (text: string): string | undefined => {
    const range = parseRange(text)!;
    if (!reachesStream(range)) return text;
    return coversStream(range)
      ? rangeA1({ ...range, end: { ...range.end, row: sampleRow } })
      : undefined;
  };

  const others = sheet.blocks.filter((other) => other !== block);
  if (others.some((other) => parseCell(other.anchor)!.row + other.rows.length - 1 > sampleRow))
    return { sheet };
  if (
    [...(sheet.validations ?? []), ...(sheet.conditionalFormats ?? [])].some((item) =>
      reachesStream(parseRange(item.range)!)
    )
  )
    return { sheet };
  const formats = (sheet.formats ?? []).map((format) => ({ ...format, range: clip(format.range) }));
  const editable = (sheet.protection?.editableRanges ?? []).map(clip);
  const tables = (sheet.tables ?? []).map((table) => {
    const range = parseRange(table.range)!;
    const fits =
      !reachesStream(range) ||
      (coversStream(range) && !table.showTotals && range.start.row < sampleRow);
    return { table, range: fits ? clip(table.range) : undefined };
  });
  if (
    formats.some((f) => f.range === undefined) ||
    editable.some((r) => r === undefined) ||
    tables.some((t) => t.range === undefined)
  )
    return { sheet };

  const placeholder: SheetPlan = {
    ...sheet,
    blocks: [...others, { anchor: block.anchor, rows: block.rows.slice(0, PLACEHOLDER_ROWS) }],
    formats: formats.map((format) => ({ ...format, range: format.range! })),
    tables: tables.map(({ table, range }) => ({ ...table, range: range! })),
    ...(sheet.protection
      ? { protection: { ...sheet.protection, editableRanges: editable as string[] } }
      : {}),
  };
  return {
    sheet: placeholder,
    streamed: {
      sheetKey: sheet.key,
      block,
      sampleRow,
      lastRow,
      anchorColumn: anchor.column,
      tables: tables
        .filter(({ table, range }) => range !== table.range)
        .map(({ table }) => ({ name: table.name, range: table.range })),
    },
  };
}

export interface StreamContext {
  sheetNames: ReadonlyMap<string, string>;
  computed: ComputedValues | undefined;
  /**
   * The text's index in the file's shared strings (zipSplice.ts appends them to ExcelJS's); without it
   * text is written inline. Shared, because readers such as ExcelJS decode `_xHHHH_` only there.
   */
  sharedString?: (text: string) => number;
}

/** Style index by 0-based column, as ExcelJS wrote the sample row's cells. */
export function sampleRowStyles(sheetXml: string, sampleRow: number): Map<number, string> {
  const styles = new Map<number, string>();
  const start = sheetXml.indexOf(`<row r="${sampleRow + 1}"`);
  if (start < 0) return styles;
  const end = sheetXml.indexOf("</row>", start);
  const row = sheetXml.slice(start, end < 0 ? undefined : end);
  for (const match of row.matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g)) {
    if (match[2] === undefined) continue;
    let column = 0;
    for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
    styles.set(column - 1, match[2]);
  }
  return styles;
}

/**
 * The streamed rows' XML, ROWS_PER_CHUNK rows at a time (so no string grows with the sheet); `onRows`
 * reports rows written.
 */
export function* streamedRowsXml(
  streamed: StreamedBlock,
  styles: ReadonlyMap<number, string>,
  context: StreamContext,
  onRows?: (rows: number) => void
): Generator<string> {
  const { block, anchorColumn } = streamed;
  const width = block.rows[0].length;
  const letters = Array.from({ length: width }, (_, c) => columnLetters(anchorColumn + c));
  const styleAttr = letters.map((_, c) => {
    const style = styles.get(anchorColumn + c);
    return style === undefined ? "" : ` s="${style}"`;
  });
  // Styled cells of the sample row outside the block (a format wider than it) stay styled below it.
  const outside = [...styles].filter(
    ([column]) => column < anchorColumn || column >= anchorColumn + width
  );
  let xml = "";
  let rowsInChunk = 0;
  for (let r = PLACEHOLDER_ROWS; r < block.rows.length; r++) {
    const sheetRow = streamed.sampleRow + 1 + (r - PLACEHOLDER_ROWS);
    const n = sheetRow + 1;
    let cellsXml = "";
    for (const [column, style] of outside)
      if (column < anchorColumn) cellsXml += `<c r="${columnLetters(column)}${n}" s="${style}"/>`;
    const cells = block.rows[r];
    for (let c = 0; c < width; c++)
      cellsXml += cellXml(
        cells[c],
        `${letters[c]}${n}`,
        styleAttr[c],
        streamed.sheetKey,
        sheetRow,
        anchorColumn + c,
        context
      );
    for (const [column, style] of outside)
      if (column >= anchorColumn + width)
        cellsXml += `<c r="${columnLetters(column)}${n}" s="${style}"/>`;
    xml += `<row r="${n}">${cellsXml}</row>`;
    if (++rowsInChunk === ROWS_PER_CHUNK) {
      yield xml;
      onRows?.(r + 1);
      xml = "";
      rowsInChunk = 0;
    }
  }
  if (xml !== "") yield xml;
  onRows?.(block.rows.length);
}

function cellXml(
  cell: PlanCell,
  ref: string,
  style: string,
  sheetKey: string,
  row: number,
  column: number,
  context: StreamContext
): string {
  if (cell === null) return style === "" ? "" : `<c r="${ref}"${style}/>`;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell))
      throw new WorkbookError(
        "invalidPlan",
        `Sheet "${sheetKey}" cell ${ref}: ${cell} is not a number Excel can hold.`
      );
    return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  }
  // User text stays text: a string cell is never evaluated, whatever it starts with.
  if (typeof cell === "string")
    return context.sharedString
      ? `<c r="${ref}"${style} t="s"><v>${context.sharedString(cell)}</v></c>`
      : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(encodeFileText(cell))}</t></is></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (!isFormulaCell(cell)) return "";
  const formula = escapeXml(
    toFileFormula(
      cell.formula,
      context.sheetNames,
      `Sheet "${sheetKey}" cell ${cellA1({ row, column })}`
    ).replace(/^=/, "")
  );
  const result = context.computed?.get(sheetKey, row, column);
  if (result === null || result === undefined) return `<c r="${ref}"${style}><f>${formula}</f></c>`;
  if (typeof result === "number")
    return Number.isFinite(result)
      ? `<c r="${ref}"${style}><f>${formula}</f><v>${result}</v></c>`
      : `<c r="${ref}"${style} t="e"><f>${formula}</f><v>#NUM!</v></c>`;
  if (typeof result === "boolean")
    return `<c r="${ref}"${style} t="b"><f>${formula}</f><v>${result ? 1 : 0}</v></c>`;
  if (typeof result === "object")
    return `<c r="${ref}"${style} t="e"><f>${formula}</f><v>${escapeXml(result.error)}</v></c>`;
  return `<c r="${ref}"${style} t="str"><f>${formula}</f><v>${escapeXml(encodeFileText(result))}</v></c>`;
}

export function escapeXml(text: string): string {
  return /[&<>"]/.test(text)
    ? text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
    : text;
}
