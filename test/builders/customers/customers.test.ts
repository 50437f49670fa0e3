/**
 * Customer tiers (issue 16) through the memory adapter (HyperFormula), against the figures worked out by
 * hand in test/support/customersHandExample.ts (repeated order ids, a refund line, an order netting to
 * 0, excluded statuses, a customer with only a closed order), against OPS.RFMTIER's core on the
 * resulting columns, and against the values the module caches for the CLI, cell for cell.
 */
import type { InputTable } from "../../../src/builders/builder";
import { customersBuilder } from "../../../src/builders/customers";
import {
  CUSTOMERS_NAMES,
  CUSTOMERS_TABLE,
  CUSTOMERS_TABLE_KEY,
} from "../../../src/builders/customers/layout";
import { readFields } from "../../../src/builders/fields";
import { inputTable } from "../../../src/builders/inputTables";
import { serialToIsoDate } from "../../../src/core/calendar";
import { LocalizedError } from "../../../src/core/localizedError";
import { rfmTiers, type RfmRow } from "../../../src/core/rfm";
import type { Locale } from "../../../src/i18n/locale";
import type { CellValue } from "../../../src/plan/types";
import { isFormulaCell } from "../../../src/plan/types";
import { parseCell } from "../../../src/plan/a1";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import {
  HAND_AS_OF,
  HAND_CN8_EN,
  HAND_CN8_ZH,
  HAND_ORDERS,
  HAND_ORDERS_HEADER,
  HAND_SCORES,
  HAND_SEGMENTS_EN,
  HAND_TABLE,
} from "../../support/customersHandExample";

function orders(rows: CellValue[][] = HAND_ORDERS, locale: Locale = "en-US"): InputTable {
  const [spec] = customersBuilder.inputs;
  return inputTable(spec, { source: "orders.csv", header: HAND_ORDERS_HEADER, rows }, locale);
}

function run(
  typed: Record<string, string | boolean> = {},
  locale: Locale = "en-US",
  rows: CellValue[][] = HAND_ORDERS,
  skipInvalid = false
) {
  return customersBuilder.run({
    locale,
    values: readFields(customersBuilder.fields, typed),
    tables: { orders: orders(rows, locale) },
    skipInvalid,
  });
}

async function build(typed: Record<string, string | boolean> = {}, locale: Locale = "en-US") {
  const output = run(typed, locale);
  const memory = new MemoryWorkbook();
  const applied = await memory.applyPlan(output.plan);
  const sheets = applied.sheetNames;
  const table = sheets[CUSTOMERS_TABLE_KEY];
  const header = output.plan.sheets[1].blocks[2].rows[0] as string[];
  // The table's header row: below the thresholds, whose rows depend on the model.
  const headerRow = Number(/^A(\d+):/.exec(output.plan.sheets[1].tables![0].range)![1]);
  /** A column of the table by its header, in table order. */
  const column = (name: string) =>
    HAND_TABLE.map((_, i) =>
      memory.getValue(table, `${letter(header.indexOf(name))}${headerRow + 1 + i}`)
    );
  const name = (defined: string) => {
    const info = memory.definedNames().find((n) => n.name === defined)!;
    const [, a1] = /!\$?([A-Z]+\$?\d+)$/.exec(info.ref)!;
    return memory.getValue(sheets.customers, a1.replace(/\$/g, ""));
  };
  return { output, memory, sheets, column, name };
}

const letter = (index: number) => String.fromCharCode(65 + index);

