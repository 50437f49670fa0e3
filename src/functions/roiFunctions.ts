/**
 * ROI and BREAKEVENROAS as Excel calls them: ranges of sales and spend are summed (blanks skipped,
 * as SUM does), the mode is read from text, then core/roi does the math and validation.
 */
import { breakEvenRoas, parseRoiMode, roi } from "../core/roi";
import { numberOrBlank, numbersInRange, optionalOption, requiredNumber } from "./excelArgs";

/** Reading-order addition, the same order Excel's SUM uses, so the ratio matches =SUM(..)/SUM(..). */
function sumOfRange(value: unknown, arg: string): number {
  let total = 0;
  for (const n of numbersInRange(value, arg)) total += n;
  return total;
}

export function roiFromExcel(
  returnAmount: unknown,
  cost: unknown,
  mode: unknown,
  margin: unknown
): number {
  const totalReturn = sumOfRange(returnAmount, "return_amount");
  const totalCost = sumOfRange(cost, "cost");
  const roiMode = parseRoiMode(optionalOption(mode, "mode", "roas"));
  const grossMargin = numberOrBlank(margin, "margin") ?? undefined;
  return roi(totalReturn, totalCost, roiMode, grossMargin);
}

export function breakEvenRoasFromExcel(margin: unknown): number {
  return breakEvenRoas(requiredNumber(margin, "margin"));
}
