/**
 * The replenishment builder module (补货计划 / 库存健康): its inputs (sales history, stock list) with their
 * header synonyms, its fields, and the path from a request to the plan (replenishmentPlan.ts). The CLI
 * command `ops-planner replenishment` and the panel page are derived from this description.
 */
import { LocalizedError } from "../../core/localizedError";
import { serialToIsoDate } from "../../core/calendar";
import { format } from "../../i18n/locale";
import { registerBuilder, type BuilderModule, type BuildRequest, type FieldSpec } from "../builder";
import { listForNote, readNoteLines } from "../readNoteLines";
import { readSales, readStock, skuKey } from "./readInputs";
import {
  buildReplenishmentPlan,
  REPLENISHMENT_SHEET_KEY,
  type ReplenishmentOptions,
} from "./replenishmentPlan";
import { REPLENISHMENT_TEXTS } from "./texts";

const SKU_SYNONYMS = [
  "商品编码",
  "sku",
  "sku编码",
  "货号",
  "商家编码",
  "商品id",
  "product code",
  "item id",
];
const NAME_SYNONYMS = ["商品名称", "品名", "name", "product name", "item name"];

const t = (en: string, zh: string) => ({ "en-US": en, "zh-CN": zh });

const FIELDS: FieldSpec[] = [
  {
    id: "window",
    kind: "integer",
    flag: "window",
    default: "30",
    min: 1,
    max: 3650,
    label: t("Window (days)", "统计窗口（天）"),
    hint: t(
      "days of history to average, ending on its last date",
      "计算日均的历史天数，截至最后一天"
    ),
  },
  {
    id: "serviceLevel",
    kind: "ratio",
    flag: "service-level",
    default: "95%",
    maxRatio: 1,
    min: 0.5,
    max: 0.9999,
    label: t("Service level", "服务水平"),
    hint: t("chance of no stock-out in a cycle, e.g. 95%", "一个周期内不缺货的概率，如 95%"),
  },
  {
    id: "review",
    kind: "integer",
    flag: "review",
    default: "7",
    min: 0,
    max: 365,
    label: t("Review period (days)", "盘点周期（天）"),
    hint: t("days until the next order", "距下次下单的天数"),
  },
  {
    id: "leadTime",
    kind: "number",
    flag: "lead-time",
    default: "7",
    min: 0,
    max: 365,
    label: t("Lead time (days)", "补货周期（天）"),
    hint: t("when the stock list has none", "库存清单没有补货周期时使用"),
  },
  {
    id: "method",
    kind: "choice",
    flag: "method",
    default: "statistical",
    choices: [
      { value: "statistical", label: t("Statistical (service level)", "统计法（服务水平）") },
      { value: "cover", label: t("Days of cover + buffer", "备货天数 + 缓冲量") },
    ],
    label: t("Safety stock method", "安全库存方法"),
    hint: t(
      "statistical, or the operators' rule: daily sales × cover days + buffer",
      "统计法，或运营规则：日均销量 × 备货天数 + 缓冲量"
    ),
  },
  {
    id: "coverDays",
    kind: "number",
    flag: "cover-days",
    default: "15",
    min: 0,
    max: 365,
    label: t("Cover days", "备货天数"),
    hint: t("cover method: days of sales to hold", "备货天数法：备几天的销量"),
  },
  {
    id: "buffer",
    kind: "number",
    flag: "buffer",
    default: "0",
    min: 0,
    label: t("Buffer (units)", "缓冲量（件）"),
    hint: t("cover method: units on top", "备货天数法：额外的件数"),
  },
  {
    id: "abcA",
    kind: "ratio",
    flag: "abc-a",
    default: "80%",
    maxRatio: 1,
    min: 0,
    max: 1,
    label: t("ABC: A up to", "ABC：A 类上限"),
    hint: t("cumulative share of sales for class A", "A 类的累计销售占比"),
  },
  {
    id: "abcB",
    kind: "ratio",
    flag: "abc-b",
    default: "95%",
    maxRatio: 1,
    min: 0,
    max: 1,
    label: t("ABC: B up to", "ABC：B 类上限"),
    hint: t("cumulative share of sales for class B", "B 类的累计销售占比"),
  },
  {
    id: "slowAge",
    kind: "integer",
    flag: "slow-age",
    default: "90",
    min: 0,
    label: t("Slow mover: stock age over (days)", "滞销：库龄超过（天）"),
    hint: t("also slow: no sale in the window", "窗口内无销售也算滞销"),
  },
  {
    id: "uplift",
    kind: "number",
    flag: "uplift",
    default: "1",
    min: 0,
    max: 100,
    label: t("Event uplift (×)", "活动系数（×）"),
    hint: t(
      "daily sales multiplier for a coming promotion, e.g. 1.5 for 618",
      "大促备货时日均销量的倍数，如 618 用 1.5"
    ),
  },
];

