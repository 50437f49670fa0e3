/**
 * Functions newer than Excel 2007 are stored in a file as `_xlfn.NAME(`: Excel's UI and `range.formulas`
 * show and take the bare name, but a file without the prefix opens as #NAME? in Excel and LibreOffice.
 * Plan formulas use the bare names (DESIGN.md rule 2); the xlsx writer adds the prefixes here.
 */
import { splitFormulaParts } from "../../plan/formulaParts";

/**
 * Functions that need `_xlfn.` in a file. Every entry is checked in test/workbook/xlsxFunctions.test.ts:
 * LibreOffice evaluates it with the prefix (XLOOKUP and XMATCH only from LibreOffice 24.8).
 */
export const XLFN_FUNCTIONS: readonly string[] = [
  // statistics (Excel 2010 renamed the old functions)
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "NORM.S.INV",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.DIST",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "RANK.EQ",
  "RANK.AVG",
  "MODE.SNGL",
  "FORECAST.LINEAR",
  "AGGREGATE",
  // logic and lookup
  "IFS",
  "SWITCH",
  "IFNA",
  "XOR",
  "XLOOKUP",
  "XMATCH",
  // conditional aggregation and text
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  // dates and rounding
  "DAYS",
  "ISOWEEKNUM",
  "CEILING.MATH",
  "FLOOR.MATH",
];

/**
 * Functions a file cannot carry correctly with a plain `_xlfn.` prefix, so the writer refuses them:
 * - dynamic-array functions spill, and a spilling formula must be stored as an array formula with cell
 *   metadata (`cm`, the XLDAPR record) that ExcelJS cannot write; without it Excel shows `=@FILTER(…)` and
 *   one value. FILTER and SORT/SORTBY also need a second prefix (`_xlfn._xlws.FILTER`);
 * - LET and LAMBDA also need `_xlpm.` on every parameter name.
 * Builders keep to functions every target (Excel 2016+, WPS, LibreOffice 7) computes.
 */
export const FUNCTIONS_NOT_WRITABLE_TO_FILES: readonly string[] = [
  "FILTER",
  "SORT",
  "SORTBY",
  "UNIQUE",
  "SEQUENCE",
  "RANDARRAY",
  "LET",
  "LAMBDA",
  "MAP",
  "REDUCE",
  "SCAN",
  "MAKEARRAY",
  "BYROW",
  "BYCOL",
  "TEXTSPLIT",
  "VSTACK",
  "HSTACK",
  "TOCOL",
  "TOROW",
  "WRAPROWS",
  "WRAPCOLS",
  "TAKE",
  "DROP",
  "CHOOSEROWS",
  "CHOOSECOLS",
  "EXPAND",
];

const PREFIX = "_xlfn.";

/**
 * A whole-word function name directly followed by "(": not preceded by a letter, digit, underscore, dot
 * or backslash (so `_xlfn.IFS(` and `MY.IFS(` are left alone). Longest names first.
 */
function functionCallPattern(names: readonly string[]): RegExp {
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/\./g, "\\."))
    .join("|");
  return new RegExp(`(?<![A-Za-z0-9_.\\\\])(${alternatives})(?=\\()`, "gi");
}

const XLFN_CALL = functionCallPattern(XLFN_FUNCTIONS);
const NOT_WRITABLE_CALL = functionCallPattern(FUNCTIONS_NOT_WRITABLE_TO_FILES);

/** `STDEV.S(B4:B15)` → `_xlfn.STDEV.S(B4:B15)`. Works with or without the leading "="; idempotent. */
export function addXlfnPrefixes(formula: string): string {
  return splitFormulaParts(formula)
    .map((part) =>
      part.code
        ? part.text.replace(XLFN_CALL, (name: string) => PREFIX + name.toUpperCase())
        : part.text
    )
    .join("");
}

/** The functions of FUNCTIONS_NOT_WRITABLE_TO_FILES a formula calls, upper-cased, each once. */
export function functionsNotWritableIn(formula: string): string[] {
  const found = new Set<string>();
  for (const part of splitFormulaParts(formula)) {
    if (part.code)
      for (const match of part.text.matchAll(NOT_WRITABLE_CALL)) found.add(match[1].toUpperCase());
  }
  return [...found];
}
