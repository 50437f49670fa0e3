/**
 * Issue 6's figures for the operating report. Each path runs in its own process (this file, run as a
 * script with the phase name), so its peak memory is its own:
 * - plan:  a source table of 100,000 rows → the live report plan with its daily dashboard (goal < 1 s), then applied through the
 *          Excel adapter against the typed fake of Office.js (goal ≤ 3 syncs + one per 4 MB chunk);
 * - cli:   100,000- and 1,000,000-row CSVs → `report` (values-only and live) → .xlsx, through the command,
 *          each beside the floor of the same file (issue 13's goals: 1M values-only ≤ 2× the floor and
 *          ≤ 300 MB; 1M live ≤ 15 s and ≤ 800 MB; 100k live ≤ 2 s);
 * - libreoffice: the live report of a 100,000-row CSV (with its data sheet) written by the CLI path,
 *          then recalculated by LibreOffice (time printed so formula cost is visible; skipped without soffice).
 * Run: npx ts-node --transpile-only -e 'require("./bench/reportBench").runReportBench()'
 */
import { execFileSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Command } from "commander";

const PLAN_ROWS = 100_000;
const CLI_ROWS = 1_000_000;
const HEADER = [
  "统计日期",
  "渠道",
  "类目",
  "访客数",
  "浏览量",
  "支付订单数",
  "支付金额",
  "推广费",
  "退款金额",
];
const CHANNELS = ["天猫", "京东", "抖音"];
const CATEGORIES = ["女装", "男装", "童装", "配饰"];
/** 2024-01-01: rows spread over 14 months, so months, MoM and YoY all have data. */
const FIRST_DAY = 45292;
const DAYS = 425;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Row i of the synthetic shop: deterministic, no state, so any count streams without a buffer. */
function shopRow(i: number): (string | number)[] {
  const uv = 50 + ((i * 7919) % 950);
  const orders = Math.floor(uv * (0.01 + ((i * 31) % 40) / 1000));
  return [
    FIRST_DAY + (i % DAYS),
    CHANNELS[i % 3],
    CATEGORIES[Math.floor(i / 3) % 4],
    uv,
    uv * 3,
    orders,
    orders * (80 + (i % 120)),
    Math.round(uv * 0.6 * 100) / 100,
    i % 17 === 0 ? orders * 15 : 0,
  ];
}

