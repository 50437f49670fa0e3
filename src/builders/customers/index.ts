/**
 * The customer-tier builder module (客户分层): its input (the order export) with its header synonyms,
 * its fields, the path from a request to the plan (customersPlan.ts), and its export (one tier's
 * customer ids as CSV, for a CRM). The CLI command `ops-planner customers` and the panel page are
 * derived from this description.
 */
import { serialToIsoDate } from "../../core/calendar";
import { LocalizedError } from "../../core/localizedError";
import { CN8_LABELS, SEGMENT_LABELS, type RfmLabelLanguage } from "../../core/rfm";
import { format } from "../../i18n/locale";
import {
  registerBuilder,
  type BuilderModule,
  type BuildRequest,
  type FieldChoice,
  type FieldSpec,
} from "../builder";
import { listForNote, readNoteLines } from "../readNoteLines";
import { buildCustomersPlan } from "./customersPlan";
import {
  CN8_CLASSES,
  CUSTOMERS_SHEET_KEY,
  LIVE_LINE_LIMIT,
  SEGMENTS,
  type CustomersOptions,
  type RfmBuildModel,
} from "./layout";
import { customerFigures } from "./customerFigures";
import { readOrders, type Customer } from "./readOrders";
import { CUSTOMERS_TEXTS } from "./texts";

const t = (en: string, zh: string) => ({ "en-US": en, "zh-CN": zh });

/**
 * Statuses left out unless the user says otherwise: closed, cancelled, fully refunded and unpaid orders,
 * as Taobao/Tmall, JD, Douyin and Pinduoduo exports write them, and their English forms. Partly refunded
 * orders stay: their refund lines net into them.
 */
export const DEFAULT_EXCLUDED_STATUSES = [
  "交易关闭",
  "退款成功",
  "已取消",
  "已关闭",
  "订单关闭",
  "等待买家付款",
  "待付款",
  "closed",
  "cancelled",
  "canceled",
  "refunded",
  "unpaid",
];
/** Typed to leave nothing out. */
const NO_STATUS = ["none", "无", "-"];

const FIELDS: FieldSpec[] = [
  {
    id: "asOf",
    kind: "date",
    flag: "as-of",
    label: t("As-of date", "统计日期"),
    hint: t(
      "Recency counts days to it; default: the day after the last order",
      "最近消费天数算到这一天；默认：最后一笔订单的次日"
    ),
  },
  {
    id: "model",
    kind: "choice",
    flag: "model",
    default: "both",
    choices: [
      { value: "both", label: t("Both: cn8 tiers and 1–5 scores", "两者：八类分层和 1–5 评分") },
      { value: "cn8", label: t("cn8: the 8 Chinese tiers", "cn8：中国八类客户分层") },
      { value: "score", label: t("score: 1–5 scores and segments", "score：1–5 评分和客群") },
    ],
    label: t("Model", "模型"),
    hint: t("as OPS.RFMTIER: cn8, score, or both", "与 OPS.RFMTIER 相同：cn8、score 或两者"),
  },
  {
    id: "excludeStatus",
    kind: "text",
    flag: "exclude-status",
    default: DEFAULT_EXCLUDED_STATUSES.join(", "),
    label: t("Statuses to leave out", "不计入的订单状态"),
    hint: t(
      "order statuses, separated by commas; “none” to count every line",
      "订单状态，用逗号分隔；写“无”则所有行都计入"
    ),
  },
  {
    id: "labels",
    kind: "choice",
    flag: "labels",
    default: "auto",
    choices: [
      { value: "auto", label: t("Same as the sheet", "与表格语言相同") },
      { value: "zh-CN", label: t("Chinese (重要价值客户 …)", "中文（重要价值客户 …）") },
      { value: "en-US", label: t("English (Important value …)", "英文（Important value …）") },
    ],
    label: t("Tier names", "分层名称"),
    hint: t("language of the tier and segment names", "分层和客群名称的语言"),
  },
  {
    id: "values",
    kind: "flag",
    flag: "values",
    label: t("Values only", "只写数值"),
    hint: t(
      "Last order, Frequency and Monetary as values, without the order lines sheet (default: live formulas while the orders are small enough)",
      "最近下单、消费频率和消费金额写为数值，不附订单明细表（默认：订单不多时为实时公式）"
    ),
  },
];

