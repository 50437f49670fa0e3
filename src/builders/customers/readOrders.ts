/**
 * The order export read into customers, by the one rule set:
 * - a line whose status is one of the left-out statuses (closed, fully refunded, cancelled …) is counted
 *   and set aside before anything else is read, so a closed order without a paid time is no error;
 * - every other line needs its order id, customer, date (a time is dropped) and amount: a blank or
 *   unreadable cell refuses the build, naming line and column, unless the user chose to leave such lines
 *   out (then they are counted on the sheet);
 * - an order is its id within a customer; its amount is the sum of its lines, so refund lines (negative
 *   amounts) net into it, and its date is its earliest line's; an order netting to 0 or less counts as
 *   fully refunded and is left out;
 * - a customer is their id as text, trimmed (the number 1001 and the text "1001" are one customer);
 *   Frequency = their orders, Monetary = the sum of those orders, Last order = the latest order date.
 */
import type { CellValue } from "../../core/cellValue";
import { LocalizedError } from "../../core/localizedError";
import { parseDateCell } from "../../core/parseDateCell";
import { readNumberCell } from "../../core/parseNumberText";
import { format, type Locale } from "../../i18n/locale";
import type { InputTable } from "../builder";
import { CUSTOMERS_TEXTS } from "./texts";

export interface OrderLine {
  /** 1-based line of the export, for messages. */
  line: number;
  date: number;
  amount: number;
}

export interface Order {
  /** The order id as the export writes it. */
  id: CellValue;
  key: string;
  /** Excel serial day of its earliest line. */
  date: number;
  amount: number;
  lines: OrderLine[];
  channel: string;
}

export interface Customer {
  /** The customer as the export writes it (ids with leading zeros stay text). */
  id: CellValue;
  key: string;
  /** Counted orders, by date then id. */
  orders: Order[];
  lastOrder: number;
  frequency: number;
  monetary: number;
  /** The channel of the latest order ("" without a channel column). */
  channel: string;
}

export interface OrdersRead {
  /** Customers with at least one counted order: Monetary descending, then by id. */
  customers: Customer[];
  /** Data lines read (excluded and left-out lines included). */
  lines: number;
  countedLines: number;
  /** Lines of a left-out status, and how many of each status as the export writes it. */
  excludedLines: number;
  excludedByStatus: Map<string, number>;
  /** Orders whose lines net to 0 or less, "customer/order" for the notes. */
  refundedOrders: string[];
  refundedLines: number;
  /** Customers seen only in excluded lines or fully refunded orders. */
  leftOutCustomers: string[];
  /** Unreadable lines left out (skipInvalid), and the sum of their readable amounts. */
  unreadable: { lines: number[]; amount: number };
  firstOrder: number;
  lastOrder: number;
  hasStatus: boolean;
  hasChannel: boolean;
}

/** Cells named in a refusal; the rest are counted. */
const LISTED = 20;

/** A customer's or an order's key: its text, trimmed. */
export function idKey(cell: CellValue): string {
  return cell === null ? "" : String(cell).trim();
}

/** A status as compared with the left-out list: width-folded, lower case, without spaces. */
export function statusKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

interface BadCell {
  line: number;
  column: string;
  text: string;
}

interface Draft {
  id: CellValue;
  orders: Map<string, Order>;
}