function dateText(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise<void>((done) => out.once("drain", () => done()));
  await write(`${HEADER.join(",")}\n`);
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const row = shopRow(i);
    row[0] = dateText(row[0] as number);
    chunk += `${row.join(",")}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise<void>((done) => out.end(() => done()));
}

async function planPhase(): Promise<Record<string, number>> {
  const { buildReportPlan, detectReportColumns } = await import("../src/builders/report");
  const { ExcelWorkbook } = await import("../src/workbook/excel/ExcelWorkbook");
  const { FakeExcel } = await import("../test/support/excelMock");
  const rows = Array.from({ length: PLAN_ROWS }, (_, i) => shopRow(i));
  let start = performance.now();
  const { plan } = buildReportPlan(
    { source: "Table Sales", header: HEADER, rows },
    { kind: "table", table: "Sales" },
    {
      locale: "zh-CN",
      mapping: detectReportColumns(HEADER),
      by: [1, 2],
      grain: "month",
      dashboard: true,
    }
  );
  const buildMs = performance.now() - start;
  // The source table exists in the workbook, as it would in Excel (the fake checks table references).
  const fake = new FakeExcel(["Src"]);
  fake.seed("Src", "A1", [HEADER]);
  fake.seedTable("Src", "Sales", `A1:I${PLAN_ROWS + 1}`);
  const excel = new ExcelWorkbook({ run: fake.run });
  start = performance.now();
  await excel.applyPlan(plan);
  return {
    buildMs,
    applyMs: performance.now() - start,
    syncs: excel.stats.syncs,
    largestRequestBytes: Math.max(...excel.stats.requestBytes),
    requests: excel.stats.requestBytes.length,
  };
}

/** The report command, parsed and run as the CLI frame would (without needing the registry). */
async function runReportCommand(args: string[], cwd: string): Promise<void> {
  const { reportCommand } = await import("../src/cli/commands/report");
  const { createCommandContext } = await import("../src/cli/commandContext");
  const command = new Command("report").exitOverride();
  reportCommand.define(command, "en-US");
  command.parse(args, { from: "user" });
  const context = createCommandContext(
    // The command's own lines (columns, "Wrote …") are not figures: dropped.
    { stdout: { write: () => true }, stderr: process.stderr, cwd },
    "en-US"
  );
  await reportCommand.run(command.opts(), context);
}

async function cliPhase(
  dir: string,
  csv: string,
  extra: string[]
): Promise<Record<string, number>> {
  // Loaded first: ts-node compiling the modules (seconds) is not the command's work; the built CLI has none.
  await import("../src/cli/commands/report");
  await import("../src/cli/commandContext");
  const start = performance.now();
  const out = join(dir, `out-${Date.now()}.xlsx`);
  await runReportCommand(["--input", csv, "--by", "渠道,类目", ...extra, "--out", out], dir);
  return { ms: performance.now() - start, fileBytes: statSync(out).size };
}

function phase(name: string, ...args: string[]): Record<string, number> {
  const output = execFileSync(
    process.execPath,
    [
      "--max-old-space-size=4096",
      "-r",
      "ts-node/register/transpile-only",
      __filename,
      name,
      ...args,
    ],
    { encoding: "utf8", maxBuffer: 1 << 24 }
  );
  return JSON.parse(output.trim().split("\n").pop()!);
}

const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find(existsSync);

export function runReportBench(): void {
  const dir = mkdtempSync(join(tmpdir(), "ops-report-bench-"));
  try {
    console.log(
      `Operating report, source of ${PLAN_ROWS.toLocaleString("en-US")} rows (Excel table, by channel × category, monthly, live)`
    );
    const plan = phase("plan");
    console.log(`  build the plan:              ${seconds(plan.buildMs)} (goal < 1 s)`);
    console.log(
      `  Excel adapter (typed fake):  ${plan.syncs} syncs (goal ≤ 3 + number of 4 MB chunks), ` +
        `largest request ≈ ${(plan.largestRequestBytes / 1024 / 1024).toFixed(2)} MiB, ${seconds(plan.applyMs)}`
    );
    const small = join(dir, "hundred-thousand.csv");
    phase("csv", small, String(PLAN_ROWS));
    const big = join(dir, "million.csv");
    phase("csv", big, String(CLI_ROWS));
    // Issue 13's goals, each beside the floor of the same file measured in this run.
    for (const [csv, rows] of [
      [small, PLAN_ROWS],
      [big, CLI_ROWS],
    ] as const) {
      const floor = phase("floor", csv);
      const label = `${rows.toLocaleString("en-US")} CSV rows`;
      console.log(
        `  floor, ${label} (read, decode and split the file): ${seconds(floor.ms)}, peak ${mib(floor.peakRssBytes)}`
      );
      const values = phase("cli", dir, csv, "--values");
      const valuesGoal = rows === CLI_ROWS ? " (goal ≤ 2× the floor, ≤ 300 MB)" : "";
      console.log(
        `  CLI, ${label} → values-only .xlsx: ${seconds(values.ms)} = ${(values.ms / floor.ms).toFixed(1)}× the floor, ` +
          `peak ${mib(values.peakRssBytes)}${valuesGoal}, file ${(values.fileBytes / 1024).toFixed(0)} KiB`
      );
      const live = phase("cli", dir, csv);
      const liveGoal = rows === CLI_ROWS ? " (goal ≤ 15 s, ≤ 800 MB)" : " (goal ≤ 2 s)";
      console.log(
        `  CLI, ${label} → live .xlsx (data sheet + SUMIFS): ${seconds(live.ms)}${liveGoal}, ` +
          `peak ${mib(live.peakRssBytes)}, file ${mib(live.fileBytes)}`
      );
    }
    if (!SOFFICE) {
      console.log("  LibreOffice recalculation: skipped, soffice is not installed");
      return;
    }
    const recalc = phase("libreoffice", dir, small);
    console.log(
      `  LibreOffice: open, recalculate and save the live report of ${PLAN_ROWS.toLocaleString("en-US")} rows ` +
        `(data sheet + ${recalc.formulas.toLocaleString("en-US")} formulas): ${seconds(recalc.ms)}; ` +
        `the values-only file of the same report: ${seconds(recalc.baselineMs)}`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The live report file of the CSV, written without cached values (the CLI would first evaluate it in the
 * memory adapter, which at this size is HyperFormula's work, not LibreOffice's), then LibreOffice opening
 * it with recalculation forced (test/support/libreoffice.ts's profile), next to the values-only file.
 */
async function libreOfficePhase(dir: string, csv: string): Promise<Record<string, number>> {
  const { readFileSync } = await import("node:fs");
  const { readTabularFile } = await import("../src/io/readTabularFile");
  const { buildReportPlan, detectReportColumns } = await import("../src/builders/report");
  const { writePlanToXlsx } = await import("../src/workbook/xlsx/writeXlsx");
  const table = await readTabularFile(readFileSync(csv), csv);
  const build = (values: boolean) =>
    buildReportPlan(
      table,
      { kind: "file", name: csv },
      {
        locale: "zh-CN",
        mapping: detectReportColumns(table.header),
        by: [1, 2],
        grain: "month",
        values,
      }
    ).plan;
  const livePlan = build(false);
  const formulas = livePlan.sheets[0].blocks[0].rows
    .flat()
    .filter((cell) => typeof cell === "object" && cell !== null).length;
  writeFileSync(join(dir, "live.xlsx"), (await writePlanToXlsx(livePlan, undefined)).buffer);
  writeFileSync(join(dir, "values.xlsx"), (await writePlanToXlsx(build(true), undefined)).buffer);
  let start = performance.now();
  recalculateWithLibreOffice(dir, join(dir, "values.xlsx"));
  const baselineMs = performance.now() - start;
  start = performance.now();
  recalculateWithLibreOffice(dir, join(dir, "live.xlsx"));
  return { ms: performance.now() - start, baselineMs, formulas };
}

/**
 * soffice --convert-to xlsx with a private profile that recalculates every file on load (the settings
 * test/support/libreoffice.ts uses; that module registers jest hooks, so it cannot be imported here).
 */
function recalculateWithLibreOffice(dir: string, file: string): void {
  const profile = join(dir, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  const outDir = join(dir, "lo-out");
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    SOFFICE!,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      file,
    ],
    { timeout: 1_800_000, stdio: "ignore" }
  );
}

/** The floor of any reader: read the bytes, decode them, split lines and fields; nothing typed or kept. */
async function floorPhase(csv: string): Promise<Record<string, number>> {
  const { readFileSync } = await import("node:fs");
  const start = performance.now();
  const text = new TextDecoder("utf-8").decode(readFileSync(csv));
  let fields = 0;
  let lineStart = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", lineStart)) {
    fields += text.slice(lineStart, end).split(",").length;
    lineStart = end + 1;
  }
  return { ms: performance.now() - start, fields };
}

async function main(name: string, args: string[]): Promise<void> {
  let figures: Record<string, number> = {};
  if (name === "floor") figures = await floorPhase(args[0]);
  else if (name === "plan") figures = await planPhase();
  else if (name === "csv") await writeCsv(args[0], Number(args[1]));
  else if (name === "cli") figures = await cliPhase(args[0], args[1], args.slice(2));
  else if (name === "libreoffice") figures = await libreOfficePhase(args[0], args[1]);
  figures.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify(figures));
}

if (require.main === module) {
  main(process.argv[2], process.argv.slice(3)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
