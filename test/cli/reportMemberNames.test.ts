/**
 * Member names SUMIFS criteria cannot name exactly, through `ops-planner report` and LibreOffice: the
 * .xlsx the CLI writes is recalculated by LibreOffice, and each member's total there must equal the sum
 * of its CSV rows computed in this file (and the value the file cached). A second file, built from a
 * range source in the same workbook, checks that matching ignores case in LibreOffice as the stored
 * values do. The same members through the memory adapter: test/builders/report/memberMatching.test.ts.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { buildReportPlan, detectReportColumns } from "../../src/builders/report";
import type { CellValue, WorkbookPlan } from "../../src/plan/types";
import { planToXlsx } from "../../src/workbook/planToXlsx";
import {
  expectedMembers,
  HEADER,
  PREFIX,
  PRODUCT,
  RED,
  ROWS,
  BLUE,
} from "../builders/report/memberNameFixtures";
import { FEB_2024, JAN_2024 } from "../builders/report/reportFixtures";
import { utf8Bytes } from "../io/fixtureFiles";
import { useCliFolder } from "../support/cliHarness";
import {
  describeWithLibreOffice,
  formulaResults,
  readWorkbook,
  recalculateXlsxFiles,
  sameResult,
} from "../support/libreoffice";

jest.mock("../../src/cli/commands", () => {
  const { reportCommand } = jest.requireActual("../../src/cli/commands/report");
  return { COMMANDS: [reportCommand] };
});

const isoDate = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
const csvField = (cell: CellValue) =>
  cell === null
    ? ""
    : /[",\r\n]/.test(String(cell))
      ? `"${String(cell).replace(/"/g, '""')}"`
      : String(cell);

const CSV =
  [HEADER, ...ROWS.map((row) => [isoDate(row[0] as number), ...row.slice(1)])]
    .map((row) => row.map(csvField).join(","))
    .join("\n") + "\n";

/** Short names differing only in case, in a range of the report's own workbook (no data sheet). */
const CASE_ROWS: CellValue[][] = ["Tea", "TEA", "tea", "Café", "CAFÉ", "Tmall", "TMall"].map(
  (name, i) => [JAN_2024 + i, "Tmall", name, 3 ** i]
);

/** The rows as the CSV reader gives them back: a line break inside a quoted field is read as LF, as Excel stores it. */
const READ_ROWS = ROWS.map((row) =>
  row.map((cell) => (typeof cell === "string" ? cell.replace(/\r\n?/g, "\n") : cell))
);

const { folder, cli } = useCliFolder("ops-planner-names-", async (dir) => {
  await writeFile(join(dir, "names.csv"), utf8Bytes(CSV));
});

/**
 * Each GMV row's label (column A of `ours`, the file we wrote) → the value under `column` (row 8 labels)
 * in `theirs`, the same file as LibreOffice recalculated and saved it. Labels are read from our file:
 * LibreOffice saves a CR in text as LF, and mixed scripts as rich text.
 */
function gmvByLabel(
  ours: ExcelJS.Workbook,
  theirs: ExcelJS.Workbook,
  column: string
): Map<string, unknown> {
  const labels = ours.getWorksheet("Operating report")!;
  const values = theirs.getWorksheet("Operating report")!;
  const headers = labels.getRow(8).values as unknown[];
  const at = headers.indexOf(column);
  if (at < 0) throw new Error(`no column ${column}`);
  let title = 0;
  labels.eachRow((row, n) => void (title === 0 && row.getCell(1).value === "GMV" && (title = n)));
  const found = new Map<string, unknown>();
  for (let n = title + 1; n <= labels.rowCount; n++) {
    const label = labels.getRow(n).getCell(1).value;
    if (typeof label !== "string") throw new Error(`row ${n} has no label`);
    // Not cell.value.result: ExcelJS's cell.value leaves out a result of 0.
    found.set(label, values.getRow(n).getCell(at).result);
    if (label === "Total") break;
  }
  return found;
}

