import { isFormulaCell, type PlanCell, type SheetPlan } from "../../plan/types";
import type { TableData } from "../../workbook/port";

/** What a cell shows in a preview: formulas as written (a plan has no computed values yet). */
export function cellText(cell: PlanCell): string {
  if (cell === null) return "";
  if (isFormulaCell(cell)) return cell.formula;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
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
