/**
 * The targets builder's history input: its columns with their header synonyms (listed once, for the
 * module's InputSpec that both hosts detect with, and for readTargetHistory when no host did), and the
 * column to split by, found by its name in either language.
 */
import type { Locale } from "../../i18n/locale";
import { detectColumns, normaliseHeader } from "../../table/detectColumns";
import type { TableData } from "../../table/tableData";
import type { ColumnSpec, InputSpec } from "../builder";
import { TargetHistoryError } from "./targetHistoryError";

/**
 * Header synonyms, in the order detection tries them (table/detectColumns: exact names first, then
 * containment). Refunds are claimed first so "退款金额" / "refund amount" is never read as sales.
 */
export const COLUMN_KEYWORDS = {
  period: ["月份", "统计日期", "日期", "年月", "时间", "month", "date", "period", "day"],
  refunds: ["退款金额", "成功退款金额", "refund amount", "refunds", "refund"],
  uvValue: ["uv价值", "uv value"],
  orders: [
    "支付订单数",
    "订单数",
    "成交订单数",
    "成交单量",
    "orders",
    "paid orders",
    "order count",
  ],
  uv: ["访客数", "商品访客数", "uv", "visitors", "unique visitors"],
  amount: ["支付金额", "销售额", "成交金额", "gmv", "sales", "amount", "revenue", "金额"],
} as const;

/** Shown in "no such column" messages: the names we look for, a few per language. */
const PERIOD_HINT = ["月份", "日期", "统计日期", "month", "date"];
const AMOUNT_HINT = ["销售额", "支付金额", "成交金额", "GMV", "sales", "amount"];

/** `--by channel` also finds a column named 渠道, and the reverse: member columns in the other language. */
const MEMBER_SYNONYMS: readonly (readonly string[])[] = [
  ["channel", "渠道", "平台", "platform"],
  ["store", "shop", "店铺", "门店"],
  ["category", "类目", "品类"],
  ["product", "商品", "item"],
  ["brand", "品牌"],
  ["region", "区域", "地区"],
];

const t = (en: string, zh: string): Record<Locale, string> => ({ "en-US": en, "zh-CN": zh });

const COLUMN_LABELS: Record<keyof typeof COLUMN_KEYWORDS, Record<Locale, string>> = {
  period: t("Date or month", "日期或月份"),
  refunds: t("Refunds (not counted as sales)", "退款金额（不计入销售额）"),
  uvValue: t("UV value (not used)", "UV价值（不使用）"),
  orders: t("Orders", "支付订单数"),
  uv: t("Visitors (UV)", "访客数"),
  amount: t("Sales amount", "销售额"),
};

/** In detection order: refunds and UV value are claimed before sales and UV so they are never read as them. */
export const HISTORY_INPUT: InputSpec = {
  id: "history",
  flag: "history",
  sheetFlag: "sheet",
  required: false,
  label: t("Sales history", "历史销售数据"),
  hint: t(
    "sales history (.csv, .tsv, .txt, .xlsx or .xls): a date or month column (日期/月份/date/month), an amount column (销售额/支付金额/GMV/sales/amount), optionally 访客数/UV and 支付订单数/orders for conversion and AOV",
    "历史销售数据（.csv、.tsv、.txt、.xlsx 或 .xls）：日期或月份列（日期/月份/date/month）、金额列（销售额/支付金额/GMV/sales/amount），可选 访客数/UV 和 支付订单数/orders 用于转化率和客单价"
  ),
  columns: (Object.keys(COLUMN_KEYWORDS) as (keyof typeof COLUMN_KEYWORDS)[]).map(
    (id): ColumnSpec => ({
      id,
      label: COLUMN_LABELS[id],
      synonyms: COLUMN_KEYWORDS[id],
      required: id === "period" || id === "amount",
    })
  ),
};

export interface ColumnIndexes {
  period: number;
  amount: number;
  member?: number;
  uv?: number;
  orders?: number;
}

/** Columns a host already found (0-based; InputTable.columns), instead of detecting them here. */
export type GivenColumns = Record<string, number | undefined>;

export function findColumns(
  table: TableData,
  memberColumn: string | undefined,
  given?: GivenColumns
): ColumnIndexes {
  const { header, source } = table;
  const headers = { list: header.map((name) => `"${name}"`) };
  let member: number | undefined;
  if (memberColumn !== undefined) {
    member = findMemberColumn(header, memberColumn);
    if (member === undefined)
      throw new TargetHistoryError("memberColumnNotFound", {
        source,
        column: memberColumn,
        headers,
      });
  }
  // The member column is taken out of detection: "店铺" must not be read as anything else.
  const detectable = header.map((name, column) => (column === member ? "" : name));
  const found = given
    ? Object.fromEntries(
        Object.keys(COLUMN_KEYWORDS).map((id) => {
          const column = given[id];
          return [id, column === undefined || column === member ? null : column];
        })
      )
    : detectColumns(detectable, COLUMN_KEYWORDS);
  if (found.period === null)
    throw new TargetHistoryError("noPeriodColumn", {
      source,
      headers,
      keywords: { list: PERIOD_HINT },
    });
  if (found.amount === null)
    throw new TargetHistoryError("noAmountColumn", {
      source,
      headers,
      keywords: { list: AMOUNT_HINT },
    });
  const columns: ColumnIndexes = {
    period: found.period,
    amount: found.amount,
    member,
    uv: found.uv ?? undefined,
    orders: found.orders ?? undefined,
  };
  for (const column of Object.values(columns)) {
    if (column === undefined) continue;
    const count = header.filter((name) => name === header[column]).length;
    if (count > 1)
      throw new TargetHistoryError("ambiguousColumn", { source, name: header[column], count });
  }
  return columns;
}

/** The header named (case, spaces and full-width ignored), else one of its synonyms in the other language. */
function findMemberColumn(header: readonly string[], wanted: string): number | undefined {
  const names = header.map(memberColumnKey);
  const key = memberColumnKey(wanted);
  const exact = names.indexOf(key);
  if (exact >= 0) return exact;
  const synonyms = MEMBER_SYNONYMS.find((group) => group.includes(key));
  const index = synonyms ? names.findIndex((name) => synonyms.includes(name)) : -1;
  return index >= 0 ? index : undefined;
}

const memberColumnKey = (name: string) => normaliseHeader(name.normalize("NFKC"));
