/**
 * The xlsx writer on the shared sample plan: the file is re-opened with ExcelJS and every feature checked,
 * then LibreOffice recalculates every file written here and must agree with the cached values.
 * Expected numbers are plain arithmetic on SAMPLE_MONTHLY_SALES, never read back from our own code.
 */
import type * as ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { fileProtection, zipEntry } from "../support/xlsxFile";
import { cellA1 } from "../../src/plan/a1";
import type { WorkbookPlan } from "../../src/plan/types";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { WorkbookError, type ComputedValue, type ComputedValues } from "../../src/workbook/port";
import { decodeFileText, encodeFileText } from "../../src/workbook/xlsx/fileText";
import { expandThisRowReferences } from "../../src/workbook/xlsx/structuredReferences";
import { writePlanToXlsx, type XlsxWriteOptions } from "../../src/workbook/xlsx/writeXlsx";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  readWorkbook,
  recalculateXlsx,
  writeTempXlsx,
} from "../support/libreoffice";
import {
  HOSTILE_TEXTS,
  SAMPLE_MONTHLY_SALES,
  SAMPLE_MONTHS,
  SAMPLE_TARGET,
  samplePlan,
} from "../support/samplePlan";

const LIBREOFFICE_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------------------------------------------
// The sample plan's formula results, worked out independently.
const TOTAL = SAMPLE_MONTHLY_SALES.reduce((sum, x) => sum + x, 0); // 1,317,000
const SHARES = SAMPLE_MONTHLY_SALES.map((x) => x / TOTAL);
const MEAN = TOTAL / 12;
const SAMPLE_STDEV = Math.sqrt(
  SAMPLE_MONTHLY_SALES.reduce((sum, x) => sum + (x - MEAN) ** 2, 0) / 11
);
/** The standard normal distribution's 95% quantile, from statistical tables. */
const Z_95 = 1.6448536269514722;
const CHANNEL_GMV = 600_000 + 450_000 + 250_000;

function sampleResults(): Map<string, ComputedValue> {
  const results = new Map<string, ComputedValue>();
  SHARES.forEach((share, i) => results.set(`sales!C${i + 4}`, share));
  results.set("sales!B16", TOTAL);
  results.set(
    "sales!C16",
    SHARES.reduce((sum, x) => sum + x, 0)
  );
  results.set("sales!F4", TOTAL / SAMPLE_TARGET);
  results.set("sales!F5", 0);
  results.set("sales!F6", "—");
  results.set("sales!F7", SAMPLE_STDEV);
  results.set("sales!F8", Z_95);
  results.set("sales!F9", SAMPLE_MONTHLY_SALES[SAMPLE_MONTHS.indexOf("Jun")]);
  results.set("sales!F10", TOTAL >= SAMPLE_TARGET ? "A" : TOTAL >= SAMPLE_TARGET * 0.8 ? "B" : "C");
  results.set(
    "sales!F11",
    SAMPLE_MONTHS[SAMPLE_MONTHLY_SALES.indexOf(Math.max(...SAMPLE_MONTHLY_SALES))]
  );
  results.set("summary!B1", TOTAL);
  results.set("summary!B2", TOTAL * 2);
  results.set("summary!B3", TOTAL / 12);
  results.set("summary!B4", CHANNEL_GMV);
  return results;
}

