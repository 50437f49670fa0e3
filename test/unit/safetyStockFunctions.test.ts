/**
 * SAFETYSTOCK, REORDERPOINT and COVERSTOCK called exactly as Excel calls them: ranges as 2-D arrays
 * with "" for blank cells, omitted optional arguments as null or undefined, text as typed.
 */
import fc from "fast-check";
import { coverStock, reorderPoint, safetyStock } from "../../src/functions/functions";
import { explainArguments } from "../../src/functions/explainCall";
import { setFunctionMessageLocale } from "../../src/functions/runFunction";
import type { FunctionId } from "../../src/i18n/functionTexts";
import { shownError } from "../support/errorAssertions";
import { columnRange, columnsToRows, evaluateFormulas } from "../support/hyperformulaOracle";

/** NORM.S.INV reference values (standard normal quantiles). */
const Z95 = 1.6448536269514722;
const Z975 = 1.959963984540054;

/**
 * Microsoft's STDEV.S example: these ten values have STDEV.S = 27.46391572.
 * https://support.microsoft.com/office/stdev-s-function-7d69cf97-0c1f-4acf-be27-f3e83904cc23
 * Their sum is 13,286, so the mean is 1,328.6; the largest is 1,370.
 */
const MS_STDEV_VALUES = [1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299];
const MS_STDEV = 27.46391572;
const MS_MEAN = 1328.6;
const MS_MAX = 1370;

type ExcelArgs = unknown[];
type ExcelFunction = (...args: any[]) => unknown;

/** Excel passes a column range as one-element rows; blanks arrive as "". */
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

/** Calls the function as Excel would; an exception escaping it fails the test, as it would break Excel. */
function callExcel(fn: ExcelFunction, args: ExcelArgs): unknown {
  return fn(...args);
}

/**
 * The code Excel shows and the reason the user gets: the message on #VALUE! and #N/A, the panel's
 * explanation on #NUM! (Excel shows none there; shownError checks that the message is absent).
 */
function expectExcelError(
  id: FunctionId,
  fn: ExcelFunction,
  args: ExcelArgs,
  code: string,
  arg: string,
  fragment: string
): void {
  const shown = shownError(id, fn, args);
  expect(shown.code).toBe(code);
  // Reasons start with the parameter name; \b keeps "demand" from matching "demand_sd".
  expect(shown.reason).toMatch(new RegExp(`^${arg}\\b`));
  expect(shown.reason).toContain(fragment);
}

function expectNumber(result: unknown): number {
  expect(typeof result).toBe("number");
  return result as number;
}

afterEach(() => setFunctionMessageLocale(undefined));

