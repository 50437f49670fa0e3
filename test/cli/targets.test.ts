import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Workbook } from "exceljs";
import { cellA1, parseRange } from "../../src/plan/a1";
import { formatAmount } from "../../src/builders/targets";
import {
  fiscalYearOf,
  parseTargetAmount as parseAmount,
} from "../../src/builders/targets/targetsFields";
import { parseRatioText as parseRatio } from "../../src/core/parseNumberText";
import { utf8Bytes, xlsxBytes } from "../io/fixtureFiles";
import { type CliEnv, EN, expectUserError, useCliFolder, ZH } from "../support/cliHarness";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  formulaResults,
  readWorkbook,
} from "../support/libreoffice";

// The registry with `targets` built for a fixed today (2026-11-22), so the default fiscal year without
// history is deterministic; also makes these tests independent of when index.ts registers the command.
jest.mock("../../src/cli/commands", () => {
  const { inspectCommand } = jest.requireActual("../../src/cli/commands/inspect");
  const { builderCommand } = jest.requireActual("../../src/cli/builderCommand");
  const { targetsBuilder } = jest.requireActual("../../src/builders/targets");
  return {
    COMMANDS: [
      inspectCommand,
      builderCommand(targetsBuilder, { today: () => new Date(2026, 10, 22) }),
    ],
  };
});

/**
 * 2021 by month, two channels: 天猫 600 × m and 京东 400 × m in month m, so the year's monthly totals are
 * 1000 × m (sum 78,000) and 天猫 holds 60%. Chinese New Year is in February in 2021 and in 2022, the
 * default plan year, so no event moves a month's weight.
 */
const HISTORY_2021 = [
  "月份,渠道,销售额,访客数,支付订单数",
  ...Array.from({ length: 12 }, (_, i) => {
    const month = `2021-${String(i + 1).padStart(2, "0")}`;
    const m = i + 1;
    return [
      `${month},天猫,${600 * m},${100 * m},${6 * m}`,
      `${month},京东,${400 * m},${50 * m},${4 * m}`,
    ];
  }).flat(),
].join("\n");

/**
 * 2021–2022 by month and channel: month m of 2021 sells 100 × m, of 2022 200 × m (Tmall 75%, JD 25%);
 * visitors and orders so that conversion and AOV exist for every month.
 */
const HISTORY_2021_2022 = [
  "Month,Channel,Sales,Visitors,Orders",
  ...[2021, 2022].flatMap((year) =>
    Array.from({ length: 12 }, (_, i) => {
      const m = i + 1;
      const month = `${year}-${String(m).padStart(2, "0")}`;
      const perMonth = (year === 2021 ? 100 : 200) * m;
      return [
        `${month},Tmall,${perMonth * 0.75},${30 * m},${3 * m}`,
        `${month},JD,${perMonth * 0.25},${20 * m},${m}`,
      ];
    }).flat()
  ),
].join("\n");

const { folder, cli } = useCliFolder("ops-planner-targets-", async (dir) => {
  await writeFile(join(dir, "history.csv"), utf8Bytes(HISTORY_2021));
  await writeFile(join(dir, "history-2y.csv"), utf8Bytes(HISTORY_2021_2022));
  await writeFile(
    join(dir, "half-year.csv"),
    utf8Bytes(["Month,Sales", "2025-07,1", "2025-08,2", "2025-09,3"].join("\n"))
  );
  await writeFile(
    join(dir, "bad-amount.csv"),
    utf8Bytes(["日期,销售额", "2025-01-01,100", "2025-01-02,12元"].join("\n"))
  );
  await writeFile(join(dir, "titled.xlsx"), await xlsxBytes(titledWorkbook));
  // Headers no synonym matches: 日 and 成交额 (month m of 2021 sells 100 × m; no event moves in 2022).
  await writeFile(
    join(dir, "odd-headers.csv"),
    utf8Bytes(
      [
        "日,成交额",
        ...Array.from({ length: 12 }, (_, i) => `2021-${i + 1}-15,${100 * (i + 1)}`),
      ].join("\n")
    )
  );
  await writeFile(join(dir, "existing.xlsx"), new Uint8Array([1]));
});

