/**
 * `ops-planner report` through the CLI frame (run(argv, io)), with the command registered for the test
 * (src/cli/commands/index.ts lists it once it is added there). Expected figures are sums of the CSV rows
 * written in this file; the .xlsx is re-read with ExcelJS and recalculated by LibreOffice.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { gbkBytes, SALES_CSV, utf8Bytes } from "../io/fixtureFiles";
import { EN, expectUserError, useCliFolder, ZH } from "../support/cliHarness";
import {
  describeWithLibreOffice,
  formulaResults,
  readWorkbook,
  recalculateXlsxFiles,
  sameResult,
} from "../support/libreoffice";

jest.mock("../../src/cli/commands", () => {
  const { inspectCommand } = jest.requireActual("../../src/cli/commands/inspect");
  const { reportCommand } = jest.requireActual("../../src/cli/commands/report");
  return { COMMANDS: [inspectCommand, reportCommand] };
});

/** Two channels, text dates in two formats, one unreadable date (so --skip-invalid) and one "-" (no value) amount. */
const SHOP_CSV = [
  "统计日期,渠道,访客数,支付订单数,支付金额,推广费",
  "2025-01-03,天猫,1000,20,2000,500",
  "2025/1/4,京东,500,5,1000,400",
  "2025-02-03,天猫,800,24,2400,600",
  "2025-02-04,京东,700,7,700,0",
  "not a date,天猫,1,1,1,1",
  "2025-02-05,京东,100,1,-,0",
  "",
].join("\n");

const { folder, cli } = useCliFolder("ops-planner-report-", async (dir) => {
  await writeFile(join(dir, "shop.csv"), utf8Bytes(SHOP_CSV));
  await writeFile(join(dir, "gbk.csv"), gbkBytes(SALES_CSV));
  await writeFile(join(dir, "bom.csv"), utf8Bytes(SALES_CSV, true));
  await writeFile(join(dir, "nogmv.csv"), utf8Bytes("日期,访客数\n2025-01-03,5\n"));
  await writeFile(join(dir, "dup.csv"), utf8Bytes("日期,支付金额,支付金额\n2025-01-03,1,2\n"));
});

/** Cached value of a defined name's cell in the written file. */
async function nameValue(path: string, name: string): Promise<unknown> {
  const workbook = await readWorkbook(path);
  const ranges = workbook.definedNames.getRanges(name).ranges;
  expect(ranges).toHaveLength(1);
  const match = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(ranges[0])!;
  return cachedValue(workbook.getWorksheet(match[1])!.getCell(`${match[2]}${match[3]}`));
}

/** Not cell.value.result: ExcelJS's cell.value leaves out a result of 0, false or "". */
const cachedValue = (cell: ExcelJS.Cell) =>
  cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;

describe("report: help", () => {
  test.each([
    [
      EN,
      [
        "--by",
        "--grain",
        "--from",
        "--to",
        "--values",
        "--map",
        "--input",
        "--sheet",
        "--encoding",
        "--out",
        "--force",
        "--dashboard",
        "operating report",
        "daily dashboard",
      ],
    ],
    [
      ZH,
      [
        "--by",
        "--grain",
        "--values",
        "--dashboard",
        "细分",
        "粒度",
        "快照",
        "经营报表",
        "核心指标看板",
      ],
    ],
  ])("lists every option in the language (%j)", async (env, words) => {
    const result = await cli(["report", "--help"], env);
    expect(result.code).toBe(0);
    for (const word of words) expect(result.stdout).toContain(word);
  });
});

