/**
 * Bounds what an .xlsx (a zip) unzips to before ExcelJS unzips it whole into memory: first the sizes
 * the zip's central directory declares (no byte inflated yet), then the real sizes, inflating each part
 * with fflate's streaming Inflate into nothing and counting, because a zip can lie about its sizes.
 *
 * The central directory is read here rather than with fflate's unzip filter: the filter gives declared
 * sizes but not where each part's data starts, which the streaming count needs. Only what that takes is
 * read (PKWARE APPNOTE 6.3.10, sections 4.3.7, 4.3.12, 4.3.14–16, 4.5.3).
 */
import { Inflate } from "fflate";
import { megabytes, type ReadLimits } from "./readLimits";
import { TabularFileError } from "./tabularFileError";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; others are left to the workbook reader to refuse. */
  method: number;
  compressedSize: number;
  /** As declared by the central directory; the real size is only known by inflating. */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** Compressed bytes per push: deflate expands at most ~1032×, so one output chunk stays near 4 MiB. */
const PUSH_BYTES = 4096;

/** A zip whose structure cannot be followed: readTabularFile reports it as a damaged workbook. */
export class BrokenZipError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "BrokenZipError";
  }
}

/**
 * Refuses (TabularFileError "unzippedTooLarge") as soon as the declared or the actual unzipped size,
 * part by part and in total, passes maxInflatedBytes. Throws BrokenZipError for a zip it cannot follow.
 */
export function checkZipInflatedSize(
  bytes: Uint8Array,
  file: string,
  limits: Pick<ReadLimits, "maxInflatedBytes">
): void {
  const limit = limits.maxInflatedBytes;
  const refuse = (entry: string) =>
    new TabularFileError("unzippedTooLarge", { file, entry, limit: megabytes(limit) });
  const entries = readZipDirectory(bytes);
  let declared = 0;
  for (const entry of entries) {
    declared += entry.declaredSize;
    if (declared > limit) throw refuse(entry.name);
  }
  let actual = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (entry.method === METHOD_STORED) actual += data.length;
    else if (entry.method === METHOD_DEFLATE) {
      actual = inflateCounting(data, actual, limit, entry.name);
    }
    if (actual > limit) throw refuse(entry.name);
  }

  function inflateCounting(data: Uint8Array, start: number, max: number, name: string): number {
    let total = start;
    let over = false;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > max) over = true;
    });
    try {
      for (let offset = 0; offset < data.length && !over; offset += PUSH_BYTES) {
        const end = Math.min(offset + PUSH_BYTES, data.length);
        inflate.push(data.subarray(offset, end), end === data.length);
      }
    } catch (error) {
      // fflate reports bad deflate data with a numeric code (FlateErrorCode); anything else is a bug.
      if (typeof (error as { code?: unknown }).code !== "number") throw error;
      throw new BrokenZipError(`${name}: ${(error as Error).message}`);
    }
    if (over) throw refuse(name);
    return total;
  }
}

/** The central directory's entries, ZIP64 sizes included. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE)
      throw new BrokenZipError("ZIP64 locator missing");
    const zip64 = bigOffset(view, locator + 8);
    if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD_SIGNATURE)
      throw new BrokenZipError("ZIP64 end of central directory missing");
    count = bigOffset(view, zip64 + 32);
    directorySize = bigOffset(view, zip64 + 40);
    directoryOffset = bigOffset(view, zip64 + 48);
  }
  if (directoryOffset + directorySize > view.byteLength)
    throw new BrokenZipError("central directory outside the file");
  const entries: ZipEntry[] = [];
  let position = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (position + 46 > view.byteLength || view.getUint32(position, true) !== CENTRAL_SIGNATURE)
      throw new BrokenZipError(`central directory entry ${index + 1} damaged`);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(position + 46, position + 46 + nameLength)),
      method: view.getUint16(position + 10, true),
      compressedSize: view.getUint32(position + 20, true),
      declaredSize: view.getUint32(position + 24, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    };
    const extraStart = position + 46 + nameLength;
    applyZip64Extra(view, extraStart, extraStart + extraLength, entry);
    entries.push(entry);
    position = extraStart + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let position = view.byteLength - EOCD_SIZE; position >= lowest; position--) {
    if (view.getUint32(position, true) === EOCD_SIGNATURE) return position;
  }
  throw new BrokenZipError("end of central directory not found (a truncated download?)");
}

/** ZIP64 extra field: 8-byte values for exactly the fields the header set to 0xFFFFFFFF, in this order. */
function applyZip64Extra(view: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let position = start; position + 4 <= end;) {
    const id = view.getUint16(position, true);
    const size = view.getUint16(position + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = position + 4;
      const next = (): number => {
        if (field + 8 > position + 4 + size) throw new BrokenZipError("ZIP64 extra field short");
        const value = bigOffset(view, field);
        field += 8;
        return value;
      };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    position += 4 + size;
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_SIGNATURE)
    throw new BrokenZipError(`${entry.name}: local header missing`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > view.byteLength)
    throw new BrokenZipError(`${entry.name}: data outside the file`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** A 64-bit little-endian size or offset, as a number (exact up to 2^53, far past any file we hold). */
function bigOffset(view: DataView, position: number): number {
  return Number(view.getBigUint64(position, true));
}
