/** A plan sheet's tab colour, frozen panes and print setup as ExcelJS worksheet options, and its column widths. */
import type * as ExcelJS from "exceljs";
import { cellA1 } from "../../plan/a1";
import type { ColumnWidth, PrintSetup, SheetPlan } from "../../plan/types";
import { argb } from "./colors";

/** OOXML paper size codes (ExcelJS's PaperSize typing lacks letter and A3). */
const PAPER_SIZES: Record<PrintSetup["paper"], number> = { letter: 1, A3: 8, A4: 9 };

export function worksheetOptions(sheet: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)
      ? { views: [frozenView(sheet.freeze)] }
      : {}),
    ...(sheet.print ? { pageSetup: pageSetup(sheet.print) } : {}),
  };
}

function frozenView(freeze: { rows: number; columns: number }): Partial<ExcelJS.WorksheetView> {
  return {
    state: "frozen",
    xSplit: freeze.columns,
    ySplit: freeze.rows,
    topLeftCell: cellA1({ row: freeze.rows, column: freeze.columns }),
  };
}

function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const wide = print.fitToPagesWide ?? 0;
  const tall = print.fitToPagesTall ?? 0;
  return {
    orientation: print.orientation,
    paperSize: PAPER_SIZES[print.paper] as ExcelJS.PaperSize,
    // Excel reads 0 as "as many pages as needed" in that direction.
    ...(wide > 0 || tall > 0
      ? { fitToPage: true, fitToWidth: wide, fitToHeight: tall }
      : { fitToPage: false }),
    // ExcelJS adds the "$" itself when it writes the _xlnm.Print_Titles name.
    ...(print.repeatRows ? { printTitlesRow: print.repeatRows.replace(/\$/g, "") } : {}),
  };
}

export function applyColumnWidths(
  worksheet: ExcelJS.Worksheet,
  widths: readonly ColumnWidth[]
): void {
  for (const { column, width } of widths) worksheet.getColumn(column.toUpperCase()).width = width;
}
