/**
 * A big block written through the streamed writer holds exactly the plan's cells: user text that looks
 * like a formula stays text, XML's special characters, tabs, line breaks and `_xHHHH_` survive, booleans, blanks, dates
 * with their format, a table over the whole block; and a block whose streamed rows a feature reaches
 * unevenly (a conditional format on part of them) is written by ExcelJS instead, with the same cells.
 * LibreOffice opens the file, keeps the text as text and recalculates the formula column to the cache.
 */
import { strFromU8, unzipSync } from "fflate";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/plan/types";
import type { ComputedValues } from "../../src/workbook/port";
import { STREAM_MIN_CELLS, splitStreamedBlock } from "../../src/workbook/xlsx/streamedBlocks";
import { nodeGzip } from "../../src/workbook/xlsx/nodeGzip";
import { writePlanToXlsx } from "../../src/workbook/xlsx/writeXlsx";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  readWorkbook,
  recalculateXlsx,
  writeTempXlsx,
} from "../support/libreoffice";

const ROWS = 10_000;
const TEXTS = ["=1+1", "<a & b>", "tab\there", "two\nlines", "_x0041_", "天猫", '"quoted"'];

function sheet(extra: Partial<SheetPlan> = {}): SheetPlan {
  const rows: PlanCell[][] = [["N", "Text", "Date", "Flag", "Blank", "Double"]];
  for (let i = 0; i < ROWS; i++)
    rows.push([
      i + 1,
      TEXTS[i % TEXTS.length],
      45_292 + (i % 400),
      i % 2 === 0,
      i % 3 === 0 ? null : i / 8,
      { formula: `=A${i + 2}*2` },
    ]);
  return {
    key: "data",
    name: "Data",
    blocks: [{ anchor: "A1", rows }],
    formats: [
      { range: "A1:F1", style: "header" },
      { range: `C2:C${ROWS + 1}`, numberFormat: "date" },
    ],
    tables: [{ name: "Streamed", range: `A1:F${ROWS + 1}`, style: "TableStyleLight9" }],
    ...extra,
  };
}

const computed: ComputedValues = { get: (_sheet, row, column) => (column === 5 ? row * 2 : null) };

async function cells(plan: WorkbookPlan) {
  const { buffer } = await writePlanToXlsx(plan, computed, { gzip: nodeGzip });
  const worksheet = (await readWorkbook(buffer)).getWorksheet("Data")!;
  return { buffer, worksheet };
}

describe("streamed big blocks", () => {
  it("streams only blocks it can write exactly", () => {
    expect(6 * (ROWS + 1)).toBeGreaterThan(STREAM_MIN_CELLS);
    expect(splitStreamedBlock(sheet()).streamed).toBeDefined();
    const uneven = sheet({
      conditionalFormats: [{ range: "A5000:A6000", rule: { type: "dataBar", color: "#638EC6" } }],
    });
    expect(splitStreamedBlock(uneven).streamed).toBeUndefined();
  });

  it.each([
    ["streamed", sheet()],
    [
      "written by ExcelJS",
      sheet({
        conditionalFormats: [{ range: "A5000:A6000", rule: { type: "dataBar", color: "#638EC6" } }],
      }),
    ],
  ])("holds the plan's cells (%s)", async (_how, plan) => {
    const { worksheet } = await cells({ sheets: [plan] });
    expect(worksheet.rowCount).toBe(ROWS + 1);
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, ROWS - 1]) {
      const r = i + 2;
      expect(worksheet.getCell(`A${r}`).value).toBe(i + 1);
      expect(worksheet.getCell(`B${r}`).value).toBe(TEXTS[i % TEXTS.length]);
      expect(worksheet.getCell(`C${r}`).numFmt).toBe("yyyy-mm-dd");
      expect(worksheet.getCell(`D${r}`).value).toBe(i % 2 === 0);
      expect(worksheet.getCell(`E${r}`).value).toBe(i % 3 === 0 ? null : i / 8);
      expect([worksheet.getCell(`F${r}`).formula, worksheet.getCell(`F${r}`).result]).toEqual([
        `A${r}*2`,
        (i + 1) * 2,
      ]);
    }
    // ExcelJS's typings leave out the model it reads a table into.
    const table = worksheet.getTable("Streamed") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe(`A1:F${ROWS + 1}`);
  });
});