/** A ComputedValues fake over "sheetKey!A1" results; asking for any other cell is a test bug. */
function fakeComputed(results: ReadonlyMap<string, ComputedValue>): ComputedValues {
  return {
    get(sheetKey, row, column) {
      const key = `${sheetKey}!${cellA1({ row, column })}`;
      if (!results.has(key)) throw new Error(`The fake has no result for ${key}`);
      return results.get(key) as ComputedValue;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
/** Files with cached values, for the LibreOffice check at the end. */
const written: Buffer[] = [];

async function write(
  plan: WorkbookPlan,
  computed: ComputedValues | undefined,
  options?: XlsxWriteOptions
) {
  const output = await writePlanToXlsx(plan, computed, options);
  if (computed) written.push(output.buffer);
  return { ...output, workbook: await readWorkbook(output.buffer) };
}

/** What ExcelJS keeps on a worksheet it has read, but its typings leave out. */
interface WorksheetInternals {
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  sheetProtection: Record<string, unknown> | null;
}
const internals = (sheet: ExcelJS.Worksheet) => sheet as unknown as WorksheetInternals;

const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;
// Not cell.value.result: ExcelJS's cell.value leaves out a result of 0, false or "".
const resultOf = (cell: ExcelJS.Cell) => cell.result;

// ---------------------------------------------------------------------------------------------------
describe("writePlanToXlsx on the sample plan", () => {
  let output: Awaited<ReturnType<typeof write>>;
  let sales: ExcelJS.Worksheet;
  let summary: ExcelJS.Worksheet;
  let channels: ExcelJS.Worksheet;

  beforeAll(async () => {
    output = await write(samplePlan(), fakeComputed(sampleResults()));
    sales = output.workbook.getWorksheet("Sales 销售")!;
    summary = output.workbook.getWorksheet("Summary")!;
    channels = output.workbook.getWorksheet("Channels")!;
  });

  test("names the sheets in plan order and reports them", () => {
    expect(output.workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Sales 销售",
      "Summary",
      "Channels",
    ]);
    expect(output.result.sheetNames).toEqual({
      sales: "Sales 销售",
      summary: "Summary",
      channels: "Channels",
    });
    expect(Buffer.isBuffer(output.buffer)).toBe(true);
  });

  test("writes values", () => {
    expect(sales.getCell("A1").value).toBe("Monthly sales 月度销售");
    expect(sales.getCell("A4").value).toBe("Jan");
    SAMPLE_MONTHLY_SALES.forEach((amount, i) =>
      expect(sales.getCell(`B${i + 4}`).value).toBe(amount)
    );
    expect(sales.getCell("F3").value).toBe(SAMPLE_TARGET);
    expect(sales.getCell("H3").value).toBe("Tmall");
    expect(sales.getCell("D4").value).toBeNull(); // nothing written between blocks
    expect(channels.getCell("B2").value).toBe(600_000);
  });

  test("writes formulas without '=' and with the computed results cached", () => {
    expect(formulaOf(sales.getCell("C4"))).toBe("B4/$B$16");
    expect(resultOf(sales.getCell("C4"))).toBeCloseTo(82_000 / 1_317_000, 15);
    expect(formulaOf(sales.getCell("B16"))).toBe("SUM(B4:B15)");
    expect(resultOf(sales.getCell("B16"))).toBe(1_317_000);
    expect(resultOf(sales.getCell("F4"))).toBeCloseTo(0.878, 15);
    expect(resultOf(sales.getCell("F6"))).toBe("—");
    expect(resultOf(sales.getCell("F9"))).toBe(168_400);
    expect(resultOf(sales.getCell("F10"))).toBe("B");
    expect(resultOf(sales.getCell("F11"))).toBe("Nov");
    expect(formulaOf(sales.getCell("F11"))).toBe("INDEX(A4:A15,MATCH(MAX(B4:B15),B4:B15,0))");
  });

  test("adds _xlfn. to newer functions", () => {
    expect(formulaOf(sales.getCell("F7"))).toBe("_xlfn.STDEV.S(B4:B15)");
    expect(formulaOf(sales.getCell("F8"))).toBe("_xlfn.NORM.S.INV(0.95)");
    expect(formulaOf(sales.getCell("F10"))).toBe('_xlfn.IFS(B16>=F3,"A",B16>=F3*0.8,"B",TRUE,"C")');
    expect(formulaOf(sales.getCell("F9"))).toBe('SUMIFS(B4:B15,A4:A15,"Jun")');
  });

  test("resolves {sheet:key}, keeps defined names and structured references", () => {
    expect(formulaOf(summary.getCell("B1"))).toBe("'Sales 销售'!B16");
    expect(formulaOf(summary.getCell("B2"))).toBe("Sales_Total*2");
    expect(formulaOf(summary.getCell("B3"))).toBe("SUM(Sales_Months)/12");
    expect(formulaOf(summary.getCell("B4"))).toBe("SUM(ChannelData[GMV])");
    expect(resultOf(summary.getCell("B4"))).toBe(1_300_000);
  });

  test("hostile texts are string cells holding exactly the original text", () => {
    HOSTILE_TEXTS.forEach((text, i) => {
      expect(sales.getCell(`F${14 + i}`).type).toBe(3); // ExcelJS.ValueType.String
      expect(sales.getCell(`F${14 + i}`).value).toBe(text);
    });
    expect(sales.getCell("F19").value).toBe("\t=1+1");
    expect(sales.getCell("F20").value).toBe("\r=1+1");
  });

  test("number formats", () => {
    expect(sales.getCell("B4").numFmt).toBe("¥#,##0;-¥#,##0");
    expect(sales.getCell("C4").numFmt).toBe("0.0%");
    expect(sales.getCell("F3").numFmt).toBe("¥#,##0;-¥#,##0");
    expect(sales.getCell("F4").numFmt).toBe("0.0%");
    expect(summary.getCell("B1").numFmt).toBe("¥#,##0.00;-¥#,##0.00");
  });

  test("styles: input, title, header, and a total that keeps its number format", () => {
    // Style objects, not cells, in variables: the Office.js lint rules take ExcelJS's getCell for Excel's.
    for (const address of ["F3", "H3"]) {
      const input = sales.getCell(address).style;
      expect(input.fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFF2CC" },
      });
      expect(input.font?.color).toEqual({ argb: "FF1F4E99" });
    }
    expect(sales.getCell("A1").font).toMatchObject({
      bold: true,
      size: 14,
      color: { argb: "FF0F6CBD" },
    });
    const header = sales.getCell("B3").style;
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(header.border?.bottom).toMatchObject({ style: "thin" });
    expect(header.alignment?.horizontal).toBe("center");
    const total = sales.getCell("B16").style;
    expect(total.font?.bold).toBe(true);
    expect(total.border?.top).toMatchObject({ style: "double" });
    expect(total.fill).toMatchObject({ fgColor: { argb: "FFF2F2F2" } });
    expect(total.numFmt).toBe("¥#,##0;-¥#,##0");
    expect(sales.getCell("F5").fill).toMatchObject({ fgColor: { argb: "FFE2EFDA" } });
  });

  test("column widths, frozen panes and tab colour", () => {
    expect(sales.getColumn("A").width).toBe(12);
    expect(sales.getColumn("E").width).toBe(18);
    expect(sales.getColumn("F").width).toBe(16);
    expect(sales.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 3,
      topLeftCell: "B4",
    });
    expect(sales.properties.tabColor).toEqual({ argb: "FF0F6CBD" });
    expect((summary.views ?? []).some((view) => view.state === "frozen")).toBe(false);
  });

  test("print setup: landscape A4, one page wide, header row repeated", () => {
    expect(sales.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
  });

  test("defined names, with the sheet-scoped one local to its sheet", () => {
    const names = output.workbook.definedNames;
    expect(names.getRanges("Sales_Total").ranges).toEqual(["'Sales 销售'!$B$16"]);
    expect(names.getRanges("Sales_Months").ranges).toEqual(["'Sales 销售'!$B$4:$B$15"]);
    expect(names.getRanges("Local_Target").ranges).toEqual(["'Sales 销售'!$F$3"]);
    // ExcelJS drops localSheetId when it reads, so look at the file itself.
    const workbookXml = zipEntry(output.buffer, "xl/workbook.xml");
    expect(workbookXml).toContain(
      `<definedName name="Local_Target" localSheetId="0">&apos;Sales 销售&apos;!$F$3</definedName>`
    );
    expect(workbookXml).toContain(
      `<definedName name="Sales_Total">&apos;Sales 销售&apos;!$B$16</definedName>`
    );
  });

  test("data validations refuse invalid entries and show the prompt", () => {
    const validations = internals(sales).dataValidations.model;
    expect(validations["F3"]).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      showInputMessage: true,
      prompt: "Annual target in yuan",
      error: "Enter an amount of 0 or more.",
    });
    expect(validations["H3"]).toMatchObject({
      type: "list",
      formulae: ['"Tmall,JD,Douyin"'],
      showErrorMessage: true,
    });
    expect(Object.keys(validations).sort()).toEqual(["F3", "H3"]);
  });

  test("conditional formats", () => {
    const byRef = new Map(internals(sales).conditionalFormattings.map((cf) => [cf.ref, cf.rules]));
    expect(byRef.get("C4:C15")).toEqual([
      expect.objectContaining({
        type: "dataBar",
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: "FF5B9BD5" },
      }),
    ]);
    expect(byRef.get("B4:B15")).toEqual([
      expect.objectContaining({
        type: "colorScale",
        cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
      }),
    ]);
    const cellIs = byRef.get("F5")![0] as ExcelJS.CellIsRuleType;
    expect(cellIs).toMatchObject({ type: "cellIs", operator: "notEqual", formulae: ["0"] });
    expect(cellIs.style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
    expect(cellIs.style?.font?.color).toEqual({ argb: "FF9C0006" });
  });

  test("protection: sheet protected, F3 and H3 unlocked, everything else locked", () => {
    const protection = fileProtection(output.buffer, 1);
    expect(protection.sheetProtected).toBe(true);
    expect(["F3", "H3"].map(protection.locked)).toEqual([false, false]);
    expect(["A1", "B4", "F4", "F14"].map(protection.locked)).toEqual([true, true, true, true]);
    expect(fileProtection(output.buffer, 2).sheetProtected).toBe(false);
    expect(internals(sales).sheetProtection).toMatchObject({ sheet: true, formatColumns: true });
    expect(sales.getCell("F3").protection).toMatchObject({ locked: false });
    expect(sales.getCell("H3").protection).toMatchObject({ locked: false });
    for (const address of ["A1", "B4", "C4", "B16", "F4", "F14", "Z99"])
      expect(sales.getCell(address).protection?.locked).not.toBe(false);
    expect(internals(summary).sheetProtection ?? null).toBeNull();
  });

  test("the table sits on the plan's cells", () => {
    const table = channels.getTable("ChannelData") as unknown as {
      table: { tableRef: string; columns: { name: string }[]; style: { theme: string } };
    };
    expect(table.table.tableRef).toBe("A1:C4");
    expect(table.table.columns.map((column) => column.name)).toEqual(["Channel", "GMV", "Orders"]);
    expect(table.table.style.theme).toBe("TableStyleMedium2");
    expect(
      ["A1", "B1", "C1", "A4", "B4", "C4"].map((address) => channels.getCell(address).value)
    ).toEqual(["Channel", "GMV", "Orders", "Douyin", 250_000, 2_500]);
  });

  test("the chart is a chart part of the file (ECMA-376 §21.2), anchored over J2:Q18; name comments are reported", () => {
    expect(output.omitted).toEqual([
      { kind: "nameComment", sheetKey: "", description: "comment of defined name Sales_Total" },
    ]);
    const types = zipEntry(output.buffer, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    expect(zipEntry(output.buffer, "xl/worksheets/sheet1.xml")).toMatch(/<drawing r:id="(\w+)"\/>/);
    expect(zipEntry(output.buffer, "xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      'Target="../drawings/drawing1.xml"'
    );
    const drawing = zipEntry(output.buffer, "xl/drawings/drawing1.xml");
    // J2 is column 9, row 1 (0-based); the anchor ends at the cell after Q18.
    expect(drawing).toContain(
      "<xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>"
    );
    const chart = zipEntry(output.buffer, "xl/charts/chart1.xml");
    expect(chart).toContain("<c:f>'Sales 销售'!$B$4:$B$15</c:f>");
    expect(chart).toContain("<c:f>'Sales 销售'!$A$4:$A$15</c:f>");
  });
});

describe("writePlanToXlsx with the memory adapter's computed values", () => {
  test("caches the formula engine's results, which equal the independent arithmetic", async () => {
    const memory = new MemoryWorkbook();
    try {
      const result = await memory.applyPlan(samplePlan());
      const { workbook } = await write(samplePlan(), memory.computedValues(result));
      const expected = sampleResults();
      const sheetNames: Record<string, string> = { sales: "Sales 销售", summary: "Summary" };
      const wrong: string[] = [];
      for (const [key, value] of expected) {
        const [sheetKey, address] = key.split("!");
        const cached = resultOf(workbook.getWorksheet(sheetNames[sheetKey])!.getCell(address));
        const same =
          typeof value === "number"
            ? Math.abs((cached as number) - value) <= 1e-9 * Math.max(1, Math.abs(value))
            : cached === value;
        if (!same)
          wrong.push(`${key}: cached ${JSON.stringify(cached)}, expected ${JSON.stringify(value)}`);
      }
      expect(wrong).toEqual([]);
    } finally {
      memory.dispose();
    }
  });
});

describe("writePlanToXlsx", () => {
  test("sheets that exist get ' (2)' names, and formulas and names follow them", async () => {
    const { workbook, result } = await write(samplePlan(), fakeComputed(sampleResults()), {
      existingSheetNames: ["Sales 销售", "summary"],
    });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Sales 销售 (2)",
      "Summary (2)",
      "Channels",
    ]);
    expect(result.sheetNames).toEqual({
      sales: "Sales 销售 (2)",
      summary: "Summary (2)",
      channels: "Channels",
    });
    expect(formulaOf(workbook.getWorksheet("Summary (2)")!.getCell("B1"))).toBe(
      "'Sales 销售 (2)'!B16"
    );
    expect(workbook.definedNames.getRanges("Sales_Total").ranges).toEqual([
      "'Sales 销售 (2)'!$B$16",
    ]);
  });

  test("without computed values formulas have no cache and the file asks for a full recalculation", async () => {
    const { buffer, workbook } = await write(samplePlan(), undefined);
    expect(workbook.getWorksheet("Sales 销售")!.getCell("B16").value).toEqual({
      formula: "SUM(B4:B15)",
    });
    expect(zipEntry(buffer, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("errors, booleans and zero are cached as such, in cells and in tables", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "s",
          name: "S",
          blocks: [
            {
              anchor: "A1",
              rows: [
                [
                  0,
                  { formula: "=1/A1" },
                  { formula: "=A1=0" },
                  { formula: "=NA()" },
                  { formula: "=A1=1" },
                  { formula: "=A1*5" },
                ],
              ],
            },
            {
              anchor: "A3",
              rows: [
                ["Qty", "Zero?"],
                [0, { formula: "=A4=0" }],
                [2, { formula: "=A5*0" }],
              ],
            },
          ],
          tables: [{ name: "Checks", range: "A3:B5" }],
        },
      ],
    };
    const results = new Map<string, ComputedValue>([
      ["s!B1", { error: "#DIV/0!" }],
      ["s!C1", true],
      ["s!D1", { error: "#N/A" }],
      ["s!E1", false],
      ["s!F1", 0],
      ["s!B4", true],
      ["s!B5", 0],
    ]);
    const sheet = (await write(plan, fakeComputed(results))).workbook.getWorksheet("S")!;
    expect(sheet.getCell("B1").value).toEqual({ formula: "1/A1", result: { error: "#DIV/0!" } });
    expect(sheet.getCell("C1").value).toEqual({ formula: "A1=0", result: true });
    expect(sheet.getCell("D1").value).toEqual({ formula: "NA()", result: { error: "#N/A" } });
    expect([resultOf(sheet.getCell("E1")), resultOf(sheet.getCell("F1"))]).toEqual([false, 0]);
    expect([formulaOf(sheet.getCell("B5")), resultOf(sheet.getCell("B5"))]).toEqual(["A5*0", 0]);
  });

  test("a sheet-scoped name resolves on its own sheet only (cached: #NAME? elsewhere)", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "rates",
          name: "Rates",
          blocks: [{ anchor: "A1", rows: [["Rate", 0.25, { formula: "=Local_Rate*4" }]] }],
        },
        {
          key: "other",
          name: "Other",
          blocks: [
            {
              anchor: "A1",
              rows: [[{ formula: "=Local_Rate*4" }, { formula: "={sheet:rates}!B1*4" }]],
            },
          ],
        },
      ],
      names: [{ name: "Local_Rate", sheet: "rates", range: "B1", scope: "sheet" }],
    };
    const results = new Map<string, ComputedValue>([
      ["rates!C1", 1],
      ["other!A1", { error: "#NAME?" }],
      ["other!B1", 1],
    ]);
    const { buffer } = await write(plan, fakeComputed(results));
    expect(zipEntry(buffer, "xl/workbook.xml")).toContain(
      `<definedName name="Local_Rate" localSheetId="0">&apos;Rates&apos;!$B$1</definedName>`
    );
  });

  test("a password protects the sheet as a SHA-512 hash; the password itself is not in the file", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "p",
          name: "P",
          blocks: [{ anchor: "A1", rows: [[1]] }],
          protection: { editableRanges: [], password: "s3cret" },
        },
      ],
    };
    const { buffer, workbook } = await write(plan, fakeComputed(new Map()));
    expect(internals(workbook.getWorksheet("P")!).sheetProtection).toMatchObject({
      sheet: true,
      algorithmName: "SHA-512",
    });
    expect(zipEntry(buffer, "xl/worksheets/sheet1.xml")).not.toContain("s3cret");
  });

  test("text that looks like an escape, holds TAB, LF or CR, or fills a cell survives exactly", async () => {
    // (Other control characters are refused by validatePlan: test/workbook/cellTextRefusal.test.ts.)
    const texts = [
      "_x000D_ literal",
      "a\r\nb",
      "tab\tand\nline",
      "_x005F_x0041_",
      " padded ",
      "\t\n\r",
      "长".repeat(32_767),
      "📈".repeat(16_383) + "x",
    ];
    const plan: WorkbookPlan = {
      sheets: [
        { key: "t", name: "T", blocks: [{ anchor: "A1", rows: texts.map((text) => [text]) }] },
      ],
    };
    const sheet = (await write(plan, fakeComputed(new Map()))).workbook.getWorksheet("T")!;
    expect(texts.map((_, i) => sheet.getCell(`A${i + 1}`).value)).toEqual(texts);
  });

  test("a table with a totals row keeps the plan's totals cells", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "t",
          name: "T",
          blocks: [
            {
              anchor: "B2",
              rows: [
                ["Item", "Qty"],
                ["a", 2],
                ["b", 3],
                ["Total", { formula: "=SUBTOTAL(109,Items[Qty])" }],
              ],
            },
          ],
          tables: [{ name: "Items", range: "B2:C5", showTotals: true }],
        },
      ],
    };
    const sheet = (await write(plan, fakeComputed(new Map([["t!C5", 5]])))).workbook.getWorksheet(
      "T"
    )!;
    const table = sheet.getTable("Items") as unknown as {
      table: { tableRef: string; totalsRow: boolean };
    };
    expect(table.table).toMatchObject({ tableRef: "B2:C5", totalsRow: true });
    expect(sheet.getCell("B5").value).toBe("Total");
    expect(sheet.getCell("C5").value).toEqual({ formula: "SUBTOTAL(109,Items[Qty])", result: 5 });
  });

  test("whole-number and list validations, icon sets and expression rules", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "v",
          name: "V",
          blocks: [{ anchor: "A1", rows: [[1, 2, 3]] }],
          validations: [
            {
              range: "A1:A10",
              rule: { type: "whole", min: 1, max: 12 },
              error: "1 to 12",
              allowBlank: false,
            },
            { range: "B1", rule: { type: "whole" } },
            { range: "C1", rule: { type: "list", values: ['Say "hi"', "Bye"] } },
          ],
          conditionalFormats: [
            { range: "A1:C1", rule: { type: "iconSet", icons: "3TrafficLights" } },
            {
              range: "A1:C1",
              rule: { type: "expression", formula: "IFNA(A1,0)>1", fontColor: "#FF0000" },
            },
            {
              range: "A1:C1",
              rule: {
                type: "cellValue",
                operator: "between",
                formula1: "1",
                formula2: "2",
                fill: "#00FF00",
              },
            },
          ],
        },
      ],
    };
    const { buffer, workbook } = await write(plan, fakeComputed(new Map()));
    const sheet = workbook.getWorksheet("V")!;
    // ExcelJS reads a range's validation back cell by cell.
    const validations = internals(sheet).dataValidations.model;
    for (const address of ["A1", "A10"]) {
      expect(validations[address]).toMatchObject({
        type: "whole",
        operator: "between",
        formulae: [1, 12],
        error: "1 to 12",
      });
      expect(validations[address].allowBlank).toBeFalsy(); // absent in the file means false
    }
    expect(validations["C1"]).toMatchObject({ type: "list", formulae: ['"Say ""hi"",Bye"'] });
    // ExcelJS reads whole-number bounds with parseInt, so check the unbounded rule in the file itself.
    expect(zipEntry(buffer, "xl/worksheets/sheet1.xml")).toMatch(
      /<dataValidation type="whole" allowBlank="1" showErrorMessage="1" errorStyle="stop" sqref="B1"><formula1>-9.99999999999999E\+307<\/formula1><formula2>9.99999999999999E\+307<\/formula2>/
    );
    const rules = internals(sheet).conditionalFormattings.flatMap((cf) => cf.rules);
    expect(rules).toEqual([
      expect.objectContaining({ type: "iconSet", iconSet: "3TrafficLights1" }),
      expect.objectContaining({ type: "expression", formulae: ["_xlfn.IFNA(A1,0)>1"] }),
      expect.objectContaining({ type: "cellIs", operator: "between", formulae: ["1", "2"] }),
    ]);
  });

  test("an invalid plan is refused with every error, before anything is written", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "s",
          name: "S",
          blocks: [{ anchor: "ZZZZ1", rows: [[1]] }],
          formats: [{ range: "A1:", style: "title" }],
        },
      ],
    };
    const attempt = writePlanToXlsx(plan, undefined);
    await expect(attempt).rejects.toBeInstanceOf(WorkbookError);
    await expect(attempt).rejects.toMatchObject({
      code: "invalidPlan",
      message: expect.stringMatching(/ZZZZ1[\s\S]*A1:/),
    });
  });

  test.each<[string, WorkbookPlan, RegExp]>([
    [
      "a list value with a comma",
      {
        sheets: [
          {
            key: "s",
            name: "S",
            blocks: [],
            validations: [{ range: "A1", rule: { type: "list", values: ["a,b"] } }],
          },
        ],
      },
      /contains a comma/,
    ],
    [
      "a number Excel cannot hold",
      { sheets: [{ key: "s", name: "S", blocks: [{ anchor: "A1", rows: [[Number.NaN]] }] }] },
      /cell A1: NaN/,
    ],
    [
      "a table without data rows",
      {
        sheets: [
          {
            key: "s",
            name: "S",
            blocks: [{ anchor: "A1", rows: [["H"]] }],
            tables: [{ name: "Empty", range: "A1" }],
          },
        ],
      },
      /at least one data row/,
    ],
  ])("refuses %s as an invalid plan", async (_what, plan, message) => {
    await expect(writePlanToXlsx(plan, undefined)).rejects.toMatchObject({
      code: "invalidPlan",
      message: expect.stringMatching(message),
    });
  });
});