export function readOrders(
  table: InputTable,
  input: string,
  locale: Locale,
  skipInvalid: boolean,
  excludedStatuses: readonly string[]
): OrdersRead {
  const columns = table.columns;
  const header = table.data.header;
  const excludedKeys = new Set(excludedStatuses.map(statusKey));
  // An export repeats a handful of statuses: each is compared once.
  const isExcluded = new Map<string, boolean>();
  const excluded = (status: string) => {
    let known = isExcluded.get(status);
    if (known === undefined) isExcluded.set(status, (known = excludedKeys.has(statusKey(status))));
    return known;
  };
  const drafts = new Map<string, Draft>();
  const seenCustomers = new Map<string, CellValue>();
  const bad: BadCell[] = [];
  const unreadable: number[] = [];
  let unreadableAmount = 0;
  let excludedLines = 0;
  const excludedByStatus = new Map<string, number>();
  const cell = (row: CellValue[], column: string): CellValue => {
    const index = columns[column];
    return index === undefined ? null : (row[index] ?? null);
  };
  table.data.rows.forEach((row, index) => {
    const line = table.data.rowNumbers?.[index] ?? index + 2;
    const customerCell = cell(row, "customer");
    const customer = idKey(customerCell);
    if (customer !== "" && !seenCustomers.has(customer)) seenCustomers.set(customer, customerCell);
    const status = cell(row, "status");
    if (status !== null && excluded(String(status))) {
      excludedLines += 1;
      const written = String(status).trim();
      excludedByStatus.set(written, (excludedByStatus.get(written) ?? 0) + 1);
      return;
    }
    const failures: BadCell[] = [];
    const fail = (column: string, value: CellValue) =>
      failures.push({ line, column: header[columns[column]!] ?? column, text: idKey(value) });
    const orderCell = cell(row, "orderId");
    if (idKey(orderCell) === "") fail("orderId", orderCell);
    if (customer === "") fail("customer", customerCell);
    const dateCell = cell(row, "date");
    const date = dateCell === null ? undefined : parseDateCell(dateCell);
    if (date?.precision !== "day") fail("date", dateCell);
    const amountCell = cell(row, "amount");
    const amount = readNumberCell(amountCell);
    if (amount === null || amount === undefined) fail("amount", amountCell);
    if (failures.length > 0) {
      bad.push(...failures);
      unreadable.push(line);
      unreadableAmount += amount ?? 0;
      return;
    }
    const draft = drafts.get(customer) ?? { id: customerCell, orders: new Map<string, Order>() };
    drafts.set(customer, draft);
    const key = idKey(orderCell);
    let order = draft.orders.get(key);
    if (!order) {
      order = { id: orderCell, key, date: date!.serial, amount: 0, lines: [], channel: "" };
      draft.orders.set(key, order);
    }
    order.lines.push({ line, date: date!.serial, amount: amount! });
    order.amount += amount!;
    if (date!.serial < order.date) order.date = date!.serial;
    const channel = idKey(cell(row, "channel"));
    if (channel !== "" && order.channel === "") order.channel = channel;
  });
  if (bad.length > 0 && !skipInvalid) throw refuseCells(bad, unreadable.length, input, locale);

  const customers: Customer[] = [];
  const refundedOrders: string[] = [];
  let refundedLines = 0;
  let countedLines = 0;
  let firstOrder = Infinity;
  let lastOrder = -Infinity;
  for (const [key, draft] of drafts) {
    const orders: Order[] = [];
    for (const order of draft.orders.values()) {
      // Sums of cents in floating point: 0.1 + 0.2 − 0.3 is not 0, so "nets to 0" is judged to the cent.
      if (Math.round(order.amount * 100) <= 0) {
        refundedOrders.push(`${key}/${order.key}`);
        refundedLines += order.lines.length;
        continue;
      }
      orders.push(order);
    }
    if (orders.length === 0) continue;
    orders.sort((a, b) => a.date - b.date || compareText(a.key, b.key));
    const latest = orders[orders.length - 1];
    // Line by line, in the order the sheet lists them, so the sum is the one SUMIFS adds up.
    let monetary = 0;
    for (const order of orders) {
      for (const line of order.lines) monetary += line.amount;
      countedLines += order.lines.length;
      firstOrder = Math.min(firstOrder, order.date);
    }
    lastOrder = Math.max(lastOrder, latest.date);
    customers.push({
      id: draft.id,
      key,
      orders,
      lastOrder: latest.date,
      frequency: orders.length,
      monetary,
      channel: latest.channel,
    });
  }
  customers.sort((a, b) => b.monetary - a.monetary || compareText(a.key, b.key));
  const tiered = new Set(customers.map((c) => c.key));
  return {
    customers,
    lines: table.data.rows.length,
    countedLines,
    excludedLines,
    excludedByStatus,
    refundedOrders,
    refundedLines,
    leftOutCustomers: [...seenCustomers.keys()].filter((key) => !tiered.has(key)),
    unreadable: { lines: unreadable, amount: unreadableAmount },
    firstOrder,
    lastOrder,
    hasStatus: columns.status !== undefined,
    hasChannel: columns.channel !== undefined,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function refuseCells(bad: BadCell[], rows: number, input: string, locale: Locale): LocalizedError {
  const texts = CUSTOMERS_TEXTS[locale];
  const listed = bad
    .slice(0, LISTED)
    .map((cell) => format(cell.text === "" ? texts.cellBlank : texts.cellItem, { ...cell }));
  const cells = listed.join(locale === "zh-CN" ? "；" : "; ");
  return new LocalizedError(CUSTOMERS_TEXTS, "errorUnreadable", {
    count: rows,
    input,
    cells:
      bad.length > LISTED ? format(texts.more, { items: cells, more: bad.length - LISTED }) : cells,
  });
}
