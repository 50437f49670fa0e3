/**
 * Reading a large range in windows of rows. Excel on the web refuses a response over 5 MB, and Excel
 * refuses a get of more than 5,000,000 cells at once; a million-row used range breaks both. So the size
 * is loaded first, then the values in windows of whole rows:
 *   - a window holds at most READ_WINDOW_MAX_CELLS (1,000,000, a fifth of the cell limit) cells, and
 *   - at most READ_BUDGET_BYTES (4 MB) of JSON, assuming ASSUMED_BYTES_PER_CELL (16) until a window has
 *     been measured, then the largest measured bytes per cell × 1.5.
 * For 5 columns of short text, numbers and booleans (~9 bytes a cell) that is windows of about 65,000
 * rows (325,000 cells, 2.8 MB of JSON). Should a window still be refused for its size (very uneven
 * text), it is halved and read again.
 */
import { errorCode } from "./officeErrors";
import { jsonBytes, REQUEST_BUDGET_BYTES } from "./requestBudget";

export const MAX_READ_CELLS = 5_000_000;
export const READ_WINDOW_MAX_CELLS = MAX_READ_CELLS / 5;
export const READ_BUDGET_BYTES = REQUEST_BUDGET_BYTES;
export const ASSUMED_BYTES_PER_CELL = 16;
const SAFETY_FACTOR = 1.5;
const SAMPLED_ROWS = 200;
const SIZE_ERRORS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

export function windowRows(columns: number, bytesPerCell: number): number {
  const cells = Math.min(
    READ_WINDOW_MAX_CELLS,
    Math.floor(READ_BUDGET_BYTES / (bytesPerCell * SAFETY_FACTOR))
  );
  return Math.max(1, Math.floor(cells / columns));
}

export interface WindowedRead {
  address: string;
  values: unknown[][];
}

/** Reads `range` (not yet loaded) window by window; `onProgress` after each window (rows read, of all). */
export async function readInWindows(
  range: Excel.Range,
  context: Excel.RequestContext,
  onProgress?: (rowsRead: number, totalRows: number) => void
): Promise<WindowedRead> {
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const { address, rowIndex, columnIndex, rowCount, columnCount } = range;
  const sheet = range.worksheet;
  const values: unknown[][] = [];
  let measuredBytesPerCell = 0;
  let rows = windowRows(columnCount, ASSUMED_BYTES_PER_CELL);
  for (let start = 0; start < rowCount;) {
    const count = Math.min(rows, rowCount - start);
    const window = sheet
      .getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount)
      .load("values");
    try {
      // One sync per window is the point: each response must stay under Excel's limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!SIZE_ERRORS.has(errorCode(error)) || count === 1) throw error;
      rows = Math.ceil(count / 2);
      continue;
    }
    for (const row of window.values) values.push(row);
    measuredBytesPerCell = Math.max(
      measuredBytesPerCell,
      sampledBytesPerCell(window.values, columnCount)
    );
    rows = windowRows(columnCount, measuredBytesPerCell);
    start += count;
    onProgress?.(start, rowCount);
  }
  return { address, values };
}

/** Bytes per cell from a sample of rows spread over the window (measuring all would cost a full JSON copy). */
function sampledBytesPerCell(values: unknown[][], columns: number): number {
  const step = Math.max(1, Math.floor(values.length / SAMPLED_ROWS));
  let bytes = 0;
  let cells = 0;
  for (let i = 0; i < values.length; i += step) {
    bytes += jsonBytes(values[i]);
    cells += columns;
  }
  return cells === 0 ? ASSUMED_BYTES_PER_CELL : Math.max(2, bytes / cells);
}