type Texts = (typeof REPLENISHMENT_TEXTS)["en-US"];

const MODULE: BuilderModule<ReplenishmentOptions> = {
  id: "replenishment",
  texts: {
    "en-US": pick(REPLENISHMENT_TEXTS["en-US"]),
    "zh-CN": pick(REPLENISHMENT_TEXTS["zh-CN"]),
  },
  inputs: [
    {
      id: "sales",
      flag: "sales",
      required: true,
      label: t("Sales history", "销售历史"),
      hint: t(
        "daily sales per SKU, or order lines: date, SKU, quantity (.csv, .xlsx, .xls)",
        "按 SKU 的每日销量或订单明细：日期、SKU、数量（.csv、.xlsx、.xls）"
      ),
      columns: [
        {
          id: "date",
          required: true,
          label: t("Date", "日期"),
          synonyms: ["日期", "统计日期", "付款时间", "下单时间", "date", "day", "paid time"],
        },
        { id: "sku", required: true, label: t("SKU", "SKU"), synonyms: SKU_SYNONYMS },
        {
          id: "quantity",
          required: true,
          label: t("Quantity", "销量"),
          synonyms: ["销量", "销售数量", "支付件数", "件数", "数量", "quantity", "qty", "units"],
        },
        {
          id: "amount",
          required: false,
          label: t("Sales amount", "销售额"),
          synonyms: ["销售额", "支付金额", "实付金额", "金额", "amount", "sales", "gmv"],
        },
        {
          id: "name",
          required: false,
          label: t("Product name", "商品名称"),
          synonyms: NAME_SYNONYMS,
        },
      ],
    },
    {
      id: "stock",
      flag: "stock",
      required: true,
      label: t("Stock list", "库存清单"),
      hint: t(
        "one row per SKU: SKU, on hand; optionally on order, cost, lead time, case pack, stock age",
        "每个 SKU 一行：SKU、可用库存；可选采购在途、成本价、补货周期、箱规、库龄"
      ),
      columns: [
        { id: "sku", required: true, label: t("SKU", "SKU"), synonyms: SKU_SYNONYMS },
        {
          id: "onHand",
          required: true,
          label: t("On hand", "可用库存"),
          synonyms: ["可用库存", "实际库存", "现有库存", "库存", "on hand", "stock", "inventory"],
        },
        {
          id: "onOrder",
          required: false,
          label: t("On order", "采购在途"),
          synonyms: ["采购在途", "在途", "on order", "in transit"],
        },
        {
          id: "unitCost",
          required: false,
          label: t("Unit cost", "成本价"),
          synonyms: ["成本价", "单位成本", "成本", "unit cost", "cost"],
        },
        {
          id: "leadTime",
          required: false,
          label: t("Lead time (days)", "补货周期（天）"),
          synonyms: ["补货周期", "到货周期", "采购周期", "lead time"],
        },
        {
          id: "leadTimeSd",
          required: false,
          label: t("Lead time SD", "补货周期标准差"),
          synonyms: ["补货周期标准差", "到货周期标准差", "lead time sd"],
        },
        {
          id: "casePack",
          required: false,
          label: t("Case pack", "箱规"),
          synonyms: ["箱规", "最小起订量", "起订量", "case pack", "moq"],
        },
        {
          id: "stockAge",
          required: false,
          label: t("Stock age (days)", "库龄（天）"),
          synonyms: ["库龄", "stock age", "age"],
        },
        {
          id: "lastReceived",
          required: false,
          label: t("Last received", "最近入库日期"),
          synonyms: ["最近入库日期", "入库日期", "last received", "received"],
        },
        {
          id: "name",
          required: false,
          label: t("Product name", "商品名称"),
          synonyms: NAME_SYNONYMS,
        },
      ],
    },
  ],
  fields: FIELDS,
  toOptions: replenishmentOptions,
  build: (options) => ({
    plan: buildReplenishmentPlan(options),
    sheetKey: REPLENISHMENT_SHEET_KEY,
    notes: options.notes,
  }),
};

