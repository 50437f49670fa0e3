/**
 * The memory workbook applies the shared sample plan and computes what Excel would show. Expected values
 * are plain arithmetic on SAMPLE_MONTHLY_SALES here, never read back from the workbook.
 */
import { HyperFormula } from "hyperformula";
import { validatePlan } from "../../src/plan/validatePlan";
import type { WorkbookPlan } from "../../src/plan/types";
import { WorkbookError } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import {
  HOSTILE_TEXTS,
  SAMPLE_MONTHLY_SALES,
  SAMPLE_MONTHS,
  SAMPLE_TARGET,
  samplePlan,
} from "../support/samplePlan";

const SALES = "Sales 销售";
/** NORM.S.INV(0.95), as published in normal tables to 16 digits. */
const Z95 = 1.6448536269514722;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const TOTAL = sum(SAMPLE_MONTHLY_SALES);

/** Sample standard deviation, two-pass (mean first, then squared deviations). */
function sampleStdev(values: number[]): number {
  const mean = sum(values) / values.length;
  return Math.sqrt(sum(values.map((v) => (v - mean) ** 2)) / (values.length - 1));
}

async function appliedSample() {
  const workbook = new MemoryWorkbook();
  const result = await workbook.applyPlan(samplePlan());
  return { workbook, result };
}

/** What the workbook holds, to compare before and after a failed apply. */
async function snapshot(workbook: MemoryWorkbook) {
  return {
    sheets: await workbook.listSheets(),
    tables: await workbook.listTables(),
    names: workbook.definedNames(),
  };
}

async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookError);
    return error as WorkbookError;
  }
  throw new Error("expected the promise to reject");
}