describe.each([
  ["SAFETYSTOCK", safetyStock],
  ["REORDERPOINT", reorderPoint],
] as const)("%s with bad input returns the Excel error that names the argument", (name, fn) => {
  // [case, (demand, lead_time, service_level, lead_time_sd, demand_sd, method), code, arg, message fragment]
  it.each<[string, ExcelArgs, string, string, string]>([
    [
      "service level 0",
      [[[100]], [[4]], 0],
      "#NUM!",
      "service_level",
      "greater than 0 and less than 1",
    ],
    ["service level 1 (100%)", [[[100]], [[4]], "100%"], "#NUM!", "service_level", "less than 1"],
    ["service level typed as 95", [[[100]], [[4]], 95], "#NUM!", "service_level", "less than 1"],
    [
      "negative service level",
      [[[100]], [[4]], "-50%"],
      "#NUM!",
      "service_level",
      "greater than 0",
    ],
    ["service level as words", [[[100]], [[4]], "high"], "#VALUE!", "service_level", 'not "high"'],
    ["negative demand", [[[-5]], [[4]]], "#VALUE!", "demand", "must not be negative"],
    ["blank demand cell", [[[""]], [[4]]], "#VALUE!", "demand", "is required"],
    ["omitted demand", [undefined, [[4]]], "#VALUE!", "demand", "is required"],
    ["demand as words", [[["lots"]], [[4]]], "#VALUE!", "demand", 'not "lots"'],
    ["demand TRUE", [[[true]], [[4]]], "#VALUE!", "demand", 'not "true"'],
    ["text in demand history", [column(120, "n/a", 130), [[4]]], "#VALUE!", "demand", "position 2"],
    [
      "text in a 2-D demand block",
      [
        [
          [120, 130],
          [140, "x"],
        ],
        [[4]],
      ],
      "#VALUE!",
      "demand",
      "position 4",
    ],
    [
      "negative demand in history",
      [column(120, "", -3), [[4]]],
      "#VALUE!",
      "demand",
      "position 3 is negative",
    ],
    ["demand range of blanks", [column("", null), [[4]]], "#N/A", "demand", "contains no numbers"],
    [
      "one number in demand history",
      [column(120, ""), [[4]]],
      "#N/A",
      "demand",
      "at least 2 numbers",
    ],
    ["negative lead time", [[[100]], [[-1]]], "#VALUE!", "lead_time", "must not be negative"],
    ["blank lead time", [[[100]], [[""]]], "#VALUE!", "lead_time", "is required"],
    ["omitted lead time", [[[100]], undefined], "#VALUE!", "lead_time", "is required"],
    [
      "text in lead-time history",
      [[[100]], column(3, "late")],
      "#VALUE!",
      "lead_time",
      'position 2 is "late"',
    ],
    [
      "negative lead time in history",
      [[[100]], column(3, -2, 4)],
      "#VALUE!",
      "lead_time",
      "position 2 is negative",
    ],
    [
      "lead-time range of blanks",
      [[[100]], [["", ""]]],
      "#N/A",
      "lead_time",
      "contains no numbers",
    ],
    [
      "negative lead_time_sd",
      [[[100]], [[4]], 0.95, -1],
      "#VALUE!",
      "lead_time_sd",
      "must not be negative",
    ],
    [
      "lead_time_sd as words",
      [[[100]], [[4]], 0.95, "wide"],
      "#VALUE!",
      "lead_time_sd",
      'not "wide"',
    ],
    [
      "negative demand_sd",
      [[[100]], [[4]], 0.95, 0, -0.5],
      "#VALUE!",
      "demand_sd",
      "must not be negative",
    ],
    [
      "demand_sd as words",
      [column(1, 2, 3), [[4]], null, null, "big"],
      "#VALUE!",
      "demand_sd",
      'not "big"',
    ],
    [
      "unknown method",
      [[[100]], [[4]], 0.95, 0, 20, "average"],
      "#VALUE!",
      "method",
      "combined, additive, maxavg",
    ],
    [
      "method given as a number",
      [[[100]], [[4]], null, null, 20, 1],
      "#VALUE!",
      "method",
      '"1" is not known',
    ],
  ])("%s", (_case, args, code, arg, fragment) => {
    expectExcelError(name, fn, args, code, arg, fragment);
  });

  it("names the argument in zh-CN too (the id maps to its Chinese name)", () => {
    setFunctionMessageLocale("zh-CN");
    // #NUM! reaches Excel bare; the panel explains it in Chinese.
    const result = callExcel(fn, [[[100]], [[4]], 2]);
    expect(result).toMatchObject({ code: "#NUM!", message: "" });
    expect(explainArguments(name, [[[100]], [[4]], 2], "zh-CN")).toMatchObject({
      reason: expect.stringMatching(/^服务水平/),
    });
    const history = callExcel(fn, [column(1, -1), [[4]]]);
    expect((history as CustomFunctions.Error).message).toMatch(/^需求：第 2 个值为负数/);
  });
});

describe("COVERSTOCK with bad input returns the Excel error that names the argument", () => {
  // [case, (daily_sales, days, buffer), code, arg, message fragment]
  it.each<[string, ExcelArgs, string, string, string]>([
    ["negative daily sales", [[[-3]], 15], "#VALUE!", "daily_sales", "must not be negative"],
    ["blank daily sales", [[[""]], 15], "#VALUE!", "daily_sales", "is required"],
    ["omitted daily sales", [undefined, 15], "#VALUE!", "daily_sales", "is required"],
    ["daily sales as words", [[["many"]], 15], "#VALUE!", "daily_sales", 'not "many"'],
    [
      "text in sales history",
      [column(12, "sold out", 14), 15],
      "#VALUE!",
      "daily_sales",
      "position 2",
    ],
    [
      "negative in sales history",
      [column(12, "", -4), 15],
      "#VALUE!",
      "daily_sales",
      "position 3 is negative",
    ],
    [
      "sales range of blanks",
      [column("", "", null), 15],
      "#N/A",
      "daily_sales",
      "contains no numbers",
    ],
    ["negative days", [[[12]], -1], "#VALUE!", "days", "must not be negative"],
    ["blank days", [[[12]], ""], "#VALUE!", "days", "is required"],
    ["omitted days", [[[12]], undefined], "#VALUE!", "days", "is required"],
    ["days as words", [[[12]], "two weeks"], "#VALUE!", "days", 'not "two weeks"'],
    ["days as a range", [[[12]], [[7, 8]]], "#VALUE!", "days", "must be a number"],
    ["negative buffer", [[[12]], 15, -5], "#VALUE!", "buffer", "must not be negative"],
    ["buffer as words", [[[12]], 15, "some"], "#VALUE!", "buffer", 'not "some"'],
  ])("%s", (_case, args, code, arg, fragment) => {
    expectExcelError("COVERSTOCK", coverStock, args, code, arg, fragment);
  });
});