function pick(texts: Texts) {
  return { name: texts.name, description: texts.description, build: texts.build };
}

function replenishmentOptions(request: BuildRequest): ReplenishmentOptions {
  const { locale, values, skipInvalid } = request;
  const texts = REPLENISHMENT_TEXTS[locale];
  const [salesInput, stockInput] = MODULE.inputs;
  const salesTable = request.tables.sales!;
  const stockTable = request.tables.stock!;
  const sales = readSales(salesTable, salesInput.label[locale], locale, skipInvalid);
  const stock = readStock(
    stockTable,
    stockInput.label[locale],
    locale,
    skipInvalid,
    sales.lastDate
  );
  const window = values.window as number;
  const days = sales.lastDate - sales.firstDate + 1;
  if (window > days)
    throw new LocalizedError(REPLENISHMENT_TEXTS, "errorWindowTooLong", {
      window,
      days,
      first: serialToIsoDate(sales.firstDate),
      last: serialToIsoDate(sales.lastDate),
    });
  const abcA = values.abcA as number;
  const abcB = values.abcB as number;
  if (!(abcA < abcB))
    throw new LocalizedError(REPLENISHMENT_TEXTS, "errorCutPoints", {
      a: `${abcA * 100}%`,
      b: `${abcB * 100}%`,
    });

  const inStock = new Set(stock.items.map((item) => skuKey(item.sku)));
  const noHistory = stock.items
    .filter((item) => !sales.bySku.has(skuKey(item.sku)))
    .map((i) => skuKey(i.sku));
  const notInStock = [...sales.bySku.keys()].filter((sku) => !inStock.has(sku));
  const list = (skus: string[]) => listForNote(skus, locale, texts.more);
  const notes: string[] = [];
  if (noHistory.length > 0)
    notes.push(format(texts.noteNoHistory, { count: noHistory.length, skus: list(noHistory) }));
  if (notInStock.length > 0)
    notes.push(format(texts.noteNotInStock, { count: notInStock.length, skus: list(notInStock) }));
  if (sales.leftOut.lines.length > 0)
    notes.push(
      format(texts.noteLeftOut, {
        count: sales.leftOut.lines.length,
        lines: list(sales.leftOut.lines.map(String)),
        qty: sales.leftOut.qty,
      })
    );
  if (sales.negativeDays.length > 0)
    notes.push(
      format(texts.noteNegativeDays, {
        count: sales.negativeDays.length,
        days: list(sales.negativeDays),
      })
    );
  notes.push(
    ...readNoteLines(salesTable.data.notes, locale),
    ...readNoteLines(stockTable.data.notes, locale)
  );

  return {
    locale,
    stock: stock.items,
    sales,
    sources: { sales: salesTable.data.source, stock: stockTable.data.source },
    window,
    serviceLevel: values.serviceLevel as number,
    review: values.review as number,
    leadTime: values.leadTime as number,
    method: values.method as "statistical" | "cover",
    coverDays: values.coverDays as number,
    buffer: values.buffer as number,
    abcA,
    abcB,
    slowAge: values.slowAge as number,
    uplift: values.uplift as number,
    notes,
  };
}

export const replenishmentBuilder = registerBuilder(MODULE);