describe("the sample plan, evaluated", () => {
  let workbook: MemoryWorkbook;
  beforeAll(async () => {
    ({ workbook } = await appliedSample());
  });

  test("sheets keep the wanted names in an empty workbook", async () => {
    expect(await workbook.listSheets()).toEqual([SALES, "Summary", "Channels"]);
  });

  test("monthly sales stay numbers and the total is their sum", () => {
    SAMPLE_MONTHLY_SALES.forEach((sales, i) =>
      expect(workbook.getValue(SALES, `B${i + 4}`)).toBe(sales)
    );
    expect(workbook.getValue(SALES, "B16")).toBe(TOTAL);
    expect(TOTAL).toBe(1_317_000);
  });

  test("each month's share is its sales over the total, and the shares add up to 1", () => {
    SAMPLE_MONTHLY_SALES.forEach((sales, i) =>
      expect(workbook.getValue(SALES, `C${i + 4}`)).toBeCloseTo(sales / TOTAL, 15)
    );
    expect(workbook.getValue(SALES, "C16")).toBeCloseTo(1, 14);
  });

  test("achievement, check, IFERROR and the statistics", () => {
    expect(workbook.getValue(SALES, "F4")).toBeCloseTo(TOTAL / SAMPLE_TARGET, 15);
    expect(Math.abs(workbook.getValue(SALES, "F5") as number)).toBe(0);
    expect(workbook.getValue(SALES, "F6")).toBe("—");
    expect(workbook.getValue(SALES, "F7")).toBeCloseTo(sampleStdev(SAMPLE_MONTHLY_SALES), 8);
    expect(workbook.getValue(SALES, "F8")).toBeCloseTo(Z95, 14);
  });

  test("SUMIFS, IFS and INDEX/MATCH", () => {
    expect(workbook.getValue(SALES, "F9")).toBe(168_400);
    const grade = TOTAL >= SAMPLE_TARGET ? "A" : TOTAL >= SAMPLE_TARGET * 0.8 ? "B" : "C";
    expect(workbook.getValue(SALES, "F10")).toBe(grade);
    const best = SAMPLE_MONTHS[SAMPLE_MONTHLY_SALES.indexOf(Math.max(...SAMPLE_MONTHLY_SALES))];
    expect(best).toBe("Nov");
    expect(workbook.getValue(SALES, "F11")).toBe(best);
  });

  test("a cross-sheet reference, defined names and a structured reference", () => {
    expect(workbook.getValue("Summary", "B1")).toBe(TOTAL);
    expect(workbook.getValue("Summary", "B2")).toBe(TOTAL * 2);
    expect(workbook.getValue("Summary", "B3")).toBeCloseTo(TOTAL / 12, 9);
    expect(workbook.getValue("Summary", "B4")).toBe(600_000 + 450_000 + 250_000);
  });

  test("formulas read back as written: sheet keys resolved, table references kept", () => {
    expect(workbook.getFormula("Summary", "B1")).toBe(`='${SALES}'!B16`);
    expect(workbook.getFormula("Summary", "B4")).toBe("=SUM(ChannelData[GMV])");
    expect(workbook.getFormula(SALES, "F10")).toBe('=IFS(B16>=F3,"A",B16>=F3*0.8,"B",TRUE,"C")');
    expect(workbook.getFormula(SALES, "B4")).toBeUndefined();
  });

  test("defined names: two for the workbook, one local to the sales sheet", () => {
    expect(workbook.definedNames()).toEqual([
      { name: "Sales_Total", ref: `'${SALES}'!$B$16` },
      { name: "Sales_Months", ref: `'${SALES}'!$B$4:$B$15` },
      { name: "Local_Target", sheet: SALES, ref: `'${SALES}'!$F$3` },
    ]);
  });

  test("a sheet-scoped name works on its sheet only", () => {
    workbook.setCellFormula(SALES, "H10", "=Local_Target/2");
    expect(workbook.getValue(SALES, "H10")).toBe(SAMPLE_TARGET / 2);
    workbook.setCellFormula("Summary", "D1", "=Local_Target");
    expect(workbook.getValue("Summary", "D1")).toEqual({ error: "#NAME?" });
  });

  test("hostile texts stay exactly the original strings, never evaluated", () => {
    HOSTILE_TEXTS.forEach((text, i) => {
      const value = workbook.getValue(SALES, `F${14 + i}`);
      expect(typeof value).toBe("string");
      expect(value).toBe(text);
      expect(workbook.getFormula(SALES, `F${14 + i}`)).toBeUndefined();
    });
  });

  test("tables are listed with their sheets", async () => {
    expect(await workbook.listTables()).toEqual([{ name: "ChannelData", sheet: "Channels" }]);
  });

  test("formats: style, number format code and input cells", () => {
    expect(workbook.getCellFormat(SALES, "F3")).toEqual({
      style: "input",
      numberFormat: "¥#,##0;-¥#,##0",
      input: true,
    });
    expect(workbook.getCellFormat(SALES, "C7")).toEqual({ numberFormat: "0.0%", input: false });
    expect(workbook.getCellFormat(SALES, "B16")).toEqual({
      style: "total",
      numberFormat: "¥#,##0;-¥#,##0",
      input: false,
    });
    expect(workbook.getCellFormat(SALES, "H3")).toEqual({ style: "input", input: true });
    expect(workbook.getCellFormat("Channels", "A1")).toEqual({ input: false });
  });

  test("the rest of the sheet's layout is kept for rendering", () => {
    const metadata = workbook.sheetMetadata(SALES)!;
    expect(metadata.freeze).toEqual({ rows: 3, columns: 1 });
    expect(metadata.tabColor).toBe("#0F6CBD");
    expect(metadata.columnWidths).toHaveLength(3);
    expect(metadata.validations?.[1].rule).toEqual({
      type: "list",
      values: ["Tmall", "JD", "Douyin"],
    });
    expect(metadata.charts?.[0].series[0].values).toBe("B4:B15");
    expect(metadata.protection?.editableRanges).toEqual(["F3", "H3"]);
    expect(workbook.sheetMetadata("Channels")?.tables?.[0].name).toBe("ChannelData");
  });

  test("sheet size runs from A1 to the last cell with content", () => {
    expect(workbook.sheetSize(SALES)).toEqual({ rows: 20, columns: 8 });
    expect(workbook.sheetSize("Channels")).toEqual({ rows: 4, columns: 3 });
  });
});

