/**
 * The CLI's path end to end: plan → memory adapter → .xlsx with cached results. The cached numbers equal
 * plain arithmetic on the sample data, and LibreOffice, recalculating the file itself, agrees with every one.
 */
import { planToXlsx } from "../../src/workbook/planToXlsx";
import {
  describeWithLibreOffice,
  expectLibreOfficeAgrees,
  formulaResults,
} from "../support/libreoffice";
import { SAMPLE_MONTHLY_SALES, SAMPLE_TARGET, samplePlan } from "../support/samplePlan";

const total = SAMPLE_MONTHLY_SALES.reduce((sum, value) => sum + value, 0);

test("cached results equal arithmetic on the sample data", async () => {
  const { buffer, result } = await planToXlsx(samplePlan());
  const cached = await formulaResults(buffer);
  const sales = result.sheetNames.sales;
  expect(cached.get(`${sales}!B16`)).toBe(total);
  expect(cached.get(`${sales}!C4`) as number).toBeCloseTo(SAMPLE_MONTHLY_SALES[0] / total, 12);
  expect(cached.get(`${sales}!F4`) as number).toBeCloseTo(total / SAMPLE_TARGET, 12);
  expect(cached.get(`${sales}!F6`)).toBe("—");
  expect(cached.get(`${sales}!F9`)).toBe(168_400);
  expect(cached.get(`${sales}!F11`)).toBe("Nov");
  expect(cached.get(`${result.sheetNames.summary}!B2`)).toBe(total * 2);
  expect(cached.get(`${result.sheetNames.summary}!B4`)).toBe(1_300_000);
});

describeWithLibreOffice("LibreOffice recalculates the CLI's file", () => {
  test("every formula cell agrees with what we cached", async () => {
    const { buffer } = await planToXlsx(samplePlan());
    expect(await expectLibreOfficeAgrees(buffer)).toBeGreaterThan(20);
  }, 120_000);
});
