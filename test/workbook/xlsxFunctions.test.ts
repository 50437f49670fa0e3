/**
 * The `_xlfn.` prefix: where addXlfnPrefixes adds it, and proof from LibreOffice that every listed function
 * computes with it (and shows #NAME? without it). Expected values are worked out by hand on the data below.
 */
import * as ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import type { PlanCell, WorkbookPlan } from "../../src/plan/types";
import type { ComputedValue, ComputedValues } from "../../src/workbook/port";
import { WorkbookError } from "../../src/workbook/port";
import { writePlanToXlsx } from "../../src/workbook/xlsx/writeXlsx";
import {
  FUNCTIONS_NOT_WRITABLE_TO_FILES,
  XLFN_FUNCTIONS,
  addXlfnPrefixes,
  functionsNotWritableIn,
} from "../../src/workbook/xlsx/xlfnFunctions";
import {
  describeWithLibreOffice,
  formulaResults,
  libreOfficeVersion,
  newTempDir,
  recalculateXlsx,
  recalculateXlsxFiles,
  sameResult,
  writeTempXlsx,
  type CachedResult,
} from "../support/libreoffice";

describe("addXlfnPrefixes", () => {
  test.each([
    ["=STDEV.S(B4:B15)", "=_xlfn.STDEV.S(B4:B15)"],
    ["=NORM.S.INV(0.95)*STDEV.S(A1:A9)", "=_xlfn.NORM.S.INV(0.95)*_xlfn.STDEV.S(A1:A9)"],
    ['=IFS(B16>=F3,"A",TRUE,"C")', '=_xlfn.IFS(B16>=F3,"A",TRUE,"C")'],
    ["=IFNA(XLOOKUP(1,A1:A3,B1:B3),0)", "=_xlfn.IFNA(_xlfn.XLOOKUP(1,A1:A3,B1:B3),0)"],
    ["=stdev.s(A1:A3)", "=_xlfn.STDEV.S(A1:A3)"],
    ["CONCAT(A1,B1)", "_xlfn.CONCAT(A1,B1)"],
    ['=SUM(1,MAXIFS(A:A,B:B,">0"))', '=SUM(1,_xlfn.MAXIFS(A:A,B:B,">0"))'],
  ])("prefixes %s", (formula, expected) => {
    expect(addXlfnPrefixes(formula)).toBe(expected);
  });

  test.each([
    ['=IF(A1="IFS(",1,2)', "inside a string literal"],
    ['="say ""STDEV.S(1)"" here"', "inside a string with doubled quotes"],
    ["='IFS(2024)'!A1+1", "inside a quoted sheet name"],
    ["='It''s IFS(x)'!A1", "inside a sheet name with a doubled apostrophe"],
    ["=SUM(Sales[IFS(old)])", "inside a structured reference"],
    ["=SUM(Sales[[#This Row],[CONCAT(x)]])", "inside a nested structured reference"],
    ["=MY.IFS(1)", "after a dot"],
    ["=XIFS(1)+AIFNA(2)", "after a letter"],
    ["=_xlfn.IFS(TRUE,1)", "already prefixed"],
    ["=IFS+1", "a name not followed by ("],
    ['=STDEV(A1:A3)+NORMSINV(0.9)+CONCATENATE("a","b")+RANK(1,A1:A3)', "old functions"],
  ])("leaves %s alone (%s)", (formula) => {
    expect(addXlfnPrefixes(formula)).toBe(formula);
  });

  test("prefixes code between literals and is idempotent", () => {
    const formula = `='IFS sheet'!A1&IFS(A1>0,"IFS(",TRUE,"x")&T[IFS(]&TEXTJOIN(",",TRUE,A1:A3)`;
    const once = addXlfnPrefixes(formula);
    expect(once).toBe(
      `='IFS sheet'!A1&_xlfn.IFS(A1>0,"IFS(",TRUE,"x")&T[IFS(]&_xlfn.TEXTJOIN(",",TRUE,A1:A3)`
    );
    expect(addXlfnPrefixes(once)).toBe(once);
  });

  test("every listed function is prefixed, whatever its case", () => {
    for (const name of XLFN_FUNCTIONS) {
      expect(addXlfnPrefixes(`=${name.toLowerCase()}(1)`)).toBe(`=_xlfn.${name}(1)`);
    }
  });
});

