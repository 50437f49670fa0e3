/**
 * A user's data file (bytes + name) → a table, for the CLI (Node) and the playground (browser): no fs,
 * no Buffer. What it decides, so callers do not have to:
 * - format by content first: a zip is an .xlsx whatever its name (exports get renamed), an OLE file is an
 *   .xls (read with SheetJS, see readXlsGrid) unless it is password-protected (refused with advice);
 *   otherwise the extension: .csv, .tsv, .txt are text, and an .xls is HTML or XML markup (SheetJS) or
 *   text, as some back ends export it;
 * - limits (readLimits): the file's size first, an .xlsx's unzipped size before ExcelJS unzips it, the
 *   table's cell count;
 * - text encoding and cell typing: see decodeText and typeCellText;
 * - the table: tableFromGrid (the header row is found below title lines; a bottom total row is left out;
 *   header problems reported in `headerIssues`, not repaired);
 * - delimited text is strict: a row with a wrong number of fields refuses the file, naming its lines,
 *   unless `skipInvalid` leaves those rows out (listed in `notes.skippedLines`); a line longer than
 *   the limit is refused before parsing.
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
import {
  checkFileSize,
  checkGridSize,
  LINE_TOO_LONG,
  readLimitsFrom,
  type ReadLimits,
} from "./readLimits";
import { readMarkupGrid, readXlsGrid } from "./readXlsGrid";
import { loadWorkbook, readXlsxGrid, type XlsxGrid, type XlsxSheetProblem } from "./readXlsxGrid";
import { TabularFileError } from "./tabularFileError";
import {
  tableFromGrid,
  type GridRow,
  type GridTable,
  type HeaderIssues,
} from "../table/tableFromGrid";
import { BrokenZipError, checkZipInflatedSize } from "./zipInflateLimit";

export interface ReadTabularFileOptions {
  /** .xlsx and .xls only: the sheet to read (case-insensitive); default the first visible sheet. */
  sheet?: string;
  /** Text files only: skip detection. Ignored for workbooks, whose text is always Unicode. */
  encoding?: EncodingOption;
  /** The most the read may take (readLimits); missing ones are the defaults. */
  limits?: Partial<ReadLimits>;
  /** Leave rows the file cannot give whole (a wrong field count) out instead of refusing the file. */
  skipInvalid?: boolean;
}

/** Lines named in a message; the rest are counted. */
const LISTED_LINES = 20;

export interface TabularFile extends TableData {
  /** Text files: the encoding the bytes were decoded with. */
  encoding?: TextEncodingName;
  /** Text files: the file started with a byte-order mark. */
  bom?: boolean;
  /** Text files: the field delimiter used. */
  delimiter?: string;
  /** Workbooks: the sheet read, and all worksheets in workbook order (for a sheet picker). */
  sheet?: string;
  sheets?: string[];
  /** Workbooks: where the table is on the sheet, header row included ("A1:F200"). */
  range?: string;
  headerIssues: HeaderIssues;
  /** 1-based line (file) or row (sheet) of each data row, for messages. */
  rowNumbers: number[];
  /** Title lines, a total row and skipped rows the reader left out. */
  notes: ReadNotes;
}

export const TEXT_EXTENSIONS = ["csv", "tsv", "txt"];
const WORKBOOK_EXTENSIONS = ["xlsx", "xlsm"];
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: .xls before 2007, and any password-encrypted Office file. */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readTabularFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTabularFileOptions = {}
): Promise<TabularFile> {
  const limits = readLimitsFrom(options.limits);
  checkFileSize(bytes.length, fileName, limits);
  if (bytes.length === 0) throw new TabularFileError("emptyFile", { file: fileName });
  if (startsWithBytes(bytes, ZIP_MAGIC))
    return readWorkbookFile(bytes, fileName, options.sheet, limits);
  if (startsWithBytes(bytes, OLE_MAGIC)) return readXlsFile(bytes, fileName, options.sheet, limits);
  const extension = extensionOf(fileName);
  // Neither zip nor OLE: an ".xls" some back ends write as HTML or tab-separated text.
  if (extension === "xls") return readTextXlsFile(bytes, fileName, options, limits);
  if (WORKBOOK_EXTENSIONS.includes(extension))
    throw new TabularFileError("notAWorkbook", { file: fileName });
  if (!TEXT_EXTENSIONS.includes(extension))
    throw new TabularFileError("unsupportedType", { file: fileName });
  if (options.sheet !== undefined)
    throw new TabularFileError("sheetOnTextFile", { file: fileName });
  return readTextFile(bytes, fileName, extension === "tsv" ? "\t" : undefined, options, limits);
}

