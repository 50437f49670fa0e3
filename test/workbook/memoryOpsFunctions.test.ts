/**
 * The OPS custom functions typed into memory-workbook cells compute what the textbook formulas give, with
 * Excel's argument passing (ranges with blanks, omitted arguments, spills, error values).
 */
import type { PlanCell, WorkbookPlan } from "../../src/plan/types";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

/** NORM.S.INV(0.95), as published in normal tables. */
const Z95 = 1.6448536269514722;

const formula = (text: string): PlanCell => ({ formula: text });

async function sheetWith(rows: PlanCell[][]): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  const plan: WorkbookPlan = {
    sheets: [{ key: "s", name: "S", blocks: [{ anchor: "A1", rows }] }],
  };
  await workbook.applyPlan(plan);
  return workbook;
}

/** Types each formula into column B of a fresh sheet and returns the values shown. */
async function evaluate(...formulas: string[]) {
  const workbook = await sheetWith(formulas.map((text) => [text, formula(text)]));
  return formulas.map((_, i) => workbook.getValue("S", `B${i + 1}`));
}

test("ROI, BREAKEVENROAS and KPISCORE with literal arguments", async () => {
  const [roi, breakEven, score] = await evaluate(
    "=OPS.ROI(13200000,6800000)",
    "=OPS.BREAKEVENROAS(0.25)",
    '=OPS.KPISCORE(0.92,0.9,"higher",0.8,0.95)'
  );
  expect(roi).toBeCloseTo(13.2 / 6.8, 14);
  expect(breakEven).toBeCloseTo(4, 14);
  // 0.92 lies between target 0.9 (100) and stretch 0.95 (cap 120): 100 + 20 × 0.02/0.05 = 108.
  expect(score).toBeCloseTo(108, 10);
});

test("ROI of ranges sums each range, as its description says", async () => {
  const workbook = await sheetWith([
    [1000, 200],
    [500, 300],
    [formula("=OPS.ROI(A1:A2,B1:B2)"), formula('=OPS.ROI(A1:A2,B1:B2,"net")')],
  ]);
  expect(workbook.getValue("S", "A3")).toBeCloseTo(1500 / 500, 14);
  expect(workbook.getValue("S", "B3")).toBeCloseTo((1500 - 500) / 500, 14);
});

test("SAFETYSTOCK over a demand history with blanks equals z × σd × √L", async () => {
  const history: (number | null)[] = [120, null, 95, 130, null, 110, 105, 140, 98, null, 125, 117];
  const demand = history.filter((d): d is number => d !== null);
  const mean = demand.reduce((a, b) => a + b, 0) / demand.length;
  const sd = Math.sqrt(demand.reduce((a, d) => a + (d - mean) ** 2, 0) / (demand.length - 1));
  const leadTime = 2;
  const rows: PlanCell[][] = history.map((d) => [d, null]);
  rows[0][1] = formula(`=OPS.SAFETYSTOCK(A1:A12,${leadTime})`);
  rows[1][1] = formula(`=OPS.REORDERPOINT(A1:A12,${leadTime},0.95)`);
  rows[2][1] = formula(`=OPS.COVERSTOCK(A1:A12,15,20)`);
  const workbook = await sheetWith(rows);
  const safety = Z95 * sd * Math.sqrt(leadTime);
  expect(workbook.getValue("S", "B1")).toBeCloseTo(safety, 9);
  expect(workbook.getValue("S", "B2")).toBeCloseTo(mean * leadTime + safety, 9);
  expect(workbook.getValue("S", "B3")).toBeCloseTo(mean * 15 + 20, 9);
});

test("RFMTIER over a 10-customer list spills 10 tiers of the 8-class model", async () => {
  const customers = [
    [5, 12, 9000],
    [8, 2, 8000],
    [60, 11, 7000],
    [90, 1, 9500],
    [3, 10, 300],
    [10, 1, 200],
    [75, 9, 150],
    [120, 1, 100],
    [20, 3, 400],
    [45, 2, 600],
  ];
  const mean = (i: number) => customers.reduce((a, c) => a + c[i], 0) / customers.length;
  const [r, f, m] = [mean(0), mean(1), mean(2)];
  // The standard model: recent (R ≤ mean), frequent (F ≥ mean), big spender (M ≥ mean).
  const label = ([recency, frequency, monetary]: number[]) => {
    const key = `${recency <= r ? "R" : "r"}${frequency >= f ? "F" : "f"}${monetary >= m ? "M" : "m"}`;
    return {
      RFM: "Important value",
      RfM: "Important development",
      rFM: "Important retention",
      rfM: "Important win-back",
      RFm: "General value",
      Rfm: "General development",
      rFm: "General retention",
      rfm: "General win-back",
    }[key];
  };
  const rows: PlanCell[][] = customers.map((c) => [...c, null]);
  rows[0][3] = formula('=OPS.RFMTIER(A1:A10,B1:B10,C1:C10,"cn8","en-US")');
  const workbook = await sheetWith(rows);
  customers.forEach((customer, i) =>
    expect(workbook.getValue("S", `D${i + 1}`)).toBe(label(customer))
  );
  expect(new Set(customers.map(label)).size).toBe(8);
  expect(workbook.getValue("S", "D11")).toBeNull();
});

test("a function's error shows as Excel shows it: a message only with #VALUE! and #N/A", async () => {
  const workbook = await sheetWith([
    [formula("=OPS.ROI(1,0)")],
    [formula("=OPS.BREAKEVENROAS(0)")],
    [formula('=OPS.KPISCORE(1,1,"sideways")')],
    [formula("=OPS.SAFETYSTOCK(100,4,1.2)")],
  ]);
  expect(workbook.getValue("S", "A1")).toEqual({ error: "#DIV/0!" });
  expect(workbook.getErrorMessage("S", "A1") ?? "").toBe("");
  expect(workbook.getValue("S", "A2")).toEqual({ error: "#VALUE!" }); // a margin must be in (0, 1]
  expect(workbook.getErrorMessage("S", "A2")).toContain("margin");
  expect(workbook.getValue("S", "A3")).toEqual({ error: "#VALUE!" });
  expect(workbook.getErrorMessage("S", "A3")).toContain("sideways");
  // NORM.S.INV(1.2) is #NUM! in Excel; so is a service level outside (0, 1), without a message.
  expect(workbook.getValue("S", "A4")).toEqual({ error: "#NUM!" });
  expect(workbook.getErrorMessage("S", "A4") ?? "").toBe("");
});

test("an error inside an argument range is passed on", async () => {
  const workbook = await sheetWith([[100], [formula("=1/0")], [formula("=OPS.ROI(A1:A2,10)")]]);
  expect(workbook.getValue("S", "A3")).toEqual({ error: "#DIV/0!" });
});

test("a blank cell is a blank argument, not 0: KPISCORE of a blank actual is blank", async () => {
  const workbook = await sheetWith([
    [null, formula("=OPS.KPISCORE(A1,0.9)"), formula("=OPS.KPISCORE(0.9,0.9)")],
  ]);
  expect(workbook.getValue("S", "B1")).toBe("");
  expect(workbook.getValue("S", "C1")).toBeCloseTo(100, 10);
});

test("results follow edits to the cells they read", async () => {
  const workbook = await sheetWith([[13_200_000, 6_800_000, formula("=OPS.ROI(A1,B1)")]]);
  workbook.setCellValue("S", "B1", 0);
  expect(workbook.getValue("S", "C1")).toEqual({ error: "#DIV/0!" });
  workbook.setCellValue("S", "B1", 3_300_000);
  expect(workbook.getValue("S", "C1")).toBeCloseTo(4, 14);
});
