/** ExcelWorkbook.applyPlan on the shared sample plan, through the typed in-memory fake of Office.js. */
import { STYLES } from "../../src/plan/styles";
import type { WorkbookPlan } from "../../src/plan/types";
import { columnWidthPoints } from "../../src/workbook/excel/officeMappings";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { REQUEST_BUDGET_BYTES } from "../../src/workbook/excel/requestBudget";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel } from "../support/excelMock";
import { HOSTILE_TEXTS, SAMPLE_MONTHLY_SALES, samplePlan } from "../support/samplePlan";

function setup(existingSheets = ["Sheet1"]) {
  const fake = new FakeExcel(existingSheets);
  return { fake, workbook: new ExcelWorkbook({ run: fake.run }) };
}

async function appliedSample() {
  const { fake, workbook } = setup();
  const progress: [number, number][] = [];
  const result = await workbook.applyPlan(samplePlan(), {
    onProgress: (done, total) => progress.push([done, total]),
  });
  return { fake, workbook, result, progress, sales: fake.sheet("Sales 销售") };
}

describe("applyPlan: sync budget", () => {
  it("builds the sample plan in 3 syncs: read names, write everything, recalculate", async () => {
    const { fake, workbook, result, progress } = await appliedSample();
    expect(workbook.stats.syncs).toBe(3);
    expect(fake.syncCount).toBe(3);
    expect(result.sheetNames).toEqual({
      sales: "Sales 销售",
      summary: "Summary",
      channels: "Channels",
    });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([
      "Sheet1",
      "Sales 销售",
      "Summary",
      "Channels",
    ]);
    expect(fake.syncs.map((sync) => sync.suspendedCalculation)).toEqual([false, true, false]);
    expect(fake.calculations).toEqual(["Recalculate"]);
    expect(fake.activeSheet).toBe("Sales 销售");
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it("estimates every request at or above what the fake measures, and under 4 MB", async () => {
    const { fake, workbook } = await appliedSample();
    const estimates = workbook.stats.requestBytes;
    expect(estimates).toHaveLength(fake.syncCount);
    estimates.forEach((estimate, i) => {
      expect(estimate).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      expect(fake.syncs[i].requestBytes).toBeLessThanOrEqual(estimate);
    });
  });

  it("refuses an invalid plan before touching the workbook", async () => {
    const { fake, workbook } = setup();
    const plan = samplePlan();
    plan.sheets[1].blocks[0].rows[0][1] = { formula: "={sheet:nowhere}!A1" };
    await expect(workbook.applyPlan(plan)).rejects.toMatchObject({
      code: "invalidPlan",
      message: expect.stringContaining("nowhere"),
    });
    expect(fake.syncCount).toBe(0);
  });
});

describe("applyPlan: cells", () => {
  it("writes values as values and formulas with the final sheet names", async () => {
    const { sales, fake } = await appliedSample();
    SAMPLE_MONTHLY_SALES.forEach((amount, i) =>
      expect(sales.content(`B${i + 4}`)).toEqual({ kind: "number", value: amount })
    );
    expect(sales.input("A4")).toBe("Jan"); // ordinary labels are written as they are
    expect(sales.input("C4")).toBe("=B4/$B$16");
    expect(sales.input("B16")).toBe("=SUM(B4:B15)");
    expect(sales.input("F6")).toBe('=IFERROR(B16/0,"—")');
    const summary = fake.sheet("Summary");
    expect(summary.input("B1")).toBe("='Sales 销售'!B16");
    expect(summary.input("B4")).toBe("=SUM(ChannelData[GMV])");
  });

  it("writes each block with one range.formulas assignment", async () => {
    const { fake } = await appliedSample();
    const blocks = samplePlan().sheets.reduce((count, sheet) => count + sheet.blocks.length, 0);
    const labels = fake.syncs.flatMap((sync) => sync.labels);
    expect(labels.filter((label) => label === "Range.formulas")).toHaveLength(blocks);
    expect(labels.filter((label) => label === "Range.values")).toHaveLength(0);
  });

  it("keeps the sample's hostile texts as text", async () => {
    const { sales } = await appliedSample();
    HOSTILE_TEXTS.forEach((text, i) => {
      expect(sales.content(`F${14 + i}`)).toEqual({ kind: "text", text, quotePrefix: true });
    });
  });

  it("never overwrites an existing sheet: the plan's sheets get (2) and its formulas follow", async () => {
    const { fake, workbook } = setup(["Sales 销售", "Sheet2"]);
    fake.seed("Sales 销售", "A1", [["mine", 42]]);
    const before = fake.sheet("Sales 销售").serialise();
    const result = await workbook.applyPlan(samplePlan());
    expect(result.sheetNames.sales).toBe("Sales 销售 (2)");
    expect(fake.sheet("Sales 销售").serialise()).toEqual(before);
    expect(fake.sheet("Summary").input("B1")).toBe("='Sales 销售 (2)'!B16");
    expect(fake.names.find((name) => name.name === "Sales_Total")?.formula).toBe(
      "='Sales 销售 (2)'!$B$16"
    );
    expect(fake.activeSheet).toBe("Sales 销售 (2)");
  });

  it("names a second build's sheets (2) too, when the plan's names are sheet-scoped", async () => {
    const plan: WorkbookPlan = {
      sheets: [{ key: "t", name: "目标拆解", blocks: [{ anchor: "A1", rows: [["x"]] }] }],
    };
    const { fake, workbook } = setup();
    await workbook.applyPlan(plan);
    const again = await workbook.applyPlan(plan);
    expect(again.sheetNames.t).toBe("目标拆解 (2)");
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "目标拆解", "目标拆解 (2)"]);
  });
});