describe("R, F and M from the order lines", () => {
  test.each([false, true])("hand-worked figures (values only: %s)", async (valuesOnly) => {
    const { output, column, name, memory } = await build({ values: valuesOnly });
    expect(output.plan.sheets.map((sheet) => sheet.key)).toEqual(
      valuesOnly ? ["customers", "customerRfm"] : ["customers", "customerRfm", "customerOrders"]
    );
    expect(column("Customer")).toEqual(HAND_TABLE.map((c) => c.customer));
    expect((column("Last order") as number[]).map(serialToIsoDate)).toEqual(
      HAND_TABLE.map((c) => c.last)
    );
    expect(column("Recency (days)")).toEqual(HAND_TABLE.map((c) => c.recency));
    expect(column("Frequency")).toEqual(HAND_TABLE.map((c) => c.frequency));
    expect(column("Monetary")).toEqual(HAND_TABLE.map((c) => c.monetary));
    expect(column("RFM")).toEqual(HAND_SCORES);
    expect(column("Tier (cn8)")).toEqual(HAND_CN8_EN);
    expect(column("Segment")).toEqual(HAND_SEGMENTS_EN);
    expect(name(CUSTOMERS_NAMES.customers)).toBe(6);
    expect(name(CUSTOMERS_NAMES.asOf)).toBe(HAND_AS_OF);
    memory.dispose();
  });

  test("the counts of what was left out, and the notes", async () => {
    const { memory, sheets, output } = await build();
    const at = (a1: string) => memory.getValue(sheets.customers, a1);
    // customers, orders, lines counted, excluded lines, refunded orders, left-out customers, unreadable
    expect(["B11", "B12", "B13", "B14", "B15", "B16", "B17"].map(at)).toEqual([
      6, 11, 15, 3, 1, 1, 0,
    ]);
    expect(output.notes).toEqual([
      "3 lines were left out by their status: 交易关闭 2, 退款成功 1.",
      "1 orders whose lines net to 0 or less were left out: E/O11.",
      "1 customers had only left-out or fully refunded orders and are not in the table: F.",
    ]);
    memory.dispose();
  });

  test("the summary per tier: customers, shares, monetary, orders, AOV, average recency", async () => {
    const { memory, sheets } = await build();
    const row = (r: number) =>
      ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) =>
        memory.getValue(sheets.customers, `${c}${r}`)
      );
    // Rows 21–28: the 8 classes in core's order; 29 the total.
    // Important value: A alone (230 of 1165, 2 orders, recency 11).
    expect(row(21)).toEqual(["Important value", 1, 1 / 6, 230, 230 / 1165, 2, 115, 11]);
    // General value: C and G (160 + 145 over 5 orders, recency (3 + 16) / 2).
    expect(row(25)).toEqual(["General value", 2, 2 / 6, 305, 305 / 1165, 5, 61, 9.5]);
    // Nobody is "General win-back": AOV and recency are blank.
    expect(row(28)).toEqual(["General win-back", 0, 0, 0, 0, 0, "", ""]);
    const total = row(29);
    expect(total[2]).toBeCloseTo(1, 14); // the sum of eight shares
    expect(total).toEqual(["Total", 6, total[2], 1165, 1, 11, 1165 / 11, 23]);
    // Segments from row 33: Hibernating (B and E) is the last of the 10.
    expect(row(42)).toEqual(["Hibernating", 2, 2 / 6, 540, 540 / 1165, 3, 180, 53.5]);
    memory.dispose();
  });

  test("the as-of date is an input: a later one recomputes Recency and the tiers", async () => {
    const { memory, sheets, column } = await build();
    memory.setCellValue(sheets.customers, "B6", HAND_AS_OF + 30);
    expect(column("Recency (days)")).toEqual(HAND_TABLE.map((c) => c.recency + 30));
    // Recency shifts by the same days for everyone, so the tiers stay.
    expect(column("Tier (cn8)")).toEqual(HAND_CN8_EN);
    memory.dispose();
  });

  test("an edited line recomputes the live figures (the order lines sheet)", async () => {
    const { memory, sheets, column } = await build();
    // E's first line (O8, 300) is the first data row: make it 100.
    memory.setCellValue(sheets.customerOrders, "F2", 100);
    expect(column("Monetary")[0]).toBe(140);
    memory.dispose();
  });
});

describe("the sheet equals OPS.RFMTIER on its own columns", () => {
  test.each([
    ["both", "en-US"],
    ["cn8", "zh-CN"],
    ["score", "en-US"],
  ] as const)("model %s, labels %s", async (model, labels) => {
    const { column } = await build({ model, labels });
    const rows: RfmRow[] = HAND_TABLE.map((_, i) => ({
      recency: column("Recency (days)")[i] as number,
      frequency: column("Frequency")[i] as number,
      monetary: column("Monetary")[i] as number,
    }));
    if (model !== "score") {
      expect(column("Tier (cn8)")).toEqual(rfmTiers(rows, "cn8", labels));
      expect(column("Tier (cn8)")).toEqual(labels === "zh-CN" ? HAND_CN8_ZH : HAND_CN8_EN);
    }
    if (model !== "cn8") {
      expect(column("RFM")).toEqual(rfmTiers(rows, "score"));
      expect(column("Segment")).toEqual(rfmTiers(rows, "segment", labels));
    }
    if (model === "cn8") {
      // R, F, M are High/Low against the averages; the tier reads them.
      expect(column("R")).toEqual(["Low", "High", "Low", "High", "High", "High"]);
      expect(column("M")).toEqual(["High", "High", "High", "Low", "Low", "Low"]);
    }
  });

  test("zh-CN headers, with the labels of the sheet's language by default", async () => {
    const { output } = await build({}, "zh-CN");
    expect(output.plan.sheets.map((sheet) => sheet.name)).toEqual([
      "客户分层",
      "客户RFM",
      "订单明细",
    ]);
    expect(output.plan.sheets[1].blocks[2].rows[0]).toEqual([
      "序号",
      "客户",
      "最近下单",
      "最近消费天数",
      "消费频率",
      "消费金额",
      "R",
      "F",
      "M",
      "RFM",
      "分层（cn8）",
      "客群",
    ]);
    expect(output.plan.sheets[1].tables).toEqual([{ name: CUSTOMERS_TABLE, range: "A8:L14" }]);
  });
});

