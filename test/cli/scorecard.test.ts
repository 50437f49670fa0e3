/**
 * `ops-planner scorecard` through the CLI frame (run(argv, io)), with the command registry replaced by
 * this command alone so the test does not depend on its registration. The workbooks it writes are
 * recalculated by LibreOffice, which must agree with every cached value and must keep the sheet
 * protection and the data validation on the actual cells.
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileProtection } from "../support/xlsxFile";
import { type CliResult, expectUserError, useCliFolder, ZH } from "../support/cliHarness";
import * as ExcelJS from "exceljs";
import type { CellValue } from "../../src/plan/types";
import { generateSampleShopData, teamTableRows } from "../../src/playground/sampleShopData";
import {
  describeWithLibreOffice,
  formulaResults,
  sameResult,
  type CachedResult,
  readWorkbook,
  recalculateXlsxFiles,
} from "../support/libreoffice";

jest.mock("../../src/cli/commands", () => {
  const { builderCommand } = jest.requireActual("../../src/cli/builderCommand");
  const { scorecardBuilder } = jest.requireActual("../../src/builders/scorecard/scorecardModule");
  return { COMMANDS: [builderCommand(scorecardBuilder)] };
});

const LIBREOFFICE_TIMEOUT_MS = 180_000;

const csv = (rows: CellValue[][]) =>
  rows.map((row) => row.map((cell) => (cell === null ? "" : `"${cell}"`)).join(",")).join("\n");

const { folder, cli } = useCliFolder("ops-planner-scorecard-", async (dir) => {
  await writeFile(join(dir, "team.csv"), csv(teamTableRows(generateSampleShopData().team)));
  await writeFile(
    join(dir, "actuals.csv"),
    csv([
      ["员工", "指标", "实际值"],
      // Huang Qiang (warehouse), worked by hand in test/builders/scorecard/scorecardPlan.test.ts:
      // 106.667 × 35% + 80 × 25% + 86.667 × 20% + 80 × 20% = 90.67 → B.
      ["黄强 Huang Qiang", "48-hour pickup rate", "96%"],
      ["黄强 Huang Qiang", "单件物流成本", 7],
      ["黄强 Huang Qiang", "stock_count_accuracy", "99%"],
      ["黄强 Huang Qiang", "wrong_missed_shipments", "0.2%"],
      // Zhou Ting (data analyst) exactly on target: 100 on every KPI → 100 → A.
      ["周婷 Zhou Ting", "reports_on_time", "95%"],
      ["周婷 Zhou Ting", "report_accuracy", "99%"],
      ["周婷 Zhou Ting", "recommendations_adopted", 4],
      ["Nobody", "reports_on_time", "95%"],
    ])
  );
  await writeFile(
    join(dir, "single.csv"),
    csv([
      ["kpi", "actual"],
      ["pickup_48h", 0.96],
      ["cost_per_parcel", 7],
      ["stock_count_accuracy", 0.99],
      ["wrong_missed_shipments", 0.002],
    ])
  );
  await writeFile(
    join(dir, "bad-weights.csv"),
    csv([
      ["维度", "指标", "权重", "方向", "基础目标", "目标", "挑战目标"],
      ["销售", "销售额完成率", "60%", "越高越好", "80%", "100%", "120%"],
      ["服务", "纠纷率", "30%", "越低越好", null, "0.1%", null],
    ])
  );
  await writeFile(
    join(dir, "custom.json"),
    JSON.stringify([
      {
        dimension: "Sales",
        kpi: "GMV completion",
        weight: 70,
        direction: "higher",
        threshold: "80%",
        target: "100%",
        stretch: "120%",
        unit: "percent",
      },
      {
        dimension: "Service",
        kpi: "Dispute rate",
        weight: 30,
        direction: "lower",
        target: "0.1%",
        unit: "rate",
      },
    ])
  );
  await writeFile(
    join(dir, "dup-team.csv"),
    csv([
      ["姓名", "岗位"],
      ["李娜", "store_manager"],
      ["李娜", "warehouse"],
    ])
  );
});

describe("help and roles", () => {
  test("--help documents every option in English and in Chinese", async () => {
    const en = await cli(["scorecard", "--help"]);
    const zh = await cli(["scorecard", "--help"], ZH);
    expect(en.code).toBe(0);
    expect(zh.code).toBe(0);
    const options = [
      "--role",
      "--template",
      "--roster",
      "--actuals",
      "--period",
      "--employee",
      "--bands",
      "--cap",
      "--forced-distribution",
      "--password",
      "--no-protect",
      "--list-roles",
      "--out",
      "--force",
    ];
    for (const option of options) {
      expect(en.stdout).toMatch(new RegExp(`${option}\\b[^\\n]*\\S`));
      expect(zh.stdout).toContain(option);
    }
    expect(en.stdout).toMatch(/--role <id> +built-in role template/);
    expect(zh.stdout).toMatch(/--role <岗位ID> +所有人使用的内置岗位模板/);
    expect(zh.stdout).not.toMatch(/built-in|roster \(/);
  });

  test("--list-roles prints the nine built-in roles", async () => {
    const en = await cli(["scorecard", "--list-roles"]);
    expect(en.code).toBe(0);
    const lines = en.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Role id +Role +KPIs +Dimensions$/);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual([
      "ops_manager",
      "ops_director",
      "store_manager",
      "ops_specialist",
      "promotion_specialist",
      "visual_designer",
      "customer_service",
      "warehouse",
      "data_analyst",
    ]);
    const zh = await cli(["scorecard", "--list-roles"], ZH);
    expect(zh.stdout).toMatch(/warehouse +仓储物流 +4 +时效、成本、准确率/);
  });
});

describe("bad input: exit 2 with one clear line", () => {
  test.each([
    [["scorecard", "--out", "x.xlsx"], /Give --role or --template \(or --roster/],
    [
      ["scorecard", "--role", "warehouse", "--template", "custom.json", "--out", "x.xlsx"],
      /either --role or --template/,
    ],
    [
      ["scorecard", "--role", "ceo", "--out", "x.xlsx"],
      /There is no built-in role "ceo"\. Built-in roles: ops_manager, /,
    ],
    [
      ["scorecard", "--template", "bad-weights.csv", "--out", "x.xlsx"],
      /bad-weights\.csv: the weights add up to 90%, not 100% \(10% missing\)/,
    ],
    [
      ["scorecard", "--roster", "dup-team.csv", "--out", "x.xlsx"],
      /The roster names "李娜" more than once/,
    ],
    [
      ["scorecard", "--role", "warehouse", "--forced-distribution", "20/70/10", "--out", "x.xlsx"],
      /needs --roster/,
    ],
    [
      ["scorecard", "--role", "warehouse", "--cap", "90", "--out", "x.xlsx"],
      /--cap needs a number of at least 100/,
    ],
    [
      ["scorecard", "--role", "warehouse", "--bands", "S>110", "--out", "x.xlsx"],
      /--bands needs labels/,
    ],
    [
      ["scorecard", "--roster", "team.csv", "--employee", "Nobody", "--out", "x.xlsx"],
      /no employee "Nobody" in team\.csv/,
    ],
    [["scorecard", "--role", "warehouse"], /Missing required option --out/],
  ])("%j", async (args, message) => {
    expect(expectUserError(await cli(args))).toMatch(message);
    expect(existsSync(join(folder(), "x.xlsx"))).toBe(false);
  });

  test("the messages are in Chinese for a Chinese user", async () => {
    expect(
      expectUserError(
        await cli(["scorecard", "--template", "bad-weights.csv", "--out", "x.xlsx"], ZH)
      )
    ).toBe("错误：bad-weights.csv：权重合计为 90%，不是 100%（还差 10%）。");
  });
});

/** Cached value of a cell in a written workbook, by sheet name and address. */
async function cached(path: string): Promise<Map<string, unknown>> {
  return formulaResults(readFileSync(path));
}