test("computed values by plan sheet key and 0-based position, for the xlsx writer", async () => {
  const { workbook, result } = await appliedSample();
  const values = workbook.computedValues(result);
  expect(values.get("sales", 15, 1)).toBe(TOTAL);
  expect(values.get("sales", 2, 0)).toBe("Month");
  expect(values.get("summary", 3, 1)).toBe(1_300_000);
  expect(values.get("sales", 40, 40)).toBeNull();
  expect(() => values.get("nope", 0, 0)).toThrow(WorkbookError);
});

test("progress is reported up to done = total", async () => {
  const calls: [number, number][] = [];
  await new MemoryWorkbook().applyPlan(samplePlan(), {
    onProgress: (done, total) => calls.push([done, total]),
  });
  expect(calls[0][0]).toBe(0);
  const [lastDone, lastTotal] = calls[calls.length - 1];
  expect(lastDone).toBe(lastTotal);
  calls.forEach(([done], i) => i > 0 && expect(done).toBeGreaterThanOrEqual(calls[i - 1][0]));
});

describe("recomputation after edits", () => {
  test("a new target changes achievement and grade", async () => {
    const { workbook } = await appliedSample();
    workbook.setCellValue(SALES, "F3", 1_000_000);
    expect(workbook.getValue(SALES, "F4")).toBeCloseTo(TOTAL / 1_000_000, 15);
    expect(workbook.getValue(SALES, "F10")).toBe("A");
  });

  test("new June sales flow into the total, shares, SUMIFS, names and the summary", async () => {
    const { workbook } = await appliedSample();
    const sales = [...SAMPLE_MONTHLY_SALES];
    sales[5] = 300_000;
    const total = sum(sales);
    workbook.setCellValue(SALES, "B9", 300_000);
    expect(workbook.getValue(SALES, "B16")).toBe(total);
    expect(workbook.getValue(SALES, "C9")).toBeCloseTo(300_000 / total, 15);
    expect(workbook.getValue(SALES, "F9")).toBe(300_000);
    expect(workbook.getValue(SALES, "F11")).toBe("Jun");
    expect(workbook.getValue("Summary", "B1")).toBe(total);
    expect(workbook.getValue("Summary", "B2")).toBe(total * 2);
  });

  test("a table edit flows through the structured reference", async () => {
    const { workbook } = await appliedSample();
    workbook.setCellValue("Channels", "B4", 50_000);
    expect(workbook.getValue("Summary", "B4")).toBe(600_000 + 450_000 + 50_000);
  });

  test("overwriting a formula with a value forgets the formula", async () => {
    const { workbook } = await appliedSample();
    workbook.setCellValue(SALES, "B16", 1);
    expect(workbook.getFormula(SALES, "B16")).toBeUndefined();
    expect(workbook.getValue("Summary", "B1")).toBe(1);
  });
});