describe("report: building", () => {
  test("a live report by channel: totals tie to the CSV, unread rows are printed", async () => {
    const result = await cli([
      "report",
      "--input",
      "shop.csv",
      "--skip-invalid",
      "--by",
      "渠道",
      "--out",
      "live.xlsx",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // GMV: 2000 + 1000 + 2400 + 700 ("-" is no value); the "not a date" row is left out whole.
    expect(result.stdout).toContain(
      "1 rows in column “统计日期”: unreadable date, left out (rows 6)"
    );
    expect(result.stdout).not.toContain("支付金额”: not a number");
    expect(result.stdout).toMatch(
      /Wrote live\.xlsx: 2 month periods × \d+ metrics, 6 rows read \(live formulas\)\./
    );
    const path = join(folder(), "live.xlsx");
    expect(await nameValue(path, "Report_Total_GMV")).toBe(6100);
    expect(await nameValue(path, "Report_Total_UV")).toBe(3100);
    // Orders 20 + 5 + 24 + 7 + 1 = 57 over UV 1000 + 500 + 800 + 700 + 100 = 3100.
    expect(await nameValue(path, "Report_CR")).toBeCloseTo(57 / 3100, 12);
    expect(await nameValue(path, "Report_Total_Spend")).toBe(1500);
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Operating report",
      "Report data",
    ]);
  });

  test("--values writes the same totals without formulas; --grain, --from, --to choose the columns", async () => {
    const result = await cli([
      "report",
      "--input",
      "shop.csv",
      "--skip-invalid",
      "--grain",
      "week",
      "--from",
      "2025-02-01",
      "--to",
      "2025-02",
      "--values",
      "--out",
      "values.xlsx",
    ]);
    expect(result.code).toBe(0);
    // ISO weeks touching 2025-02-01 .. 2025-02-28: W05 (Jan 27 – Feb 2) through W09 (Feb 24 – Mar 2).
    expect(result.stdout).toContain("5 week periods");
    const path = join(folder(), "values.xlsx");
    // Only February rows fall in those weeks: 2400 + 700 + 0.
    expect(await nameValue(path, "Report_Total_GMV")).toBe(3100);
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets).toHaveLength(1);
    let formulas = 0;
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++))
    );
    expect(formulas).toBe(0);
  });

  test.each([["gbk.csv"], ["bom.csv"]])("reads %s (GBK and UTF-8 with BOM)", async (file) => {
    const out = `${file}.xlsx`;
    const result = await cli(["--lang", "zh-CN", "report", "--input", file, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("已写入");
    // SALES_CSV: GMV 1,234.50 + ￥1,480; orders 36 + 41; UV 1200 + 1350.
    expect(await nameValue(join(folder(), out), "Report_Total_GMV")).toBeCloseTo(2714.5, 9);
    expect(await nameValue(join(folder(), out), "Report_CR")).toBeCloseTo(77 / 2550, 12);
  });

  test("--map overrides a detected column", async () => {
    const result = await cli([
      "report",
      "--input",
      "shop.csv",
      "--skip-invalid",
      "--map",
      "gmv=推广费,spend=",
      "--values",
      "--out",
      "map.xlsx",
    ]);
    expect(result.code).toBe(0);
    expect(await nameValue(join(folder(), "map.xlsx"), "Report_Total_GMV")).toBe(1500); // the spend column: 500 + 400 + 600 + 0 + 0 (the undated row is left out)
  });
});

/** Cached values of the dashboard sheet by metric (column A) and header (row 7). */
async function dashboardValues(path: string, sheetName: string) {
  const workbook = await readWorkbook(path);
  const sheet = workbook.getWorksheet(sheetName)!;
  const headers = sheet.getRow(7).values as unknown[];
  const value = (cell: ExcelJS.Cell) => {
    const result = cachedValue(cell);
    return result instanceof Date ? result.getTime() / 86_400_000 + 25_569 : result;
  };
  return {
    sheet,
    reportDate: value(sheet.getCell("B4")),
    at(metric: string, header: string) {
      let row = 0;
      sheet.eachRow((r, n) => void (r.getCell(1).value === metric && row === 0 && (row = n)));
      const column = headers.indexOf(header);
      if (row === 0 || column < 0) throw new Error(`no ${metric} × ${header}`);
      return value(sheet.getRow(row).getCell(column));
    },
  };
}

