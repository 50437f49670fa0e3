/**
 * The LibreOffice harness itself: it must really recalculate (not echo our cached values back), and the
 * agreement check must fail when a cached value is wrong. Otherwise every LibreOffice check proves nothing.
 */
import * as ExcelJS from "exceljs";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  formulaResults,
  libreOfficeVersion,
  recalculateXlsx,
  sameResult,
  writeTempXlsx,
} from "../support/libreoffice";

const LIBREOFFICE_TIMEOUT_MS = 120_000;

/** A2 = A1*21 = 42, A3 = 1/0, A4 = "a"&"b": each cached with a deliberately wrong value. */
async function controlFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Control");
  sheet.getCell("A1").value = 2;
  sheet.getCell("A2").value = { formula: "A1*21", result: 999 };
  sheet.getCell("A3").value = { formula: "1/0", result: 5 };
  sheet.getCell("A4").value = { formula: '"a"&"b"', result: "wrong" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("sameResult", () => {
  test("numbers agree within 1e-9 relative, strings and errors exactly", () => {
    expect(sameResult(1_000_000, 1_000_000.0001)).toBe(true);
    expect(sameResult(1_000_000, 1_000_000.01)).toBe(false);
    expect(sameResult(0, 1e-15)).toBe(true);
    expect(sameResult(0, 1e-6)).toBe(false);
    expect(sameResult("B", "B")).toBe(true);
    expect(sameResult("B", "b")).toBe(false);
    expect(sameResult({ error: "#N/A" }, { error: "#N/A" })).toBe(true);
    expect(sameResult({ error: "#N/A" }, { error: "#NAME?" })).toBe(false);
    expect(sameResult(1, "1")).toBe(false);
    expect(sameResult(true, 1)).toBe(false);
  });
});

describeWithLibreOffice("LibreOffice harness", () => {
  test(
    "reports its version",
    async () => {
      const [major] = await libreOfficeVersion();
      expect(major).toBeGreaterThanOrEqual(7);
    },
    LIBREOFFICE_TIMEOUT_MS
  );

  test(
    "recalculates on load: deliberately wrong cached values come back corrected",
    async () => {
      const input = await controlFile();
      expect(await formulaResults(input)).toEqual(
        new Map<string, unknown>([
          ["Control!A2", 999],
          ["Control!A3", 5],
          ["Control!A4", "wrong"],
        ])
      );
      const recalculated = await formulaResults(
        await recalculateXlsx(writeTempXlsx(input, "control"))
      );
      expect(recalculated).toEqual(
        new Map<string, unknown>([
          ["Control!A2", 42],
          ["Control!A3", { error: "#DIV/0!" }],
          ["Control!A4", "ab"],
        ])
      );
    },
    LIBREOFFICE_TIMEOUT_MS
  );

  test(
    "expectLibreOfficeAgrees fails on a wrong cached value and names the cell",
    async () => {
      await expect(expectLibreOfficeAgrees(await controlFile())).rejects.toThrow(
        /Control!A2: cached 999, LibreOffice 42/
      );
    },
    LIBREOFFICE_TIMEOUT_MS
  );

  test(
    "expectLibreOfficeAgrees fails when a formula has no cached value",
    async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("S").getCell("A1").value = { formula: "1+1" };
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      await expect(expectLibreOfficeAgrees(buffer)).rejects.toThrow(
        /S!A1: no cached value was written/
      );
    },
    LIBREOFFICE_TIMEOUT_MS
  );
});
