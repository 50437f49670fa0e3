/**
 * Long work shows rows read and written on a terminal's stderr, in the user's language, as one line
 * redrawn in place; piped output (no TTY) never gets it, and stdout is the same either way.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";

let folder: string;
const ROWS = 60_000; // the data sheet's block is big enough to be streamed (rows written are counted)

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ops-progress-"));
  const lines = ["日期,渠道,支付金额"];
  for (let i = 0; i < ROWS; i++)
    lines.push(`2025-${String((i % 12) + 1).padStart(2, "0")}-01,${i % 2 ? "天猫" : "京东"},${i}`);
  await writeFile(join(folder, "sales.csv"), `${lines.join("\n")}\n`);
});

afterAll(() => rm(folder, { recursive: true, force: true }));

async function report(out: string, tty: boolean, lang: string) {
  let stdout = "";
  let stderr = "";
  const code = await run(["report", "--input", "sales.csv", "--by", "渠道", "--out", out], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), ...(tty ? { isTTY: true } : {}) },
    cwd: folder,
    env: { LANG: lang },
  });
  return { code, stdout, stderr };
}

test.each([
  ["en_US.UTF-8", "60,000 rows read…", "60,000 rows written…"],
  ["zh_CN.UTF-8", "已读取 60,000 行…", "已写入 60,000 行…"],
])("a terminal sees rows read and written (%s)", async (lang, read, written) => {
  const result = await report(`tty-${lang}.xlsx`, true, lang);
  expect(result.code).toBe(0);
  expect(result.stderr).toContain(`\r${read}`);
  expect(result.stderr).toContain(`\r${written}`);
  // The line is cleared at the end, so the shell prompt does not land on it.
  expect(result.stderr.endsWith("\r\u001b[K")).toBe(true);
  expect(result.stdout).not.toContain("\r");
});

test("piped output gets no progress", async () => {
  const piped = await report("piped.xlsx", false, "en_US.UTF-8");
  expect(piped.code).toBe(0);
  expect(piped.stderr).toBe("");
  expect(piped.stdout).toContain("60,000 rows read");
});