describe("applyPlan: formats, rules and sheet setup", () => {
  it("renders every style preset of the plan from STYLES", async () => {
    const { fake } = await appliedSample();
    for (const sheet of samplePlan().sheets) {
      for (const format of sheet.formats ?? []) {
        if (!format.style) continue;
        const style = STYLES[format.style];
        const rendered = fake.sheet(sheet.name).formats.get(format.range);
        expect(rendered?.font?.bold).toBe(style.bold);
        expect(rendered?.font?.italic).toBe(style.italic);
        expect(rendered?.font?.size).toBe(style.fontSize);
        expect(rendered?.font?.color).toBe(style.fontColor);
        expect(rendered?.fill?.color).toBe(style.fill);
      }
    }
  });

  it("draws borders and alignment: header bottom line and centre, total double top line", async () => {
    const { sales } = await appliedSample();
    const header = sales.formats.get("A3:C3");
    expect(header?.borders).toEqual([
      { sideIndex: "EdgeBottom", style: "Continuous", weight: "Thin" },
    ]);
    expect(header?.horizontalAlignment).toBe("Center");
    expect(sales.formats.get("A16:C16")?.borders).toEqual([
      { sideIndex: "EdgeTop", style: "Double" },
    ]);
  });

  it("sets number formats cell by cell from NUMBER_FORMATS", async () => {
    const { sales, fake } = await appliedSample();
    expect(sales.numberFormat("B4")).toBe("¥#,##0;-¥#,##0");
    expect(sales.numberFormat("B16")).toBe("¥#,##0;-¥#,##0");
    expect(sales.numberFormat("C10")).toBe("0.0%");
    expect(sales.numberFormat("F4")).toBe("0.0%");
    expect(fake.sheet("Summary").numberFormat("B3")).toBe("¥#,##0.00;-¥#,##0.00");
  });

  it("sets column widths in points", async () => {
    const { sales } = await appliedSample();
    expect(sales.formats.get("A:A")?.columnWidth).toBe(columnWidthPoints(12));
    expect(sales.formats.get("E:E")?.columnWidth).toBe(columnWidthPoints(18));
    expect(columnWidthPoints(12)).toBeCloseTo(66.75);
  });

  it("sets neighbouring columns of one width in one assignment", async () => {
    const { fake, workbook } = setup();
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "w",
          name: "Widths",
          blocks: [{ anchor: "A1", rows: [["x"]] }],
          // Out of order on purpose: B, C and D are neighbours of width 10; A, F and G differ.
          columnWidths: [
            { column: "C", width: 10 },
            { column: "A", width: 8 },
            { column: "B", width: 10 },
            { column: "D", width: 10 },
            { column: "F", width: 10 },
            { column: "G", width: 20 },
          ],
        },
      ],
    };
    await workbook.applyPlan(plan);
    const widths = fake.sheet("Widths").formats;
    // By hand: A alone (8), B:D (10), E has no width so F (10) starts a new span, G (20).
    expect([...widths].map(([range, format]) => [range, format.columnWidth])).toEqual([
      ["A:A", columnWidthPoints(8)],
      ["B:D", columnWidthPoints(10)],
      ["F:F", columnWidthPoints(10)],
      ["G:G", columnWidthPoints(20)],
    ]);
    const labels = fake.syncs.flatMap((sync) => sync.labels);
    expect(labels.filter((label) => label === "RangeFormat.columnWidth")).toHaveLength(4);
  });

  it("adds data validation with prompt and error alert", async () => {
    const { sales } = await appliedSample();
    expect(sales.validations.get("F3")).toEqual({
      rule: { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "", message: "Annual target in yuan" },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: "",
        message: "Enter an amount of 0 or more.",
      },
    });
    expect(sales.validations.get("H3")?.rule).toEqual({
      list: { inCellDropDown: true, source: "Tmall,JD,Douyin" },
    });
  });

  it("adds the conditional formats", async () => {
    const { sales } = await appliedSample();
    expect(sales.conditionalFormats).toEqual([
      {
        range: "C4:C15",
        format: { type: "DataBar", dataBar: { positiveFormat: { fillColor: "#5B9BD5" } } },
      },
      {
        range: "B4:B15",
        format: {
          type: "ColorScale",
          colorScale: {
            criteria: {
              minimum: { type: "LowestValue", color: "#F8696B" },
              midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
              maximum: { type: "HighestValue", color: "#63BE7B" },
            },
          },
        },
      },
      {
        range: "F5",
        format: {
          type: "CellValue",
          cellValue: {
            rule: { operator: "NotEqualTo", formula1: "=0" },
            format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } },
          },
        },
      },
    ]);
  });

  it("protects last, after unlocking the editable ranges", async () => {
    const { sales, fake } = await appliedSample();
    expect(sales.protection).toEqual({
      protected: true,
      options: { allowFormatColumns: true, allowFormatRows: true },
    });
    expect(sales.formats.get("F3")?.protection?.locked).toBe(false);
    expect(sales.formats.get("H3")?.protection?.locked).toBe(false);
    expect(fake.sheet("Summary").protection.protected).toBe(false);
  });

  it("adds workbook and sheet-scoped names with comments", async () => {
    const { fake, sales } = await appliedSample();
    expect(fake.names).toEqual([
      {
        name: "Sales_Total",
        formula: "='Sales 销售'!$B$16",
        comment: "Grand total of monthly sales",
      },
      { name: "Sales_Months", formula: "='Sales 销售'!$B$4:$B$15" },
    ]);
    expect(sales.names).toEqual([{ name: "Local_Target", formula: "='Sales 销售'!$F$3" }]);
  });

  it("adds the table over cells already written, keeping the plan's headers", async () => {
    const { fake } = await appliedSample();
    const channels = fake.sheet("Channels");
    expect(channels.tables).toEqual([
      {
        name: "ChannelData",
        area: { start: { row: 0, column: 0 }, end: { row: 3, column: 2 } },
        hasHeaders: true,
        style: "TableStyleMedium2",
      },
    ]);
    expect(["A1", "B1", "C1"].map((cell) => channels.input(cell))).toEqual([
      "Channel",
      "GMV",
      "Orders",
    ]);
  });

  it("adds the chart from the plan's ranges", async () => {
    const { sales } = await appliedSample();
    expect(sales.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "B4:B15",
        seriesBy: "Columns",
        title: "Monthly sales",
        position: { start: "J2", end: "Q18" },
        series: [{ name: "Sales", values: "B4:B15", xAxisValues: "A4:A15" }],
        legend: { visible: true, position: "Bottom" },
        // The value axis shows what the cells show: B4:B15 are formatted yuanWhole.
        axes: { "Value/Primary": { numberFormat: "¥#,##0;-¥#,##0" } },
      },
    ]);
  });

  it("freezes panes, colours the tab and sets up printing", async () => {
    const { sales } = await appliedSample();
    expect(sales.freeze).toEqual({ range: "A1:A3" });
    expect(sales.tabColor).toBe("#0F6CBD");
    expect(sales.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      // No page height set: verticalFitToPages is left out, not sent as an undocumented 0.
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sales.printTitleRows).toBe("3:3");
  });

  it("combo charts, rows-only freeze and a password", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "k",
          name: "Combo",
          freeze: { rows: 2, columns: 0 },
          blocks: [
            {
              anchor: "A1",
              rows: [
                ["m", "a", "b"],
                ["Jan", 1, 2],
                ["Feb", 3, 4],
              ],
            },
          ],
          charts: [
            {
              type: "combo",
              title: "Both",
              categories: "A2:A3",
              series: [
                { name: "A", values: "B2:B3" },
                { name: "B", values: "C2:C3", axis: "secondary" },
              ],
              position: "E1:K10",
            },
          ],
          protection: { editableRanges: [], password: "s3cret" },
        },
      ],
    };
    const { fake, workbook } = setup();
    await workbook.applyPlan(plan);
    const sheet = fake.sheet("Combo");
    expect(sheet.freeze).toEqual({ rows: 2 });
    expect(sheet.charts[0].series).toEqual([
      { name: "A", values: "B2:B3", xAxisValues: "A2:A3" },
      {
        name: "B",
        values: "C2:C3",
        xAxisValues: "A2:A3",
        chartType: "Line",
        axisGroup: "Secondary",
      },
    ]);
    expect(sheet.protection.password).toBe("s3cret");
  });
});