const TIER_CHOICES: FieldChoice[] = [
  ...CN8_CLASSES.map((value) => ({
    value,
    label: { "en-US": CN8_LABELS["en-US"][value], "zh-CN": CN8_LABELS["zh-CN"][value] },
  })),
  ...SEGMENTS.map((value) => ({
    value,
    label: { "en-US": SEGMENT_LABELS["en-US"][value], "zh-CN": SEGMENT_LABELS["zh-CN"][value] },
  })),
];

type Texts = (typeof CUSTOMERS_TEXTS)["en-US"];

const MODULE: BuilderModule<CustomersOptions> = {
  id: "customers",
  texts: {
    "en-US": pick(CUSTOMERS_TEXTS["en-US"]),
    "zh-CN": pick(CUSTOMERS_TEXTS["zh-CN"]),
  },
  inputs: [
    {
      id: "orders",
      flag: "orders",
      required: true,
      label: t("Orders", "订单"),
      hint: t(
        "the order export, one line per order or per item: order id, customer, paid time, amount paid; optionally status and channel (.csv, .xlsx, .xls)",
        "订单导出，每单或每个商品一行：订单编号、买家、付款时间、实付金额；可选订单状态和店铺（.csv、.xlsx、.xls）"
      ),
      columns: [
        {
          id: "orderId",
          required: true,
          label: t("Order ID", "订单编号"),
          synonyms: [
            "主订单编号",
            "订单编号",
            "订单号",
            "订单id",
            "order id",
            "order no",
            "order number",
            "order",
          ],
        },
        {
          id: "customer",
          required: true,
          label: t("Customer", "买家"),
          synonyms: [
            "买家会员名",
            "下单账号",
            "买家账号",
            "买家昵称",
            "买家id",
            "会员名",
            "用户id",
            "客户id",
            "客户",
            "customer id",
            "customer",
            "buyer id",
            "buyer",
            "member id",
          ],
        },
        {
          id: "date",
          required: true,
          label: t("Order date / paid time", "付款时间"),
          synonyms: [
            "付款时间",
            "支付时间",
            "下单时间",
            "订单创建时间",
            "创建时间",
            "成交时间",
            "订单日期",
            "日期",
            "paid time",
            "payment time",
            "paid at",
            "order date",
            "order time",
            "date",
          ],
        },
        {
          id: "amount",
          required: true,
          label: t("Amount paid", "实付金额"),
          synonyms: [
            "实付金额",
            "买家实付金额",
            "买家实际支付金额",
            "实付款",
            "订单应付金额",
            "应付金额",
            "支付金额",
            "订单金额",
            "amount paid",
            "paid amount",
            "amount",
            "total",
          ],
        },
        {
          id: "status",
          required: false,
          label: t("Status", "订单状态"),
          synonyms: ["订单状态", "交易状态", "状态", "order status", "status"],
        },
        {
          id: "channel",
          required: false,
          label: t("Channel / shop", "店铺 / 渠道"),
          synonyms: ["店铺名称", "店铺", "渠道", "平台", "channel", "shop", "store"],
        },
      ],
    },
  ],
  fields: FIELDS,
  export: {
    flag: "export-tier",
    hint: t(
      "a tier or segment whose customer ids --export writes as CSV, e.g. 重要挽留客户 or “At Risk”",
      "要导出的分层或客群，由 --export 把其客户 ID 写成 CSV，如 重要挽留客户 或 “At Risk”"
    ),
    choices: TIER_CHOICES,
  },
  toOptions: customersOptions,
  build: (options) => ({
    ...buildCustomersPlan(options),
    sheetKey: CUSTOMERS_SHEET_KEY,
    notes: options.notes,
    exportRows: (choice) => [
      [CUSTOMERS_TEXTS[options.locale].exportHeader],
      ...customersInTier(options, choice).map((customer) => [customer.id]),
    ],
  }),
};

