/**
 * LibreOffice as an independent spreadsheet application: it opens an .xlsx, recalculates every formula
 * with its own engine and saves it again. Comparing its results with the values our writer cached proves
 * the file computes the same numbers outside our code.
 *
 * LibreOffice normally trusts the cached values of a file Excel claims to have written (ExcelJS claims
 * so), so a private profile sets Calc's OOXMLRecalcMode to 0, "always recalculate on load". The control
 * test in test/workbook/xlsxLibreOffice.test.ts proves it: a deliberately wrong cached value comes back
 * corrected.
 *
 * Install: `apt-get install -y --no-install-recommends libreoffice-calc-nogui` (Debian 12: LibreOffice 7.4).
 * Without LibreOffice the tests skip with a warning, except on CI (CI=true), where they fail.
 */
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
];
const CONVERT_TIMEOUT_MS = 180_000;

export const LIBREOFFICE_MISSING =
  "LibreOffice (soffice) is not installed, so the .xlsx files cannot be recalculated by an independent application. " +
  "Install it: apt-get install -y --no-install-recommends libreoffice-calc-nogui";

/** The soffice executable on PATH or in the usual places; undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const onPath = (process.env.PATH ?? "")
    .split(":")
    .filter(Boolean)
    .map((dir) => join(dir, "soffice"));
  return [...onPath, ...CANDIDATES].find((candidate) => existsSync(candidate));
}

/**
 * `describe` for tests that need LibreOffice. Missing LibreOffice: on CI the suite fails with
 * LIBREOFFICE_MISSING; elsewhere it is skipped with a loud warning.
 */
export function describeWithLibreOffice(title: string, body: () => void): void {
  if (findSoffice()) {
    describe(title, body);
  } else if (process.env.CI === "true") {
    describe(title, () => {
      test("LibreOffice is installed", () => {
        throw new Error(LIBREOFFICE_MISSING);
      });
    });
  } else {
    console.warn(`\n!!! SKIPPED "${title}": ${LIBREOFFICE_MISSING}\n`);
    describe.skip(title, body);
  }
}

function requireSoffice(): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error(LIBREOFFICE_MISSING);
  return soffice;
}

/** LibreOffice's version as [major, minor], e.g. [7, 4]. */
export async function libreOfficeVersion(): Promise<[number, number]> {
  const { stdout } = await run(requireSoffice(), ["--headless", "--version"]);
  const match = /LibreOffice (\d+)\.(\d+)/.exec(stdout);
  if (!match) throw new Error(`Cannot read the LibreOffice version from: ${stdout}`);
  return [Number(match[1]), Number(match[2])];
}

const tempDirs = new Set<string>();
// Jest loads this module once per test file; its temporary files (and profile) go when that file is done.
afterAll(() => {
  tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  tempDirs.clear();
});

/** A new temporary directory, removed after the test file's tests. */
export function newTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

let profileDir: string | undefined;

/** A private LibreOffice profile for this process that recalculates every .xlsx on load. */
function recalculatingProfile(): string {
  if (profileDir) return profileDir;
  const dir = join(tmpdir(), `ops-lo-profile-${process.pid}`);
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  tempDirs.add(dir);
  profileDir = dir;
  return dir;
}

/** One LibreOffice at a time per profile: a second instance would hand its work to the first. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Opens each file in LibreOffice, which recalculates it, and saves it as .xlsx in a new directory.
 * Returns the output paths in input order. One LibreOffice start for all files.
 */
export function recalculateXlsxFiles(inputPaths: readonly string[]): Promise<string[]> {
  return convertWithLibreOffice(inputPaths, "xlsx");
}

/**
 * Opens each file in LibreOffice and saves it as `format` in a new directory; an HTML export also
 * writes each chart as a PNG picture beside the page ("<stem>_html_<hash>.png").
 */
export function convertWithLibreOffice(
  inputPaths: readonly string[],
  format: "xlsx" | "pdf" | "html"
): Promise<string[]> {
  const stems = inputPaths.map((input) => basename(input).replace(/\.[^.]*$/, ""));
  if (new Set(stems).size !== stems.length)
    throw new Error(
      "Files converted together need distinct names: their outputs share one directory."
    );
  const job = queue.then(async () => {
    const soffice = requireSoffice();
    const outDir = newTempDir("ops-lo-out-");
    const profileUrl = `file://${recalculatingProfile()}`;
    const args = [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${profileUrl}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...inputPaths,
    ];
    const { stdout, stderr } = await run(soffice, args);
    return inputPaths.map((input, i) => {
      const output = join(outDir, `${stems[i]}.${format}`);
      if (!existsSync(output))
        throw new Error(
          `LibreOffice did not convert ${input}.\nstdout: ${stdout}\nstderr: ${stderr}`
        );
      return output;
    });
  });
  queue = job.catch(() => undefined);
  return job;
}

export async function recalculateXlsx(inputPath: string): Promise<string> {
  const [output] = await recalculateXlsxFiles([inputPath]);
  return output;
}

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout: CONVERT_TIMEOUT_MS, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(`${command} ${args.join(" ")} failed: ${error.message}\nstderr: ${stderr}`)
          );
        else resolve({ stdout, stderr });
      }
    );
  });
}