test("the browser's deflater (fflate, the default) writes the same file contents", async () => {
  const plan = { sheets: [sheet()] };
  const [node, browser] = await Promise.all([
    writePlanToXlsx(plan, computed, { gzip: nodeGzip }),
    writePlanToXlsx(plan, computed),
  ]);
  const read = async (buffer: Buffer) => {
    const worksheet = (await readWorkbook(buffer)).getWorksheet("Data")!;
    return [2, 3, 9, ROWS + 1].map((r) =>
      ["A", "B", "C", "D", "E", "F"].map((c) => worksheet.getCell(`${c}${r}`).value)
    );
  };
  const cellsOfBrowserFile = await read(browser.buffer);
  expect(cellsOfBrowserFile).toEqual(await read(node.buffer));
  expect(cellsOfBrowserFile[3][0]).toBe(ROWS);
});

test("charts are packed with the streamed rows, on the streamed sheet and beside it", async () => {
  const chart = (values: string) => ({
    type: "column" as const,
    title: `Chart of ${values}`,
    categories: "A2:A6",
    series: [{ name: "N", values }],
    position: "H2:N20",
  });
  const small: SheetPlan = {
    key: "small",
    name: "Small",
    blocks: [{ anchor: "A1", rows: [["x", "y"], ...[1, 2, 3, 4, 5].map((n) => [n, n * n])] }],
    charts: [chart("B2:B6")],
  };
  const plan = { sheets: [small, sheet({ charts: [chart("A2:A6")] })] };
  const { buffer } = await writePlanToXlsx(plan, computed, { gzip: nodeGzip });
  const files = unzipSync(new Uint8Array(buffer));
  expect(
    Object.keys(files)
      .filter((name) => name.startsWith("xl/charts/"))
      .sort()
  ).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
  const types = strFromU8(files["[Content_Types].xml"]);
  expect(types).toContain('PartName="/xl/charts/chart2.xml"');
  // The streamed sheet keeps every row, with its drawing after the sheet data.
  const data = strFromU8(files["xl/worksheets/sheet2.xml"]);
  expect(data.indexOf("<drawing ")).toBeGreaterThan(data.lastIndexOf("</sheetData>"));
  const worksheet = (await readWorkbook(buffer)).getWorksheet("Data")!;
  expect(worksheet.getCell(`A${ROWS + 1}`).value).toBe(ROWS);
});

describeWithLibreOffice("LibreOffice on a streamed block", () => {
  it("keeps text as text and recalculates the formulas to the cached values", async () => {
    const { buffer } = await cells({ sheets: [sheet()] });
    expect(await expectLibreOfficeAgrees(buffer)).toBe(ROWS);
    const saved = (await readWorkbook(await recalculateXlsx(writeTempXlsx(buffer)))).getWorksheet(
      "Data"
    )!;
    TEXTS.forEach((text, i) => expect(saved.getCell(`B${i + 2}`).value).toBe(text));
    expect(saved.getCell(`A${ROWS + 1}`).value).toBe(ROWS);
  }, 300_000);

  it("opens a file with a streamed sheet and a chart on another sheet", async () => {
    // Charts go into ExcelJS's package before the streamed rows are spliced in: both must survive.
    const chartSheet: SheetPlan = {
      key: "dash",
      name: "Dash",
      blocks: [
        {
          anchor: "A1",
          rows: [
            ["Month", "GMV"],
            ["Jan", 10],
            ["Feb", 30],
          ],
        },
      ],
      charts: [
        {
          type: "column",
          title: "GMV",
          categories: "A2:A3",
          series: [{ name: "GMV", values: "B2:B3" }],
          position: "D2:J15",
        },
      ],
    };
    const { buffer } = await cells({ sheets: [sheet(), chartSheet] });
    const parts = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(parts).filter((name) => name.startsWith("xl/charts/"))).toHaveLength(1);
    expect(strFromU8(parts["xl/worksheets/sheet2.xml"])).toContain("<drawing ");
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"])).toContain(`<row r="${ROWS + 1}">`);
    expect(await expectLibreOfficeAgrees(buffer)).toBe(ROWS);
  }, 300_000);
});
