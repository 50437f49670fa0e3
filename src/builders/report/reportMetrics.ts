/**
 * The report's metrics: sums of a source column, or ratios of two sums. A ratio is always computed from
 * the sums in the same row and column, at every level, so subtotals and totals are ratios of sums too.
 */
import type { NumberFormatName } from "../../plan/types";
import type { AmountField } from "./reportFields";

export type MetricId =
  | "uv"
  | "pv"
  | "orders"
  | "gmv"
  | "conversion"
  | "aov"
  | "uvValue"
  | "spend"
  | "roi"
  | "refunds"
  | "refundRate"
  | "cost";

export type MetricDefinition =
  | { id: MetricId; kind: "sum"; field: AmountField; format: NumberFormatName | { code: string } }
  | {
      id: MetricId;
      kind: "ratio";
      numerator: AmountField;
      denominator: AmountField;
      format: NumberFormatName | { code: string };
    };

/** In the order the report shows them: traffic, orders, sales and their drivers, then spend and refunds. */
export const METRICS: readonly MetricDefinition[] = [
  { id: "uv", kind: "sum", field: "uv", format: "thousands" },
  { id: "pv", kind: "sum", field: "pv", format: "thousands" },
  { id: "orders", kind: "sum", field: "orders", format: "thousands" },
  { id: "gmv", kind: "sum", field: "gmv", format: "yuan" },
  {
    id: "conversion",
    kind: "ratio",
    numerator: "orders",
    denominator: "uv",
    format: { code: "0.00%" },
  },
  { id: "aov", kind: "ratio", numerator: "gmv", denominator: "orders", format: "yuan" },
  { id: "uvValue", kind: "ratio", numerator: "gmv", denominator: "uv", format: "yuan" },
  { id: "spend", kind: "sum", field: "spend", format: "yuan" },
  { id: "roi", kind: "ratio", numerator: "gmv", denominator: "spend", format: "decimal2" },
  { id: "refunds", kind: "sum", field: "refunds", format: "yuan" },
  {
    id: "refundRate",
    kind: "ratio",
    numerator: "refunds",
    denominator: "gmv",
    format: { code: "0.00%" },
  },
  { id: "cost", kind: "sum", field: "cost", format: "yuan" },
];

export function metricFields(metric: MetricDefinition): AmountField[] {
  return metric.kind === "sum" ? [metric.field] : [metric.numerator, metric.denominator];
}

/**
 * The metrics a source with these amount columns supports, in report order, limited to `wanted` when
 * given; a wanted ratio brings the sums it divides, because its cells refer to theirs.
 */
export function metricsFor(
  available: ReadonlySet<AmountField>,
  wanted?: readonly MetricId[]
): MetricDefinition[] {
  const possible = METRICS.filter((metric) => metricFields(metric).every((f) => available.has(f)));
  if (!wanted) return possible;
  const chosen = new Set<MetricId>(wanted);
  for (const metric of possible) {
    if (chosen.has(metric.id) && metric.kind === "ratio") {
      chosen.add(metric.numerator);
      chosen.add(metric.denominator);
    }
  }
  return possible.filter((metric) => chosen.has(metric.id));
}