describe("this-row table references", () => {
  test.each([
    ["=Items[@Qty]*Items[@Price]", "=Items[[#This Row],[Qty]]*Items[[#This Row],[Price]]"],
    ["=Items[@[Unit Price]]*2", "=Items[[#This Row],[Unit Price]]*2"],
    ["=SUM(Items[@[Qty]:[Price]])", "=SUM(Items[[#This Row],[Qty]:[Price]])"],
    ["=SUM(Items[@])", "=SUM(Items[#This Row])"],
  ])("%s is spelled out for the file", (formula, expected) => {
    expect(expandThisRowReferences(formula)).toBe(expected);
  });

  test.each(["=SUM(Items[Qty])", '="[@Qty]"&A1', "=Items[[#This Row],[Qty]]", "='[@x'!A1"])(
    "%s stays as it is",
    (formula) => {
      expect(expandThisRowReferences(formula)).toBe(formula);
    }
  );

  test("a table's this-row formulas are written in the file's form (LibreOffice computes them below)", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "t",
          name: "Items",
          blocks: [
            {
              anchor: "A1",
              rows: [
                ["Item", "Qty", "Unit Price", "Amount"],
                ["a", 2, 10, { formula: "=Items[@Qty]*Items[@[Unit Price]]" }],
                ["b", 3, 20, { formula: "=Items[@Qty]*Items[@[Unit Price]]" }],
              ],
            },
          ],
          tables: [{ name: "Items", range: "A1:D3" }],
        },
      ],
    };
    const results = new Map<string, ComputedValue>([
      ["t!D2", 20],
      ["t!D3", 60],
    ]);
    const sheet = (await write(plan, fakeComputed(results))).workbook.getWorksheet("Items")!;
    expect(formulaOf(sheet.getCell("D3"))).toBe(
      "Items[[#This Row],[Qty]]*Items[[#This Row],[Unit Price]]"
    );
    expect(resultOf(sheet.getCell("D3"))).toBe(60);
  });
});

