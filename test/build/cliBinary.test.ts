/**
 * The `ops-planner` executable as users run it: `npm run build:cli` compiles src/cli/bin.ts (here into a
 * folder of its own under test-artifacts/, inside the repository so the compiled files find
 * node_modules), and the compiled bin.js runs in a real process: its exit codes and how it behaves when
 * `head` closes its output early. Expected figures are facts of the files the tests write.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const REPO = path.resolve(__dirname, "../..");
const OUT = path.join(REPO, "test-artifacts", `cli-bin-${process.pid}`);
const BIN = path.join(OUT, "src", "cli", "bin.js");
let folder: string;

beforeAll(() => {
  execFileSync("npm", ["run", "build:cli", "--", "--outDir", OUT], { cwd: REPO, stdio: "pipe" });
  folder = mkdtempSync(path.join(tmpdir(), "ops-cli-bin-"));
  writeFileSync(path.join(folder, "daily.csv"), "日期,销售额\n2025-01-03,1200\n2025-01-04,980\n");
  // 5,001 columns × 3 rows: inspect prints about 400 KB, far more than a pipe holds (64 KB on Linux).
  const wide = ["x" + ",".repeat(5000), ...[0, 1, 2].map((r) => Array(5001).fill(r).join(","))];
  writeFileSync(path.join(folder, "wide.csv"), wide.join("\n") + "\n");
}, 180_000);

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const runBin = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8" },
  });

test("a successful command exits 0 and prints what the file holds", () => {
  const result = runBin(["inspect", "--input", "daily.csv"]);
  expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  expect(result.stdout).toContain("Columns:    2\n");
  expect(result.stdout).toContain("Data rows:  2\n");
});

test("a user error exits 2 with one line and no stack trace", () => {
  const result = runBin(["inspect", "--input", "nope.csv"]);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^error: .*nope\.csv.*\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test("output piped into head stops quietly: exit 0, no EPIPE stack", () => {
  // bash reports the first command's status of a pipeline in PIPESTATUS.
  const script = `"$0" "$1" inspect --input wide.csv | head -n 3; exit "\${PIPESTATUS[0]}"`;
  const result = spawnSync("bash", ["-c", script, process.execPath, BIN], {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8" },
  });
  expect(result.stdout).toBe(
    "File:       wide.csv\nEncoding:   UTF-8 (detected)\nDelimiter:  comma\n"
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});
