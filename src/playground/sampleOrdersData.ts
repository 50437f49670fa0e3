/**
 * The sample shop's order export, for the customer-tier page: one line per item, consistent with its
 * customer list (sampleShopData.ts) as of the day after the shop's last day. Each customer's counted
 * (交易成功) orders number their `orders`, their lines add up to their `amount` to the cent, and the latest
 * is `daysSinceLastPurchase` days before the as-of date; so the tiers built from these lines equal
 * OPS.RFMTIER on the Customers table. Around them, as real exports have: orders of several items, items
 * returned (a refund line netting into its order), and closed, refunded and unpaid orders (left out by
 * their status; unpaid ones have no paid time). Deterministic (seeded).
 */
import { mulberry32 } from "../core/seededRandom";
import type { CellValue } from "../plan/types";
import { isoDateToSerial, SAMPLE_LAST_DAY, SAMPLE_SEED, type CustomerRow } from "./sampleShopData";

export const ORDERS_HEADER = [
  "OrderId",
  "CustomerId",
  "PaidTime",
  "AmountPaid",
  "Status",
  "Channel",
] as const;

/** The as-of date the order lines agree with the customer list on: the day after the last day. */
export const SAMPLE_ORDERS_AS_OF = isoDateToSerial(SAMPLE_LAST_DAY) + 1;

const CHANNELS = ["天猫 Tmall", "京东 JD", "抖音 Douyin"];
const PAID = "交易成功";

interface DraftOrder {
  customer: string;
  /** Serial with the time of day; null for an unpaid order. */
  paid: number | null;
  status: string;
  channel: string;
  /** Item amounts in cents (a refund line is negative). */
  items: number[];
}

export function generateSampleOrders(
  customers: readonly CustomerRow[],
  seed: number = SAMPLE_SEED
): CellValue[][] {
  const random = mulberry32(seed + 16);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  // Paid between 09:00 and 23:59, to the minute.
  const at = (day: number) => day + (540 + Math.floor(random() * 900)) / 1440;
  const drafts: DraftOrder[] = [];
  for (const customer of customers) {
    const last = SAMPLE_ORDERS_AS_OF - customer.daysSinceLastPurchase;
    const amounts = splitCents(Math.round(customer.amount * 100), customer.orders, random);
    const channel = pick(CHANNELS);
    amounts.forEach((cents, i) => {
      // The latest order on `last`; the others on earlier days of the year before it.
      const day = i === 0 ? last : last - 1 - Math.floor(random() * 365);
      const items = splitCents(cents, 1 + Math.floor(random() * 3), random);
      // An item returned: bought and refunded in the same order, so the order's amount stands.
      if (random() < 0.08) {
        const returned = 2000 + Math.floor(random() * 20000);
        items.push(returned, -returned);
      }
      drafts.push({
        customer: customer.id,
        paid: at(day),
        status: PAID,
        channel: random() < 0.8 ? channel : pick(CHANNELS),
        items,
      });
    });
    // Orders that do not count: closed before payment, refunded in full, or not paid yet.
    const extra = random();
    if (extra < 0.12) {
      const status = extra < 0.06 ? "交易关闭" : extra < 0.1 ? "退款成功" : "等待买家付款";
      const day = last - Math.floor(random() * 200);
      drafts.push({
        customer: customer.id,
        paid: status === "退款成功" ? at(day) : null,
        status,
        channel,
        items: [5000 + Math.floor(random() * 30000)],
      });
    }
  }
  // Buyers whose only orders do not count: not customers of the list, left out (and counted) by the page.
  const day = SAMPLE_ORDERS_AS_OF - 20;
  drafts.push(
    { customer: "C0501", paid: null, status: "交易关闭", channel: CHANNELS[0], items: [19900] },
    { customer: "C0502", paid: null, status: "等待买家付款", channel: CHANNELS[1], items: [8800] },
    { customer: "C0503", paid: at(day), status: "退款成功", channel: CHANNELS[2], items: [25900] }
  );
  // As exports list them: by paid time, unpaid orders last; order ids in that order.
  drafts.sort((a, b) => (a.paid ?? Infinity) - (b.paid ?? Infinity));
  const rows: CellValue[][] = [[...ORDERS_HEADER]];
  drafts.forEach((order, i) => {
    const id = `T${String(2025000001 + i)}`;
    for (const cents of order.items)
      rows.push([id, order.customer, order.paid, cents / 100, order.status, order.channel]);
  });
  return rows;
}

/** `cents` in `parts` positive parts (each about the same, ±50%) that add up to it exactly. */
function splitCents(cents: number, parts: number, random: () => number): number[] {
  if (parts <= 1 || cents < parts * 2) return [cents];
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const total = weights.reduce((sum, w) => sum + w, 0);
  const split = weights.map((w) => Math.max(1, Math.floor((cents * w) / total)));
  split[0] += cents - split.reduce((sum, part) => sum + part, 0);
  return split;
}
