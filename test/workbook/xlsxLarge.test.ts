/**
 * A 100,000-row × 10-column plan (values and formulas) writes through the streamed big-block writer
 * (streamedBlocks.ts: ExcelJS writes only its first rows), and the file
 * holds what the plan says at both ends. Timing belongs to the benchmark, not here.
 */
import type { PlanCell, WorkbookPlan } from "../../src/plan/types";
import type { ComputedValues } from "../../src/workbook/port";
import { writePlanToXlsx } from "../../src/workbook/xlsx/writeXlsx";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  readWorkbook,
} from "../support/libreoffice";

const ROWS = 100_000;

/** Row i (0-based, sheet row i+2): five values and five formulas over them. */
const valuesOf = (i: number) => [
  i + 1,
  (i % 97) * 10,
  1_000 + (i % 13),
  (i % 7) + 0.5,
  i % 2 === 0 ? 3 : 4,
];

function largePlan(): WorkbookPlan {
  const header: PlanCell[] = [
    "N",
    "Units",
    "Price",
    "Rate",
    "Step",
    "Revenue",
    "Taxed",
    "Share",
    "Running",
    "Label",
  ];
  const rows: PlanCell[][] = [header];
  for (let i = 0; i < ROWS; i++) {
    const r = i + 2;
    rows.push([
      ...valuesOf(i),
      { formula: `=B${r}*C${r}` },
      { formula: `=F${r}*(1+D${r}/100)` },
      { formula: `=IFERROR(B${r}/A${r},0)` },
      { formula: `=A${r}*E${r}` },
      { formula: `=IF(B${r}>480,"high","low")` },
    ]);
  }
  return {
    sheets: [
      {
        key: "big",
        name: "Big",
        freeze: { rows: 1, columns: 0 },
        blocks: [{ anchor: "A1", rows }],
        formats: [
          { range: "A1:J1", style: "header" },
          { range: `F2:G${ROWS + 1}`, numberFormat: "decimal2" },
        ],
      },
    ],
    names: [{ name: "Big_Revenue", sheet: "big", range: `F2:F${ROWS + 1}` }],
  };
}

/** The formulas' results, computed here from the same values. */
const expectedComputed: ComputedValues = {
  get(_sheet, row, column) {
    const [n, units, price, rate, step] = valuesOf(row - 1);
    const revenue = units * price;
    return [revenue, revenue * (1 + rate / 100), units / n, n * step, units > 480 ? "high" : "low"][
      column - 5
    ];
  },
};

const LARGE_TIMEOUT_MS = 300_000;
let buffer: Buffer;

test(
  "writes 100,000 rows × 10 columns with cached results",
  async () => {
    ({ buffer } = await writePlanToXlsx(largePlan(), expectedComputed));
    const sheet = (await readWorkbook(buffer)).getWorksheet("Big")!;
    expect(sheet.rowCount).toBe(ROWS + 1);
    expect(sheet.getCell("J1").value).toBe("Label");
    expect(sheet.getCell("A2").value).toBe(1);
    expect([sheet.getCell("F2").formula, sheet.getCell("F2").result]).toEqual(["B2*C2", 0]);
    const last = ROWS + 1;
    const [n, units, price] = valuesOf(ROWS - 1);
    expect(sheet.getCell(`A${last}`).value).toBe(n);
    expect(sheet.getCell(`F${last}`).formula).toBe(`B${last}*C${last}`);
    expect(sheet.getCell(`F${last}`).result).toBe(units * price);
    expect(sheet.getCell(`J${last}`).result).toBe(units > 480 ? "high" : "low");
    expect(sheet.getCell(`G${last}`).numFmt).toBe("#,##0.00");
  },
  LARGE_TIMEOUT_MS
);

describeWithLibreOffice("LibreOffice on the large file", () => {
  test(
    "recalculates all 500,000 formulas to the cached values",
    async () => {
      expect(await expectLibreOfficeAgrees(buffer)).toBe(ROWS * 5);
    },
    LARGE_TIMEOUT_MS
  );
});