describe("report: --dashboard", () => {
  // shop.csv's last date is 2025-02-05 (serial 45693 = 2025-02-01's 45689 + 4): 京东 100 UV, 1 order, GMV "-"
  // (counted as 0). The day before (02-04): 700 UV, GMV 700. Last week (01-29): no rows. February to date:
  // UV 800 + 700 + 100 = 1600, GMV 2400 + 700 + 0 = 3100, spend 600 + 0 + 0 = 600.
  test.each([["live"], ["values"]])("adds the daily dashboard sheet (%s)", async (mode) => {
    const out = `dash-${mode}.xlsx`;
    const args = [
      "report",
      "--input",
      "shop.csv",
      "--skip-invalid",
      "--by",
      "渠道",
      "--dashboard",
      "--out",
      out,
    ];
    const result = await cli(mode === "values" ? [...args, "--values"] : args);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Daily dashboard for 2025-02-05 in the sheet “Daily dashboard”."
    );
    const path = join(folder(), out);
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      mode === "values"
        ? ["Operating report", "Daily dashboard"]
        : ["Operating report", "Daily dashboard", "Report data"]
    );
    const dash = await dashboardValues(path, "Daily dashboard");
    expect(dash.reportDate).toBe(45693);
    expect(dash.at("GMV", "Day")).toBe(0);
    expect(dash.at("GMV", "Day before")).toBe(700);
    expect(dash.at("GMV", "Month to date")).toBe(3100);
    expect(dash.at("Visitors (UV)", "Month to date")).toBe(1600);
    expect(dash.at("Visitors (UV)", "Day on day %")).toBeCloseTo(100 / 700 - 1, 12);
    expect(dash.at("ROI (GMV ÷ ad spend)", "Month to date")).toBeCloseTo(3100 / 600, 12);
    // Day 5 of 28.
    expect(dash.at("GMV", "Time progress %")).toBeCloseTo(5 / 28, 12);
  });

  test("in Chinese", async () => {
    const result = await cli(
      ["report", "--input", "shop.csv", "--skip-invalid", "--dashboard", "--out", "dash-zh.xlsx"],
      ZH
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("核心指标看板（2025-02-05）在工作表“核心指标看板”中。");
    const dash = await dashboardValues(join(folder(), "dash-zh.xlsx"), "核心指标看板");
    expect(dash.at("支付金额", "本月累计")).toBe(3100);
  });
});

describe("report: errors are one line with exit code 2", () => {
  test.each([
    [["report", "--input", "nogmv.csv", "--out", "x.xlsx"], /no column for GMV/],
    [
      ["report", "--input", "dup.csv", "--out", "x.xlsx"],
      /The header “支付金额” is used by columns 2, 3/,
    ],
    [
      ["report", "--input", "shop.csv", "--skip-invalid", "--grain", "year", "--out", "x.xlsx"],
      /--grain does not accept "year"/,
    ],
    [
      [
        "report",
        "--input",
        "shop.csv",
        "--skip-invalid",
        "--from",
        "03/01/2025",
        "--out",
        "x.xlsx",
      ],
      // One message with the panel's since issue 14 (the CLI wrote "…", the panel “…”).
      /--from: “03\/01\/2025” is not a date/,
    ],
    [
      ["report", "--input", "shop.csv", "--skip-invalid", "--by", "省份", "--out", "x.xlsx"],
      /--by: the file has no column "省份"/,
    ],
    [
      [
        "report",
        "--input",
        "shop.csv",
        "--skip-invalid",
        "--map",
        "profit=支付金额",
        "--out",
        "x.xlsx",
      ],
      /unknown field "profit"/,
    ],
    [
      [
        "report",
        "--input",
        "shop.csv",
        "--skip-invalid",
        "--from",
        "2025-03-01",
        "--to",
        "2025-01-01",
        "--out",
        "x.xlsx",
      ],
      /2025-03-01 is after the end date 2025-01-01/,
    ],
    [["report", "--input", "shop.csv"], /Missing required option --out/],
    [["report", "--input", "missing.csv", "--out", "x.xlsx"], /Input file not found/],
  ])("%j", async (args, message) => {
    expect(expectUserError(await cli(args))).toMatch(message);
  });

  test("in Chinese too", async () => {
    expect(
      expectUserError(await cli(["report", "--input", "nogmv.csv", "--out", "x.xlsx"], ZH))
    ).toMatch(/数据源缺少支付金额列/);
  });
});