describe("file text", () => {
  test("escapes control characters and literal escapes, and decodes back", () => {
    expect(encodeFileText("\r=1+1")).toBe("_x000D_=1+1");
    expect(encodeFileText("_x000D_")).toBe("_x005F_x000D_");
    expect(encodeFileText("tab\tline\n")).toBe("tab\tline\n");
    expect(encodeFileText("plain 文字")).toBe("plain 文字");
    for (const text of [...HOSTILE_TEXTS, "_x000d_", "\u0001\u001f", "_x005F_x0041_"])
      expect(decodeFileText(encodeFileText(text))).toBe(text);
  });
});

describeWithLibreOffice("LibreOffice on the files written above", () => {
  test(
    "recalculates every formula of every file to the cached value",
    async () => {
      // Files written without computed values are left out: they have nothing cached to compare.
      expect(written.length).toBeGreaterThan(0);
      expect(await expectLibreOfficeAgrees(written)).toBeGreaterThan(0);
    },
    LIBREOFFICE_TIMEOUT_MS
  );

  test(
    "protection, validations and text survive LibreOffice's round trip",
    async () => {
      const { buffer } = await writePlanToXlsx(samplePlan(), fakeComputed(sampleResults()));
      const roundTrippedPath = await recalculateXlsx(writeTempXlsx(buffer, "sample"));
      const protection = fileProtection(readFileSync(roundTrippedPath), 1);
      expect(protection.sheetProtected).toBe(true);
      expect(["F3", "H3"].map(protection.locked)).toEqual([false, false]);
      expect(["A1", "B4", "F4", "F14"].map(protection.locked)).toEqual([true, true, true, true]);
      const roundTripped = await readWorkbook(roundTrippedPath);
      const sales = roundTripped.getWorksheet("Sales 销售")!;
      const validations = internals(sales).dataValidations.model;
      expect(validations["F3"]).toMatchObject({
        type: "decimal",
        operator: "greaterThanOrEqual",
        prompt: "Annual target in yuan",
        error: "Enter an amount of 0 or more.",
      });
      expect(validations["H3"]).toMatchObject({ type: "list", showErrorMessage: true });
      expect(validations["H3"].formulae[0]).toBe('"Tmall,JD,Douyin"');
      HOSTILE_TEXTS.forEach((text, i) => expect(sales.getCell(`F${14 + i}`).value).toBe(text));
      expect(roundTripped.getWorksheet("Channels")!.getTable("ChannelData")).toBeDefined();
    },
    LIBREOFFICE_TIMEOUT_MS
  );
});