describe("SAFETYSTOCK accepts every shape Excel passes", () => {
  // σd = 20, L = 4, σL = 0: z·σd·√L = Z95 × 40.
  const expected = Z95 * 40;

  it.each<[string, unknown]>([
    ["a plain number", 100],
    ["a one-cell range", [[100]]],
    ["numeric text", "100"],
  ])("demand as %s", (_case, demand) => {
    expect(expectNumber(callExcel(safetyStock, [demand, [[4]], 0.95, 0, 20]))).toBeCloseTo(
      expected,
      12
    );
  });

  it.each<[string, unknown]>([
    ["the number 0.95", 0.95],
    ['the text "95%"', "95%"],
    ["omitted (undefined)", undefined],
    ["omitted (null)", null],
    ['a blank cell ("")', ""],
    ["a one-cell range", [[0.95]]],
  ])("service level as %s means 95%", (_case, serviceLevel) => {
    expect(
      expectNumber(callExcel(safetyStock, [[[100]], [[4]], serviceLevel, undefined, 20]))
    ).toBeCloseTo(expected, 12);
  });

  it("service level 97.5% uses z = 1.959964", () => {
    expect(expectNumber(callExcel(safetyStock, [[[100]], [[4]], "97.5%", null, 20]))).toBeCloseTo(
      Z975 * 40,
      12
    );
  });

  it.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ['""', ""],
  ])("omitted lead_time_sd (%s) is 0", (_case, leadTimeSd) => {
    expect(
      expectNumber(callExcel(safetyStock, [[[100]], [[4]], 0.95, leadTimeSd, 20]))
    ).toBeCloseTo(expected, 12);
  });

  it("a single demand number without demand_sd has no demand spread (σd = 0)", () => {
    // Only lead-time spread is left: z·d·σL = Z95 × 100 × 1.
    expect(expectNumber(callExcel(safetyStock, [[[100]], [[4]], null, 1]))).toBeCloseTo(
      Z95 * 100,
      12
    );
  });

  it("a demand column with blanks uses the mean and STDEV.S of its numbers (Microsoft's STDEV.S example)", () => {
    const [a, b, c, d, e, f, g, h, i, j] = MS_STDEV_VALUES;
    const history = column(a, b, "", c, d, null, e, f, g, "", h, i, j);
    // L = 9 periods: z·σd·√9.
    const ss = expectNumber(callExcel(safetyStock, [history, [[9]]]));
    expect(ss).toBeCloseTo(Z95 * MS_STDEV * 3, 6);
    const rop = expectNumber(callExcel(reorderPoint, [history, [[9]]]));
    expect(rop).toBeCloseTo(MS_MEAN * 9 + Z95 * MS_STDEV * 3, 6);
  });

  it("a demand row and a 2-D block give the same as the column", () => {
    const asColumn = expectNumber(callExcel(safetyStock, [column(...MS_STDEV_VALUES), [[9]]]));
    const asRow = expectNumber(callExcel(safetyStock, [[[...MS_STDEV_VALUES, ""]], [[9]]]));
    const asBlock = expectNumber(
      callExcel(safetyStock, [[MS_STDEV_VALUES.slice(0, 5), MS_STDEV_VALUES.slice(5)], [[9]]])
    );
    expect(asColumn).toBeCloseTo(Z95 * MS_STDEV * 3, 6);
    expect(asRow).toBe(asColumn);
    expect(asBlock).toBe(asColumn);
  });

  it("demand_sd overrides the history's STDEV.S, and allows a one-number history", () => {
    expect(
      expectNumber(callExcel(safetyStock, [column(...MS_STDEV_VALUES), [[4]], null, null, 20]))
    ).toBeCloseTo(expected, 12);
    expect(
      expectNumber(callExcel(safetyStock, [column(100, ""), [[4]], null, null, 20]))
    ).toBeCloseTo(expected, 12);
  });

  it("a lead-time history gives L = mean, σL = STDEV.S, Lmax = max (3, 5, 4 → 4, 1, 5)", () => {
    // combined with d = 100, σd = 20: z·√(4·20² + 100²·1²) = z·√11600.
    const combined = expectNumber(
      callExcel(safetyStock, [[[100]], column(3, "", 5, 4), null, null, 20])
    );
    expect(combined).toBeCloseTo(Z95 * Math.sqrt(11600), 10);
    // maxavg with a single demand number: 100·5 − 100·4 = 100.
    expect(callExcel(safetyStock, [[[100]], column(3, "", 5, 4), null, null, null, "maxavg"])).toBe(
      100
    );
  });

  it("lead_time_sd overrides the lead-time history's STDEV.S", () => {
    const ss = expectNumber(callExcel(safetyStock, [[[100]], column(3, 5, 4), null, 2, 20]));
    expect(ss).toBeCloseTo(Z95 * Math.sqrt(4 * 400 + 10000 * 4), 10);
  });

  it("a lead-time history with one number has σL = 0 (no error)", () => {
    expect(
      expectNumber(callExcel(safetyStock, [[[100]], column(4, ""), null, null, 20]))
    ).toBeCloseTo(expected, 12);
  });

  it("method text is case-insensitive and trimmed; blank means combined", () => {
    // d = 100, σd = 20, L = 4, σL = 1: additive z·(20·2 + 100·1) = z·140; combined z·√11600.
    const args = [[[100]], [[4]], null, 1, 20];
    expect(expectNumber(callExcel(safetyStock, [...args, " ADDITIVE "]))).toBeCloseTo(
      Z95 * 140,
      10
    );
    expect(expectNumber(callExcel(safetyStock, [...args, "Combined"]))).toBeCloseTo(
      Z95 * Math.sqrt(11600),
      10
    );
    expect(expectNumber(callExcel(safetyStock, [...args, ""]))).toBeCloseTo(
      Z95 * Math.sqrt(11600),
      10
    );
    expect(expectNumber(callExcel(safetyStock, [...args, null]))).toBeCloseTo(
      Z95 * Math.sqrt(11600),
      10
    );
  });

  it("maxavg over two histories: Dmax·Lmax − Davg·Lavg = 1370·5 − 1328.6·4 = 1535.6", () => {
    const args = [column(...MS_STDEV_VALUES), column(3, 5, 4), null, null, null, "MaxAvg"];
    expect(expectNumber(callExcel(safetyStock, args))).toBeCloseTo(MS_MAX * 5 - MS_MEAN * 4, 9);
    expect(expectNumber(callExcel(reorderPoint, args))).toBeCloseTo(MS_MAX * 5, 9);
  });

  it("maxavg of a steady history is exactly 0 (no rounding below zero)", () => {
    // Demand 0.1 every period and a fixed 7-period lead time: worst case = average case.
    expect(callExcel(safetyStock, [column(0.1, 0.1, 0.1), [[7]], null, null, null, "maxavg"])).toBe(
      0
    );
  });

  it("maxavg needs no spread, so a one-number demand history is fine", () => {
    expect(
      callExcel(safetyStock, [column(100, ""), column(3, 5, 4), null, null, null, "maxavg"])
    ).toBe(100);
  });
});