/** Sheet "销售" with rows 1–2 empty, the header in row 3, a text amount in row 5. */
function titledWorkbook(workbook: Workbook): void {
  const sheet = workbook.addWorksheet("销售");
  sheet.getRow(3).values = ["日期", "销售额"];
  sheet.getRow(4).values = [new Date(Date.UTC(2025, 0, 1)), 100];
  sheet.getRow(5).values = [new Date(Date.UTC(2025, 0, 2)), "n/a"];
}

/** The message of the user error that running these arguments gives (see expectUserError). */
async function userError(args: string[], env: CliEnv = EN): Promise<string> {
  return expectUserError(await cli(args, env));
}

const OPTIONS = [
  "--annual <amount>",
  "--history <file>",
  "--sheet <name>",
  "--encoding <name>",
  "--by <column>",
  "--members <names>",
  "--grain <choice>",
  "--week-start <choice>",
  "--round <amount>",
  "--base <ratio>",
  "--challenge <ratio>",
  "--fiscal-start <month>",
  "--year <year>",
  "--seasonality <choice>",
  "--metric <choice>",
  "--out <file>",
  "--force",
];

describe("targets --help", () => {
  it("documents every option in English", async () => {
    const { code, stdout, stderr } = await cli(["targets", "--help"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("Usage: ops-planner targets [options]");
    for (const option of OPTIONS) {
      // Each option followed by its description on the same line.
      expect(stdout).toMatch(new RegExp(`${option.replace(/[<>]/g, "\\$&")} +\\S`));
    }
    expect(stdout).toMatch(/--grain <choice> +periods of the grid: month, week or day/);
    expect(stdout).toMatch(/--seasonality <choice> +monthly seasonality: prior-year, average/);
  });

  it("documents every option in Chinese, with no English heading or argument left", async () => {
    const { code, stdout } = await cli(["targets", "--help"], ZH);
    expect(code).toBe(0);
    expect(stdout).toContain("用法： ops-planner targets [选项]");
    const zhOptions = OPTIONS.map((option) =>
      option
        .replace("<amount>", "<金额>")
        .replace("<file>", "<文件>")
        .replace("<name>", "<名称>")
        .replace("<column>", "<列名>")
        .replace("<names>", "<名称>")
        .replace("<choice>", "<取值>")
        .replace("<ratio>", "<比例>")
        .replace("<month>", "<月份>")
        .replace("<year>", "<年份>")
    );
    for (const option of zhOptions) expect(stdout).toContain(option);
    expect(stdout).toMatch(/--annual <金额> +目标档的年度目标/);
    expect(stdout).toMatch(/--by <列名> +按历史数据中的哪一列拆分目标/);
    for (const english of ["Usage", "Options:", "<amount>", "<file>", "annual target of"]) {
      expect(stdout).not.toContain(english);
    }
  });
});

describe("targets: amounts and ratios as people type them", () => {
  it.each([
    ["39000000", 39_000_000],
    ["39,000,000", 39_000_000],
    ["3.9e7", 39_000_000],
    ["1e6", 1_000_000],
    ["3900万", 39_000_000],
    ["0.39亿", 39_000_000],
    ["1.2亿", 120_000_000],
    ["¥1,000", 1000],
    ["１０００", 1000],
    ["0.5", 0.5],
  ])("%s → %d", (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(["", "0", "-5", "1,00", "1,0000", "12元", "1e6万", "abc", "1.2.3", "Infinity"])(
    "refuses %j",
    (text) => {
      expect(parseAmount(text)).toBeUndefined();
    }
  );

  it("reads ratios as decimals or percentages", () => {
    expect(parseRatio("0.8")).toBe(0.8);
    expect(parseRatio("80%")).toBe(0.8);
    expect(parseRatio("１２０％")).toBe(1.2);
    expect(parseRatio("eighty")).toBeUndefined();
  });

  it("names the fiscal year holding a month by the year it ends in", () => {
    // Fiscal April: FY2026 runs 2025-04..2026-03.
    expect(fiscalYearOf(2025, 3, 4)).toBe(2025);
    expect(fiscalYearOf(2025, 4, 4)).toBe(2026);
    expect(fiscalYearOf(2026, 3, 4)).toBe(2026);
    expect(fiscalYearOf(2025, 12, 1)).toBe(2025);
  });

  it("groups thousands in messages", () => {
    expect(formatAmount(1_234_000)).toBe("1,234,000");
  });
});

describe("targets: option errors are one line, exit 2, in the user's language", () => {
  const out = ["--out", "t.xlsx"];

  it("a missing --annual", async () => {
    expect(await userError(["targets", ...out])).toBe("error: --annual is required.");
    expect(await userError(["targets", ...out], ZH)).toBe("错误：--annual 为必填项。");
  });

  it("an annual target that is not an amount above 0", async () => {
    for (const value of ["abc", "0", "-5"]) {
      expect(await userError(["targets", "--annual", value, ...out])).toBe(
        `error: --annual needs an amount greater than 0, such as 39000000, 39,000,000, 3.9e7 or 3900万; got "${value}".`
      );
    }
    expect(await userError(["targets", "--annual", "0", ...out], ZH)).toBe(
      "错误：--annual 需要大于 0 的金额，如 39000000、39,000,000、3.9e7 或 3900万；当前为“0”。"
    );
  });

  it("an annual target that is not a multiple of the rounding unit, with the nearest multiples", async () => {
    // 1,234,567 / 1,000 = 1234.567: the multiples around it are 1,234,000 and 1,235,000.
    expect(await userError(["targets", "--annual", "1234567", "--round", "1000", ...out])).toBe(
      "error: --annual 1,234,567 is not a multiple of --round 1,000; use 1,234,000 or 1,235,000."
    );
    expect(await userError(["targets", "--annual", "1234567", "--round", "1万", ...out], ZH)).toBe(
      "错误：--annual 1,234,567 不是 --round 10,000 的整数倍；可改为 1,230,000 或 1,240,000。"
    );
  });

  it("ratios out of range", async () => {
    expect(await userError(["targets", "--annual", "100", "--base", "150", ...out])).toBe(
      'error: --base needs a ratio such as 0.8 / 80%: above 0 and at most 100%; got "150".'
    );
    expect(await userError(["targets", "--annual", "100", "--challenge", "90%", ...out], ZH)).toBe(
      "错误：--challenge 需要比例，如 1.2 / 120%：100% 到 500%；当前为“90%”。"
    );
  });

  it("choices, months and years", async () => {
    expect(await userError(["targets", "--annual", "100", "--grain", "quarter", ...out])).toBe(
      "error: --grain: “quarter” is not one of month, week, day."
    );
    expect(
      await userError(["targets", "--annual", "100", "--fiscal-start", "13", ...out])
    ).toContain('--fiscal-start needs a month from 1 to 12 (or a name such as apr); got "13".');
    expect(
      await userError(["targets", "--annual", "100", "--fiscal-start", "apx", ...out])
    ).toContain("--fiscal-start needs a month");
    expect(await userError(["targets", "--annual", "100", "--year", "26", ...out])).toContain(
      '--year needs a year from 1901 to 9998, such as 2026; got "26".'
    );
    expect(
      await userError(["targets", "--annual", "100", "--seasonality", "lastyear", ...out])
    ).toContain("is not one of prior-year, average, moving-average, equal.");
  });

  it("history options without --history", async () => {
    expect(await userError(["targets", "--annual", "100", "--by", "渠道", ...out])).toBe(
      "error: --by needs --history."
    );
    expect(
      await userError(["targets", "--annual", "100", "--seasonality", "prior-year", ...out], ZH)
    ).toBe("错误：--seasonality prior-year 需要 --history；没有历史数据时请用 equal。");
    expect(
      await userError([
        "targets",
        "--annual",
        "100",
        "--history",
        "history.csv",
        "--by",
        "渠道",
        "--members",
        "a,b",
        ...out,
      ])
    ).toContain("Use either --by (members from the history) or --members, not both.");
  });

  it("how to read a file, without a file", async () => {
    expect(await userError(["targets", "--annual", "100", "--skip-invalid", ...out])).toBe(
      "error: Option --skip-invalid needs an input file (--history)."
    );
    expect(await userError(["targets", "--annual", "100", "--sheet", "销售", ...out], ZH)).toBe(
      "错误：选项 --sheet 需要配合 --history 使用。"
    );
  });

  it("member lists with a blank or a repeated name", async () => {
    expect(
      await userError(["targets", "--annual", "100", "--members", "天猫,,京东", ...out])
    ).toContain('--members needs member names separated by commas; got "天猫,,京东".');
    expect(
      await userError(["targets", "--annual", "100", "--members", "Tmall，ＴＭＡＬＬ", ...out], ZH)
    ).toContain("--members 中“ＴＭＡＬＬ”出现了不止一次。");
  });

  it("an existing --out file", async () => {
    expect(await userError(["targets", "--annual", "100", "--out", "existing.xlsx"])).toBe(
      "error: existing.xlsx already exists; choose another --out file, or add --force to overwrite it."
    );
  });
});

describe("targets: history problems are the user's to fix", () => {
  const args = ["targets", "--annual", "1000", "--out", "never.xlsx"];

  it("text in amounts names the row, in both languages", async () => {
    expect(await userError([...args, "--history", "bad-amount.csv"])).toBe(
      'error: bad-amount.csv: column "销售额" must hold numbers; found text in row 3 ("12元"). Fix or delete those cells, or leave those rows out (CLI: --skip-invalid); nothing is skipped silently.'
    );
    expect(await userError([...args, "--history", "bad-amount.csv"], ZH)).toBe(
      '错误：bad-amount.csv：“销售额”列应为数字，但第 3 行是文本（"12元"）。请修正或删除这些单元格，或跳过这些行（命令行：--skip-invalid）；不会悄悄跳过任何数据。'
    );
  });

  it("counts rows as the sheet numbers them in an .xlsx whose header is not in row 1", async () => {
    expect(await userError([...args, "--history", "titled.xlsx"])).toContain(
      'column "销售额" must hold numbers; found text in row 5 ("n/a")'
    );
  });

  it("a column to split by that the history does not have", async () => {
    expect(await userError([...args, "--history", "history.csv", "--by", "store"])).toContain(
      'history.csv: there is no column "store" to split by. Columns: "月份", "渠道", "销售额", "访客数", "支付订单数".'
    );
  });

  it("seasonality from a history without a whole calendar year", async () => {
    expect(await userError([...args, "--history", "half-year.csv"])).toBe(
      "error: Seasonality prior-year (prior-year is the default with --history) needs a whole calendar year of history, January to December, but the history runs from 2025-07 to 2025-09. Add the missing months, or use --seasonality equal."
    );
    expect(
      await userError([...args, "--history", "history.csv", "--seasonality", "moving-average"])
    ).toBe(
      "error: Seasonality moving-average needs at least 24 months of history, but the history has 12 (2021-01 to 2021-12). Use --seasonality prior-year or average."
    );
  });

  it("no file is written when the build fails", async () => {
    await userError([...args, "--history", "bad-amount.csv"]);
    await expect(readFile(join(folder(), "never.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

/** Cached results of the formula cells a workbook-level defined name covers, read back with ExcelJS. */
async function namedValues(path: string, name: string): Promise<unknown[]> {
  const workbook = await readWorkbook(path);
  const results = await formulaResults(path);
  const ranges = workbook.definedNames.getRanges(name).ranges;
  expect(ranges.length).toBeGreaterThan(0);
  return ranges.flatMap((range) => {
    const [sheetPart, cellPart] = range.split("!");
    const sheet = sheetPart.replace(/^'|'$/g, "").replace(/''/g, "'");
    const area = parseRange(cellPart);
    if (!area) throw new Error(`not a range: ${range}`);
    const values: unknown[] = [];
    for (let row = area.start.row; row <= area.end.row; row++)
      for (let column = area.start.column; column <= area.end.column; column++)
        values.push(results.get(`${sheet}!${cellA1({ row, column })}`));
    return values;
  });
}

describe("targets: end to end", () => {
  it("without history: Target_Total equals --annual, and a short summary", async () => {
    const { code, stdout, stderr } = await cli([
      "targets",
      "--annual",
      "39,000,000",
      "--round",
      "1000",
      "--out",
      "plain.xlsx",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(await namedValues(join(folder(), "plain.xlsx"), "Target_Total")).toEqual([39_000_000]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Wrote plain.xlsx: Targets.");
    expect(stdout).toMatch(/Annual target: +39,000,000/);
    expect(stdout).toMatch(/Tiers: +base 80%, challenge 120%/);
    // No history: the next fiscal year, as the panel defaults to (today is 2026-11-22 in these tests).
    expect(stdout).toMatch(/Fiscal year: +FY2027 \(2027-01 to 2027-12\)/);
    expect(stdout).toMatch(/Grain: +month/);
    expect(stdout).toMatch(/Members: +one total/);
  });

  it("members named on the command line share the target equally", async () => {
    const { code, stdout, stderr } = await cli([
      "targets",
      "--annual",
      "1,200",
      "--members",
      "Tmall, JD、Douyin",
      "--out",
      "members.xlsx",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(/Members: +3: Tmall, JD, Douyin/);
    // Three members, 400 each: the total is still the annual target.
    expect(await namedValues(join(folder(), "members.xlsx"), "Target_Total")).toEqual([1200]);
  });

  it("with history split by channel: prior-year seasonality and member shares tie out", async () => {
    const { code, stdout, stderr } = await cli(
      [
        "targets",
        "--annual",
        "7800万",
        "--history",
        "history.csv",
        "--by",
        "渠道",
        "--round",
        "1000",
        "--out",
        "history.xlsx",
      ],
      ZH
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const path = join(folder(), "history.xlsx");
    expect(await namedValues(path, "Target_Total")).toEqual([78_000_000]);
    // Monthly totals 2021 are 1000 × m, sum 78,000: month m gets m/78 of 78,000,000 = m × 1,000,000,
    // already a multiple of the rounding unit, so rounding changes nothing.
    expect(await namedValues(path, "Target_Months")).toEqual(
      Array.from({ length: 12 }, (_, i) => (i + 1) * 1_000_000)
    );
    expect(stdout.split("\n")[0]).toBe("已写入 history.xlsx：目标拆解。");
    // The year after the history's last year.
    expect(stdout).toMatch(/财年： +2022财年（2022-01 至 2022-12）/);
    expect(stdout).toMatch(/成员： +2: 天猫, 京东/);
    expect(stdout).toMatch(
      /历史数据： +history.csv，2021-01 至 2021-12（使用列：月份, 销售额, 渠道, 访客数, 支付订单数）/
    );
  });
});

describe("targets: --map sets the history's columns by hand", () => {
  it("without it the missing column is named; with it the months follow the history", async () => {
    const args = ["targets", "--annual", "7.8万", "--history", "odd-headers.csv"];
    expect(await userError([...args, "--out", "never.xlsx"])).toContain(
      "no column for Date or month was found"
    );
    const { code, stderr } = await cli([
      ...args,
      "--map",
      "history.period=日,history.amount=成交额",
      "--out",
      "mapped.xlsx",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    // Month m holds 100 × m of 7,800: its share of 78,000 is m × 1,000.
    expect(await namedValues(join(folder(), "mapped.xlsx"), "Target_Months")).toEqual(
      Array.from({ length: 12 }, (_, i) => (i + 1) * 1000)
    );
  });
});

describeWithLibreOffice("targets: LibreOffice recomputes the written file the same", () => {
  it("agrees on every formula of the monthly file split by channel", async () => {
    const { code, stderr } = await cli([
      "targets",
      "--annual",
      "39,000,000",
      "--history",
      "history-2y.csv",
      "--by",
      "channel",
      "--round",
      "1000",
      "--out",
      "lo-monthly.xlsx",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const bytes = await readFile(join(folder(), "lo-monthly.xlsx"));
    expect(await namedValues(join(folder(), "lo-monthly.xlsx"), "Target_Total")).toEqual([
      39_000_000,
    ]);
    expect(await expectLibreOfficeAgrees(bytes)).toBeGreaterThan(100);
  }, 120_000);

  // FOR THE LEAD (2026-11-22): fails on "Targets calc!D5" (liveRounding's MOD(ROUND(part/unit, 9), 1) on a
  // half-way value, 57031.2477515575: HyperFormula caches …558, LibreOffice computes …557). See the report.
  // Fiscal April FY2023 runs 2022-04..2023-03: the history holds last year (2021-04..2022-03) of every month.
  it("agrees on every formula of a weekly, fiscal-April file built from history", async () => {
    const { code, stderr } = await cli([
      "targets",
      "--annual",
      "78,000,000",
      "--history",
      "history-2y.csv",
      "--by",
      "channel",
      "--seasonality",
      "moving-average",
      "--grain",
      "week",
      "--fiscal-start",
      "apr",
      "--year",
      "2023",
      "--round",
      "100",
      "--out",
      "lo.xlsx",
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const bytes = await readFile(join(folder(), "lo.xlsx"));
    expect(await namedValues(join(folder(), "lo.xlsx"), "Target_Total")).toEqual([78_000_000]);
    const compared = await expectLibreOfficeAgrees(bytes);
    expect(compared).toBeGreaterThan(100);
  }, 120_000);
});
