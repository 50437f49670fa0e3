/**
 * A user's file → a new sheet and table in the memory workbook. The table gets a name made from the file
 * name (valid and unused; Excel names here are ASCII), so formulas can say e.g. =SUM(Orders_2025[GMV]).
 */
import { cellA1 } from "../plan/a1";
import type { CellValue } from "../plan/types";
import { isValidExcelName } from "../plan/validatePlan";
import type { MemoryWorkbook } from "../workbook/memory/MemoryWorkbook";
import type { TableData } from "../workbook/port";
import type { LoadedTable } from "./memoryWorkbookToXlsx";

/**
 * A file's bytes, read as a stream so the page can show how far it got (a large export takes a moment
 * from a slow disk or a network drive); `onProgress` after each chunk with bytes read and the file size.
 */
export async function readFileBytes(
  file: Blob,
  onProgress: (done: number, total: number) => void
): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    // A File is a snapshot: the browser fails the read (NotReadableError) if the file on disk changes.
    bytes.set(chunk.value, done);
    done += chunk.value.length;
    onProgress(done, bytes.length);
  }
  return bytes;
}

export async function addTableSheet(
  memory: MemoryWorkbook,
  fileName: string,
  table: TableData
): Promise<LoadedTable> {
  const baseName = fileName.replace(/\.[^.]+$/, "").slice(0, 31) || "Data";
  const rows: CellValue[][] = [table.header, ...table.rows];
  const sheet = memory.addSheetFromRows(baseName, rows);
  const range = `A1:${cellA1({ row: rows.length - 1, column: table.header.length - 1 })}`;
  const taken = new Set(
    [...(await memory.listTables()), ...memory.definedNames()].map(({ name }) => name.toLowerCase())
  );
  const name = tableNameFor(baseName, taken);
  memory.addTable(sheet, name, range);
  return { sheet, name, range };
}

/** ASCII letters, digits and underscores from the file name (Excel-valid); "_2", "_3" … if taken. */
export function tableNameFor(baseName: string, taken: ReadonlySet<string>): string {
  let base = baseName.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (base === "") base = "Table";
  else if (!isValidExcelName(base)) base = `Table_${base}`; // starts with a digit, or looks like a cell (Q1)
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
