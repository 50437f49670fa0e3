/**
 * The worked examples README and the panel show, evaluated through the functions as Excel calls them
 * (numbers arrive bare, ranges as 2-D arrays, 95% as 0.95). Each expected value is derived by hand.
 */
import { breakEvenRoas, kpiScore, roi, safetyStock } from "../../src/functions/functions";

test("SAFETYSTOCK(100, 4, 0.95, 0, 20): z(95%) × σd × √L = 1.6448536269514722 × 20 × 2", () => {
  // z for 95%: the standard normal 95th percentile, 1.6448536269514722 (NORM.S.INV(0.95) in Excel).
  expect(safetyStock([[100]], [[4]], 0.95, 0, 20)).toBeCloseTo(1.6448536269514722 * 20 * 2, 9);
});

test("ROI: DOMAIN.md's year of campaigns, 13.2M sales on 6.8M spend", () => {
  expect(roi([[13_200_000]], [[6_800_000]])).toBeCloseTo(13.2 / 6.8, 12); // 1.94
  expect(roi([[13_200_000]], [[6_800_000]], "net")).toBeCloseTo((13.2 - 6.8) / 6.8, 12); // 0.94
  expect(roi([[10_000]], [[2_000]], "profit", 0.5)).toBeCloseTo(1.5, 12); // (5000 − 2000) / 2000
  expect(breakEvenRoas(0.4)).toBeCloseTo(2.5, 12); // 1 / 0.4
});

test("KPISCORE examples: bands, lower-is-better ratio, cap", () => {
  // 92% lies 2/5 of the way from target 90% (100) to challenge 95% (cap 120): 100 + 0.4 × 20.
  expect(kpiScore(0.92, 0.9, "higher", 0.8, 0.95)).toBeCloseTo(108, 9);
  // Cost per parcel 7 against target 8, lower is better: 100 × (2 − 7/8).
  expect(kpiScore(7, 8, "lower")).toBeCloseTo(112.5, 9);
  // 130 against 100 would be 130, capped at the default 120.
  expect(kpiScore(130, 100)).toBe(120);
});
