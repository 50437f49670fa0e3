/**
 * The HyperFormula instance behind a memory workbook, configured to compute what Excel shows.
 * HyperFormula is GPL-3.0-only (licence key "gpl-v3"): a bundle that includes it is GPL (DESIGN.md, Licences).
 */
import { HyperFormula, type ConfigParams } from "hyperformula";
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

export function createExcelCompatibleEngine(): HyperFormula {
  registerOpsFunctions();
  const engine = HyperFormula.buildEmpty(EXCEL_COMPATIBLE_CONFIG);
  // Excel reads TRUE and FALSE as constants (=IFS(…,TRUE,"C")); the engine only knows TRUE() and FALSE().
  engine.addNamedExpression("TRUE", "=TRUE()");
  engine.addNamedExpression("FALSE", "=FALSE()");
  return engine;
}
