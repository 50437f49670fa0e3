/**
 * The hand-worked RFM example shared by the core tests (rfm.test.ts) and the Excel-facing tests
 * (rfmFunction.test.ts): the data, and every expected tier derived by hand below.
 */
import type { RfmCustomer } from "../../src/core/rfm";

/*
 * Hand-worked example, 10 customers (recency days, frequency orders, monetary amount):
 *   #   R    F    M
 *   1   5   10   800
 *   2  10    2   900
 *   3  60    8   700
 *   4  90    1  1000
 *   5   3   11   200
 *   6  20    3   100
 *   7  45    7   150
 *   8 120    1    50
 *   9   7    5   150
 *  10  40    2   450
 * Means: R 400/10 = 40, F 50/10 = 5, M 4500/10 = 450 (customer 10 sits exactly on the R and M means,
 * customer 9 on the F mean: ties count as high).
 *
 * cn8 (R↑ = R ≤ 40, F↑ = F ≥ 5, M↑ = M ≥ 450):
 *   1 ↑↑↑ 重要价值  2 ↑↓↑ 重要发展  3 ↓↑↑ 重要保持  4 ↓↓↑ 重要挽留  5 ↑↑↓ 一般价值
 *   6 ↑↓↓ 一般发展  7 ↓↑↓ 一般保持  8 ↓↓↓ 一般挽留  9 ↑↑↓ 一般价值  10 ↑↓↑ 重要发展
 *
 * score: n = 10, PERCENTILE.INC rank = 9k → 1.8, 3.6, 5.4, 7.2 (0-based in the sorted list).
 *   R sorted 3 5 7 10 20 40 45 60 90 120:  5+.8·2 = 6.6, 10+.6·10 = 16, 40+.4·5 = 42, 60+.2·30 = 66
 *   F sorted 1 1 2 2 3 5 7 8 10 11:        1+.8·1 = 1.8, 2+.6·1 = 2.6, 5+.4·2 = 5.8, 8+.2·2 = 8.4
 *   M sorted 50 100 150 150 200 450 700 800 900 1000:
 *                                          100+.8·50 = 140, 150+.6·50 = 180, 450+.4·250 = 550, 800+.2·100 = 820
 *   R = 5 − cuts below, F/M = 1 + cuts below:
 *   1: R5 (none<5)  F5 (all<10)        M4 (140,180,550<800)  → 554
 *   2: R4 (6.6<10)  F2 (1.8<2)         M5 (all<900)          → 425
 *   3: R2 (3 <60)   F4 (1.8,2.6,5.8<8) M4                    → 244
 *   4: R1 (all<90)  F1                 M5                    → 115
 *   5: R5           F5                 M3 (140,180<200)      → 553
 *   6: R3 (6.6,16)  F3 (1.8,2.6<3)     M1 (none<100)         → 331
 *   7: R2 (3 <45)   F4 (3 <7)          M2 (140<150)          → 242
 *   8: R1           F1                 M1                    → 111
 *   9: R4 (6.6<7)   F3 (1.8,2.6<5)     M2 (140<150)          → 432
 *  10: R3 (6.6,16)  F2 (1.8<2)         M3 (140,180<450)      → 323
 * segment (R, F): 1 (5,5) Champions, 2 (4,2) Potential Loyalist, 3 (2,4) At Risk, 4 (1,1) Hibernating,
 *   5 (5,5) Champions, 6 (3,3) Need Attention, 7 (2,4) At Risk, 8 (1,1) Hibernating,
 *   9 (4,3) Potential Loyalist, 10 (3,2) About to Sleep.
 */
export const HAND_RECENCY = [5, 10, 60, 90, 3, 20, 45, 120, 7, 40];
export const HAND_FREQUENCY = [10, 2, 8, 1, 11, 3, 7, 1, 5, 2];
export const HAND_MONETARY = [800, 900, 700, 1000, 200, 100, 150, 50, 150, 450];

export const HAND_EXAMPLE: RfmCustomer[] = HAND_RECENCY.map((recency, i) => ({
  recency,
  frequency: HAND_FREQUENCY[i],
  monetary: HAND_MONETARY[i],
}));

export const HAND_SCORES = [554, 425, 244, 115, 553, 331, 242, 111, 432, 323];
export const HAND_CN8_ZH = [
  "重要价值客户",
  "重要发展客户",
  "重要保持客户",
  "重要挽留客户",
  "一般价值客户",
  "一般发展客户",
  "一般保持客户",
  "一般挽留客户",
  "一般价值客户",
  "重要发展客户",
];
export const HAND_CN8_EN = [
  "Important value",
  "Important development",
  "Important retention",
  "Important win-back",
  "General value",
  "General development",
  "General retention",
  "General win-back",
  "General value",
  "Important development",
];
export const HAND_SEGMENTS_EN = [
  "Champions",
  "Potential Loyalist",
  "At Risk",
  "Hibernating",
  "Champions",
  "Need Attention",
  "At Risk",
  "Hibernating",
  "Potential Loyalist",
  "About to Sleep",
];
export const HAND_SEGMENTS_ZH = [
  "冠军客户",
  "潜力忠诚客户",
  "有流失风险客户",
  "沉睡客户",
  "冠军客户",
  "需要关注客户",
  "有流失风险客户",
  "沉睡客户",
  "潜力忠诚客户",
  "即将沉睡客户",
];
