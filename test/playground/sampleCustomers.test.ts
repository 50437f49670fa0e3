/**
 * The playground's sample orders through the panel's path (issue 16): the customer-tier module reads the
 * Orders table from the memory workbook, and the tiers it builds agree with the sample's Customers table
 * (its 500 customers' days since the last purchase, orders and amounts) and with OPS.RFMTIER's core on
 * that table, in both languages. The three buyers with only closed, unpaid or refunded orders are left
 * out and counted.
 */
import { customersBuilder } from "../../src/builders/customers";
import { CUSTOMERS_NAMES } from "../../src/builders/customers/layout";
import { detectInputColumns } from "../../src/builders/inputTables";
import { rfmTiers, type RfmRow } from "../../src/core/rfm";
import type { Locale } from "../../src/i18n/locale";
import { generateSampleShopData } from "../../src/playground/sampleShopData";
import { SAMPLE_ORDERS_AS_OF } from "../../src/playground/sampleOrdersData";
import { sampleWorkbookPlan } from "../../src/playground/sampleWorkbookPlan";
import { prepareBuilderBuild, type PageSource } from "../../src/taskpane/pages/builderPageModel";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

test.each(["en-US", "zh-CN"] as Locale[])(
  "the sample orders give the Customers table's R, F, M and OPS.RFMTIER's tiers (%s)",
  async (locale) => {
    const memory = new MemoryWorkbook();
    try {
      await memory.applyPlan(sampleWorkbookPlan());
      const data = await memory.readTable("Orders");
      const [spec] = customersBuilder.inputs;
      const found = detectInputColumns(spec, data.header);
      expect(found).toEqual({
        orderId: 0,
        customer: 1,
        date: 2,
        amount: 3,
        status: 4,
        channel: 5,
      });
      const sources: Record<string, PageSource> = {
        orders: {
          data,
          mapping: Object.fromEntries(Object.entries(found).map(([id, c]) => [id, c ?? null])),
        },
      };
      const output = prepareBuilderBuild(customersBuilder, sources, {}, locale, {
        skipInvalid: false,
      });
      const applied = await memory.applyPlan(output.plan);
      expect(Object.keys(applied.sheetNames)).toContain("customerOrders"); // live formulas
      const summary = applied.sheetNames.customers;
      const table = applied.sheetNames.customerRfm;
      const named = (name: string) => {
        const ref = memory.definedNames().find((n) => n.name === name)!.ref;
        return memory.getValue(summary, /!\$?([A-Z]+)\$?(\d+)$/.exec(ref)!.slice(1).join(""));
      };
      expect(named(CUSTOMERS_NAMES.customers)).toBe(500);
      expect(named(CUSTOMERS_NAMES.asOf)).toBe(SAMPLE_ORDERS_AS_OF);
      // Customers without a counted order: C0501–C0503.
      expect(memory.getValue(summary, "B16")).toBe(3);
      expect(output.notes.join(" ")).toContain("C0501");

      const { customers } = generateSampleShopData();
      const byId = new Map(customers.map((c) => [c.id, c]));
      const rows: RfmRow[] = [];
      const tiers: unknown[] = [];
      const scores: unknown[] = [];
      // Below the five thresholds (average and four cut points) and the header: from row 9.
      for (let r = 9; r < 9 + 500; r++) {
        const id = memory.getValue(table, `B${r}`) as string;
        const expected = byId.get(id)!;
        const recency = memory.getValue(table, `D${r}`);
        const frequency = memory.getValue(table, `E${r}`);
        const monetary = memory.getValue(table, `F${r}`) as number;
        expect([id, recency, frequency]).toEqual([
          id,
          expected.daysSinceLastPurchase,
          expected.orders,
        ]);
        expect(monetary).toBeCloseTo(expected.amount, 6);
        rows.push({
          recency: expected.daysSinceLastPurchase,
          frequency: expected.orders,
          monetary: expected.amount,
        });
        scores.push(memory.getValue(table, `J${r}`));
        tiers.push(memory.getValue(table, `K${r}`));
      }
      expect(tiers).toEqual(rfmTiers(rows, "cn8", locale));
      expect(scores).toEqual(rfmTiers(rows, "score"));
    } finally {
      memory.dispose();
    }
  },
  60_000
);
