/**
 * The read limits reach every file a command reads: --max-cells, --max-unzipped-mb and --max-file-mb
 * are global options, in help in both languages, and each refusal is one line naming the option.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { EN, expectUserError, useCliFolder, ZH } from "../support/cliHarness";

const { cli } = useCliFolder("ops-limits-", async (dir) => {
  // 3 rows × 2 columns = 6 cells.
  writeFileSync(join(dir, "sales.csv"), "月份,销售额\n2025-01,100\n2025-02,200\n");
  writeFileSync(
    join(dir, "bomb.xlsx"),
    zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(3 * 1024 * 1024).fill(0x20) })
  );
});

describe("read limit options", () => {
  it("are listed in help, in both languages", async () => {
    const en = await cli(["inspect", "--help"]);
    for (const option of [
      "--max-line-length <count>",
      "--max-cells <count>",
      "--max-unzipped-mb <MB>",
      "--max-file-mb <MB>",
    ])
      expect(en.stdout).toContain(option);
    expect(en.stdout).toContain("most an .xlsx file may unzip to, in MB");
    const zh = await cli(["inspect", "--help"], ZH);
    expect(zh.stdout).toContain("--max-cells <数量>");
    expect(zh.stdout).toContain(".xlsx 文件解压后的最大大小，单位 MB");
  });

  it("--max-cells bounds --input, before or after the command name", async () => {
    const refusal =
      "error: sales.csv: the table has 6 cells, over the limit of 5. If the file is genuine, raise the limit with --max-cells.";
    expect(
      expectUserError(await cli(["inspect", "--input", "sales.csv", "--max-cells", "5"]))
    ).toBe(refusal);
    expect(
      expectUserError(await cli(["--max-cells", "5", "inspect", "--input", "sales.csv"]))
    ).toBe(refusal);
    expect((await cli(["inspect", "--input", "sales.csv", "--max-cells", "6"])).code).toBe(0);
  });

  it("--max-cells bounds targets --history too", async () => {
    const args = ["targets", "--annual", "1200", "--history", "sales.csv", "--out", "t.xlsx"];
    expect(expectUserError(await cli([...args, "--max-cells", "5"], ZH))).toBe(
      "错误：sales.csv：表格有 6 个单元格，超过 5 的上限。如果文件确实无误，可用 --max-cells 提高上限。"
    );
  });

  it("--max-unzipped-mb bounds an .xlsx's unzipped size", async () => {
    // 3 MiB of spaces: over a 2 MB limit; the default (512 MB) lets it through to ExcelJS, which
    // then finds no workbook in it.
    expect(
      expectUserError(await cli(["inspect", "--input", "bomb.xlsx", "--max-unzipped-mb", "2"], EN))
    ).toBe(
      "error: bomb.xlsx unzips to more than 2 MB (at part xl/worksheets/sheet1.xml), over the limit for a workbook. If the file is genuine, raise the limit with --max-unzipped-mb."
    );
    expect(expectUserError(await cli(["inspect", "--input", "bomb.xlsx"], EN))).not.toContain(
      "--max-unzipped-mb"
    );
  });
});
