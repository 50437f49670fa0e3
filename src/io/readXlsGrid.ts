/**
 * An old .xls workbook (Excel 97–2003 BIFF8, and the older BIFF5/BIFF2–4 SheetJS also reads) → grid
 * rows of the same shape readXlsxGrid gives, so an export reads the same whichever format it was saved
 * in: formulas give their cached result, errors their code ("#N/A"), dates are Date objects holding the
 * cell's wall-clock value as a UTC instant (what ExcelJS gives, so dateToExcelSerial returns the cell's
 * serial), and only the covered cells of a merged area are blank.
 *
 * The reader is SheetJS (the npm build @e965/xlsx, Apache-2.0), loaded on first use so the playground's
 * bundle pays for it only when a user opens an .xls.
 */
import type { WorkBook, WorkSheet } from "@e965/xlsx";
import type { GridRow, RawCell } from "../table/tableFromGrid";
import type { XlsxGrid, XlsxSheetProblem } from "./readXlsxGrid";

type SheetJs = typeof import("@e965/xlsx");

/** What is used of SheetJS's compound-file container (its CFB export is typed `any`). */
interface CfbContainer {
  readonly FullPaths: string[];
}
interface CfbEntry {
  readonly content?: Uint8Array | number[];
}

/** Why an OLE file is not read; readTabularFile turns these into user messages. */
export type XlsFileProblem =
  | { problem: "encrypted" }
  | { problem: "corrupt"; reason: string }
  | { problem: "tooManyCells"; cells: number };

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Days from the 1900 system's serial 0 to the 1904 system's: a 1904 workbook's serials are shifted. */
const DAYS_1904 = 1462;

/** BIFF error codes (MS-XLS 2.5.97.2 BErr) → the text Excel shows. */
const ERROR_TEXTS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** BIFF record types looked for before parsing (MS-XLS 2.3). */
const RECORD_FILEPASS = 0x002f;
const RECORD_EOF = 0x000a;
const RECORD_MULRK = 0x00bd;
/** Records holding one cell's value: NUMBER, RK, LABELSST, LABEL, FORMULA, BOOLERR, RSTRING (and BIFF2–4 forms). */
const SINGLE_CELL_RECORDS = new Set([
  0x0203, 0x027e, 0x00fd, 0x0204, 0x0006, 0x0406, 0x0205, 0x00d6, 0x0003, 0x0004, 0x0005, 0x0002,
  0x007e,
]);

let sheetJs: Promise<SheetJs> | undefined;

function loadSheetJs(): Promise<SheetJs> {
  sheetJs ??= import("@e965/xlsx");
  return sheetJs;
}

/**
 * Reads the OLE compound file `bytes` as an .xls workbook. An encrypted file (an .xlsx saved with a
 * password is an OLE file holding an EncryptedPackage; an .xls with a password has a FILEPASS record)
 * is a problem, found before any cell is parsed.
 */
export async function readXlsGrid(
  bytes: Uint8Array,
  wantedSheet: string | undefined,
  maxCells = Infinity
): Promise<XlsxGrid | XlsxSheetProblem | XlsFileProblem> {
  const XLSX = await loadSheetJs();
  let container: CfbContainer;
  try {
    container = XLSX.CFB.read(bytes, { type: "array" }) as CfbContainer;
  } catch (error) {
    // A truncated or damaged compound file: SheetJS's CFB reader says what is wrong with it.
    return { problem: "corrupt", reason: messageOf(error) };
  }
  const find = (name: string) => XLSX.CFB.find(container, name) as CfbEntry | null;
  if (find("EncryptionInfo") || find("EncryptedPackage")) return { problem: "encrypted" };
  const stream = (find("Workbook") ?? find("Book"))?.content;
  if (stream && hasFilePass(stream)) return { problem: "encrypted" };
  // SheetJS holds every sheet's cells at once: counted from the record headers before it parses them.
  const cells = stream ? countCells(stream) : 0;
  if (cells > maxCells) return { problem: "tooManyCells", cells };
  let workbook: WorkBook;
  try {
    // Numbers stay numbers (no formatted text); the number format (cellNF) tells dates, which are made
    // here from the serial (see dateOf).
    workbook = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
    });
  } catch (error) {
    // SheetJS throws plain Errors for streams it cannot parse: a damaged file, not our bug.
    return { problem: "corrupt", reason: messageOf(error) };
  }
  return gridOfWorkbook(XLSX, workbook, wantedSheet);
}

/**
 * An ".xls" that is markup: an HTML table or an "XML Spreadsheet 2003", as some back ends export under
 * that name. SheetJS parses the markup; `raw` keeps every cell as its text, so the one typing rule set
 * (typeCellText) decides what is a number or a date, as for CSV.
 */