/**
 * Has LibreOffice recalculate the files and compares every formula's result with the cached one. The
 * writer (ExcelJS) cannot cache an empty-text result (a zero denominator, an uncovered comparison, a
 * missing target): such a cell must be empty in LibreOffice too. Returns LibreOffice's results as well.
 */
async function compareWithLibreOffice(inputs: string[]) {
  const outputs = await recalculateXlsxFiles(inputs);
  const disagreements: string[] = [];
  const results = new Map<string, unknown>();
  let compared = 0;
  for (let i = 0; i < inputs.length; i++) {
    const [cached, recalculated] = await Promise.all([
      formulaResults(inputs[i]),
      formulaResults(outputs[i]),
    ]);
    for (const [address, ours] of cached) {
      const theirs = recalculated.get(address);
      results.set(address, theirs);
      compared++;
      if (ours === undefined ? theirs !== "" && theirs !== undefined : !sameResult(ours, theirs))
        disagreements.push(
          `${inputs[i]} ${address}: cached ${JSON.stringify(ours)}, LibreOffice ${JSON.stringify(theirs)}`
        );
    }
  }
  return { disagreements, compared, results };
}

describeWithLibreOffice(
  "report: LibreOffice recalculates the CLI's workbook to the same values",
  () => {
    test("live report by channel, monthly and daily", async () => {
      expect(
        (
          await cli([
            "report",
            "--input",
            "shop.csv",
            "--skip-invalid",
            "--by",
            "渠道",
            "--out",
            "lo-month.xlsx",
          ])
        ).code
      ).toBe(0);
      expect(
        (
          await cli([
            "report",
            "--input",
            "shop.csv",
            "--skip-invalid",
            "--by",
            "渠道",
            "--grain",
            "day",
            "--out",
            "lo-day.xlsx",
          ])
        ).code
      ).toBe(0);
      const { disagreements, compared } = await compareWithLibreOffice([
        join(folder(), "lo-month.xlsx"),
        join(folder(), "lo-day.xlsx"),
      ]);
      expect(disagreements).toEqual([]);
      expect(compared).toBeGreaterThan(1000);
    }, 300_000);

    test("the daily dashboard", async () => {
      expect(
        (
          await cli([
            "report",
            "--input",
            "shop.csv",
            "--skip-invalid",
            "--dashboard",
            "--out",
            "lo-dash.xlsx",
          ])
        ).code
      ).toBe(0);
      const { disagreements, results } = await compareWithLibreOffice([
        join(folder(), "lo-dash.xlsx"),
      ]);
      expect(disagreements).toEqual([]);
      const dashboard = [...results].filter(([address]) => address.startsWith("Daily dashboard!"));
      // 8 metrics (UV, orders, GMV, conversion, AOV, UV value, spend, ROI) × (4 windows + 2 changes),
      // the report date, the 4 column dates, and the target, achievement and time progress of GMV (row 11),
      // and the last 30 days: date, GMV, UV, orders and CR per day.
      expect(dashboard).toHaveLength(8 * 6 + 1 + 4 + 3 + 30 * 5);
      // Without a target sheet, LibreOffice's IFERROR turns the unknown name (#NAME?) into an empty
      // target: empty text, which ExcelJS reads back as no value.
      expect(["", undefined]).toContain(new Map(dashboard).get("Daily dashboard!H11"));
      expect(["", undefined]).toContain(new Map(dashboard).get("Daily dashboard!I11"));
      expect(new Map(dashboard).get("Daily dashboard!J11")).toBeCloseTo(5 / 28, 12);
    }, 300_000);
  }
);