describe("COVERSTOCK accepts every shape Excel passes", () => {
  it.each<[string, unknown]>([
    ["a plain number", 42.5],
    ["a one-cell range", [[42.5]]],
    ["a column with blanks", column(40, "", 45, null, 42.5)],
  ])("daily sales as %s: 42.5 × 15 days = 637.5", (_case, dailySales) => {
    expect(callExcel(coverStock, [dailySales, 15])).toBe(637.5);
  });

  it.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ['""', ""],
  ])("omitted buffer (%s) is 0", (_case, buffer) => {
    expect(callExcel(coverStock, [[[10]], 15, buffer])).toBe(150);
  });

  it("adds the buffer; days and buffer may be numeric text", () => {
    expect(callExcel(coverStock, [[[10]], "15", "20"])).toBe(170);
    expect(callExcel(coverStock, [[[10]], [[15]], [[20]]])).toBe(170);
  });
});

describe("agreement with HyperFormula over random histories (blanks included)", () => {
  /** A history of whole units with blanks scattered in; at least `minNumbers` numbers. */
  const history = (max: number, minNumbers: number, maxNumbers: number) =>
    fc
      .array(
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: 0, max }) },
          { weight: 1, arbitrary: fc.constant(null) }
        ),
        {
          minLength: minNumbers,
          maxLength: maxNumbers + 5,
        }
      )
      .filter((cells) => cells.filter((cell) => cell !== null).length >= minNumbers);

  const toExcelColumn = (cells: (number | null)[]) =>
    column(...cells.map((cell) => (cell === null ? "" : cell)));

  // Demand in column A, lead time in column B, service level in C1; σL is 0 for a one-number lead-time history.
  function formulas(demandRows: number, leadRows: number) {
    const A = columnRange(0, demandRows);
    const B = columnRange(1, leadRows);
    const sdL = `IF(COUNT(${B})>1,STDEV.S(${B}),0)`;
    return {
      combined: `NORM.S.INV(C1)*SQRT(AVERAGE(${B})*STDEV.S(${A})^2+AVERAGE(${A})^2*${sdL}^2)`,
      additive: `NORM.S.INV(C1)*STDEV.S(${A})*SQRT(AVERAGE(${B}))+NORM.S.INV(C1)*AVERAGE(${A})*${sdL}`,
      maxavg: `MAX(${A})*MAX(${B})-AVERAGE(${A})*AVERAGE(${B})`,
      leadTimeDemand: `AVERAGE(${A})*AVERAGE(${B})`,
      // Sizes the tolerance: maxavg subtracts two products, so rounding is relative to the products.
      maxProduct: `MAX(${A})*MAX(${B})`,
    };
  }

  it.each(["combined", "additive", "maxavg"] as const)(
    "SAFETYSTOCK and REORDERPOINT, %s",
    (method) => {
      fc.assert(
        fc.property(
          history(5000, 2, 40),
          history(60, 1, 12),
          fc.double({ min: 0.6, max: 0.999, noNaN: true }),
          (demand, leadTime, serviceLevel) => {
            const f = formulas(demand.length, leadTime.length);
            const cells = columnsToRows(demand, leadTime, [serviceLevel]);
            const [ss, leadTimeDemand, maxProduct] = evaluateFormulas(cells, [
              `=${f[method]}`,
              `=${f.leadTimeDemand}`,
              `=${f.maxProduct}`,
            ]);
            const args = [
              toExcelColumn(demand),
              toExcelColumn(leadTime),
              serviceLevel,
              null,
              null,
              method,
            ];
            const tolerance = 1e-9 * (method === "maxavg" ? maxProduct : Math.abs(ss));
            expect(Math.abs(expectNumber(callExcel(safetyStock, args)) - ss)).toBeLessThanOrEqual(
              tolerance
            );
            const rop = expectNumber(callExcel(reorderPoint, args));
            expect(Math.abs(rop - (leadTimeDemand + ss))).toBeLessThanOrEqual(
              tolerance + 1e-9 * leadTimeDemand
            );
          }
        ),
        { numRuns: 40 }
      );
    }
  );

  it("COVERSTOCK = AVERAGE(sales) × days + buffer", () => {
    fc.assert(
      fc.property(
        history(500, 1, 31),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 1000 }),
        (sales, days, buffer) => {
          const cells = columnsToRows(sales, [days], [buffer]);
          const [expected] = evaluateFormulas(cells, [
            `=AVERAGE(${columnRange(0, sales.length)})*B1+C1`,
          ]);
          const ours = expectNumber(callExcel(coverStock, [toExcelColumn(sales), days, buffer]));
          expect(Math.abs(ours - expected)).toBeLessThanOrEqual(1e-9 * expected);
        }
      ),
      { numRuns: 40 }
    );
  });
});