describe("a name local to another sheet than its range (a fitted copy)", () => {
  test("is written local to localTo, pointing at the range's sheet", async () => {
    const plan = samplePlan();
    plan.names = [
      { name: "Sales_Total", sheet: "sales", range: "B16", scope: "sheet", localTo: "summary" },
    ];
    const { buffer } = await writePlanToXlsx(plan, undefined);
    const xml = zipEntry(buffer, "xl/workbook.xml");
    // Summary is the second sheet (localSheetId 1); the range stays on the sales sheet.
    expect(xml).toContain(
      `<definedName name="Sales_Total" localSheetId="1">&apos;Sales 销售&apos;!$B$16</definedName>`
    );
  });
});

describe("chart parts beside other worksheet parts", () => {
  test("<drawing> goes before the sheet's own <extLst>, not into a data bar's, and before <tableParts>", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "s",
          name: "S",
          blocks: [
            {
              anchor: "A1",
              rows: [
                ["m", "v"],
                ["a", 1],
                ["b", 2],
              ],
            },
          ],
          conditionalFormats: [{ range: "B2:B3", rule: { type: "dataBar", color: "#5B9BD5" } }],
          tables: [{ name: "T", range: "A1:B3" }],
          charts: [
            {
              type: "pie",
              title: "P",
              categories: "A2:A3",
              series: [{ name: "v", values: "B2:B3" }],
              position: "D1:H9",
            },
          ],
        },
      ],
    };
    const sheet = zipEntry(
      (await writePlanToXlsx(plan, undefined)).buffer,
      "xl/worksheets/sheet1.xml"
    );
    // CT_Worksheet's order (ECMA-376 Part 1, §18.3.1.99): … drawing, …, tableParts, extLst.
    const drawing = sheet.indexOf("<drawing ");
    expect(drawing).toBeGreaterThan(sheet.indexOf("</conditionalFormatting>"));
    expect(drawing).toBeLessThan(sheet.indexOf("<tableParts"));
    expect(sheet.indexOf("<tableParts")).toBeLessThan(sheet.lastIndexOf("<extLst"));
  });
});
