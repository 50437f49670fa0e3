/**
 * The live largest-remainder formulas, evaluated by HyperFormula (through the memory adapter), against
 * the core rule (src/core/largestRemainder.ts) and against hand-worked lines.
 */
import fc from "fast-check";
import { roundToUnit } from "../../../src/core/largestRemainder";
import {
  roundingLineFormulas,
  type RoundingPart,
  type SheetCell,
} from "../../../src/builders/targets/liveRounding";
import { columnLetters, parseCell } from "../../../src/plan/a1";
import type { PlanCell, WorkbookPlan } from "../../../src/plan/types";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";

/**
 * One sheet "line": row 1 holds the unit (A1) and total (B1); row 2 the held values; row 3 the exact
 * parts; rows 4–7 the helpers (remainder, tie size, ties before, winners); row 8 the results; L in C1.
 * With `onOtherSheet`, results go to a second sheet to exercise cross-sheet references.
 */
function linePlan(
  exact: number[],
  unit: number,
  total: number,
  held: (number | null)[] = [],
  onOtherSheet = false
): WorkbookPlan {
  const n = exact.length;
  const width = Math.max(n, 3);
  const grid: PlanCell[][] = Array.from({ length: 8 }, () => new Array<PlanCell>(width).fill(null));
  grid[0][0] = unit;
  grid[0][1] = total;
  exact.forEach((x, i) => {
    grid[2][i] = x;
    grid[1][i] = held[i] ?? null;
  });
  const at = (row: number, column: number, sheet = "calc"): SheetCell => ({
    sheet,
    a1: `${columnLetters(column)}${row + 1}`,
  });
  const parts: RoundingPart[] = exact.map((_, i) => ({
    exact: at(2, i).a1,
    held: held.length > 0 ? at(1, i) : undefined,
    remainder: at(3, i),
    tieSize: at(4, i),
    tiesBefore: at(5, i),
    winners: at(6, i),
    result: onOtherSheet ? at(0, i, "out") : at(7, i),
  }));
  const out: PlanCell[][] = [new Array<PlanCell>(width).fill(null)];
  const { cells } = roundingLineFormulas({
    parts,
    total: "$B$1",
    unit: "$A$1",
    leftover: { sheet: "calc", a1: "C1" },
  });
  for (const { cell, formula } of cells) {
    const { row, column } = parseCell(cell.a1)!;
    (cell.sheet === "calc" ? grid : out)[row][column] = { formula };
  }
  return {
    sheets: [
      { key: "calc", name: "calc", blocks: [{ anchor: "A1", rows: grid }] },
      ...(onOtherSheet ? [{ key: "out", name: "out", blocks: [{ anchor: "A1", rows: out }] }] : []),
    ],
  };
}

async function roundLive(
  exact: number[],
  unit: number,
  total: number,
  held: (number | null)[] = [],
  onOtherSheet = false
): Promise<number[]> {
  const workbook = new MemoryWorkbook();
  try {
    await workbook.applyPlan(linePlan(exact, unit, total, held, onOtherSheet));
    return exact.map((_, i) => {
      const a1 = `${columnLetters(i)}${onOtherSheet ? 1 : 8}`;
      const value = workbook.getValue(onOtherSheet ? "out" : "calc", a1);
      if (typeof value !== "number") throw new Error(`${a1}: ${JSON.stringify(value)}`);
      return value;
    });
  } finally {
    workbook.dispose();
  }
}

describe("live largest-remainder rounding", () => {
  it("gives 25/26/25/26 for 102 over four equal parts (the evenly spaced tie-break)", async () => {
    expect(await roundLive([25.5, 25.5, 25.5, 25.5], 1, 102)).toEqual([25, 26, 25, 26]);
  });

  it("hands the leftover units to the largest remainders", async () => {
    // 100 split 1:2:3:4 … in thirds: quotas 33.33, 33.33, 33.33 → 33, 33, 34 (one unit, three-way tie,
    // the last member wins: ⌊1·3/1⌋ − 1 = 2).
    expect(await roundLive([100 / 3, 100 / 3, 100 / 3], 1, 100)).toEqual([33, 33, 34]);
    // Quotas 12.6, 37.7, 49.7 (units of 100): floors 12+37+49 = 98, two leftover units to .7 and .7.
    expect(await roundLive([1260, 3770, 4970], 100, 10000)).toEqual([1200, 3800, 5000]);
  });

  it("rounds across another sheet the same way", async () => {
    expect(await roundLive([25.5, 25.5, 25.5, 25.5], 1, 102, [], true)).toEqual([25, 26, 25, 26]);
  });

  it("keeps held parts and puts the rounding residual of the actuals on the last unheld part", async () => {
    // Target 1,000,000 in units of 10,000; the first two months hold actuals 123,456 and 234,567.
    // Open: 1,000,000 − 358,023 = 641,977 over 4 equal parts = 160,494.25 each (16.049425 units).
    // ROUND(64.1977) = 64 units: floors 16 × 4 = 64, no leftover → 160,000 each; the residual
    // 641,977 − 640,000 = 1,977 goes to the last part: 161,977.
    const exact = [123456, 234567, 160494.25, 160494.25, 160494.25, 160494.25];
    const held = [123456, 234567, null, null, null, null];
    expect(await roundLive(exact, 10000, 1_000_000, held)).toEqual([
      123456, 234567, 160000, 160000, 160000, 161977,
    ]);
  });

  it("agrees with core's roundToUnit on random lines", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(1, 100, 10000),
        fc.integer({ min: 1, max: 500 }),
        async (weights, unit, totalUnits) => {
          const total = totalUnits * unit;
          const sum = weights.reduce((s, w) => s + w, 0);
          const exact = weights.map((w) =>
            sum === 0 ? total / weights.length : (total * w) / sum
          );
          const expected = roundToUnit(exact, unit, total);
          expect(await roundLive(exact, unit, total)).toEqual(expected);
        }
      ),
      { numRuns: 60 }
    );
  });
});
