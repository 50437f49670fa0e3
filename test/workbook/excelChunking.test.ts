/** Splitting a plan into requests only when one request cannot carry it (Excel on the web: 5 MB). */
import fc from "fast-check";
import type { PlanCell, WorkbookPlan } from "../../src/plan/types";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import {
  cellBytes,
  jsonStringBytes,
  packRequests,
  REQUEST_BUDGET_BYTES,
  rowBytes,
  utf8Length,
  type Splittable,
} from "../../src/workbook/excel/requestBudget";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel, PAYLOAD_LIMIT_BYTES } from "../support/excelMock";

const ROWS = 100_000;

/** 100,000 rows × 10 columns of numbers, text (some hostile), booleans, blanks and formulas, under a header. */
function bigPlan(): WorkbookPlan {
  const rows: PlanCell[][] = [
    ["Id", "Price", "SKU", "Name", "Units", "Revenue", "Check", "Note", "Active", "Blank"],
  ];
  for (let i = 0; i < ROWS; i++) {
    const r = i + 2;
    rows.push([
      i + 1,
      Math.round(i * 1.37 * 100) / 100,
      `SKU-${String(i).padStart(6, "0")}`,
      i % 3 === 0 ? "商品 名称 📦" : "Product name",
      i % 7,
      { formula: `=B${r}*E${r}` },
      { formula: `=IF(F${r}>100,"high","low")` },
      i % 1000 === 0 ? "=cmd|' /C calc'!A0" : "-12",
      i % 2 === 0,
      null,
    ]);
  }
  return {
    sheets: [
      {
        key: "data",
        name: "Big data",
        blocks: [{ anchor: "A1", rows }],
        formats: [{ range: `B2:B${ROWS + 1}`, numberFormat: "decimal2" }],
        protection: { editableRanges: [`E2:E${ROWS + 1}`] },
      },
      {
        key: "sum",
        name: "Sum",
        blocks: [
          { anchor: "A1", rows: [["Revenue", { formula: `=SUM({sheet:data}!F2:F${ROWS + 1})` }]] },
        ],
      },
    ],
  };
}