function pick(texts: Texts) {
  return { name: texts.name, description: texts.description, build: texts.build };
}

/** "交易关闭, 退款成功、closed" → its statuses; "none" (or 无, -) → none. */
export function excludedStatusList(text: string): string[] {
  const statuses = text
    .split(/[,，、;；\n]/)
    .map((status) => status.trim())
    .filter(Boolean);
  return statuses.length === 1 && NO_STATUS.includes(statuses[0].toLowerCase()) ? [] : statuses;
}

function customersOptions(request: BuildRequest): CustomersOptions {
  const { locale, values, skipInvalid } = request;
  const texts = CUSTOMERS_TEXTS[locale];
  const input = MODULE.inputs[0];
  const table = request.tables.orders!;
  const excludedStatuses = excludedStatusList(String(values.excludeStatus ?? ""));
  const orders = readOrders(table, input.label[locale], locale, skipInvalid, excludedStatuses);
  if (orders.customers.length === 0)
    throw new LocalizedError(CUSTOMERS_TEXTS, "errorNoOrders", {
      input: input.label[locale],
      lines: orders.lines,
      excluded: orders.excludedLines,
      refunded: orders.refundedOrders.length,
    });
  const asOf = (values.asOf as number | undefined) ?? orders.lastOrder + 1;
  if (asOf < orders.lastOrder)
    throw new LocalizedError(CUSTOMERS_TEXTS, "errorAsOfBeforeLast", {
      asOf: serialToIsoDate(asOf),
      last: serialToIsoDate(orders.lastOrder),
    });
  const labels = values.labels === "auto" ? locale : (values.labels as RfmLabelLanguage);
  const chosenValues = values.values === true;
  const live = !chosenValues && orders.countedLines <= LIVE_LINE_LIMIT;

  const separator = locale === "zh-CN" ? "、" : ", ";
  const list = (items: string[]) => listForNote(items, locale, texts.more);
  const notes: string[] = [];
  if (!orders.hasStatus) notes.push(texts.noteNoStatus);
  else if (excludedStatuses.length === 0) notes.push(texts.noteNothingExcluded);
  else if (orders.excludedLines > 0)
    notes.push(
      format(texts.noteExcluded, {
        count: orders.excludedLines,
        statuses: [...orders.excludedByStatus]
          .map(([status, count]) => `${status} ${count}`)
          .join(separator),
      })
    );
  if (orders.refundedOrders.length > 0)
    notes.push(
      format(texts.noteRefunded, {
        count: orders.refundedOrders.length,
        orders: list(orders.refundedOrders),
      })
    );
  if (orders.leftOutCustomers.length > 0)
    notes.push(
      format(texts.noteLeftOutCustomers, {
        count: orders.leftOutCustomers.length,
        customers: list(orders.leftOutCustomers),
      })
    );
  if (orders.unreadable.lines.length > 0)
    notes.push(
      format(texts.noteUnreadable, {
        count: orders.unreadable.lines.length,
        lines: list(orders.unreadable.lines.map(String)),
        amount: Math.round(orders.unreadable.amount * 100) / 100,
      })
    );
  notes.push(...readNoteLines(table.data.notes, locale));

  return {
    locale,
    labels,
    model: values.model as RfmBuildModel,
    orders,
    asOf,
    source: table.data.source,
    live,
    valuesReason: chosenValues ? "chosen" : "large",
    excludedStatuses,
    notes,
  };
}

/**
 * The customers of one tier (a cn8 class) or segment, by core's RFM (OPS.RFMTIER's) on the table's
 * columns as built: the rows the sheet's formulas put in that tier.
 */
export function customersInTier(options: CustomersOptions, choice: string): Customer[] {
  const { figures } = customerFigures(options.orders.customers, options.asOf);
  return options.orders.customers.filter(
    (_, i) => figures[i].tier === choice || figures[i].segment === choice
  );
}

export const customersBuilder = registerBuilder(MODULE);