describe("applyPlan: names and tables that exist already", () => {
  const SALES_TOTAL = { name: "Sales_Total", comment: "Grand total of monthly sales" };

  it("builds the same plan twice: the copy gets its own table and names, in 3 syncs", async () => {
    const { fake, workbook } = setup();
    await workbook.applyPlan(samplePlan());
    const again = await workbook.applyPlan(samplePlan());
    expect(workbook.stats.syncs).toBe(3);
    expect(again.sheetNames).toEqual({
      sales: "Sales 销售 (2)",
      summary: "Summary (2)",
      channels: "Channels (2)",
    });

    expect(fake.allTables().map((table) => table.name)).toEqual(["ChannelData", "ChannelData_2"]);
    expect(fake.sheet("Summary (2)").input("B4")).toBe("=SUM(ChannelData_2[GMV])");
    expect(fake.sheet("Summary").input("B4")).toBe("=SUM(ChannelData[GMV])");

    // The workbook names still point at the first copy; each sheet of the second has local copies.
    expect(fake.names).toEqual([
      { ...SALES_TOTAL, formula: "='Sales 销售'!$B$16" },
      { name: "Sales_Months", formula: "='Sales 销售'!$B$4:$B$15" },
    ]);
    const secondCopyNames = [
      { ...SALES_TOTAL, formula: "='Sales 销售 (2)'!$B$16" },
      { name: "Sales_Months", formula: "='Sales 销售 (2)'!$B$4:$B$15" },
    ];
    expect(fake.sheet("Summary (2)").names).toEqual(secondCopyNames);
    expect(fake.sheet("Channels (2)").names).toEqual(secondCopyNames);
    expect(fake.sheet("Sales 销售 (2)").names).toEqual([
      ...secondCopyNames,
      { name: "Local_Target", formula: "='Sales 销售 (2)'!$F$3" },
    ]);
    expect(fake.sheet("Summary (2)").input("B2")).toBe("=Sales_Total*2");
  });

  it("leaves a user's workbook name of the plan's name alone, adding local copies", async () => {
    const { fake, workbook } = setup(["Data"]);
    fake.seedName("Sales_Total", "Data", "A1");
    await workbook.applyPlan(samplePlan());
    expect(fake.names).toEqual([
      { name: "Sales_Total", formula: "=Data!$A$1" },
      { name: "Sales_Months", formula: "='Sales 销售'!$B$4:$B$15" },
    ]);
    for (const sheet of ["Sales 销售", "Summary", "Channels"]) {
      expect(fake.sheet(sheet).names).toContainEqual({
        ...SALES_TOTAL,
        formula: "='Sales 销售'!$B$16",
      });
    }
  });

  it("renames the plan's table when a table of that name exists, and its formulas follow", async () => {
    const { fake, workbook } = setup(["Data"]);
    fake.seed("Data", "A1", [["h"], [1]]);
    fake.seedTable("Data", "ChannelData", "A1:A2");
    await workbook.applyPlan(samplePlan());
    expect(fake.sheet("Channels").tables.map((table) => table.name)).toEqual(["ChannelData_2"]);
    expect(fake.sheet("Summary").input("B4")).toBe("=SUM(ChannelData_2[GMV])");
    expect(fake.sheet("Data").tables.map((table) => table.name)).toEqual(["ChannelData"]);
  });

  it("refuses a plan whose defined name is an existing table's, changing nothing", async () => {
    const { fake, workbook } = setup(["Data"]);
    fake.seed("Data", "A1", [["h"], [1]]);
    fake.seedTable("Data", "Sales_Total", "A1:A2");
    const before = fake.snapshot();
    const error: unknown = await workbook.applyPlan(samplePlan()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({
      code: "invalidPlan",
      message: expect.stringContaining('"Sales_Total"'),
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncCount).toBe(1);
  });
});
