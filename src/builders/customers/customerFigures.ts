/**
 * Each customer's R, F, M, scores, cn8 tier and segment by core's RFM, the functions behind OPS.RFMTIER:
 * the values the sheet's formulas compute (cached in the .xlsx), and what the CLI's export filters on.
 */
import {
  cn8Class,
  rfmScores,
  rfmSegment,
  rfmThresholds,
  type Cn8Class,
  type RfmCustomer,
  type RfmScores,
  type RfmSegment,
  type RfmThresholds,
} from "../../core/rfm";
import { CN8_CLASSES } from "./layout";
import type { Customer } from "./readOrders";

export interface CustomerFigures extends RfmCustomer {
  scores: RfmScores;
  tier: Cn8Class;
  segment: RfmSegment;
  /** cn8's three comparisons with the averages (high: recent, frequent, big spending). */
  high: { r: boolean; f: boolean; m: boolean };
}

export function customerFigures(
  customers: readonly Customer[],
  asOf: number
): { thresholds: RfmThresholds; figures: CustomerFigures[] } {
  const rows: RfmCustomer[] = customers.map((customer) => ({
    recency: asOf - customer.lastOrder,
    frequency: customer.frequency,
    monetary: customer.monetary,
  }));
  const thresholds = rfmThresholds(rows);
  const figures = rows.map((row) => {
    const tier = cn8Class(row, thresholds);
    // Core's order of the classes: (M high ? 0 : 4) + (R high ? 0 : 2) + (F high ? 0 : 1).
    const index = CN8_CLASSES.indexOf(tier);
    const scores = rfmScores(row, thresholds);
    return {
      ...row,
      scores,
      tier,
      segment: rfmSegment(scores),
      high: { m: index < 4, r: (index & 2) === 0, f: (index & 1) === 0 },
    };
  });
  return { thresholds, figures };
}
