/**
 * The hosts derived from a builder module (issue 14): the CLI command (src/cli/builderCommand.ts) and
 * the panel's model (src/taskpane/pages/builderPageModel.ts) read the same fields and tables the same
 * way and give the same plan; a field's error names it as each host shows it. The module is the test
 * fixture test/support/fixtureBuilder.ts, whose totals are summed here by hand.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BuildOutput } from "../../../src/builders/builder";
import { LocalizedError } from "../../../src/core/localizedError";
import { readTabularFile } from "../../../src/io/readTabularFile";
import { prepareBuilderBuild } from "../../../src/taskpane/pages/builderPageModel";
import { detectInputColumns } from "../../../src/builders/inputTables";
import { expectUserError, useCliFolder, ZH } from "../../support/cliHarness";
import { FIXTURE_BUILDER } from "../../support/fixtureBuilder";
import { recordingBuilder } from "../../support/recordingBuilder";
import { nameValue } from "../../support/workbookNames";
import { readWorkbook } from "../../support/libreoffice";

/** The plans the fixture built, in order, whichever host ran it. */
const built: BuildOutput[] = [];
const mockRecorded = recordingBuilder(FIXTURE_BUILDER, built);

jest.mock("../../../src/cli/commands", () => {
  const { builderCommand } = jest.requireActual("../../../src/cli/builderCommand");
  // A getter: the factory runs during the imports, before mockRecorded exists.
  return {
    get COMMANDS() {
      return [builderCommand(mockRecorded)];
    },
  };
});

const SALES = [
  "店铺经营数据",
  "",
  "日期,渠道,销售额",
  "2025-01-03,天猫,1000",
  "2025-01-04,京东,500",
  "2025-01-05,天猫,1.2万",
  "合计,,13500",
].join("\n");

const { folder, cli } = useCliFolder("ops-builder-hosts-", async (dir) => {
  await writeFile(join(dir, "sales.csv"), SALES);
  await writeFile(join(dir, "bad.csv"), "渠道,销售额\n天猫,100\n京东,n/a\n");
  await writeFile(join(dir, "nosales.csv"), "渠道,数量\n天猫,1\n");
  await writeFile(join(dir, "other.csv"), "渠道,成交\n天猫,7\n京东,8\n");
});

async function summaryTotal(file: string): Promise<unknown> {
  return nameValue(await readWorkbook(join(folder(), file)), "Summary_Total");
}

