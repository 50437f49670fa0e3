/**
 * The HyperFormula instance behind a memory workbook, configured to compute what Excel shows.
 * HyperFormula is GPL-3.0-only (licence key "gpl-v3"): a bundle that includes it is GPL (DESIGN.md, Licences).
 */
import {
  HyperFormula,
  type ConfigParams,
  type RawCellContent,
  type SerializedNamedExpression,
} from "hyperformula";
import { MAX_COLUMNS, MAX_ROWS } from "../../plan/a1";
import { registerOpsFunctions } from "./opsFunctionsPlugin";

export const EXCEL_COMPATIBLE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  // Full precision: tests compare with arithmetic, and the xlsx writer caches these numbers.
  smartRounding: false,
  // Excel's grid, not HyperFormula's smaller default (40,000 rows × 18,278 columns).
  maxRows: MAX_ROWS,
  maxColumns: MAX_COLUMNS,
  // Excel's serial dates: 1900 counted as a leap year, so serial 1 = 1900-01-01 needs day 0 = 1899-12-31
  // (with 1899-12-30, DATE(2024,1,1) would be 45293 instead of Excel's 45292).
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // =A1 of a blank cell is 0, and ranges broadcast in arithmetic, as in Excel 365.
  evaluateNullToZero: true,
  useArrayArithmetic: true,
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  arrayColumnSeparator: ",",
  arrayRowSeparator: ";",
  caseSensitive: false,
  accentSensitive: true,
  // Text criteria match whole cells; wildcards work in SUMIFS/COUNTIF criteria as in Excel.
  matchWholeCell: true,
  useWildcards: true,
  useRegularExpressions: false,
  // Undo history would double the memory of large plans; the workbook rolls back on its own.
  undoLimit: 0,
};

// Excel reads TRUE and FALSE as constants (=IFS(…,TRUE,"C")); the engine only knows TRUE() and FALSE().
const CONSTANTS: SerializedNamedExpression[] = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

export function createExcelCompatibleEngine(): HyperFormula {
  registerOpsFunctions();
  const engine = HyperFormula.buildEmpty(EXCEL_COMPATIBLE_CONFIG);
  for (const { name, expression } of CONSTANTS) engine.addNamedExpression(name, expression);
  return engine;
}

/**
 * The same engine built from whole sheets in one call: HyperFormula parses and evaluates everything
 * once, instead of recording a change per cell as setSheetContent on a live engine does. `sheets` in
 * the order their ids should take (0, 1, …); a name's `scope` is such an id.
 */
export function buildExcelCompatibleEngine(
  sheets: readonly { name: string; grid: RawCellContent[][] }[],
  names: readonly SerializedNamedExpression[]
): HyperFormula {
  registerOpsFunctions();
  const byName: Record<string, RawCellContent[][]> = {};
  for (const { name, grid } of sheets) byName[name] = grid;
  const engine = HyperFormula.buildFromSheets(byName, EXCEL_COMPATIBLE_CONFIG, [
    ...CONSTANTS,
    ...names,
  ]);
  // An object lists integer-like keys ("2025") first: the ids must still follow the given order.
  sheets.forEach(({ name }, id) => {
    if (engine.getSheetId(name) !== id) {
      engine.destroy();
      throw new SheetOrderError();
    }
  });
  return engine;
}

/** buildFromSheets would number the sheets in another order: the caller builds sheet by sheet. */
export class SheetOrderError extends Error {
  constructor() {
    super("The sheets cannot be built in one call in this order.");
    this.name = "SheetOrderError";
  }
}
