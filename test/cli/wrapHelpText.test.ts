/** Help text wrapping: English exactly as commander wraps it, Chinese within the width, by the kinsoku rules. */
import { Help } from "commander";
import fc from "fast-check";
import { run } from "../../src/cli/main";
import { displayWidth } from "../../src/cli/textTable";
import { wrapHelpText } from "../../src/cli/wrapHelpText";

const CLOSING = /^[，。、；：！？）」』》〉】”’]/;
const OPENING = /[（「『《〈【“‘]$/;

test("English wraps exactly as commander's own boxWrap does", () => {
  const commander = new Help();
  const text =
    "text encoding of a CSV file: utf-8 or gb18030 (gbk also accepted) (default: detected)\n" +
    "workbook to write (.xlsx); an existing file is kept unless --force is given";
  for (const width of [20, 35, 50, 80])
    expect(wrapHelpText(text, width)).toBe(commander.boxWrap(text, width));
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[a-z0-9<>.,()-]{1,12}$/), { minLength: 1, maxLength: 30 }),
      fc.integer({ min: 40, max: 100 }),
      (words, width) => {
        const line = words.join(" ");
        expect(wrapHelpText(line, width)).toBe(commander.boxWrap(line, width));
      }
    )
  );
});

test("Chinese breaks between characters, within the width, never before closing or after opening punctuation", () => {
  const text =
    "根据平台导出数据生成经营报表：按期间统计访客数、订单数、支付金额、转化率、客单价、投产比等，含小计、环比和同比（默认：month）。";
  for (const width of [40, 41, 47, 57]) {
    const lines = wrapHelpText(text, width).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(text); // nothing lost or added: Chinese has no spaces to drop
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(line).not.toMatch(CLOSING);
      expect(line).not.toMatch(OPENING);
    }
  }
});

test("mixed text keeps words whole: gb18030 and 2025-01-01 are never split", () => {
  const text =
    "CSV 文件的文本编码：utf-8 或 gb18030（也可写 gbk），报表开始日期如 2025-01-01 或 2025-01";
  const lines = wrapHelpText(text, 40).split("\n");
  for (const word of ["gb18030", "2025-01-01", "utf-8"])
    expect(lines.some((line) => line.includes(word))).toBe(true);
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
});

test("every command's Chinese help fits in 80 columns", async () => {
  for (const command of ["", "inspect", "targets", "scorecard", "report"]) {
    let stdout = "";
    await run([...(command ? [command] : []), "--help"], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => undefined },
      cwd: process.cwd(),
      env: { LANG: "zh_CN.UTF-8" },
    });
    const wide = stdout.split("\n").filter((line) => displayWidth(line) > 80);
    expect({ command, wide }).toEqual({ command, wide: [] });
  }
});