describe("functions a file cannot carry", () => {
  test("dynamic-array and LET/LAMBDA functions are found outside literals only", () => {
    expect(functionsNotWritableIn("=SUM(FILTER(A1:A9,B1:B9>0))+ROWS(UNIQUE(A1:A9))")).toEqual([
      "FILTER",
      "UNIQUE",
    ]);
    expect(functionsNotWritableIn('=LET(x,1,x+1)&"SORT("')).toEqual(["LET"]);
    expect(functionsNotWritableIn('="FILTER(" & SORTED(1) & T[SORT(]')).toEqual([]);
  });

  test("none of them is in the prefix list", () => {
    expect(XLFN_FUNCTIONS.filter((name) => FUNCTIONS_NOT_WRITABLE_TO_FILES.includes(name))).toEqual(
      []
    );
  });

  test("the writer refuses a plan that uses one", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "s",
          name: "S",
          blocks: [{ anchor: "A1", rows: [[1, { formula: "=SUM(SORT(A1:A1))" }]] }],
        },
      ],
    };
    const attempt = writePlanToXlsx(plan, undefined);
    await expect(attempt).rejects.toBeInstanceOf(WorkbookError);
    await expect(attempt).rejects.toMatchObject({
      code: "invalidPlan",
      message: expect.stringMatching(/cell B1: SORT cannot be written/),
    });
  });
});

/** Data in A1:B8 of every test file: numbers 2,4,4,4,5,5,7,9 (mean 5, squared deviations 32) and labels. */
const NUMBERS = [2, 4, 4, 4, 5, 5, 7, 9];
const LABELS = ["x", "y", "x", "y", "x", "y", "x", "y"];

interface FunctionCase {
  name: string;
  formula: string;
  expected: ComputedValue;
  /** LibreOffice version that first implements the function, when newer than Debian 12's 7.4. */
  libreOfficeSince?: [number, number];
}

const FUNCTION_CASES: FunctionCase[] = [
  { name: "STDEV.S", formula: "=STDEV.S(A1:A8)", expected: Math.sqrt(32 / 7) },
  { name: "STDEV.P", formula: "=STDEV.P(A1:A8)", expected: 2 },
  { name: "VAR.S", formula: "=VAR.S(A1:A8)", expected: 32 / 7 },
  { name: "VAR.P", formula: "=VAR.P(A1:A8)", expected: 4 },
  // Standard normal quantiles and CDF values from statistical tables.
  { name: "NORM.S.INV", formula: "=NORM.S.INV(0.975)", expected: 1.959963984540054 },
  { name: "NORM.INV", formula: "=NORM.INV(0.975,10,2)", expected: 10 + 2 * 1.959963984540054 },
  { name: "NORM.S.DIST", formula: "=NORM.S.DIST(1,TRUE)", expected: 0.8413447460685429 },
  { name: "NORM.DIST", formula: "=NORM.DIST(12,10,2,TRUE)", expected: 0.8413447460685429 },
  // Sorted 2,4,4,4,5,5,7,9. INC: rank p*(n-1) from 0 → 0.9*7 = 6.3 → 7 + 0.3*(9-7).
  { name: "PERCENTILE.INC", formula: "=PERCENTILE.INC(A1:A8,0.9)", expected: 7.6 },
  // EXC: rank p*(n+1) from 1 → 0.75*9 = 6.75 → 5 + 0.75*(7-5).
  { name: "PERCENTILE.EXC", formula: "=PERCENTILE.EXC(A1:A8,0.75)", expected: 6.5 },
  { name: "QUARTILE.INC", formula: "=QUARTILE.INC(A1:A8,3)", expected: 5.5 },
  { name: "QUARTILE.EXC", formula: "=QUARTILE.EXC(A1:A8,3)", expected: 6.5 },
  // Descending: 9, 7, 5, 5, 4, 4, 4, 2 → 4 is 5th to 7th.
  { name: "RANK.EQ", formula: "=RANK.EQ(4,A1:A8)", expected: 5 },
  { name: "RANK.AVG", formula: "=RANK.AVG(4,A1:A8)", expected: 6 },
  { name: "MODE.SNGL", formula: "=MODE.SNGL(A1:A8)", expected: 4 },
  { name: "FORECAST.LINEAR", formula: "=FORECAST.LINEAR(4,{2,4,6},{1,2,3})", expected: 8 },
  // Function 14 = LARGE, option 6 = ignore errors: the 2nd largest.
  { name: "AGGREGATE", formula: "=AGGREGATE(14,6,A1:A8,2)", expected: 7 },
  { name: "IFS", formula: '=IFS(A1>3,"big",TRUE,"small")', expected: "small" },
  { name: "SWITCH", formula: '=SWITCH(A2,2,"two",4,"four","other")', expected: "four" },
  { name: "IFNA", formula: '=IFNA(NA(),"none")', expected: "none" },
  { name: "XOR", formula: "=XOR(TRUE,FALSE)", expected: true },
  { name: "XLOOKUP", formula: "=XLOOKUP(5,A1:A8,B1:B8)", expected: "x", libreOfficeSince: [24, 8] },
  { name: "XMATCH", formula: "=XMATCH(7,A1:A8)", expected: 7, libreOfficeSince: [24, 8] },
  { name: "MAXIFS", formula: '=MAXIFS(A1:A8,B1:B8,"y")', expected: 9 },
  { name: "MINIFS", formula: '=MINIFS(A1:A8,B1:B8,"x")', expected: 2 },
  { name: "CONCAT", formula: '=CONCAT(B1,B2,"z")', expected: "xyz" },
  { name: "TEXTJOIN", formula: '=TEXTJOIN("-",TRUE,B1,"",B2)', expected: "x-y" },
  // 2024 is a leap year; 3 January 2021 is a Sunday in ISO week 53 of 2020.
  { name: "DAYS", formula: "=DAYS(DATE(2024,3,1),DATE(2024,2,1))", expected: 29 },
  { name: "ISOWEEKNUM", formula: "=ISOWEEKNUM(DATE(2021,1,3))", expected: 53 },
  { name: "CEILING.MATH", formula: "=CEILING.MATH(-4.3)", expected: -4 },
  { name: "FLOOR.MATH", formula: "=FLOOR.MATH(-4.3)", expected: -5 },
];

