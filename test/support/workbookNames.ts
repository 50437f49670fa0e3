/**
 * What a written workbook holds under a defined name, as ExcelJS reads the file: the cached values of
 * the name's cells (one cell, or a row/column range in order). Shared by the CLI tests that check a
 * file's totals by name.
 */
import * as ExcelJS from "exceljs";

/** Not cell.value.result: ExcelJS's cell.value leaves out a result of 0. */
const cachedValue = (cell: ExcelJS.Cell) =>
  cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;

export function nameValues(workbook: ExcelJS.Workbook, name: string): unknown[] {
  const [range] = workbook.definedNames.getRanges(name).ranges;
  if (!range) throw new Error(`no defined name ${name}`);
  const match = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(range)!;
  const sheet = workbook.getWorksheet(match[1].replace(/''/g, "'"))!;
  const [first, last] = [Number(match[3]), Number(match[5] ?? match[3])];
  const [from, to] = [match[2], match[4] ?? match[2]].map(
    (letters) => sheet.getColumn(letters).number
  );
  const values: unknown[] = [];
  for (let row = first; row <= last; row++)
    for (let column = from; column <= to; column++)
      values.push(cachedValue(sheet.getCell(row, column)));
  return values;
}

/** The value of a one-cell name. */
export function nameValue(workbook: ExcelJS.Workbook, name: string): unknown {
  return nameValues(workbook, name)[0];
}