describe("never overwrite", () => {
  test("applying the plan twice adds numbered copies pointing at themselves", async () => {
    const { workbook } = await appliedSample();
    const second = await workbook.applyPlan(samplePlan());
    expect(second.sheetNames).toEqual({
      sales: `${SALES} (2)`,
      summary: "Summary (2)",
      channels: "Channels (2)",
    });
    expect(await workbook.listSheets()).toEqual([
      SALES,
      "Summary",
      "Channels",
      `${SALES} (2)`,
      "Summary (2)",
      "Channels (2)",
    ]);
    expect(workbook.getFormula("Summary (2)", "B1")).toBe(`='${SALES} (2)'!B16`);

    // Change the second copy only: the first keeps its numbers.
    workbook.setCellValue(`${SALES} (2)`, "B4", 0);
    workbook.setCellValue("Channels (2)", "B2", 0);
    const secondTotal = TOTAL - SAMPLE_MONTHLY_SALES[0];
    expect(workbook.getValue("Summary (2)", "B1")).toBe(secondTotal);
    expect(workbook.getValue("Summary (2)", "B2")).toBe(secondTotal * 2);
    expect(workbook.getValue("Summary (2)", "B3")).toBeCloseTo(secondTotal / 12, 9);
    expect(workbook.getValue("Summary (2)", "B4")).toBe(450_000 + 250_000);
    expect(workbook.getValue("Summary", "B1")).toBe(TOTAL);
    expect(workbook.getValue("Summary", "B2")).toBe(TOTAL * 2);
    expect(workbook.getValue("Summary", "B3")).toBeCloseTo(TOTAL / 12, 9);
    expect(workbook.getValue("Summary", "B4")).toBe(1_300_000);
    expect(workbook.getValue(SALES, "B16")).toBe(TOTAL);
  });

  test("the copy's table gets a free name and its formulas follow it", async () => {
    const { workbook } = await appliedSample();
    await workbook.applyPlan(samplePlan());
    expect(await workbook.listTables()).toEqual([
      { name: "ChannelData", sheet: "Channels" },
      { name: "ChannelData_2", sheet: "Channels (2)" },
    ]);
    expect(workbook.getFormula("Summary (2)", "B4")).toBe("=SUM(ChannelData_2[GMV])");
  });

  test("the copy's workbook names become local to its sheets; the originals stay", async () => {
    const { workbook } = await appliedSample();
    await workbook.applyPlan(samplePlan());
    const names = workbook.definedNames();
    expect(names.filter((name) => name.sheet === undefined)).toEqual([
      { name: "Sales_Total", ref: `'${SALES}'!$B$16` },
      { name: "Sales_Months", ref: `'${SALES}'!$B$4:$B$15` },
    ]);
    expect(names).toContainEqual({
      name: "Sales_Total",
      sheet: "Summary (2)",
      ref: `'${SALES} (2)'!$B$16`,
    });
    expect(names).toContainEqual({
      name: "Local_Target",
      sheet: `${SALES} (2)`,
      ref: `'${SALES} (2)'!$F$3`,
    });
  });
});