function functionPlan(testCase: FunctionCase): WorkbookPlan {
  const rows: PlanCell[][] = NUMBERS.map((n, i) => [
    n,
    LABELS[i],
    null,
    i === 0 ? { formula: testCase.formula } : null,
  ]);
  return { sheets: [{ key: "f", name: "F", blocks: [{ anchor: "A1", rows }] }] };
}

/** The cached value is the hand-worked expected one, so LibreOffice's own result is compared with it. */
function expectedAtD1(expected: ComputedValue): ComputedValues {
  return {
    get: (_sheet, row, column) => {
      if (row === 0 && column === 3) return expected;
      throw new Error(`no expected value for row ${row}, column ${column}`);
    },
  };
}

test("every function in the prefix list has a case here", () => {
  expect(FUNCTION_CASES.map((c) => c.name).sort()).toEqual([...XLFN_FUNCTIONS].sort());
});

describeWithLibreOffice("LibreOffice evaluates the prefixed functions", () => {
  const TIMEOUT_MS = 180_000;

  test(
    "each function computes its hand-worked value in a tiny file written by writePlanToXlsx",
    async () => {
      const [major, minor] = await libreOfficeVersion();
      const implemented = FUNCTION_CASES.filter(
        (c) =>
          !c.libreOfficeSince ||
          major > c.libreOfficeSince[0] ||
          (major === c.libreOfficeSince[0] && minor >= c.libreOfficeSince[1])
      );
      const dir = newTempDir("ops-xlfn-");
      const paths: string[] = [];
      for (const testCase of implemented) {
        const { buffer } = await writePlanToXlsx(
          functionPlan(testCase),
          expectedAtD1(testCase.expected)
        );
        const path = join(dir, `${testCase.name.replace(/\./g, "_")}.xlsx`);
        writeFileSync(path, buffer);
        paths.push(path);
        expect((await formulaResults(buffer)).size).toBe(1);
      }
      const outputs = await recalculateXlsxFiles(paths);
      const wrong: string[] = [];
      for (let i = 0; i < implemented.length; i++) {
        const { name, formula, expected } = implemented[i];
        const actual = (await formulaResults(outputs[i])).get("F!D1");
        if (!sameResult(actual, expected as CachedResult))
          wrong.push(
            `${name}: ${formula} gave ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
          );
      }
      expect(wrong).toEqual([]);
    },
    TIMEOUT_MS
  );

  test(
    "without the prefix the same formulas are #NAME? (the prefix matters)",
    async () => {
      const unprefixed = [
        "STDEV.S(A1:A8)",
        "NORM.S.INV(0.975)",
        'IFS(A1>3,"big",TRUE,"small")',
        'CONCAT(B1,B2,"z")',
      ];
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("F");
      NUMBERS.forEach((n, i) => {
        sheet.getCell(i + 1, 1).value = n;
        sheet.getCell(i + 1, 2).value = LABELS[i];
      });
      // Written raw, bypassing our writer, exactly as a file without the prefix would hold them.
      unprefixed.forEach((formula, i) => (sheet.getCell(i + 1, 4).value = { formula, result: 0 }));
      const output = await recalculateXlsx(
        writeTempXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), "unprefixed")
      );
      const results = await formulaResults(output);
      expect(unprefixed.map((_, i) => results.get(`F!D${i + 1}`))).toEqual(
        unprefixed.map(() => ({ error: "#NAME?" }))
      );
    },
    TIMEOUT_MS
  );
});
