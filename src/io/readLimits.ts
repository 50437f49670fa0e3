/**
 * Limits instead of hangs: the most a read may take from a user's file, so a hostile or broken file
 * (a 200 MB line, a zip bomb, a sheet claiming a million columns) is refused with one line naming the
 * limit, instead of exhausting memory. The defaults sit far above real exports; an honest big file can
 * raise them (CLI: --max-line-length, --max-cells, --max-unzipped-mb, --max-file-mb).
 */
import type { GridRow } from "../table/tableFromGrid";
import { TabularFileError } from "./tabularFileError";

export interface ReadLimits {
  /** Characters in one physical line of a text file (applied by the delimited-text parser). */
  maxLineChars: number;
  /** Cells of the table read (rows × columns of its used area), and never past Excel's sheet size. */
  maxCells: number;
  /** Bytes a zipped workbook (.xlsx) unzips to, all parts together: declared, then actual. */
  maxInflatedBytes: number;
  /** Bytes of the file itself, checked before anything is decoded. */
  maxFileBytes: number;
}

export const MIB = 1024 * 1024;
/** What one Excel worksheet holds: more is not a sheet anyone could open. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  /** 1,048,576 characters: a daily export's line is a few hundred. */
  maxLineChars: 1_048_576,
  /** 50 million cells: a year of item-level orders with 40 columns is ~20 million. */
  maxCells: 50_000_000,
  /** 512 MiB unzipped: ExcelJS holds the unzipped XML in memory several times over. */
  maxInflatedBytes: 512 * MIB,
  /** 1 GiB: the file is held in memory whole. */
  maxFileBytes: 1024 * MIB,
});

/** The CLI options that raise each limit, named in the refusals (the playground has no such option). */
export const LIMIT_OPTIONS: Record<keyof ReadLimits, string> = {
  maxLineChars: "--max-line-length",
  maxCells: "--max-cells",
  maxInflatedBytes: "--max-unzipped-mb",
  maxFileBytes: "--max-file-mb",
};

/** The message key the delimited-text parser throws (params {file, line, limit}) for a line past maxLineChars. */
export const LINE_TOO_LONG = "lineTooLong" as const;

/** The defaults with the given limits in their place (undefined keeps the default). */
export function readLimitsFrom(partial: Partial<ReadLimits> = {}): ReadLimits {
  const limits = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(limits) as (keyof ReadLimits)[]) {
    const value = partial[key];
    if (value === undefined) continue;
    // A programming error, not the user's: the CLI validates what people type before this.
    if (!(Number.isInteger(value) && value > 0))
      throw new RangeError(`${key} must be a positive integer, not ${value}`);
    limits[key] = value;
  }
  return limits;
}

/** Refuses a file over maxFileBytes (`size` may be known before the bytes are read). */
export function checkFileSize(size: number, file: string, limits: ReadLimits): void {
  if (size > limits.maxFileBytes) throw fileTooLargeError(file, limits);
}

/** The refusal of a file over maxFileBytes, also for readers that stop reading at the limit. */
export function fileTooLargeError(file: string, limits: ReadLimits): TabularFileError {
  return new TabularFileError("fileTooLarge", { file, limit: megabytes(limits.maxFileBytes) });
}

/**
 * Refuses a grid larger than a worksheet can be, or whose used area passes maxCells: the area is what
 * the table will hold, blanks included.
 */
export function checkGridSize(grid: readonly GridRow[], file: string, limits: ReadLimits): void {
  let lastRow = -1;
  let columns = 0;
  for (const { row, cells } of grid) {
    lastRow = Math.max(lastRow, row);
    columns = Math.max(columns, cells.length);
  }
  checkGridShape(lastRow + 1, grid.length, columns, file, limits);
}

/** The same check from counts, for readers that do not keep the grid (streamTextTable). */
export function checkGridShape(
  sheetRows: number,
  rows: number,
  columns: number,
  file: string,
  limits: ReadLimits
): void {
  if (sheetRows > EXCEL_MAX_ROWS || columns > EXCEL_MAX_COLUMNS)
    throw new TabularFileError("largerThanSheet", {
      file,
      rows: sheetRows,
      columns,
      maxRows: EXCEL_MAX_ROWS,
      maxColumns: EXCEL_MAX_COLUMNS,
    });
  const cells = rows * columns;
  if (cells > limits.maxCells)
    throw new TabularFileError("tooManyCells", { file, cells, limit: limits.maxCells });
}

/** MiB for messages, whole above 10, one decimal below (a 0.4 MiB limit must not read "0"). */
export function megabytes(bytes: number): number {
  const value = bytes / MIB;
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}