function readTextFile(
  bytes: Uint8Array,
  fileName: string,
  delimiter: Delimiter | undefined,
  options: ReadTabularFileOptions,
  limits: ReadLimits
): TabularFile {
  const decoded = decode(bytes, fileName, options.encoding);
  const parsed = parseDelimitedText(decoded.text, {
    delimiter,
    maxLineChars: limits.maxLineChars,
  });
  if (parsed.longLine)
    throw new TabularFileError(LINE_TOO_LONG, {
      file: fileName,
      line: parsed.longLine.line,
      limit: limits.maxLineChars.toLocaleString("en-US"),
    });
  if (parsed.unclosedQuoteLine !== undefined) {
    throw new TabularFileError("unclosedQuote", { file: fileName, line: parsed.unclosedQuoteLine });
  }
  checkGridSize(parsed.grid, fileName, limits);
  const table = requireTable(parsed.grid, fileName, undefined, options.skipInvalid);
  const bad = table.badFieldCounts;
  if (bad.length > 0 && !options.skipInvalid) throw wrongFieldCountError(fileName, bad);
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

/** Rows whose field count differs from the header's: the first LISTED_LINES named, all counted. */
export function wrongFieldCountError(
  fileName: string,
  bad: readonly { line: number; fields: number; expected: number }[]
): TabularFileError {
  return new TabularFileError("wrongFieldCount", {
    file: fileName,
    count: bad.length,
    expected: bad[0].expected,
    lines: bad
      .slice(0, LISTED_LINES)
      .map(({ line, fields }) => `${line} (${fields})`)
      .join(", "),
  });
}

async function readWorkbookFile(
  bytes: Uint8Array,
  fileName: string,
  wantedSheet: string | undefined,
  limits: ReadLimits
): Promise<TabularFile> {
  try {
    checkZipInflatedSize(bytes, fileName, limits);
  } catch (error) {
    if (!(error instanceof BrokenZipError)) throw error;
    throw new TabularFileError("corruptWorkbook", { file: fileName, reason: error.message });
  }
  let workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch (error) {
    // A zip that is not a workbook, or a truncated download: the user's file, not our bug.
    throw new TabularFileError("corruptWorkbook", { file: fileName, reason: messageOf(error) });
  }
  return workbookTable(readXlsxGrid(workbook, wantedSheet), fileName, wantedSheet, limits);
}

async function readXlsFile(
  bytes: Uint8Array,
  fileName: string,
  wantedSheet: string | undefined,
  limits: ReadLimits
): Promise<TabularFile> {
  const read = await readXlsGrid(bytes, wantedSheet, limits.maxCells);
  if ("problem" in read && read.problem === "encrypted")
    throw new TabularFileError("encryptedWorkbook", { file: fileName });
  if ("problem" in read && read.problem === "tooManyCells")
    throw new TabularFileError("tooManyCellsInWorkbook", {
      file: fileName,
      cells: read.cells,
      limit: limits.maxCells,
    });
  if ("problem" in read && read.problem === "corrupt")
    throw new TabularFileError("corruptXls", { file: fileName, reason: read.reason });
  return workbookTable(read as XlsxGrid | XlsxSheetProblem, fileName, wantedSheet, limits);
}

async function readTextXlsFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTabularFileOptions,
  limits: ReadLimits
): Promise<TabularFile> {
  const { text } = decode(bytes, fileName, options.encoding);
  if (/^\s*</.test(text)) {
    const read = await readMarkupGrid(text, options.sheet);
    if ("problem" in read && read.problem === "corrupt")
      throw new TabularFileError("corruptXls", { file: fileName, reason: read.reason });
    return workbookTable(read as XlsxGrid | XlsxSheetProblem, fileName, options.sheet, limits);
  }
  if (options.sheet !== undefined)
    throw new TabularFileError("sheetOnTextFile", { file: fileName });
  return readTextFile(bytes, fileName, undefined, options, limits);
}

function workbookTable(
  read: XlsxGrid | XlsxSheetProblem,
  fileName: string,
  wantedSheet: string | undefined,
  limits: ReadLimits
): TabularFile {
  if ("problem" in read) {
    if (read.problem === "noWorksheets")
      throw new TabularFileError("noWorksheets", { file: fileName });
    throw new TabularFileError("sheetNotFound", {
      file: fileName,
      sheet: wantedSheet ?? "",
      sheets: read.sheets.map((name) => `"${name}"`).join(", "),
    });
  }
  checkGridSize(read.grid, fileName, limits);
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

export function decode(bytes: Uint8Array, fileName: string, encoding: EncodingOption | undefined) {
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

export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match ? match[1].toLowerCase() : "";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
