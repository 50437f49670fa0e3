/**
 * Plan tables → Excel tables (ListObjects) over cells the plan has already written. ExcelJS's addTable
 * writes the header and rows it is given into the sheet, so it is given the cells' own values: the table
 * then sits on exactly what the plan wrote, formulas and cached results included. A plan table's range
 * includes its header row, and its totals row when showTotals is set.
 */
import type * as ExcelJS from "exceljs";
import { cellA1, parseRange, rangeSize } from "../../plan/a1";
import type { TablePlan } from "../../plan/types";
import { WorkbookError } from "../port";

export function addTable(worksheet: ExcelJS.Worksheet, table: TablePlan, where: string): void {
  const range = parseRange(table.range)!;
  const { rows, columns } = rangeSize(range);
  const totalsRows = table.showTotals ? 1 : 0;
  const dataRows = rows - 1 - totalsRows;
  if (dataRows < 1)
    throw new WorkbookError(
      "invalidPlan",
      `${where}: table ${table.name} needs a header row and at least one data row.`
    );

  const valueAt = (rowOffset: number, column: number) =>
    currentValue(
      worksheet.getCell(range.start.row + rowOffset + 1, range.start.column + column + 1)
    );
  const columnIndexes = Array.from({ length: columns }, (_, c) => c);
  const headerNames = uniqueColumnNames(columnIndexes.map((c) => valueAt(0, c)));
  const data = Array.from({ length: dataRows }, (_, r) =>
    columnIndexes.map((c) => valueAt(r + 1, c))
  );
  const totals = columnIndexes.map((c) => valueAt(rows - 1, c));

  worksheet.addTable({
    name: table.name,
    ref: cellA1(range.start),
    headerRow: true,
    totalsRow: Boolean(table.showTotals),
    style: {
      theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: headerNames.map((name, c) => ({
      name,
      filterButton: true,
      // The totals row keeps the plan's own cells; text there is the column's totals label.
      ...(table.showTotals
        ? {
            totalsRowLabel: typeof totals[c] === "string" ? (totals[c] as string) : "",
            totalsRowFunction: "none" as const,
          }
        : {}),
    })),
    rows: data,
  });
  if (table.showTotals) {
    // ExcelJS writes a label or nothing into the totals row; put the plan's cells back.
    totals.forEach(
      (value, c) => (worksheet.getCell(range.end.row + 1, range.start.column + c + 1).value = value)
    );
  }
}

/** A cell's value to write back. `cell.value` drops a formula's cached result when it is 0, false or "". */
function currentValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (!cell.formula) return cell.value;
  return cell.result === undefined
    ? { formula: cell.formula }
    : { formula: cell.formula, result: cell.result as ExcelJS.CellFormulaValue["result"] };
}

/** Excel's rules for table headers: text, never empty ("Column3"), unique ignoring case ("GMV2"). */
function uniqueColumnNames(headers: ExcelJS.CellValue[]): string[] {
  const used = new Set<string>();
  return headers.map((header, i) => {
    const text =
      typeof header === "string" || typeof header === "number" || typeof header === "boolean"
        ? String(header)
        : "";
    const base = text.trim() === "" ? `Column${i + 1}` : text;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
