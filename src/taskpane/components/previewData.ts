import { isFormulaCell, type PlanCell, type SheetPlan } from "../../plan/types";
import type { TableData } from "../../workbook/port";
import { ymdFromSerial } from "../../core/calendar";

/** 9999-12-31, the last date Excel has. */
const MAX_SERIAL = 2958465;

/** What a cell shows in a preview: formulas as written (a plan has no computed values yet). */
export function cellText(cell: PlanCell): string {
  if (cell === null) return "";
  if (isFormulaCell(cell)) return cell.formula;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** A date column's cell: a serial number as yyyy-mm-dd (as Excel shows it); text and others as they are. */
export function dateCellText(cell: PlanCell): string {
  if (
    typeof cell === "number" &&
    Number.isInteger(cell) &&
    cell >= 1 &&
    cell <= MAX_SERIAL &&
    cell !== 60
  ) {
    // Serial 60 is Excel's 1900-02-29, a day that never was: it shows as the number.
    const { year, month, day } = ymdFromSerial(cell);
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return cellText(cell);
}

/** A plan sheet's first cell block as header + rows, so PreviewTable can show what a build will write. */
export function sheetPlanPreview(sheet: SheetPlan): TableData {
  const [headerRow = [], ...rows] = sheet.blocks[0]?.rows ?? [];
  return {
    source: sheet.name,
    header: headerRow.map(cellText),
    rows: rows.map((row) => row.map((cell) => (isFormulaCell(cell) ? cell.formula : cell))),
  };
}
