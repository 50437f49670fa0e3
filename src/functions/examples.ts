/** Worked examples shown in the panel and README; each result is what the formula returns. */
import type { Locale } from "../i18n/locale";
import type { FunctionId } from "../i18n/functionTexts";

export interface FunctionExample {
  id: FunctionId;
  formula: string;
  explanation: Record<Locale, string>;
}

export const FUNCTION_EXAMPLES: FunctionExample[] = [
  {
    id: "SAFETYSTOCK",
    formula: "=OPS.SAFETYSTOCK(B2:B31, 7, 95%)",
    explanation: {
      "en-US":
        "Safety stock for 7 days of lead time from 30 days of sales, at a 95% service level.",
      "zh-CN": "按近 30 天销量、7 天补货周期、95% 服务水平计算安全库存。",
    },
  },
  {
    id: "REORDERPOINT",
    formula: "=OPS.REORDERPOINT(120, 7, 0.95, 1.5, 30)",
    explanation: {
      "en-US": "Reorder point for 120 units a day, 7 ± 1.5 days lead time, demand σ 30.",
      "zh-CN": "日均 120 件、补货周期 7 ± 1.5 天、需求标准差 30 时的补货点。",
    },
  },
  {
    id: "COVERSTOCK",
    formula: "=OPS.COVERSTOCK(B2:B31, 15, 200)",
    explanation: {
      "en-US": "Best-seller stock-up: average of the last 30 days × 15 days + 200 buffer.",
      "zh-CN": "爆款备货：近 30 天日均销量 × 15 天 + 200 件缓冲。",
    },
  },
  {
    id: "RFMTIER",
    formula: "=OPS.RFMTIER(C2:C5001, D2:D5001, E2:E5001)",
    explanation: {
      "en-US": "Spills one 8-class tier (重要价值客户 …) per customer of the list.",
      "zh-CN": "为列表中每位客户溢出一个八类分层（重要价值客户等）。",
    },
  },
  {
    id: "ROI",
    formula: "=OPS.ROI(13200000, 6800000)",
    explanation: {
      "en-US": "投产比: 13.2M sales on 6.8M spend is ROI 1.94.",
      "zh-CN": "投产比：花费 680 万、销售 1320 万，ROI 为 1.94。",
    },
  },
  {
    id: "BREAKEVENROAS",
    formula: "=OPS.BREAKEVENROAS(40%)",
    explanation: {
      "en-US": "With a 40% gross margin, ads break even at ROI 2.5.",
      "zh-CN": "毛利率 40% 时，投产比 2.5 为保本线。",
    },
  },
  {
    id: "KPISCORE",
    formula: '=OPS.KPISCORE(92%, 90%, "higher", 80%, 95%)',
    explanation: {
      "en-US": "30-second response rate 92% against target 90%, base 80%, challenge 95%: 108.",
      "zh-CN": "30 秒响应率 92%，目标 90%、基础 80%、挑战 95%：得分 108。",
    },
  },
];