describe("the CLI command derived from a module", () => {
  test("reads the file through the one pipeline and writes the plan with its values", async () => {
    const result = await cli([
      "sales-summary",
      "--sales",
      "sales.csv",
      "--target",
      "5850万",
      "--out",
      "s.xlsx",
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // 1000 + 500 + 12,000 (1.2万); the 合计 row and the title are left out and said.
    expect(await summaryTotal("s.xlsx")).toBe(13_500);
    expect(result.stdout).toContain("Wrote s.xlsx: Sales summary.");
    expect(result.stdout).toContain("Sales: Channel ← 渠道; Amount ← 销售额");
    expect(result.stdout).toContain("Note: The total row at line 7");
    expect(result.stdout).toContain("Note: 3 rows");
  });

  test("help lists the inputs, the fields with their defaults, and the shared options, in both languages", async () => {
    const en = await cli(["sales-summary", "--help"]);
    for (const word of [
      "--sales <file>",
      "--sales-sheet",
      "--target <value>",
      "--share <value>",
      "(default: 80%)",
      "--note",
      "--skip-invalid",
      "--map",
      "--out",
      "--force",
    ])
      expect(en.stdout).toContain(word);
    const zh = await cli(["sales-summary", "--help"], ZH);
    expect(zh.stdout).toContain("按渠道汇总销售额并对比目标。");
    expect(zh.stdout).toContain("基础目标比例 (默认：80%)");
  });

  test.each([
    [
      ["--target", "1,5"],
      "error: --target: “1,5” is not an amount; write it as 39000000, 39,000,000 or 3900万.",
    ],
    [["--target", "100", "--share", "150%"], "error: --share: “150%” is outside 0 to 1."],
    [["--target", "100", "--grain", "year"], "error: --grain: “year” is not one of month, day."],
    [[], "error: --target is required."],
  ])("a field's refusal names its flag: %j", async (args, line) => {
    expect(
      expectUserError(
        await cli(["sales-summary", "--sales", "sales.csv", ...args, "--out", "x.xlsx"])
      )
    ).toBe(line);
  });

  test("refusals in Chinese; a missing input and a missing column", async () => {
    expect(
      expectUserError(
        await cli(
          ["sales-summary", "--sales", "sales.csv", "--target", "abc", "--out", "x.xlsx"],
          ZH
        )
      )
    ).toBe("错误：--target：“abc”不是金额；请写成 39000000、39,000,000 或 3900万。");
    expect(expectUserError(await cli(["sales-summary", "--target", "1", "--out", "x.xlsx"]))).toBe(
      "error: Sales is required."
    );
    expect(
      expectUserError(
        await cli(["sales-summary", "--sales", "nosales.csv", "--target", "1", "--out", "x.xlsx"])
      )
    ).toBe(
      "error: Sales: no column for Amount was found (header names such as 销售额, 支付金额, sales, amount); columns: “渠道”, “数量”."
    );
  });

  test("--map chooses a column the synonyms miss; --skip-invalid reaches the module", async () => {
    const mapped = await cli([
      "sales-summary",
      "--sales",
      "other.csv",
      "--map",
      "sales.amount=成交",
      "--target",
      "1",
      "--out",
      "m.xlsx",
    ]);
    expect(mapped.code).toBe(0);
    expect(await summaryTotal("m.xlsx")).toBe(15);
    expect(
      expectUserError(
        await cli(["sales-summary", "--sales", "bad.csv", "--target", "1", "--out", "b.xlsx"])
      )
    ).toBe("error: Line 3: “n/a” is not an amount.");
    const skipped = await cli([
      "sales-summary",
      "--sales",
      "bad.csv",
      "--target",
      "1",
      "--skip-invalid",
      "--out",
      "b.xlsx",
    ]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain("Note: 1 skipped");
    expect(await summaryTotal("b.xlsx")).toBe(100);
  });
});

describe("a module's flags", () => {
  const { checkBuilderFlags } = jest.requireActual("../../../src/cli/builderCommand");
  const field = FIXTURE_BUILDER.fields[0];

  test.each(["out", "map", "skip-invalid", "lang", "max-cells", "sales", "sales-sheet"])(
    "a field flag --%s, which the command or the module has already, is refused at start",
    (flag) => {
      const clashing = {
        ...FIXTURE_BUILDER,
        fields: [...FIXTURE_BUILDER.fields, { ...field, flag }],
      };
      expect(() => checkBuilderFlags(clashing)).toThrow(`the option --${flag} is used twice`);
    }
  );

  test("every registered module's flags are its own", () => {
    const { BUILDERS } = jest.requireActual("../../../src/builders");
    for (const builder of [FIXTURE_BUILDER, ...BUILDERS])
      expect(() => checkBuilderFlags(builder)).not.toThrow();
  });
});

describe("the panel's path gives the CLI's plan", () => {
  test("same file, same typed fields: the same plan", async () => {
    built.length = 0;
    const args = ["--target", "5850万", "--share", "80", "--grain", "日", "--note"];
    expect(
      (await cli(["sales-summary", "--sales", "sales.csv", ...args, "--out", "p.xlsx"])).code
    ).toBe(0);
    const viaCli = built[0];
    const data = await readTabularFile(new TextEncoder().encode(SALES), "sales.csv");
    const columns = detectInputColumns(FIXTURE_BUILDER.inputs[0], data.header);
    const mapping = Object.fromEntries(Object.entries(columns).map(([id, c]) => [id, c ?? null]));
    const viaPanel = prepareBuilderBuild(
      FIXTURE_BUILDER,
      { sales: { data, mapping } },
      { target: "5850万", share: "80", grain: "日", note: true },
      "en-US",
      { skipInvalid: false }
    );
    expect(viaPanel).toEqual(viaCli);
    expect(viaPanel.notes).toEqual(["3 rows", "grain day"]);
  });

  test("a field's refusal names its label, in the panel's language", () => {
    const call = (locale: "en-US" | "zh-CN") => () =>
      prepareBuilderBuild(FIXTURE_BUILDER, {}, { target: "1,5" }, locale, { skipInvalid: false });
    expect(call("en-US")).toThrow("Target: “1,5” is not an amount");
    let error: unknown;
    try {
      call("zh-CN")();
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(LocalizedError);
    expect((error as LocalizedError).messageIn("zh-CN")).toBe(
      "目标：“1,5”不是金额；请写成 39000000、39,000,000 或 3900万。"
    );
  });
});