/** Every formula's cached value against LibreOffice's, as "address: cached → LibreOffice". */
async function disagreements(input: string, output: string): Promise<string[]> {
  const [cached, recalculated] = await Promise.all([formulaResults(input), formulaResults(output)]);
  expect(cached.size).toBeGreaterThan(20);
  return [...cached].flatMap(([address, ours]) =>
    sameResult(ours, recalculated.get(address))
      ? []
      : [`${address}: ${JSON.stringify(ours)} → ${JSON.stringify(recalculated.get(address))}`]
  );
}

describeWithLibreOffice("report: members recalculated by LibreOffice", () => {
  test("long, operator-led and multi-line names each total their own rows; case is ignored", async () => {
    const cliRun = await cli([
      "report",
      "--input",
      "names.csv",
      "--by",
      "Product",
      "--out",
      "names.xlsx",
    ]);
    expect(cliRun.stderr).toBe("");
    expect(cliRun.code).toBe(0);

    const caseResult = buildReportPlan(
      { source: "Src", header: HEADER, rows: CASE_ROWS },
      { kind: "range", sheet: "Src", address: `A1:D${CASE_ROWS.length + 1}` },
      {
        locale: "en-US",
        mapping: detectReportColumns(HEADER),
        by: [PRODUCT],
        generatedAt: new Date(2025, 2, 1),
      }
    );
    expect(caseResult.usesDataSheet).toBe(false);
    const casePlan: WorkbookPlan = {
      ...caseResult.plan,
      sheets: [
        ...caseResult.plan.sheets,
        { key: "src", name: "Src", blocks: [{ anchor: "A1", rows: [HEADER, ...CASE_ROWS] }] },
      ],
    };
    const casePath = join(folder(), "case.xlsx");
    await writeFile(casePath, (await planToXlsx(casePlan)).buffer);

    const inputs = [join(folder(), "names.xlsx"), casePath];
    const outputs = await recalculateXlsxFiles(inputs);

    // The CLI's file: every member's total and January value, as LibreOffice computes them.
    const [ours, names] = await Promise.all([readWorkbook(inputs[0]), readWorkbook(outputs[0])]);
    expect(names.worksheets.map((sheet) => sheet.name)).toEqual([
      "Operating report",
      "Report data",
    ]);
    const totals = gmvByLabel(ours, names, "Total");
    const january = gmvByLabel(ours, names, "Jan 2024");
    const expected = expectedMembers(READ_ROWS, () => true);
    expect([...totals.keys()].sort()).toEqual([...expected.map((m) => m.label), "Total"].sort());
    for (const { label, gmv } of expected) expect([label, totals.get(label)]).toEqual([label, gmv]);
    for (const { label, gmv } of expectedMembers(READ_ROWS, (row) => (row[0] as number) < FEB_2024))
      expect([label, january.get(label)]).toEqual([label, gmv]);
    // Two names sharing a 300-character prefix, and the prefix itself: rows 0–1, 2 and 3, two months each.
    expect(totals.get(RED)).toBe(1 + 2 + 4 + 8);
    expect(totals.get(BLUE)).toBe(16 + 32);
    expect(totals.get(PREFIX)).toBe(64 + 128);
    expect(totals.get("Total")).toBe(ROWS.reduce((sum, row) => sum + (row[3] as number), 0));

    // The range source: SUMIFS over the original spellings, which differ in case.
    const caseTotals = gmvByLabel(
      await readWorkbook(inputs[1]),
      await readWorkbook(outputs[1]),
      "Total"
    );
    const byName = (names: string[]) =>
      CASE_ROWS.filter((row) => names.includes(row[PRODUCT] as string)).reduce(
        (sum, row) => sum + (row[3] as number),
        0
      );
    expect(caseTotals.get("Tea")).toBe(byName(["Tea", "TEA", "tea"]));
    expect(caseTotals.get("Café")).toBe(byName(["Café", "CAFÉ"]));
    expect(caseTotals.get("Tmall")).toBe(byName(["Tmall", "TMall"]));

    // And every formula cell equals what our engine cached.
    expect(await disagreements(inputs[0], outputs[0])).toEqual([]);
    expect(await disagreements(inputs[1], outputs[1])).toEqual([]);
  }, 300_000);
});