describe("workbooks written", () => {
  let single: CliResult;
  let team: CliResult;
  let custom: CliResult;
  beforeAll(async () => {
    single = await cli([
      "scorecard",
      "--role",
      "warehouse",
      "--employee",
      "Huang Qiang",
      "--actuals",
      "single.csv",
      "--period",
      "2025 Q3",
      "--password",
      "s3cret",
      "--out",
      "single.xlsx",
    ]);
    team = await cli([
      "scorecard",
      "--roster",
      "team.csv",
      "--actuals",
      "actuals.csv",
      "--period",
      "2025 H2",
      "--forced-distribution",
      "20/70/10",
      "--out",
      "team.xlsx",
    ]);
    custom = await cli(["scorecard", "--template", "custom.json", "--out", "custom.xlsx"], ZH);
  }, 120_000);

  test("a single scorecard: total 90.67 and grade B, as worked by hand", async () => {
    expect(single).toMatchObject({ code: 0, stderr: "" });
    expect(single.stdout).toBe(
      // The derived command's shape: what was written, the columns read, then the module's notes.
      "Wrote single.xlsx: Scorecard.\nActuals: Employee ← (none); KPI ← kpi; Actual ← actual\nNote: 1 scorecard (Warehouse and logistics); names Score_Total and Score_Grade.\nNote: Prefilled 4 actual values.\n"
    );
    const workbook = await readWorkbook(join(folder(), "single.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Huang Qiang"]);
    const results = await cached(join(folder(), "single.xlsx"));
    expect(results.get("Huang Qiang!K17")).toBe(90.67);
    expect(results.get("Huang Qiang!K18")).toBe("B");
  });

  test("a team: summary plus one sheet each; the unknown employee is reported", async () => {
    expect(team.code).toBe(0);
    expect(team.stdout).toContain("Wrote team.xlsx: Scorecard.\n");
    expect(team.stdout).toContain("Note: 9 scorecards and a summary;");
    expect(team.stdout).toContain("Prefilled 7 actual values.");
    expect(team.stdout).toContain(
      'Warning: Actuals row 9: no scorecard for employee "Nobody"; the row is not used.'
    );
    const workbook = await readWorkbook(join(folder(), "team.xlsx"));
    expect(workbook.worksheets).toHaveLength(10);
    expect(workbook.worksheets[0].name).toBe("Scorecard summary");
  });

  test("a custom JSON template, labels in Chinese", async () => {
    expect(custom).toMatchObject({ code: 0, stderr: "" });
    const workbook = await readWorkbook(join(folder(), "custom.xlsx"));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("绩效考核表");
    expect(sheet.getCell("A9").value).toBe("维度");
    expect(sheet.getCell("B10").value).toBe("GMV completion");
  });

  describeWithLibreOffice("LibreOffice", () => {
    let recalculated: string[];
    beforeAll(async () => {
      recalculated = await recalculateXlsxFiles(
        ["single.xlsx", "team.xlsx", "custom.xlsx"].map((name) => join(folder(), name))
      );
    }, LIBREOFFICE_TIMEOUT_MS);

    /*
     * expectLibreOfficeAgrees cannot be used as is: it counts a formula whose result is "" (a blank
     * score, rank or grade: what an incomplete scorecard must show) as "no cached value", because
     * ExcelJS reads an empty cached string back as no result. So the same comparison is made here, a
     * blank on our side being accepted only when LibreOffice's result is blank too.
     */
    test("recalculates every formula of the three files to the cached values", async () => {
      let compared = 0;
      let blanks = 0;
      const disagreements: string[] = [];
      for (const [i, name] of ["single.xlsx", "team.xlsx", "custom.xlsx"].entries()) {
        const ours = await cached(join(folder(), name));
        const theirs = await cached(recalculated[i]);
        for (const [address, value] of ours) {
          compared++;
          const other = theirs.get(address) as CachedResult;
          if (!theirs.has(address))
            disagreements.push(`${name} ${address}: not a formula after LibreOffice`);
          else if (value === undefined && other === undefined) blanks++;
          else if (!sameResult(value as CachedResult, other))
            disagreements.push(
              `${name} ${address}: ours ${JSON.stringify(value)}, LibreOffice ${JSON.stringify(other)}`
            );
        }
      }
      expect(disagreements).toEqual([]);
      expect(compared).toBeGreaterThan(200);
      // Most cells are numbers and texts that really were compared; blanks are the incomplete cards'.
      expect(blanks).toBeLessThan(compared / 2);
    });

    test("keeps the hand-worked results, the protection and the validations through its round trip", async () => {
      const [singlePath, teamPath] = recalculated;
      const singleResults = await cached(singlePath);
      expect(singleResults.get("Huang Qiang!K17")).toBe(90.67);
      expect(singleResults.get("Huang Qiang!K18")).toBe("B");
      const teamResults = await cached(teamPath);
      // Summary rows follow the roster: Huang Qiang is 8th (row 11), Zhou Ting 9th (row 12).
      expect(["F11", "G11", "H11"].map((a) => teamResults.get(`Scorecard summary!${a}`))).toEqual([
        90.67,
        "B",
        2,
      ]);
      expect(["F12", "G12", "H12"].map((a) => teamResults.get(`Scorecard summary!${a}`))).toEqual([
        100,
        "A",
        1,
      ]);
      expect(teamResults.get("Scorecard summary!F4")).toBe("incomplete");

      const roundTripped = await readWorkbook(singlePath);
      const sheet = roundTripped.getWorksheet("Huang Qiang")!;
      const internals = sheet as unknown as {
        sheetProtection: Record<string, unknown> | null;
        dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      };
      // The password survives as a salted hash, never as text.
      expect(internals.sheetProtection).toMatchObject({ algorithmName: "SHA-512" });
      expect(internals.sheetProtection!.hashValue).toEqual(expect.any(String));
      expect(JSON.stringify(internals.sheetProtection)).not.toContain("s3cret");
      // ExcelJS misreads LibreOffice's sheet="true" / locked="false", so these come from the XML.
      const protection = fileProtection(readFileSync(singlePath), 1);
      expect(protection.sheetProtected).toBe(true);
      // Inputs: header values, actuals, self-review and comments; formulas and template cells locked.
      expect(["B3", "B6", "I10", "I12", "L10", "M15"].map(protection.locked)).toEqual([
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(["A1", "G10", "J10", "K17", "K18", "B21"].map(protection.locked)).toEqual([
        true,
        true,
        true,
        true,
        true,
        true,
      ]);
      const validations = internals.dataValidations.model;
      // I10 (48-hour pickup) is a rate: 0–100%; I12 (cost per parcel, yuan) any number.
      const rate = Object.entries(validations).find(
        ([range]) => range.split(":")[0] === "I10"
      )?.[1];
      expect(rate).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
      const money = Object.entries(validations).find(
        ([range]) => range.split(":")[0] === "I12"
      )?.[1];
      expect(money).toMatchObject({ type: "decimal" });
    });
  });
});