export async function readMarkupGrid(
  text: string,
  wantedSheet: string | undefined
): Promise<XlsxGrid | XlsxSheetProblem | XlsFileProblem> {
  const XLSX = await loadSheetJs();
  let workbook: WorkBook;
  try {
    workbook = XLSX.read(text, { type: "string", dense: true, raw: true, cellDates: false });
  } catch (error) {
    // SheetJS throws plain Errors for markup it cannot parse: a damaged file, not our bug.
    return { problem: "corrupt", reason: messageOf(error) };
  }
  return gridOfWorkbook(XLSX, workbook, wantedSheet);
}

function gridOfWorkbook(
  XLSX: SheetJs,
  workbook: WorkBook,
  wantedSheet: string | undefined
): XlsxGrid | XlsxSheetProblem {
  const sheets = workbook.SheetNames;
  if (sheets.length === 0) return { problem: "noWorksheets" };
  const hidden = (name: string, index: number) =>
    (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0 ||
    workbook.Sheets[name]?.["!type"] === "chart";
  const sheet =
    wantedSheet === undefined
      ? (sheets.find((name, index) => !hidden(name, index)) ?? sheets[0])
      : sheets.find((name) => sameSheetName(name, wantedSheet));
  if (sheet === undefined) return { problem: "sheetNotFound", sheets };
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  return { grid: gridOf(XLSX, workbook.Sheets[sheet], date1904), sheet, sheets };
}

function gridOf(XLSX: SheetJs, worksheet: WorkSheet, date1904: boolean): GridRow[] {
  const data = (worksheet["!data"] ?? []) as ({ t: string; v?: unknown; z?: string } | null)[][];
  const covered = coveredCells(worksheet);
  const grid: GridRow[] = [];
  data.forEach((row, rowIndex) => {
    if (!row) return;
    const cells: RawCell[] = [];
    let any = false;
    row.forEach((cell, column) => {
      if (!cell || covered.has(`${rowIndex},${column}`)) return;
      const value = rawCell(XLSX, cell, date1904);
      if (value === null) return;
      cells[column] = value;
      any = true;
    });
    if (any) grid.push({ row: rowIndex, line: rowIndex + 1, cells });
  });
  return grid;
}

function rawCell(
  XLSX: SheetJs,
  cell: { t: string; v?: unknown; z?: string },
  date1904: boolean
): RawCell {
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" && cell.v !== "" ? cell.v : null;
    case "b":
      return cell.v === true;
    case "e":
      return ERROR_TEXTS[cell.v as number] ?? "#N/A";
    case "n":
      if (typeof cell.v !== "number") return null;
      return cell.z !== undefined && XLSX.SSF.is_date(cell.z) ? dateOf(cell.v, date1904) : cell.v;
    case "d":
      return cell.v instanceof Date ? cell.v : null;
    default:
      // "z" (a formatted blank) and anything without a value.
      return null;
  }
}

/** The serial as a UTC instant of its wall-clock value: no time zone can move the day. */
function dateOf(serial: number, date1904: boolean): Date {
  return new Date(EPOCH_1900 + (serial + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
}

/** Cells covered by a merged area (all but its top-left one), as "row,column". */
function coveredCells(worksheet: WorkSheet): Set<string> {
  const covered = new Set<string>();
  for (const { s, e } of worksheet["!merges"] ?? []) {
    for (let row = s.r; row <= e.r; row++)
      for (let column = s.c; column <= e.c; column++)
        if (row !== s.r || column !== s.c) covered.add(`${row},${column}`);
  }
  return covered;
}

/** A FILEPASS record in the workbook globals (only record headers are walked, up to the globals' EOF). */
function hasFilePass(content: Uint8Array | number[]): boolean {
  for (let offset = 0; offset + 4 <= content.length;) {
    const type = content[offset] | (content[offset + 1] << 8);
    if (type === RECORD_FILEPASS) return true;
    if (type === RECORD_EOF) return false;
    offset += 4 + (content[offset + 2] | (content[offset + 3] << 8));
  }
  return false;
}

/** Value cells in all sheets of a BIFF stream: one per cell record, and those a MULRK holds (6 bytes each). */
function countCells(content: Uint8Array | number[]): number {
  let cells = 0;
  for (let offset = 0; offset + 4 <= content.length;) {
    const type = content[offset] | (content[offset + 1] << 8);
    const length = content[offset + 2] | (content[offset + 3] << 8);
    if (SINGLE_CELL_RECORDS.has(type)) cells += 1;
    else if (type === RECORD_MULRK && length >= 6) cells += Math.floor((length - 6) / 6);
    offset += 4 + length;
  }
  return cells;
}

function sameSheetName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