describe("a 100,000 × 10 plan", () => {
  let fake: FakeExcel;
  let workbook: ExcelWorkbook;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    fake = new FakeExcel();
    workbook = new ExcelWorkbook({ run: fake.run });
    await workbook.applyPlan(bigPlan(), {
      onProgress: (done, total) => progress.push([done, total]),
    });
  }, 120_000);

  it("splits into requests of at most 4 MB, with syncs ≤ 3 + chunks", () => {
    const { syncs, requestBytes } = workbook.stats;
    const chunks = syncs - 2; // the first sync reads names, the last recalculates
    expect(chunks).toBeGreaterThan(1);
    expect(syncs).toBeLessThanOrEqual(3 + chunks);
    expect(fake.syncCount).toBe(syncs);
    requestBytes.forEach((estimate, i) => {
      expect(estimate).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      expect(fake.syncs[i].requestBytes).toBeLessThanOrEqual(estimate);
      expect(fake.syncs[i].requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    });
    // Packed, not scattered: no more requests than the bytes need, plus one for the remainder.
    const written = requestBytes.slice(1, -1).reduce((sum, bytes) => sum + bytes, 0);
    expect(chunks).toBeLessThanOrEqual(Math.ceil(written / REQUEST_BUDGET_BYTES) + 1);
    expect(fake.syncs.slice(1, -1).every((sync) => sync.suspendedCalculation)).toBe(true);
  });

  it("reports progress once per request", () => {
    const total = workbook.stats.syncs - 1;
    expect(progress).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it("writes every row in windows: values, formulas, protected text, formats, protection", () => {
    const sheet = fake.sheet("Big data");
    expect(sheet.input("A1")).toBe("Id");
    for (const i of [0, 1, 49_999, 50_000, ROWS - 1]) {
      const r = i + 2;
      expect(sheet.content(`A${r}`)).toEqual({ kind: "number", value: i + 1 });
      expect(sheet.input(`F${r}`)).toBe(`=B${r}*E${r}`);
      expect(sheet.content(`H${r}`)).toMatchObject({
        kind: "text",
        text: i % 1000 === 0 ? "=cmd|' /C calc'!A0" : "-12",
      });
      expect(sheet.numberFormat(`B${r}`)).toBe("#,##0.00");
    }
    expect(sheet.content(`A${ROWS + 2}`)).toEqual({ kind: "blank" });
    const windows = fake.syncs
      .flatMap((sync) => sync.labels)
      .filter((label) => label === "Range.formulas");
    expect(windows.length).toBeGreaterThan(2);
    expect(sheet.protection.protected).toBe(true);
    expect(fake.sheet("Sum").input("B1")).toBe(`=SUM('Big data'!F2:F${ROWS + 1})`);
  });
});

describe("request budget", () => {
  it("measures UTF-8 like the wire does", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("销售")).toBe(6);
    expect(utf8Length("📈")).toBe(4);
    expect(utf8Length("é")).toBe(Buffer.byteLength("é"));
    const row = ['a"b', 1.5, true, "销售📈", ""];
    expect(rowBytes(row)).toBe(Buffer.byteLength(JSON.stringify(row)) + 1);
    expect(cellBytes("\t")).toBe(Buffer.byteLength(JSON.stringify("\t")) + 1);
  });

  it("counts a string's JSON bytes without encoding it, escapes included", () => {
    // The reference is the engine's own JSON.stringify, measured by Buffer.
    const wire = (text: string) => Buffer.byteLength(JSON.stringify(text), "utf8");
    const samples = [
      "",
      'say "hi" \\ C:\\path',
      "\b\f\n\r\t\u0000\u0001\u001f\u007f",
      "销售 · 📈 é \u2028\u2029",
      "lone \ud83d high, lone \udcc8 low, pair \ud83d\udcc8",
      '=IF(ISNUMBER(J10),J10*D10,"")',
    ];
    for (const text of samples) expect(jsonStringBytes(text)).toBe(wire(text));
    // Whole code points (surrogate pairs), and raw UTF-16 units (lone surrogates, control characters).
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    for (const text of [fc.string({ unit: "binary" }), fc.string({ unit: codeUnit })])
      fc.assert(fc.property(text, (sample) => jsonStringBytes(sample) === wire(sample)));
  });

  /** A splittable write whose windows show where they were cut. */
  const rowsOf = (
    name: string,
    rowSizes: number[]
  ): Splittable<{ bytes: number; label: string }> => ({
    rowSizes,
    fixedBytes: 10,
    where: name,
    window: (start, count, bytes) => ({ bytes, label: `${name}[${start}+${count}]` }),
  });
  const labels = (requests: { label: string }[][]) =>
    requests.map((request) => request.map((item) => item.label));

  it("packs requests in order and cuts big writes where a request fills up", () => {
    const small = (label: string, bytes: number) => ({ label, bytes });
    const requests = packRequests(
      [small("add", 30), rowsOf("block", [20, 20, 20, 20, 20]), small("protect", 50)],
      100
    );
    expect(labels(requests)).toEqual([
      ["add", "block[0+3]"],
      ["block[3+2]", "protect"],
    ]);
    requests.forEach((request) =>
      expect(request.reduce((sum, item) => sum + item.bytes, 0)).toBeLessThanOrEqual(100)
    );
    expect(
      labels(packRequests([small("a", 60), small("b", 30), small("c", 20), small("d", 100)], 100))
    ).toEqual([["a", "b"], ["c"], ["d"]]);
  });

  it("refuses a single row no request can carry", () => {
    expect(() => packRequests([rowsOf("Sheet x", [50, 500])], 100)).toThrow(WorkbookError);
  });

  it("does not split a plan that fits: a lower budget splits the same plan", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "s",
          name: "S",
          blocks: [
            {
              anchor: "A1",
              rows: Array.from({ length: 2000 }, (_, i): PlanCell[] => [i, `row ${i}`]),
            },
          ],
        },
      ],
    };
    const whole = new ExcelWorkbook({ run: new FakeExcel().run });
    await whole.applyPlan(plan);
    expect(whole.stats.syncs).toBe(3);
    const fake = new FakeExcel();
    const split = new ExcelWorkbook({ run: fake.run, requestBudgetBytes: 8 * 1024 });
    await split.applyPlan(plan);
    expect(split.stats.syncs).toBeGreaterThan(4);
    split.stats.requestBytes.forEach((bytes) => expect(bytes).toBeLessThanOrEqual(8 * 1024));
    expect(fake.sheet("S").content("B2000")).toMatchObject({ kind: "text", text: "row 1999" });
  });
});