/** Writes a buffer to a new temporary .xlsx file and returns its path. */
export function writeTempXlsx(buffer: Buffer | Uint8Array, name = "workbook"): string {
  const path = join(newTempDir("ops-xlsx-"), `${name}.xlsx`);
  writeFileSync(path, buffer);
  return path;
}

/** A formula cell's result as the file caches it: number, string, boolean, { error } or undefined. */
export type CachedResult = number | string | boolean | { error: string } | undefined;

/** Opens an .xlsx from a buffer or a path with ExcelJS. */
export async function readWorkbook(
  source: Buffer | Uint8Array | string
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * Every formula cell's cached result, keyed "Sheet!A1". A cached empty string (`t="str"` with an empty
 * `<v>`, what a formula returning "" leaves) is read from the sheet XML: ExcelJS's reader drops it.
 */
export async function formulaResults(
  source: Buffer | Uint8Array | string
): Promise<Map<string, CachedResult>> {
  const workbook = await readWorkbook(source);
  const emptyStrings = cachedEmptyStrings(
    typeof source === "string" ? readFileSync(source) : source
  );
  const results = new Map<string, CachedResult>();
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const key = `${worksheet.name}!${cell.address}`;
        // Not cell.value.result: ExcelJS's cell.value leaves out a result of 0, false or "".
        const result = normalise(cell.result as ExcelJS.CellFormulaValue["result"]);
        results.set(key, result === undefined && emptyStrings.has(key) ? "" : result);
      });
    });
  });
  return results;
}

/** "Sheet!A1" of every formula cell whose cached value is an empty string, from the file's XML. */
function cachedEmptyStrings(bytes: Uint8Array): Set<string> {
  const files = unzipSync(bytes);
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : "");
  const targets = new Map(
    [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)].map((match) => [
      /Id="([^"]+)"/.exec(match[0])?.[1],
      /Target="([^"]+)"/.exec(match[0])?.[1],
    ])
  );
  const found = new Set<string>();
  for (const sheet of text("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    const name = decodeXml(/name="([^"]*)"/.exec(sheet[0])?.[1] ?? "");
    const target = targets.get(/r:id="([^"]+)"/.exec(sheet[0])?.[1]);
    if (!target) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    for (const cell of text(path).matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g)) {
      const [attributes, content] = [cell[1], cell[2]];
      if (!/\bt="str"/.test(attributes) || !/<f[\s>/]/.test(content)) continue;
      if (/<v\s*\/>|<v>\s*<\/v>/.test(content) || !/<v[\s>]/.test(content))
        found.add(`${name}!${/\br="([A-Z]+\d+)"/.exec(attributes)?.[1]}`);
    }
  }
  return found;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function normalise(result: ExcelJS.CellFormulaValue["result"]): CachedResult {
  // ExcelJS reads a number in a date-formatted cell as a Date: compare the serial number.
  if (result instanceof Date) return result.getTime() / 86_400_000 + 25_569;
  if (result !== null && typeof result === "object") return { error: result.error };
  return result;
}

/** Numbers agree within 1e-9 relative (with a 1e-12 floor near zero, for summation-order noise). */
export function sameResult(a: CachedResult, b: CachedResult): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 1e-12);
  }
  if (typeof a === "object" && typeof b === "object") return a.error === b.error;
  return a === b;
}

/**
 * Recalculates the file (or files: one LibreOffice start) in LibreOffice and expects every formula cell's
 * result to equal the value the file cached. A formula without a cached value is a failure too.
 * Returns how many formula cells were compared.
 */
export async function expectLibreOfficeAgrees(
  files: Buffer | Uint8Array | readonly (Buffer | Uint8Array)[]
): Promise<number> {
  const buffers = Array.isArray(files)
    ? (files as readonly (Buffer | Uint8Array)[])
    : [files as Buffer | Uint8Array];
  const dir = newTempDir("ops-xlsx-");
  const inputs = buffers.map((buffer, i) => {
    const path = join(dir, `file${i + 1}.xlsx`);
    writeFileSync(path, buffer);
    return path;
  });
  const outputs = await recalculateXlsxFiles(inputs);
  const disagreements: string[] = [];
  let compared = 0;
  for (let i = 0; i < buffers.length; i++) {
    const [cached, recalculated] = await Promise.all([
      formulaResults(buffers[i]),
      formulaResults(outputs[i]),
    ]);
    const file = buffers.length > 1 ? `file ${i + 1} ` : "";
    for (const [address, ours] of cached) {
      const theirs = recalculated.get(address);
      if (ours === undefined) disagreements.push(`${file}${address}: no cached value was written`);
      else if (!recalculated.has(address))
        disagreements.push(`${file}${address}: not a formula after LibreOffice saved the file`);
      else if (!sameResult(ours, theirs))
        disagreements.push(
          `${file}${address}: cached ${JSON.stringify(ours)}, LibreOffice ${JSON.stringify(theirs)}`
        );
    }
    compared += cached.size;
  }
  expect(disagreements).toEqual([]);
  return compared;
}
