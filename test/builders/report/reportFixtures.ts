/**
 * Small hand-made sources for the report tests. Every expected figure in the tests is derived from these
 * rows by hand or by plain loops in the test, never from the builder.
 */
import type { CellValue } from "../../../src/plan/types";

export const HEADER = [
  "统计日期",
  "渠道",
  "类目",
  "访客数",
  "支付订单数",
  "支付金额",
  "推广费",
  "退款金额",
];

/** Excel serials: 2024-01-01 = 45292, 2024-02-01 = 45323, 2024-03-01 = 45352, 2025-01-01 = 45658. */
export const JAN_2024 = 45292;
export const FEB_2024 = 45323;
export const MAR_2024 = 45352;
export const JAN_2025 = 45658;
export const FEB_2025 = 45689;

/**
 * Two channels × two categories over Jan–Feb 2024 and Jan–Feb 2025, chosen so that the average of daily
 * conversion rates differs from orders ÷ UV: 天猫/女装 on Feb 1 2025 has 10 orders of 100 UV (10%), on
 * Feb 2 2025 90 orders of 900 UV... see the tests for each derivation.
 */
export const ROWS: CellValue[][] = [
  // date, channel, category, uv, orders, gmv, spend, refunds
  [JAN_2024 + 4, "天猫", "女装", 100, 5, 500, 100, 20],
  [JAN_2024 + 9, "天猫", "男装", 200, 4, 800, 200, 0],
  [JAN_2024 + 14, "京东", "女装", 300, 9, 900, 300, 90],
  [FEB_2024 + 2, "天猫", "女装", 400, 8, 1200, 400, 0],
  [FEB_2024 + 3, "京东", "男装", 100, 1, 100, 0, 0],
  [JAN_2025 + 4, "天猫", "女装", 1000, 20, 3000, 1000, 300],
  [JAN_2025 + 5, "天猫", "男装", 500, 10, 2000, 400, 0],
  [JAN_2025 + 6, "京东", "女装", 600, 12, 1800, 600, 180],
  [FEB_2025, "天猫", "女装", 100, 10, 1000, 200, 100],
  [FEB_2025 + 1, "天猫", "女装", 900, 9, 900, 300, 0],
  [FEB_2025 + 2, "京东", "男装", 0, 0, 0, 50, 0],
  [FEB_2025 + 27, "京东", "女装", 300, 3, 600, 100, 0],
];
