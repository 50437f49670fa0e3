/**
 * An .xlsx sheet → grid rows, with ExcelJS. Values are what Excel shows: formulas give their cached
 * result, rich text its plain text, hyperlinks their text, errors their code ("#N/A"), dates stay Date
 * (tableFromGrid makes them serials). Only the covered cells of a merged area are blank, as in Excel.
 */
import type { CellValue as ExcelJsCellValue, Workbook, Worksheet } from "exceljs";
import type { GridRow, RawCell } from "../table/tableFromGrid";

export interface XlsxGrid {
  grid: GridRow[];
  sheet: string;
  sheets: string[];
}

/** Why the wanted sheet could not be read; readTabularFile turns these into user messages. */
export type XlsxSheetProblem =
  { problem: "noWorksheets" } | { problem: "sheetNotFound"; sheets: string[] };

/** ExcelJS is loaded on first use: the playground's bundle does not pay for it until a workbook is opened. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  // ExcelJS's types ask for a Node Buffer, but it hands the bytes to JSZip, which takes a Uint8Array
  // in Node and in the browser (where there is no Buffer).
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/**
 * The named sheet (Excel's rule: names compare case-insensitively), or the first visible one.
 * A problem, not an exception, when there is no such sheet.
 */
export function readXlsxGrid(
  workbook: Workbook,
  wantedSheet?: string
): XlsxGrid | XlsxSheetProblem {
  const worksheets = workbook.worksheets;
  const sheets = worksheets.map((worksheet) => worksheet.name);
  if (worksheets.length === 0) return { problem: "noWorksheets" };
  const worksheet =
    wantedSheet === undefined
      ? (worksheets.find((candidate) => candidate.state === "visible") ?? worksheets[0])
      : worksheets.find((candidate) => sameSheetName(candidate.name, wantedSheet));
  if (!worksheet) return { problem: "sheetNotFound", sheets };
  return { grid: gridOf(worksheet), sheet: worksheet.name, sheets };
}

function gridOf(worksheet: Worksheet): GridRow[] {
  const grid: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged area's value belongs to its top-left cell; ExcelJS repeats it in the covered cells.
      const covered = cell.isMerged && cell.master !== cell;
      cells[columnNumber - 1] = covered ? null : rawCell(cell.value);
    });
    grid.push({ row: rowNumber - 1, line: rowNumber, cells });
  });
  return grid;
}

function rawCell(value: ExcelJsCellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return rawCell(value.text as ExcelJsCellValue);
  if ("formula" in value || "sharedFormula" in value) {
    // A cached result is what Excel last computed; a file never computed (no result) reads as blank.
    return rawCell((value.result ?? null) as ExcelJsCellValue);
  }
  return null;
}

function sameSheetName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
