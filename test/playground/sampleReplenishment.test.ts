/**
 * The playground's sample SKUs through the panel's path (issue 15): the replenishment module reads the
 * SkuSales and StockList tables from the memory workbook, and its reorder count and stock value equal
 * figures computed here in plain JavaScript from the generated rows (d and σd over the last 30 days,
 * days without a sale counting as 0; safety stock z·√(L·σd² + d²·σL²)).
 */
import { replenishmentBuilder } from "../../src/builders/replenishment";
import { REPLENISHMENT_NAMES } from "../../src/builders/replenishment/replenishmentPlan";
import { sampleWorkbookPlan } from "../../src/playground/sampleWorkbookPlan";
import { prepareBuilderBuild, type PageSource } from "../../src/taskpane/pages/builderPageModel";
import { detectInputColumns } from "../../src/builders/inputTables";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { expectedStockHealth } from "../support/sampleStockHealth";

test("the sample SKUs build a plan whose stock health matches the figures computed here", async () => {
  const memory = new MemoryWorkbook();
  try {
    await memory.applyPlan(sampleWorkbookPlan());
    const sources: Record<string, PageSource> = {};
    for (const [input, table] of [
      ["sales", "SkuSales"],
      ["stock", "StockList"],
    ] as const) {
      const data = await memory.readTable(table);
      const spec = replenishmentBuilder.inputs.find(({ id }) => id === input)!;
      const found = detectInputColumns(spec, data.header);
      sources[input] = {
        data,
        mapping: Object.fromEntries(Object.entries(found).map(([id, c]) => [id, c ?? null])),
      };
    }
    const output = prepareBuilderBuild(replenishmentBuilder, sources, {}, "en-US", {
      skipInvalid: false,
    });
    const applied = await memory.applyPlan(output.plan);
    const sheet = applied.sheetNames.replenishment;
    const value = (name: string) => {
      const ref = memory.definedNames().find((n) => n.name === name)!.ref;
      return memory.getValue(sheet, /!\$?([A-Z]+)\$?(\d+)$/.exec(ref)!.slice(1).join(""));
    };
    const expected = expectedStockHealth();
    expect(expected.orderCount).toBeGreaterThan(0);
    expect(value(REPLENISHMENT_NAMES.orderCount)).toBe(expected.orderCount);
    expect(value(REPLENISHMENT_NAMES.stockValue)).toBeCloseTo(expected.stockValue, 6);
    // 丝巾 sold nothing and is 200 days old: a slow mover, and notes say it has no history.
    expect(output.notes.join(" ")).toContain("W-1004");
  } finally {
    memory.dispose();
  }
});
