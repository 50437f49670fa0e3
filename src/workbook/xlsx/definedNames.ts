/**
 * Plan defined names → the workbook's <definedNames>, in workbook or sheet scope.
 *
 * ExcelJS's public API cannot write a sheet-scoped name: `workbook.definedNames.add()` has no scope and
 * keeps names cell by cell (a name over 100,000 rows becomes 100,000 entries, merged back on write).
 * Its writer does render `localSheetId` (it writes print titles that way), from the list it reads off
 * `workbook.definedNames.model`. So we hand it our names as entries of that list, scope included.
 * Checked in test/workbook/xlsx.test.ts (workbook.xml) and by LibreOffice resolving a local name only on
 * its own sheet. If an ExcelJS upgrade changes this, that test fails; fall back to workbook scope then.
 * ExcelJS writes no name comments, so DefinedName.comment is not in the file.
 */
import type * as ExcelJS from "exceljs";
import { absoluteRangeA1, parseRange, quoteSheetName } from "../../plan/a1";
import { localSheetKey, type DefinedName } from "../../plan/types";

interface DefinedNameEntry {
  name: string;
  ranges: string[];
  /** 0-based position of the sheet in the workbook: the name is local to it. */
  localSheetId?: number;
}

/**
 * @param sheetNames final sheet name by plan key
 * @param sheetPositions 0-based workbook position by plan key
 */
export function addDefinedNames(
  workbook: ExcelJS.Workbook,
  names: readonly DefinedName[],
  sheetNames: ReadonlyMap<string, string>,
  sheetPositions: ReadonlyMap<string, number>
): void {
  const entries: DefinedNameEntry[] = names.map((name) => ({
    name: name.name,
    ranges: [
      `${quoteSheetName(sheetNames.get(name.sheet) as string)}!${absoluteRangeA1(parseRange(name.range)!)}`,
    ],
    ...localScope(name, sheetPositions),
  }));
  if (entries.length > 0) appendToWrittenModel(workbook.definedNames, entries);
}

/** A sheet-scoped name is local to `localTo` when set (a fitted copy), else to the sheet its range is on. */
function localScope(
  name: DefinedName,
  sheetPositions: ReadonlyMap<string, number>
): { localSheetId?: number } {
  const key = localSheetKey(name);
  return key === undefined ? {} : { localSheetId: sheetPositions.get(key) };
}

/** Makes ExcelJS write `entries` after the names it keeps itself. */
function appendToWrittenModel(
  definedNames: ExcelJS.DefinedNames,
  entries: DefinedNameEntry[]
): void {
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), "model");
  if (!inherited?.get || !inherited.set)
    throw new Error("ExcelJS DefinedNames has no model accessor; see definedNames.ts.");
  const { get, set } = inherited;
  Object.defineProperty(definedNames, "model", {
    configurable: true,
    get() {
      return [...(get.call(this) as DefinedNameEntry[]), ...entries];
    },
    set(value: unknown) {
      set.call(this, value);
    },
  });
}
