/**
 * What a workbook cannot hold (plan/cellText.ts) is refused alike by the three adapters before anything is
 * written: the xlsx writer never produces invalid sheet XML or an over-long cell, and the Excel and memory
 * workbooks are left as they were. Text a cell can hold is written and read back unchanged.
 */
import type { WorkbookPlan } from "../../src/plan/types";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { WorkbookError } from "../../src/workbook/port";
import { writePlanToXlsx } from "../../src/workbook/xlsx/writeXlsx";
import { FakeExcel } from "../support/excelMock";
import { readWorkbook } from "../support/libreoffice";

/** Good text in A1, the text under test in C2 (as a value or inside a formula's string literal). */
function planWith(text: string, inFormula = false): WorkbookPlan {
  return {
    sheets: [
      {
        key: "names",
        name: "Names",
        blocks: [
          { anchor: "A1", rows: [["fine"]] },
          { anchor: "C2", rows: [[inFormula ? { formula: `=IF(A1="${text}",1,0)` } : text]] },
        ],
      },
    ],
  };
}

const REFUSED: [string, string][] = [
  ["U+FFFE", "before\uFFFEafter"],
  ["U+0001", "a\u0001b"],
  ["a lone surrogate", "half \uD83D of an emoji"],
  ["32,768 characters", "x".repeat(32_768)],
];

/** The refusal, or undefined when the adapter took the plan. */
async function refusal(apply: () => Promise<unknown>): Promise<unknown> {
  return apply().then(
    () => undefined,
    (error: unknown) => error
  );
}

const expectRefusedAt = (error: unknown) => {
  expect(error).toBeInstanceOf(WorkbookError);
  expect(error).toMatchObject({
    code: "invalidPlan",
    message: expect.stringContaining('Sheet "names" cell C2:'),
  });
};

describe.each(REFUSED)("text holding %s", (what, text) => {
  const plans: [string, WorkbookPlan][] = [["as a value", planWith(text)]];
  if (what !== "32,768 characters") plans.push(["in a formula", planWith(text, true)]);

  test.each(plans)("is refused by the xlsx writer %s, naming the cell", async (_where, plan) => {
    expectRefusedAt(await refusal(() => writePlanToXlsx(plan, undefined)));
  });

  test.each(plans)(
    "is refused by the memory workbook %s, which keeps no sheet",
    async (_where, plan) => {
      const memory = new MemoryWorkbook();
      try {
        expectRefusedAt(await refusal(() => memory.applyPlan(plan)));
        expect(await memory.listSheets()).toEqual([]);
      } finally {
        memory.dispose();
      }
    }
  );

  test.each(plans)("is refused by the Excel adapter %s before any sync", async (_where, plan) => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    expectRefusedAt(await refusal(() => new ExcelWorkbook({ run: fake.run }).applyPlan(plan)));
    expect(fake.syncCount).toBe(0);
    expect(fake.snapshot()).toEqual(before);
  });
});

describe("text a cell can hold", () => {
  const KEPT = ["y".repeat(32_767), "tab\there", "line\nbreak", "cr\r\nlf", "\t\n\r", "销售 📈"];

  test("is written to .xlsx, reopened with ExcelJS and equal", async () => {
    const plan: WorkbookPlan = {
      sheets: [{ key: "t", name: "T", blocks: [{ anchor: "A1", rows: KEPT.map((t) => [t]) }] }],
    };
    const { buffer } = await writePlanToXlsx(plan, undefined);
    const sheet = (await readWorkbook(buffer)).getWorksheet("T")!;
    expect(KEPT.map((_, i) => sheet.getCell(`A${i + 1}`).value)).toEqual(KEPT);
  });

  test("is held by the memory workbook as it is", async () => {
    const memory = new MemoryWorkbook();
    try {
      const plan: WorkbookPlan = {
        sheets: [{ key: "t", name: "T", blocks: [{ anchor: "A1", rows: KEPT.map((t) => [t]) }] }],
      };
      await memory.applyPlan(plan);
      expect(KEPT.map((_, i) => memory.getValue("T", `A${i + 1}`))).toEqual(KEPT);
    } finally {
      memory.dispose();
    }
  });
});
