/**
 * The hand-worked order export of the customer-tier tests (issue 16), shared by the builder, CLI and
 * Excel-adapter tests. Every figure below is worked out by hand from the lines.
 *
 * Lines (order id, buyer, paid time, amount, status):
 *   A: O1 on 03-01 has two items (100 + 50), O2 on 03-20 (80)        → F 2, M 230, last 03-20
 *   B: O3 on 02-10 (200); O4 on 03-25 交易关闭 (left out)            → F 1, M 200, last 02-10
 *   C: O5 on 03-28 (120 and a refund line −20), O6 on 01-15 (60)     → F 2, M 160, last 03-28
 *   D: O7 on 03-30 (90), the last order of all                       → F 1, M 90,  last 03-30
 *   E: O8 on 01-05 (300); O9 退款成功 (left out); O10 on 02-01 (40); O11 on 03-05 whose lines
 *      (40, −40) net to 0: fully refunded, left out                    → F 2, M 340, last 02-01
 *   F: only O12, 交易关闭: no counted order, left out and counted
 *   G: O13 on 03-15 has three items (10 + 20 + 30), O14 also on 03-15 (60), O15 on 02-20 (25)
 *                                                                      → F 3, M 145, last 03-15
 * As-of: the day after the last order, 2025-03-31. Recency: A 11, B 49, C 3, D 1, E 58, G 16.
 * Left out: 3 lines of excluded statuses (O4, O9, O12), 1 order netting to 0 (O11, 2 lines), 1 customer
 * (F). Counted: 15 lines (of 20), 11 orders, 6 customers.
 *
 * Means: R 138/6 = 23, F 11/6 = 1.833…, M 1165/6 = 194.17.
 * cn8 (R high when ≤ 23, F high when ≥ 1.833, M high when ≥ 194.17):
 *   A ↑↑↑ 重要价值  B ↓↓↑ 重要挽留  C ↑↑↓ 一般价值  D ↑↓↓ 一般发展  E ↓↑↑ 重要保持  G ↑↑↓ 一般价值
 * score: n = 6, PERCENTILE.INC ranks 5k = 1, 2, 3, 4 (0-based), so the cut points are sorted values:
 *   R 1 3 11 16 49 58 → 3, 11, 16, 49;  F 1 1 2 2 2 3 → 1, 2, 2, 2;  M 90 145 160 200 230 340 → 145, 160, 200, 230
 *   R = 5 − cuts below, F and M = 1 + cuts below:
 *   A R4 (3) F2 (1) M4 (145,160,200) → 424    B R2 F1 M3 → 213    C R5 F2 M2 → 522
 *   D R5 F1 M1 → 511    E R1 F2 M5 → 125    G R3 (3,11) F5 (all) M1 → 351
 * segment (R, F): A (4,2) Potential Loyalist, B (2,1) Hibernating, C (5,2) Potential Loyalist,
 *   D (5,1) New Customers, E (1,2) Hibernating, G (3,5) Loyal Customers.
 * The table lists customers by Monetary, largest first: E, A, B, C, G, D.
 */
import type { CellValue } from "../../src/core/cellValue";

export const HAND_ORDERS_HEADER = ["订单编号", "买家会员名", "付款时间", "实付金额", "订单状态"];

export const HAND_ORDERS: CellValue[][] = [
  ["O1", "A", "2025-03-01 10:12:00", 100, "交易成功"],
  ["O1", "A", "2025-03-01 10:12:00", 50, "交易成功"],
  ["O2", "A", "2025-03-20", 80, "交易成功"],
  ["O3", "B", "2025-02-10", 200, "交易成功"],
  ["O4", "B", "2025-03-25", 500, "交易关闭"],
  ["O5", "C", "2025-03-28", 120, "交易成功"],
  ["O5", "C", "2025-03-28", -20, "交易成功"],
  ["O6", "C", "2025-01-15", 60, "交易成功"],
  ["O7", "D", "2025-03-30 23:59:59", 90, "交易成功"],
  ["O8", "E", "2025-01-05", 300, "交易成功"],
  ["O9", "E", "2025-03-29", 300, "退款成功"],
  ["O10", "E", "2025-02-01", 40, "交易成功"],
  ["O11", "E", "2025-03-05", 40, "交易成功"],
  ["O11", "E", "2025-03-05", -40, "交易成功"],
  ["O12", "F", null, 70, "交易关闭"],
  ["O13", "G", "2025-03-15", 10, "交易成功"],
  ["O13", "G", "2025-03-15", 20, "交易成功"],
  ["O13", "G", "2025-03-15", 30, "交易成功"],
  ["O14", "G", "2025-03-15", 60, "交易成功"],
  ["O15", "G", "2025-02-20", 25, "交易成功"],
];

/** The export as a CSV file would have it. */
export function handOrdersCsv(): string {
  return [HAND_ORDERS_HEADER, ...HAND_ORDERS]
    .map((row) => row.map((cell) => (cell === null ? "" : String(cell))).join(","))
    .join("\n");
}

/** 2025-03-31, the default as-of date. */
export const HAND_AS_OF = 45747;

/** Per customer, in table order (Monetary descending). */
export const HAND_TABLE = [
  { customer: "E", last: "2025-02-01", recency: 58, frequency: 2, monetary: 340 },
  { customer: "A", last: "2025-03-20", recency: 11, frequency: 2, monetary: 230 },
  { customer: "B", last: "2025-02-10", recency: 49, frequency: 1, monetary: 200 },
  { customer: "C", last: "2025-03-28", recency: 3, frequency: 2, monetary: 160 },
  { customer: "G", last: "2025-03-15", recency: 16, frequency: 3, monetary: 145 },
  { customer: "D", last: "2025-03-30", recency: 1, frequency: 1, monetary: 90 },
];
export const HAND_SCORES = [125, 424, 213, 522, 351, 511];
export const HAND_CN8_ZH = [
  "重要保持客户",
  "重要价值客户",
  "重要挽留客户",
  "一般价值客户",
  "一般价值客户",
  "一般发展客户",
];
export const HAND_CN8_EN = [
  "Important retention",
  "Important value",
  "Important win-back",
  "General value",
  "General value",
  "General development",
];
export const HAND_SEGMENTS_EN = [
  "Hibernating",
  "Potential Loyalist",
  "Hibernating",
  "Potential Loyalist",
  "Loyal Customers",
  "New Customers",
];
