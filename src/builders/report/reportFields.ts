/**
 * The columns an operating report reads, the header names platform exports give them (天猫/淘宝 生意参谋,
 * 京东商智, 抖店罗盘 … in zh-CN, and English exports), and the check of a mapping the user confirmed.
 */
import { normaliseHeader } from "../../table/detectColumns";

/** Amount columns: summed by the report. */
export const AMOUNT_FIELDS = ["uv", "pv", "orders", "gmv", "spend", "refunds", "cost"] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Text columns a report can be broken down by (any other column can be chosen too, by index). */
export const DIMENSION_FIELDS = ["channel", "store", "category", "product"] as const;
export type DimensionField = (typeof DIMENSION_FIELDS)[number];

export type ReportField = "date" | DimensionField | AmountField;

/** Every field, in the order a shop export lists them: the date, what to group by, the amounts. */
export const REPORT_FIELDS: readonly ReportField[] = [
  "date",
  ...DIMENSION_FIELDS,
  ...AMOUNT_FIELDS,
];

/** Field → 0-based source column, or null/absent when the source has none. */
export type ReportMapping = Partial<Record<ReportField, number | null>>;

/**
 * Synonyms, most specific first within a field, and fields in the order detection tries them: "支付订单数"
 * before "订单数", refunds before GMV (so "退款金额" is never read as an amount of sales), spend before
 * cost (so "推广成本" is spend).
 */
export const FIELD_SYNONYMS: Record<ReportField, readonly string[]> = {
  date: ["日期", "统计日期", "时间", "date", "day", "stat date"],
  channel: ["渠道", "平台", "channel", "platform", "source"],
  store: ["店铺", "店铺名称", "门店", "store", "shop"],
  category: ["类目", "品类", "一级类目", "category"],
  product: ["商品", "商品名称", "商品id", "product", "item", "sku"],
  uv: ["访客数", "商品访客数", "uv", "visitors", "unique visitors"],
  pv: ["浏览量", "pv", "page views", "pageviews"],
  refunds: ["退款金额", "成功退款金额", "refunds", "refund amount", "refund"],
  orders: [
    "支付订单数",
    "订单数",
    "支付子订单数",
    "成交订单数",
    "成交单量",
    "orders",
    "paid orders",
    "order count",
  ],
  gmv: ["支付金额", "销售额", "成交金额", "gmv", "sales", "revenue"],
  spend: ["推广费", "花费", "推广花费", "广告费", "消耗", "ad spend", "spend", "ad cost"],
  cost: ["成本", "商品成本", "cost", "cogs"],
};

/** The fields in the order detection tries them (reportInput.ts lists the input's columns so). */
export const DETECTION_ORDER: readonly ReportField[] = [
  "date",
  "channel",
  "store",
  "category",
  "product",
  "uv",
  "pv",
  "refunds",
  "orders",
  "gmv",
  "spend",
  "cost",
];

export const REQUIRED_FIELDS: readonly ReportField[] = ["date", "gmv"];

export type MappingProblem =
  | { kind: "missingRequired"; fields: ReportField[] }
  | { kind: "columnOutOfRange"; field: ReportField; column: number }
  | { kind: "columnUsedTwice"; fields: ReportField[]; column: number }
  /** A mapped column's header is also the header of another column: which one was meant is unclear. */
  | { kind: "ambiguousHeader"; field: ReportField; name: string; columns: number[] };

export interface HeaderWarning {
  /** A header text several columns share, none of them mapped: harmless, but worth a look. */
  name: string;
  columns: number[];
}

export interface MappingCheck {
  errors: MappingProblem[];
  warnings: HeaderWarning[];
}

/**
 * Errors stop the build; warnings are shown. A duplicate header is an error only when a mapped field
 * sits on it: a formula refers to a column by its header (Table[GMV]), so two "GMV" columns cannot both
 * be what the user means.
 */
export function checkMapping(header: readonly string[], mapping: ReportMapping): MappingCheck {
  const errors: MappingProblem[] = [];
  const missing = REQUIRED_FIELDS.filter((field) => mappedColumn(mapping, field) === undefined);
  if (missing.length > 0) errors.push({ kind: "missingRequired", fields: missing });
  const fieldsByColumn = new Map<number, ReportField[]>();
  for (const [field, column] of mappedEntries(mapping)) {
    if (!Number.isInteger(column) || column < 0 || column >= header.length) {
      errors.push({ kind: "columnOutOfRange", field, column });
      continue;
    }
    fieldsByColumn.set(column, [...(fieldsByColumn.get(column) ?? []), field]);
  }
  for (const [column, fields] of fieldsByColumn) {
    if (fields.length > 1) errors.push({ kind: "columnUsedTwice", fields, column });
  }
  const warnings: HeaderWarning[] = [];
  for (const { name, columns } of duplicateHeaders(header)) {
    const mapped = columns.map((column) => fieldsByColumn.get(column)?.[0]).find(Boolean);
    if (mapped) errors.push({ kind: "ambiguousHeader", field: mapped, name, columns });
    else warnings.push({ name, columns });
  }
  return { errors, warnings };
}

export function mappedColumn(mapping: ReportMapping, field: ReportField): number | undefined {
  const column = mapping[field];
  return column === null || column === undefined ? undefined : column;
}

export function mappedEntries(mapping: ReportMapping): [ReportField, number][] {
  return (Object.entries(mapping) as [ReportField, number | null | undefined][]).filter(
    (entry): entry is [ReportField, number] => entry[1] !== null && entry[1] !== undefined
  );
}

/** Header texts (compared as Excel compares table columns: ignoring case) used by several columns. */
export function duplicateHeaders(header: readonly string[]): { name: string; columns: number[] }[] {
  const byName = new Map<string, number[]>();
  header.forEach((name, column) => {
    if (name.trim() === "") return;
    const key = normaliseHeader(name);
    byName.set(key, [...(byName.get(key) ?? []), column]);
  });
  return [...byName.values()]
    .filter((columns) => columns.length > 1)
    .map((columns) => ({ name: header[columns[0]], columns }));
}
