/**
 * What the customer-tier sheets share: the options, the plan's keys and names, the live limit, the
 * table's columns per model, and where every cell sits (so the two sheets' formulas point at each other).
 */
import {
  CN8_LABELS,
  RFM_CUT_PERCENTILES,
  SEGMENT_LABELS,
  type RfmLabelLanguage,
} from "../../core/rfm";
import type { Cn8Class, RfmSegment } from "../../core/rfm";
import { format, type Locale } from "../../i18n/locale";
import { columnLetters } from "../../plan/a1";
import type { OrdersRead } from "./readOrders";
import { CUSTOMERS_TEXTS } from "./texts";

export type RfmBuildModel = "cn8" | "score" | "both";

export interface CustomersOptions {
  locale: Locale;
  /** The language of the tier and segment names (OPS.RFMTIER's labels). */
  labels: RfmLabelLanguage;
  model: RfmBuildModel;
  orders: OrdersRead;
  /** Excel serial of the as-of date. */
  asOf: number;
  source: string;
  /** Last order, Frequency and Monetary as formulas over the order lines, or values (and why). */
  live: boolean;
  valuesReason: "large" | "chosen";
  excludedStatuses: readonly string[];
  /** Notes about the inputs, in the options' language. */
  notes: string[];
}

export const CUSTOMERS_SHEET_KEY = "customers";
export const CUSTOMERS_TABLE_KEY = "customerRfm";
export const CUSTOMERS_DATA_KEY = "customerOrders";
export const CUSTOMERS_NAMES = { customers: "RFM_Customers", asOf: "RFM_AsOf" } as const;
export const CUSTOMERS_TABLE = "CustomerRFM";
export const CUSTOMERS_DATA_TABLE = "CustomerOrders";

/**
 * Live formulas while the counted order lines stay at or under this many. Each customer's formulas read
 * only their own lines, so the work grows with the lines; the limit keeps the order lines sheet a size
 * that opens and recalculates quickly everywhere (README "Customer tiers" has the figures).
 */
export const LIVE_LINE_LIMIT = 50_000;

export const CN8_CLASSES: readonly Cn8Class[] = Object.keys(CN8_LABELS["en-US"]) as Cn8Class[];
export const SEGMENTS: readonly RfmSegment[] = Object.keys(SEGMENT_LABELS["en-US"]) as RfmSegment[];

/** The table's columns, in order, for a model. */
export type TableColumn =
  | "no"
  | "customer"
  | "lastOrder"
  | "recency"
  | "frequency"
  | "monetary"
  | "r"
  | "f"
  | "m"
  | "rfm"
  | "tier"
  | "segment"
  | "channel";

export function tableColumns(model: RfmBuildModel, hasChannel: boolean): TableColumn[] {
  const base: TableColumn[] = ["no", "customer", "lastOrder", "recency", "frequency", "monetary"];
  const byModel: Record<RfmBuildModel, TableColumn[]> = {
    cn8: ["r", "f", "m", "tier"],
    score: ["r", "f", "m", "rfm", "segment"],
    both: ["r", "f", "m", "rfm", "tier", "segment"],
  };
  return [...base, ...byModel[model], ...(hasChannel ? (["channel"] as const) : [])];
}

/**
 * The table sheet: title and mode on rows 1–2, then from row 3 the thresholds the table's formulas
 * compare with, each above its own column (Recency, Frequency, Monetary): the average (cn8) and the
 * PERCENTILE.INC cut points (score); then the table's header and its customers.
 */
export const FIRST_THRESHOLD_ROW = 3;
/** Summary sheet rows of the inputs and counts (column B). */
export const SUMMARY_ROWS = {
  asOf: 6,
  model: 7,
  excluded: 8,
  customers: 11,
  orders: 12,
  lines: 13,
  excludedLines: 14,
  refundedOrders: 15,
  leftOutCustomers: 16,
  unreadable: 17,
} as const;

