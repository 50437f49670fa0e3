/**
 * A user's data file (bytes + name) → a table, for the CLI (Node) and the playground (browser): no fs,
 * no Buffer. What it decides, so callers do not have to:
 * - format by content first: a zip is an .xlsx whatever its name (exports get renamed), an OLE file is an
 *   old .xls or a password-protected workbook (refused with advice); otherwise the extension: .csv, .tsv,
 *   .txt are text;
 * - text encoding and cell typing: see decodeText and typeCellText;
 * - the table: tableFromGrid (the header row is found below title lines; a bottom total row is left out;
 *   header problems reported in `headerIssues`, not repaired);
 * - delimited text is strict: a row with a wrong number of fields refuses the file, naming its lines,
 *   unless `skipInvalid` leaves those rows out (listed in `notes.skippedLines`).
 * Every user-fixable problem is a TabularFileError; anything else is a bug.
 */
import { quoteSheetName, rangeA1 } from "../plan/a1";
import type { ReadNotes, TableData } from "../workbook/port";
import { startsWithBytes } from "./bytes";
import {
  decodeText,
  UndecodableTextError,
  type EncodingOption,
  type TextEncodingName,
} from "./decodeText";
import { parseDelimitedText, type Delimiter } from "./parseDelimitedText";
import { loadWorkbook, readXlsxGrid } from "./readXlsxGrid";
import { TabularFileError } from "./tabularFileError";
import {
  tableFromGrid,
  type GridRow,
  type GridTable,
  type HeaderIssues,
} from "./tableFromGrid";

export interface ReadTabularFileOptions {
  /** .xlsx only: the sheet to read (case-insensitive); default the first visible sheet. */
  sheet?: string;
  /** Text files only: skip detection. Ignored for .xlsx, whose text is always Unicode. */
  encoding?: EncodingOption;
  /** Leave rows the file cannot give whole (a wrong field count) out instead of refusing the file. */
  skipInvalid?: boolean;
}

/** A line longer than this is refused: no export has one, and parsing it would hold all of it. */
export const MAX_LINE_CHARS = 1_048_576;
/** Lines named in a message; the rest are counted. */
const LISTED_LINES = 20;

export interface TabularFile extends TableData {
  /** Text files: the encoding the bytes were decoded with. */
  encoding?: TextEncodingName;
  /** Text files: the file started with a byte-order mark. */
  bom?: boolean;
  /** Text files: the field delimiter used. */
  delimiter?: string;
  /** .xlsx: the sheet read, and all worksheets in workbook order (for a sheet picker). */
  sheet?: string;
  sheets?: string[];
  /** .xlsx: where the table is on the sheet, header row included ("A1:F200"). */
  range?: string;
  headerIssues: HeaderIssues;
  /** 1-based line (file) or row (sheet) of each data row, for messages. */
  rowNumbers: number[];
  /** Title lines, a total row and skipped rows the reader left out. */
  notes: ReadNotes;
}

const TEXT_EXTENSIONS = ["csv", "tsv", "txt"];
const WORKBOOK_EXTENSIONS = ["xlsx", "xlsm"];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: .xls before 2007, and any password-encrypted Office file. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readTabularFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTabularFileOptions = {}
): Promise<TabularFile> {
  if (bytes.length === 0) throw new TabularFileError("emptyFile", { file: fileName });
  if (startsWithBytes(bytes, ZIP_MAGIC)) return readWorkbookFile(bytes, fileName, options.sheet);
  if (startsWithBytes(bytes, OLE_MAGIC))
    throw new TabularFileError("legacyWorkbook", { file: fileName });
  const extension = extensionOf(fileName);
  if (WORKBOOK_EXTENSIONS.includes(extension))
    throw new TabularFileError("notAWorkbook", { file: fileName });
  if (!TEXT_EXTENSIONS.includes(extension))
    throw new TabularFileError("unsupportedType", { file: fileName });
  if (options.sheet !== undefined)
    throw new TabularFileError("sheetOnTextFile", { file: fileName });
  return readTextFile(bytes, fileName, extension === "tsv" ? "\t" : undefined, options);
}

