/**
 * zh-CN names and descriptions of the OPS functions, keyed by function id and parameter id.
 * en-US text lives in the JSDoc of src/functions/functions.ts (the metadata plugin reads it there);
 * the build derives functions.zh-CN.json from functions.json with this table, and a test checks that
 * every id and parameter the metadata has is translated here.
 */
import type { Locale } from "./locale";

export interface LocalizedFunctionText {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

export const FUNCTION_IDS = [
  "SAFETYSTOCK",
  "REORDERPOINT",
  "COVERSTOCK",
  "RFMTIER",
  "ROI",
  "BREAKEVENROAS",
  "KPISCORE",
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/** SAFETYSTOCK and REORDERPOINT take the same arguments. */
const SAFETY_STOCK_PARAMETERS: LocalizedFunctionText["parameters"] = {
  demand: { name: "需求", description: "每期平均需求，或每期需求历史区域（空白单元格跳过）。" },
  lead_time: { name: "补货周期", description: "以期数计的补货周期，或补货周期历史区域。" },
  service_level: {
    name: "服务水平",
    description: "周期服务水平，介于 0 与 1 之间（默认 95%）。",
  },
  lead_time_sd: {
    name: "周期标准差",
    description: "补货周期的标准差（默认 0，或由补货周期历史计算）。",
  },
  demand_sd: {
    name: "需求标准差",
    description: "需求的标准差（默认按需求历史计算 STDEV.S）。",
  },
  method: {
    name: "方法",
    description:
      '"combined"（默认，综合公式）、"additive"（z·σd·√L + z·d·σL）或 "maxavg"（最大减平均）。',
  },
};

export const FUNCTION_TEXTS_ZH: Record<FunctionId, LocalizedFunctionText> = {
  SAFETYSTOCK: {
    name: "安全库存",
    description:
      "安全库存：z × √(L × σd² + d² × σL²)，z = NORM.S.INV(服务水平)。需求与补货周期使用相同的时间单位。",
    parameters: SAFETY_STOCK_PARAMETERS,
  },
  REORDERPOINT: {
    name: "补货点",
    description: "补货点：平均需求 × 补货周期 + 安全库存（参数与 安全库存 相同）。",
    parameters: SAFETY_STOCK_PARAMETERS,
  },
  COVERSTOCK: {
    name: "备货量",
    description: "运营备货公式（安全库存 = 日均销量 × 补货周期 + 缓冲量）。",
    parameters: {
      daily_sales: {
        name: "日均销量",
        description: "日均销量，或每日销量区域（如近 30 天；空白跳过）。",
      },
      days: { name: "天数", description: "备货天数，如补货周期，或爆款的 15 天。" },
      buffer: { name: "缓冲量", description: "额外保留的件数（默认 0）。" },
    },
  },
  RFMTIER: {
    name: "RFM分层",
    description: "按 RFM 对客户分层：对整列客户逐行溢出结果，或依参考列对单个客户分层。",
    parameters: {
      recency: {
        name: "最近消费",
        description: "距最近一次购买的天数：客户列表中的一列，或单个值。",
      },
      frequency: { name: "消费频率", description: "订单数：与上列等长的一列，或单个值。" },
      monetary: { name: "消费金额", description: "消费金额：与上列等长的一列，或单个值。" },
      model: {
        name: "模型",
        description:
          '"cn8"（默认，与均值比较的八类模型）、"score"（五分位得分，如 545）或 "segment"（命名分群）。',
      },
      labels: {
        name: "标签语言",
        description: '"zh-CN" 或 "en-US"（cn8 默认中文，segment 默认英文）。',
      },
      ref_recency: {
        name: "参考最近消费",
        description: "对单个值分层时使用的参考最近消费列（总体）。",
      },
      ref_frequency: { name: "参考消费频率", description: "对单个值分层时使用的参考消费频率列。" },
      ref_monetary: { name: "参考消费金额", description: "对单个值分层时使用的参考消费金额列。" },
    },
  },
  ROI: {
    name: "投产比",
    description: "运营口径的 ROI（投产比 = 销售额 ÷ 花费），或财务口径的净 ROI、利润 ROI。",
    parameters: {
      return_amount: { name: "产出", description: "销售额（产出）：数字或区域，区域求和。" },
      cost: { name: "投入", description: "花费（投入）：数字或区域，区域求和。" },
      mode: {
        name: "口径",
        description:
          '"roas"（默认，销售额 ÷ 花费）、"net"（(销售额 − 花费) ÷ 花费）或 "profit"（(销售额 × 毛利率 − 花费) ÷ 花费）。',
      },
      margin: { name: "毛利率", description: '毛利率，介于 0 与 1 之间，用于 "profit" 口径。' },
    },
  },
  BREAKEVENROAS: {
    name: "保本投产比",
    description: "给定毛利率的保本投产比：1 ÷ 毛利率（低于此值推广亏损）。",
    parameters: {
      margin: { name: "毛利率", description: "毛利率，介于 0 与 1 之间。" },
    },
  },
  KPISCORE: {
    name: "KPI得分",
    description: "以 100 = 达成目标计的 KPI 得分，可选基础目标与挑战目标。",
    parameters: {
      actual: { name: "实际值", description: "实际结果（空白则得分为空）。" },
      target: { name: "目标", description: "目标值。" },
      direction: {
        name: "方向",
        description: '"higher"（默认，越高越好）或 "lower"（越低越好）；也可用 1 / -1 或 高 / 低。',
      },
      threshold: { name: "基础目标", description: "基础目标：差于此值得 0 分，等于此值得 60 分。" },
      stretch: { name: "挑战目标", description: "挑战目标：达到此值得上限分。" },
      cap: { name: "上限", description: "最高得分（默认 120）。" },
    },
  },
};

/** The name an error message uses for a parameter: the id itself in en-US (as Excel shows it), zh-CN from the table. */
export function localizedParameterName(
  functionId: FunctionId,
  parameterId: string,
  locale: Locale
): string {
  if (locale === "en-US") return parameterId;
  return FUNCTION_TEXTS_ZH[functionId].parameters[parameterId]?.name ?? parameterId;
}