describe("the values the CLI caches are the engine's", () => {
  test.each([
    [{}, "en-US"],
    [{ values: true, model: "cn8" }, "zh-CN"],
    [{ model: "score", labels: "zh-CN" }, "en-US"],
  ] as const)("every formula cell (%j, %s)", async (typed, locale) => {
    const output = run(typed as Record<string, string | boolean>, locale);
    const memory = new MemoryWorkbook();
    const applied = await memory.applyPlan(output.plan);
    let compared = 0;
    for (const sheet of output.plan.sheets)
      for (const block of sheet.blocks) {
        const anchor = parseCell(block.anchor)!;
        block.rows.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            if (!isFormulaCell(cell)) return;
            const position = { row: anchor.row + r, column: anchor.column + c };
            const a1 = `${letter(position.column)}${position.row + 1}`;
            const engine = memory.getValue(applied.sheetNames[sheet.key], a1);
            const cached = output.computed!.get(sheet.key, position.row, position.column);
            if (typeof engine === "number" && typeof cached === "number")
              expect(Math.abs(engine - cached)).toBeLessThanOrEqual(1e-9 * Math.abs(engine));
            else expect([sheet.key, a1, cached]).toEqual([sheet.key, a1, engine]);
            compared++;
          })
        );
      }
    expect(compared).toBeGreaterThan(60);
    memory.dispose();
  });
});

describe("the export: one tier's customers", () => {
  test("by a tier or a segment, in either language", () => {
    const output = run();
    expect(output.exportRows!("generalValue")).toEqual([["Customer"], ["C"], ["G"]]);
    expect(output.exportRows!("hibernating")).toEqual([["Customer"], ["E"], ["B"]]);
    expect(output.exportRows!("champions")).toEqual([["Customer"]]);
  });

  test("the same customers as the sheet's formulas put in the tier", async () => {
    const { column, output } = await build({ model: "both" });
    const tiers = column("Tier (cn8)");
    const generalValue = HAND_TABLE.filter((_, i) => tiers[i] === "General value").map(
      (c) => c.customer
    );
    expect(output.exportRows!("generalValue").slice(1).flat()).toEqual(generalValue);
  });
});

describe("bad input is answered clearly", () => {
  const message = (call: () => unknown, locale: Locale = "en-US") => {
    try {
      call();
    } catch (error) {
      if (error instanceof LocalizedError) return error.messageIn(locale);
      throw error;
    }
    throw new Error("expected a refusal");
  };

  test("lines without a customer or a date are refused with line and column, or left out", () => {
    const bad = [
      ...HAND_ORDERS,
      ["O16", null, "2025-03-02", 10, "交易成功"],
      ["O17", "A", "", 10, "交易成功"],
    ];
    expect(message(() => run({}, "en-US", bad))).toBe(
      "2 lines of Orders have a cell that cannot be read or is blank (an order needs its id, customer, date and amount), so nothing was written: line 22, column “买家会员名”: blank; line 23, column “付款时间”: blank. Fix them, or leave those lines out (CLI: --skip-invalid)."
    );
    expect(message(() => run({}, "zh-CN", bad), "zh-CN")).toContain("第 22 行“买家会员名”列：空白");
    const skipped = run({}, "en-US", bad, true);
    expect(skipped.notes).toContain(
      "2 lines with a cell that cannot be read were left out (lines 22, 23); their readable amounts held 20."
    );
  });

  test("an as-of date before the last order", () => {
    expect(message(() => run({ asOf: "2025-03-29" }))).toBe(
      "The as-of date 2025-03-29 is before the last order (2025-03-30); choose 2025-03-30 or later (default: the day after it)."
    );
    // The day of the last order itself is fine: its customer's recency is 0.
    expect(() => run({ asOf: "2025-03-30" })).not.toThrow();
  });

  test("orders with only excluded statuses leave nothing to tier", () => {
    const closed = HAND_ORDERS.filter((row) => row[4] !== "交易成功");
    expect(message(() => run({}, "en-US", closed))).toBe(
      "Orders has no order left to tier: 3 lines read, 3 of left-out statuses, 0 orders fully refunded."
    );
  });

  test("statuses to leave out can be set; “none” counts every line", () => {
    // F's closed order has no paid time: once 交易关闭 counts, it is an unreadable line.
    expect(message(() => run({ excludeStatus: "退款成功" }))).toContain(
      "line 16, column “付款时间”: blank"
    );
    const all = run({ excludeStatus: "none" }, "en-US", HAND_ORDERS, true);
    expect(all.notes[0]).toBe("No status is left out: every line counts.");
    const kept = run({ excludeStatus: "退款成功, 交易关闭" });
    expect(kept.notes[0]).toBe("3 lines were left out by their status: 交易关闭 2, 退款成功 1.");
  });

  test("an unknown model or export tier names the choices", () => {
    expect(message(() => readFields(customersBuilder.fields, { model: "rfm" }))).toBe(
      "model: “rfm” is not one of both, cn8, score."
    );
  });
});