function readTextFile(
  bytes: Uint8Array,
  fileName: string,
  delimiter: Delimiter | undefined,
  options: ReadTabularFileOptions
): TabularFile {
  const decoded = decode(bytes, fileName, options.encoding);
  const parsed = parseDelimitedText(decoded.text, { delimiter, maxLineChars: MAX_LINE_CHARS });
  if (parsed.longLine)
    throw new TabularFileError("lineTooLong", {
      file: fileName,
      line: parsed.longLine.line,
      limit: MAX_LINE_CHARS.toLocaleString("en-US"),
    });
  if (parsed.unclosedQuoteLine !== undefined) {
    throw new TabularFileError("unclosedQuote", { file: fileName, line: parsed.unclosedQuoteLine });
  }
  const table = requireTable(parsed.grid, fileName, undefined, options.skipInvalid);
  const bad = table.badFieldCounts;
  if (bad.length > 0 && !options.skipInvalid)
    throw new TabularFileError("wrongFieldCount", {
      file: fileName,
      count: bad.length,
      expected: bad[0].expected,
      lines: bad
        .slice(0, LISTED_LINES)
        .map(({ line, fields }) => `${line} (${fields})`)
        .join(", "),
    });
  return {
    source: fileName,
    header: table.header,
    rows: table.rows,
    rowNumbers: table.rowNumbers,
    notes: table.notes,
    headerIssues: table.headerIssues,
    encoding: decoded.encoding,
    bom: decoded.bom,
    delimiter: parsed.delimiter,
  };
}

async function readWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  wantedSheet?: string
): Promise<TabularFile> {
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    // A zip that is not a workbook, or a truncated download: the user's file, not our bug.
    throw new TabularFileError("corruptWorkbook", { file: fileName, reason: messageOf(error) });
  }
  const read = readXlsxGrid(workbook, wantedSheet);
  if ("problem" in read) {
    if (read.problem === "noWorksheets")
      throw new TabularFileError("noWorksheets", { file: fileName });
    throw new TabularFileError("sheetNotFound", {
      file: fileName,
      sheet: wantedSheet ?? "",
      sheets: read.sheets.map((name) => `"${name}"`).join(", "),
    });
  }
  const table = requireTable(read.grid, fileName, read.sheet);
  return {
    source: `${fileName}: ${quoteSheetName(read.sheet)}!${rangeA1(table.range)}`,
    header: table.header,
    rows: table.rows,
    rowNumbers: table.rowNumbers,
    notes: table.notes,
    headerIssues: table.headerIssues,
    sheet: read.sheet,
    sheets: read.sheets,
    range: rangeA1(table.range),
  };
}

function decode(bytes: Uint8Array, fileName: string, encoding: EncodingOption | undefined) {
  try {
    return decodeText(bytes, encoding);
  } catch (error) {
    if (!(error instanceof UndecodableTextError)) throw error;
    if (error.binary) throw new TabularFileError("notText", { file: fileName });
    const [only, ...others] = error.triedEncodings;
    // One encoding tried: it was forced, or a BOM named it; several: detection found none.
    if (others.length === 0)
      throw new TabularFileError("notInEncoding", { file: fileName, encoding: only.toUpperCase() });
    throw new TabularFileError("unknownEncoding", { file: fileName });
  }
}

/** The table, or the error saying why there is none: nothing at all, or a header without rows. */
function requireTable(
  grid: GridRow[],
  file: string,
  sheet?: string,
  skipBadFieldCounts?: boolean
): GridTable {
  const table = tableFromGrid(grid, { skipBadFieldCounts });
  if (!table) {
    throw sheet === undefined
      ? new TabularFileError("emptyFile", { file })
      : new TabularFileError("emptySheet", { file, sheet });
  }
  if (table.rows.length === 0) {
    throw sheet === undefined
      ? new TabularFileError("headerOnly", { file })
      : new TabularFileError("headerOnlyInSheet", { file, sheet });
  }
  return table;
}

function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match ? match[1].toLowerCase() : "";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
