/**
 * Request sizes: Excel on the web refuses a request (and a response) whose payload exceeds 5 MB, so a
 * plan's queued operations are packed into as few requests as fit a 4 MB budget (1 MB of headroom for
 * what the estimate cannot see).
 *
 * The estimate. Office.js sends each queued call as one JSON action: the object path it acts on plus
 * its arguments JSON-encoded. What grows with the plan is the arguments (the 2-D arrays of range.formulas
 * and range.numberFormat, strings), so an operation costs the UTF-8 length of the JSON of what we pass,
 * plus ACTION_OVERHEAD_BYTES for every action (the envelope, object ids, property name, the getRange that
 * makes the range). The overhead is a generous over-estimate (real envelopes are ~60–150 bytes), which
 * only matters for plans of many tiny operations.
 */
import { WorkbookError } from "../port";

/** Excel on the web's documented payload limit for a request or a response. */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What we allow one request to carry. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
export const ACTION_OVERHEAD_BYTES = 200;

/** UTF-8 length of a JS string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of JSON.stringify(value). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/**
 * UTF-8 bytes of JSON.stringify(text), counted without building the escaped copy (a plan's cells are
 * measured one by one, and a team's scorecards have tens of thousands): quotes, the two-character escapes
 * \" \\ \b \f \n \r \t, \u00XX for other control characters and for lone surrogates.
 */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) bytes += JSON_CONTROL_ESCAPES.has(code) ? 2 : 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** \b \t \n \f \r: the control characters JSON writes as two characters. */
const JSON_CONTROL_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/** Bytes one cell adds to a JSON row: the encoded value and its comma. */
export function cellBytes(cell: string | number | boolean | null): number {
  if (typeof cell === "string") return jsonStringBytes(cell) + 1;
  return String(cell).length + 1;
}

/** Bytes of one JSON row: brackets, cells and commas, including the comma that follows the row. */
export function rowBytes(row: readonly (string | number | boolean | null)[]): number {
  let bytes = 2;
  for (const cell of row) bytes += cellBytes(cell);
  return bytes;
}

/** Cost of an operation of `actions` Office.js calls carrying `payloadBytes` of arguments. */
export function operationBytes(actions: number, payloadBytes = 0): number {
  return actions * ACTION_OVERHEAD_BYTES + payloadBytes;
}

/**
 * A write that may be cut into row windows (a block's cells, a number format): the packer fills each
 * request with as many rows as fit, so a big block starts in the request that holds the sheet's small
 * operations and no request is sent half empty.
 */
export interface Splittable<T> {
  /** Bytes each row adds. */
  readonly rowSizes: ArrayLike<number>;
  /** Bytes every window pays besides its rows (its own actions). */
  readonly fixedBytes: number;
  /** Names the write in the error when one row alone is too big. */
  readonly where: string;
  window(start: number, count: number, bytes: number): T;
}

function isSplittable<T>(item: T | Splittable<T>): item is Splittable<T> {
  return typeof item === "object" && item !== null && "rowSizes" in item;
}

/**
 * Splits `items` in order into requests of at most `budget` bytes each, cutting splittable writes into
 * row windows where a request fills up. The order of operations is kept.
 */
export function packRequests<T extends { bytes: number }>(
  items: readonly (T | Splittable<T>)[],
  budget: number
): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  const close = () => {
    if (current.length > 0) requests.push(current);
    current = [];
    bytes = 0;
  };
  for (const item of items) {
    if (!isSplittable(item)) {
      if (bytes + item.bytes > budget) close();
      current.push(item);
      bytes += item.bytes;
      continue;
    }
    const { rowSizes, fixedBytes } = item;
    for (let start = 0; start < rowSizes.length;) {
      let count = 0;
      let size = fixedBytes;
      while (start + count < rowSizes.length && bytes + size + rowSizes[start + count] <= budget)
        size += rowSizes[start + count++];
      if (count === 0) {
        if (current.length === 0) {
          throw new WorkbookError(
            "tooLarge",
            `${item.where}: row ${start + 1} alone is ${rowSizes[start]} bytes, more than one Excel request can carry (${budget}).`
          );
        }
        close();
        continue;
      }
      current.push(item.window(start, count, size));
      bytes += size;
      start += count;
      if (start < rowSizes.length) close();
    }
  }
  close();
  return requests;
}
