/**
 * Issue 3's figures for a plan of 100,000 rows × 10 columns (values and formulas): time to build the
 * plan; syncs and the largest request through the Excel adapter (typed fake of Office.js); time to
 * evaluate it in the memory adapter and to write the .xlsx with cached results; peak memory of each
 * path, each measured in its own process.
 */
import { execFileSync } from "child_process";
import path from "path";

const ROWS = 100_000;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function phase(name: "excel" | "file"): Record<string, number> {
  const output = execFileSync(
    process.execPath,
    [
      "-r",
      "ts-node/register/transpile-only",
      path.join(__dirname, "planAdaptersPhase.ts"),
      name,
      String(ROWS),
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 }
  );
  return JSON.parse(output.trim().split("\n").pop()!);
}

export function runPlanAdaptersBench(): void {
  console.log(`Plan of ${ROWS.toLocaleString("en-US")} rows × 10 columns (6 values, 4 formulas)`);
  const excel = phase("excel");
  console.log(`  build the plan:              ${seconds(excel.buildMs)}`);
  console.log(
    `  Excel adapter (typed fake):  ${excel.syncs} syncs (goal ≤ 3 + number of 4 MB chunks), ` +
      `largest request ≈ ${(excel.largestRequestBytes / 1024 / 1024).toFixed(2)} MiB, ${seconds(excel.applyMs)}, ` +
      `peak ${mib(excel.peakRssBytes)}`
  );
  const file = phase("file");
  console.log(`  evaluate in memory adapter:  ${seconds(file.evaluateMs)}`);
  console.log(
    `  write .xlsx (cached values): ${seconds(file.writeMs)} (goal < 10 s), file ${mib(file.fileBytes)}`
  );
  console.log(`  peak memory, plan → memory → .xlsx: ${mib(file.peakRssBytes)} (goal < 1 GiB)`);
}