describe("atomic apply", () => {
  /** The sample plan plus a sheet whose last cell holds a formula the engine cannot parse. */
  function planFailingAtTheEnd(): WorkbookPlan {
    const plan = samplePlan();
    plan.sheets.push({
      key: "broken",
      name: "Broken",
      blocks: [{ anchor: "A1", rows: [[1, { formula: "=1+" }]] }],
    });
    return plan;
  }

  test("an unreadable formula leaves sheets, tables and names as they were", async () => {
    const { workbook } = await appliedSample();
    const before = await snapshot(workbook);
    const error = await rejection(workbook.applyPlan(planFailingAtTheEnd()));
    expect(error.code).toBe("applyFailed");
    expect(error.message).toContain("=1+");
    expect(error.message).toContain("Broken!B1");
    expect(await snapshot(workbook)).toEqual(before);
    expect(workbook.getValue("Summary", "B2")).toBe(TOTAL * 2);
  });

  test("into an empty workbook: nothing is left behind", async () => {
    const workbook = new MemoryWorkbook();
    await rejection(workbook.applyPlan(planFailingAtTheEnd()));
    expect(await snapshot(workbook)).toEqual({ sheets: [], tables: [], names: [] });
    // The names are free again: the fixed plan applies with its wanted names.
    const result = await workbook.applyPlan(samplePlan());
    expect(result.sheetNames.sales).toBe(SALES);
    expect(workbook.getValue("Summary", "B2")).toBe(TOTAL * 2);
  });

  test("a failure on the Nth engine operation rolls back sheets and names", async () => {
    const { workbook } = await appliedSample();
    const before = await snapshot(workbook);
    const original = HyperFormula.prototype.addNamedExpression;
    let calls = 0;
    const spy = jest
      .spyOn(HyperFormula.prototype, "addNamedExpression")
      .mockImplementation(function (
        this: HyperFormula,
        ...args: Parameters<HyperFormula["addNamedExpression"]>
      ) {
        calls += 1;
        if (calls === 3) throw new Error("engine failure on the third name");
        return original.apply(this, args);
      });
    try {
      const error = await rejection(workbook.applyPlan(samplePlan()));
      expect(error.code).toBe("applyFailed");
      expect(error.message).toContain("engine failure on the third name");
      expect(error.cause).toBeInstanceOf(Error);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(3);
    expect(await snapshot(workbook)).toEqual(before);
  });

  test("a failure while writing cells rolls back too", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addSheetFromRows("Existing", [["kept"]]);
    const before = await snapshot(workbook);
    const spy = jest.spyOn(HyperFormula.prototype, "setSheetContent").mockImplementationOnce(() => {
      throw new Error("disk on fire");
    });
    try {
      await rejection(workbook.applyPlan(samplePlan()));
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(await snapshot(workbook)).toEqual(before);
  });

  test("a failure while building an empty workbook in one call leaves it empty and usable", async () => {
    const workbook = new MemoryWorkbook();
    const spy = jest.spyOn(HyperFormula, "buildFromSheets").mockImplementationOnce(() => {
      throw new Error("disk on fire");
    });
    try {
      await rejection(workbook.applyPlan(samplePlan()));
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(await snapshot(workbook)).toEqual({ sheets: [], tables: [], names: [] });
    await workbook.applyPlan(samplePlan());
    expect((await snapshot(workbook)).sheets.length).toBe(samplePlan().sheets.length);
  });

  test("a reference to a missing table column is refused before anything is written", async () => {
    const workbook = new MemoryWorkbook();
    const plan = samplePlan();
    plan.sheets[1].blocks[0].rows[3][1] = { formula: "=SUM(ChannelData[Refunds])" };
    const error = await rejection(workbook.applyPlan(plan));
    expect(error.code).toBe("applyFailed");
    expect(error.message).toContain('Table ChannelData has no column "Refunds"');
    expect(await workbook.listSheets()).toEqual([]);
  });

  test("invalid plans are refused with the validator's sentences", async () => {
    const workbook = new MemoryWorkbook();
    const plan = samplePlan();
    plan.sheets[0].blocks.push({ anchor: "B5", rows: [[1]] });
    plan.names!.push({ name: "A1", sheet: "sales", range: "B2" });
    const error = await rejection(workbook.applyPlan(plan));
    expect(error.code).toBe("invalidPlan");
    const sentences = validatePlan(plan);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(error.message).toBe(sentences.join(" "));
    expect(await workbook.listSheets()).toEqual([]);
  });
});

describe("building an empty workbook in one call", () => {
  test("keeps the plan's sheet order and cross-sheet results when a sheet name is a number", async () => {
    const workbook = new MemoryWorkbook();
    const result = await workbook.applyPlan({
      sheets: [
        {
          key: "sum",
          name: "Summary",
          blocks: [{ anchor: "A1", rows: [[{ formula: "={sheet:y}!A1*2" }]] }],
        },
        { key: "y", name: "2025", blocks: [{ anchor: "A1", rows: [[21]] }] },
      ],
      names: [{ name: "Doubled", sheet: "sum", range: "A1" }],
    });
    expect(await workbook.listSheets()).toEqual(["Summary", "2025"]);
    expect(workbook.computedValues(result).get("sum", 0, 0)).toBe(42);
    expect(workbook.definedNames().map((name) => name.name)).toEqual(["Doubled"]);
  });
});