export type Field = "recency" | "frequency" | "monetary";

/** Where everything sits, shared by the two sheets' formulas. */
export interface CustomersLayout {
  columns: TableColumn[];
  letter: (column: TableColumn) => string;
  lastRow: number;
  /** A table column's cells, absolute, with its sheet (for the summary's formulas). */
  tableRange: (column: TableColumn) => string;
  /** The same on the table's own sheet. */
  localRange: (column: TableColumn) => string;
  /** Threshold cells above the table (absolute): averages and cut points. */
  average: Record<Field, string>;
  cuts: Record<Field, string[]>;
  /** The threshold rows above the table, in order: "average", then the cut points' percentiles. */
  thresholdRows: ("average" | number)[];
  headerRow: number;
  firstRow: number;
  tierRows: { first: number; total: number } | undefined;
  segmentRows: { first: number; total: number } | undefined;
  gridRow: number | undefined;
  notesRow: number;
}

export function customersLayout(options: CustomersOptions): CustomersLayout {
  const columns = tableColumns(options.model, options.orders.hasChannel);
  const letter = (column: TableColumn) => columnLetters(columns.indexOf(column));
  const hasAverage = options.model !== "score";
  const hasCuts = options.model !== "cn8";
  const thresholdRows: ("average" | number)[] = [
    ...(hasAverage ? (["average"] as const) : []),
    ...(hasCuts ? RFM_CUT_PERCENTILES : []),
  ];
  const headerRow = FIRST_THRESHOLD_ROW + thresholdRows.length;
  const firstRow = headerRow + 1;
  const lastRow = firstRow + options.orders.customers.length - 1;
  const above = (column: Field, threshold: "average" | number) =>
    `$${letter(column)}$${FIRST_THRESHOLD_ROW + thresholdRows.indexOf(threshold)}`;
  const field = (column: Field) => ({
    average: above(column, "average"),
    cuts: RFM_CUT_PERCENTILES.map((k) => above(column, k)),
  });
  const recency = field("recency");
  const frequency = field("frequency");
  const monetary = field("monetary");
  const localRange = (column: TableColumn) =>
    `$${letter(column)}$${firstRow}:$${letter(column)}$${lastRow}`;
  let row = SUMMARY_ROWS.unreadable + 2;
  const section = (count: number) => {
    // heading, header, the rows, the total, a blank line
    const placed = { first: row + 2, total: row + 2 + count };
    row += count + 4;
    return placed;
  };
  const tierRows = hasAverage ? section(CN8_CLASSES.length) : undefined;
  const segmentRows = hasCuts ? section(SEGMENTS.length) : undefined;
  let gridRow: number | undefined;
  if (hasCuts) {
    gridRow = row;
    row += 8;
  }
  return {
    columns,
    letter,
    lastRow,
    tableRange: (column) => `{sheet:${CUSTOMERS_TABLE_KEY}}!${localRange(column)}`,
    localRange,
    average: { recency: recency.average, frequency: frequency.average, monetary: monetary.average },
    cuts: { recency: recency.cuts, frequency: frequency.cuts, monetary: monetary.cuts },
    thresholdRows,
    headerRow,
    firstRow,
    tierRows,
    segmentRows,
    gridRow,
    notesRow: row,
  };
}

/** The sentence both sheets carry: live formulas over the order lines, or values, and why. */
export function modeNote(options: CustomersOptions): string {
  const texts = CUSTOMERS_TEXTS[options.locale];
  if (options.live) return format(texts.modeLive, { data: texts.dataSheetName });
  const reason =
    options.valuesReason === "chosen"
      ? texts.reasonChosen
      : format(texts.reasonLarge, {
          lines: options.orders.countedLines.toLocaleString("en-US"),
          limit: LIVE_LINE_LIMIT.toLocaleString("en-US"),
        });
  return format(texts.modeValues, { reason });
}
