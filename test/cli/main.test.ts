import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { version } from "../../package.json";
import { run } from "../../src/cli/main";
import { gbkBytes, SALES_CSV, twoSheetWorkbook, utf8Bytes, xlsxBytes } from "../io/fixtureFiles";
import { EN, expectUserError, useCliFolder, ZH } from "../support/cliHarness";

const { folder, cli } = useCliFolder("ops-planner-cli-", async (dir) => {
  await writeFile(join(dir, "gbk.csv"), gbkBytes(SALES_CSV));
  await writeFile(join(dir, "bom.csv"), utf8Bytes(SALES_CSV, true));
  await writeFile(join(dir, "plain.csv"), utf8Bytes(SALES_CSV));
  await writeFile(join(dir, "orders.xlsx"), await xlsxBytes(twoSheetWorkbook));
  await writeFile(join(dir, "empty.csv"), new Uint8Array(0));
  const many = [
    "店铺,销售额,",
    ...Array.from({ length: 7 }, (_, i) => `店${i + 1},${(i + 1) * 100},`),
  ].join("\n");
  await writeFile(join(dir, "many.csv"), utf8Bytes(many));
  await writeFile(join(dir, "dup.csv"), utf8Bytes("金额,,金额\n1,2,3\n"));
});

describe("help and version", () => {
  it("prints the help in English", async () => {
    const { code, stdout, stderr } = await cli(["--help"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("Usage: ops-planner [options] [command]");
    expect(stdout).toContain("inspect [options]");
    expect(stdout).toMatch(/--lang <locale> +language of help and messages/);
    expect(stdout).not.toContain("__no-command");
  });

  it("prints the help in Chinese, with no English left in it", async () => {
    for (const result of [await cli(["--lang", "zh-CN", "--help"]), await cli(["--help"], ZH)]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("用法： ops-planner [选项] [命令]");
      expect(result.stdout).toContain("选项：");
      expect(result.stdout).toContain("命令：");
      expect(result.stdout).toMatch(/inspect \[选项\] +查看数据文件的读取结果/);
      expect(result.stdout).toMatch(/help \[命令\] +显示命令帮助/);
      for (const english of [
        "Usage",
        "Options",
        "Commands",
        "[options]",
        "display help",
        "output the version",
      ]) {
        expect(result.stdout).not.toContain(english);
      }
    }
  });

  it("follows --lang over the environment", async () => {
    expect((await cli(["--lang", "en-US", "--help"], ZH)).stdout).toContain("Usage:");
    expect(
      (await cli(["--help"], { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" })).stdout
    ).toContain("用法：");
  });

  it("prints a command's help with the shared options, in both languages", async () => {
    const en = await cli(["inspect", "--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: ops-planner inspect [options]");
    expect(en.stdout).toMatch(/--input <file> +data file exported/);
    expect(en.stdout).toMatch(/--encoding <name> +text encoding of a CSV file/);
    expect(en.stdout).toContain("Global Options:");
    const zh = await cli(["help", "inspect"], ZH);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("用法： ops-planner inspect [选项]");
    expect(zh.stdout).toMatch(/--input <文件> +从店铺后台导出的数据文件/);
    expect(zh.stdout).toContain("全局选项：");
  });

  it("prints the help for `help`, like --help", async () => {
    expect(await cli(["help"])).toEqual(await cli(["--help"]));
    expect(await cli(["help", "inspect"], ZH)).toEqual(await cli(["inspect", "--help"], ZH));
  });

  it("prints the version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("inspect", () => {
  it("shows how a GBK export reads", async () => {
    const { code, stdout, stderr } = await cli(["inspect", "--input", "gbk.csv"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toBe(
      [
        "File:       gbk.csv",
        "Encoding:   GB18030 (detected)",
        "Delimiter:  comma",
        "Columns:    4",
        "Data rows:  2",
        "",
        "First 2 rows:",
        "#  日期        访客数  支付订单数  销售额",
        "   text        number      number  number",
        "1  2025-01-03    1200          36  1234.5",
        "2  2025-01-04    1350          41    1480",
        "",
      ].join("\n")
    );
  });

  it("names UTF-8 with and without a BOM, and an encoding given by the user", async () => {
    expect((await cli(["inspect", "--input", "bom.csv"])).stdout).toContain(
      "Encoding:   UTF-8 with BOM (detected)"
    );
    expect((await cli(["inspect", "--input", "plain.csv"])).stdout).toContain(
      "Encoding:   UTF-8 (detected)"
    );
    const given = await cli(["inspect", "--input", join(folder(), "gbk.csv"), "--encoding", "GBK"]);
    expect(given.stdout).toContain("Encoding:   GB18030 (from --encoding)");
    expect(given.stdout).toContain("销售额");
  });

  it("shows an .xlsx sheet, in Chinese", async () => {
    const { code, stdout } = await cli(["inspect", "--input", "orders.xlsx"], ZH);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "文件：      orders.xlsx",
        "工作表：    订单（全部工作表：订单, Notes）",
        "区域：      A1:F3",
        "列数：      6",
        "数据行数：  2",
        "",
        "前 2 行：",
        "#     日期  商品  销售额  数量  合计  备注",
        "      数字  文本    数字  数字  数字  文本",
        "1    45660  T恤     99.5     2   199  加急发货",
        "2  45661.5  卫衣     129     1   129  #N/A",
        "",
      ].join("\n")
    );
  });

  it("reads the sheet named by --sheet", async () => {
    const { code, stdout } = await cli(["inspect", "--input", "orders.xlsx", "--sheet", "notes"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Sheet:      Notes (sheets: 订单, Notes)");
    expect(stdout).toContain("check the 618 plan");
  });

  it("shows the first 5 rows and counts the rest", async () => {
    const { stdout } = await cli(["inspect", "--input", "many.csv"]);
    expect(stdout).toContain("Data rows:  7");
    expect(stdout).toContain("First 5 rows:");
    expect(stdout).toContain("5  店5");
    expect(stdout).not.toContain("店6");
    expect(stdout).toContain("… 2 more rows");
  });

  it("warns about blank and duplicate headers", async () => {
    const { code, stdout } = await cli(["inspect", "--input", "dup.csv"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Warning: column 2 has no header.");
    expect(stdout).toContain('Warning: the header "金额" is used by columns 1, 3.');
    expect(stdout).toContain("(blank)");
  });
});

describe("user errors: one line on stderr, exit 2", () => {
  it.each([
    [["inspect"], 'error: Missing required option --input. See "ops-planner inspect --help".'],
    [["inspect", "--input", "nope.csv"], "error: Input file not found: nope.csv"],
    [["inspect", "--input", "."], "error: . is a folder; --input must name a file."],
    [
      ["inspect", "--input", "orders.xlsx", "--sheet", "Sales"],
      'error: There is no sheet "Sales" in orders.xlsx. Available sheets: "订单", "Notes".',
    ],
    [
      ["inspect", "--input", "gbk.csv", "--encoding", "utf-8"],
      "error: gbk.csv is not valid UTF-8 text. Try the other encoding, or let it be detected.",
    ],
    [
      ["inspect", "--input", "gbk.csv", "--encoding", "latin1"],
      'error: Option --encoding does not accept "latin1"; use one of: utf-8, gb18030. See "ops-planner inspect --help".',
    ],
    [["inspect", "--input", "empty.csv"], "error: empty.csv is empty."],
    [
      ["--lang", "fr", "inspect"],
      'error: Option --lang does not accept "fr"; use one of: en-US, zh-CN. See "ops-planner inspect --help".',
    ],
    [["--lang"], 'error: Option --lang <locale> needs a value. See "ops-planner --help".'],
    [
      ["inspect", "--input"],
      'error: Option --input <file> needs a value. See "ops-planner inspect --help".',
    ],
    [
      ["inspect", "--inptu", "x"],
      'error: Unknown option --inptu. Did you mean --input? See "ops-planner inspect --help".',
    ],
    [["--bogus"], 'error: Unknown option --bogus. See "ops-planner --help".'],
    [["bogus"], 'error: Unknown command bogus. See "ops-planner --help".'],
    [["help", "bogus"], 'error: Unknown command bogus. See "ops-planner --help".'],
    [
      [],
      'error: No command given; the commands are: inspect, targets, report, scorecard, replenishment, customers. See "ops-planner --help".',
    ],
    [["inspect", "extra"], 'error: Too many arguments. See "ops-planner inspect --help".'],
  ])("%j", async (args, message) => {
    expect(expectUserError(await cli(args))).toBe(message);
  });

  it.each([
    [["inspect"], "错误：缺少必填选项 --input。请参阅“ops-planner inspect --help”。"],
    [["inspect", "--input", "nope.csv"], "错误：找不到输入文件：nope.csv"],
    [
      ["inspect", "--input", "orders.xlsx", "--sheet", "Sales"],
      '错误：orders.xlsx 中没有工作表“Sales”。现有工作表："订单", "Notes"。',
    ],
    [["--lang", "zh-CN", "--bogus"], "错误：未知选项 --bogus。请参阅“ops-planner --help”。"],
  ])("in Chinese: %j", async (args, message) => {
    expect(expectUserError(await cli(args, ZH))).toBe(message);
  });

  it("reports a bad --lang in the environment's language", async () => {
    expect(expectUserError(await cli(["--lang", "fr"], ZH))).toMatch(
      /^错误：选项 --lang 不接受“fr”/
    );
  });
});

describe("unexpected failures", () => {
  it("are reported with their stack and exit 1", async () => {
    let stderr = "";
    const code = await run(["inspect", "--input", "gbk.csv"], {
      stdout: {
        write: () => {
          throw new Error("stdout broke");
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: folder(),
      env: EN,
    });
    expect(code).toBe(1);
    expect(stderr).toContain("Unexpected error: this is a bug in ops-planner.");
    expect(stderr).toContain("Error: stdout broke");
    expect(stderr).toMatch(/\n\s+at /);
  });
});
