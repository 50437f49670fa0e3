/**
 * The two inputs of a replenishment plan, read by the one rule set: the stock list (one row per SKU)
 * and the sales history (one row per SKU per day, or per order line: summed to the day). A row with a
 * cell the rules cannot read refuses the build, naming line, column and text, unless the user chose to
 * leave such rows out; a day whose quantities add up to less than 0 (returns beyond the day's sales) is
 * refused the same way.
 */
import { serialToIsoDate } from "../../core/calendar";
import type { CellValue } from "../../core/cellValue";
import { LocalizedError } from "../../core/localizedError";
import { parseDateCell } from "../../core/parseDateCell";
import { readNumberCell } from "../../core/parseNumberText";
import { format, type Locale } from "../../i18n/locale";
import type { InputTable } from "../builder";
import { REPLENISHMENT_TEXTS } from "./texts";

export interface StockItem {
  /** The SKU as the stock list writes it (codes with leading zeros stay text). */
  sku: CellValue;
  name: string;
  onHand: number;
  onOrder: number;
  unitCost?: number;
  leadTime?: number;
  leadTimeSd?: number;
  casePack?: number;
  /** Days, from a stock age column or as of the last history date from a last-received date. */
  stockAge?: number;
}

export interface SalesDay {
  serial: number;
  qty: number;
  amount: number;
}

export interface SalesHistory {
  /** SKU key → its days with sales, summed per day. */
  bySku: Map<string, SalesDay[]>;
  firstDate: number;
  lastDate: number;
  hasAmount: boolean;
  leftOut: { lines: number[]; qty: number };
  negativeDays: string[];
}

/** Cells named in a refusal; the rest are counted. */
const LISTED = 20;

/** The SKU's key: its text, trimmed (the number 1001 and the text "1001" are one SKU). */
export function skuKey(cell: CellValue): string {
  return cell === null ? "" : String(cell).trim();
}

interface BadCell {
  line: number;
  column: string;
  text: string;
}

class RowReader {
  readonly bad: BadCell[] = [];
  private rowBad = false;

  constructor(
    private readonly table: InputTable,
    private readonly row: CellValue[],
    private readonly line: number
  ) {}

  startRow(): void {
    this.rowBad = false;
  }

  get failed(): boolean {
    return this.rowBad;
  }

  cell(column: string): CellValue {
    const index = this.table.columns[column];
    return index === undefined ? null : (this.row[index] ?? null);
  }

  number(column: string, required: boolean): number | undefined {
    const cell = this.cell(column);
    const value = readNumberCell(cell);
    if (value === undefined || (required && value === null)) this.fail(column, cell);
    return value ?? undefined;
  }

  fail(column: string, cell: CellValue): void {
    this.rowBad = true;
    const index = this.table.columns[column]!;
    this.bad.push({
      line: this.line,
      column: this.table.data.header[index] ?? column,
      text: skuKey(cell),
    });
  }
}

function lineOf(table: InputTable, index: number): number {
  return table.data.rowNumbers?.[index] ?? index + 2;
}

function refuseCells(bad: BadCell[], rows: number, input: string, locale: Locale): LocalizedError {
  const texts = REPLENISHMENT_TEXTS[locale];
  const listed = bad.slice(0, LISTED).map((cell) => format(texts.cellItem, { ...cell }));
  const more = bad.length > LISTED ? ` (+${bad.length - LISTED})` : "";
  return new LocalizedError(REPLENISHMENT_TEXTS, "errorUnreadable", {
    count: rows,
    input,
    cells: listed.join(locale === "zh-CN" ? "；" : "; ") + more,
  });
}

export function readStock(
  table: InputTable,
  input: string,
  locale: Locale,
  skipInvalid: boolean,
  lastDate: number | undefined
): { items: StockItem[]; leftOut: number[] } {
  const items: StockItem[] = [];
  const bad: BadCell[] = [];
  const leftOut: number[] = [];
  const lines = new Map<string, number[]>();
  table.data.rows.forEach((row, index) => {
    const line = lineOf(table, index);
    const read = new RowReader(table, row, line);
    const sku = read.cell("sku");
    if (skuKey(sku) === "") read.fail("sku", sku);
    const onHand = read.number("onHand", true);
    const item: StockItem = {
      sku,
      name: skuKey(read.cell("name")),
      onHand: onHand ?? 0,
      onOrder: read.number("onOrder", false) ?? 0,
      unitCost: read.number("unitCost", false),
      leadTime: read.number("leadTime", false),
      leadTimeSd: read.number("leadTimeSd", false),
      casePack: read.number("casePack", false),
      stockAge: read.number("stockAge", false),
    };
    const received = read.cell("lastReceived");
    if (item.stockAge === undefined && received !== null && lastDate !== undefined) {
      const parsed = parseDateCell(received);
      if (!parsed) read.fail("lastReceived", received);
      else item.stockAge = Math.max(0, lastDate - parsed.serial);
    }
    bad.push(...read.bad);
    if (read.failed) return void leftOut.push(line);
    lines.set(skuKey(sku), [...(lines.get(skuKey(sku)) ?? []), line]);
    items.push(item);
  });
  if (bad.length > 0 && !skipInvalid) throw refuseCells(bad, leftOut.length, input, locale);
  for (const [sku, seen] of lines)
    if (seen.length > 1)
      throw new LocalizedError(REPLENISHMENT_TEXTS, "errorDuplicateSku", {
        input,
        sku,
        lines: seen.join(", "),
      });
  return { items, leftOut };
}

export function readSales(
  table: InputTable,
  input: string,
  locale: Locale,
  skipInvalid: boolean
): SalesHistory {
  const bad: BadCell[] = [];
  const leftOut: number[] = [];
  let leftOutQty = 0;
  const days = new Map<string, Map<number, SalesDay>>();
  let firstDate = Infinity;
  let lastDate = -Infinity;
  table.data.rows.forEach((row, index) => {
    const line = lineOf(table, index);
    const read = new RowReader(table, row, line);
    const sku = read.cell("sku");
    if (skuKey(sku) === "") read.fail("sku", sku);
    const dateCell = read.cell("date");
    const date = dateCell === null ? undefined : parseDateCell(dateCell);
    if (!date || date.precision !== "day") read.fail("date", dateCell);
    const qty = read.number("quantity", true);
    const amount = read.number("amount", false) ?? 0;
    bad.push(...read.bad);
    if (read.failed) {
      leftOut.push(line);
      leftOutQty += qty ?? 0;
      return;
    }
    const serial = date!.serial;
    firstDate = Math.min(firstDate, serial);
    lastDate = Math.max(lastDate, serial);
    const bySerial = days.get(skuKey(sku)) ?? new Map<number, SalesDay>();
    days.set(skuKey(sku), bySerial);
    const day = bySerial.get(serial) ?? { serial, qty: 0, amount: 0 };
    day.qty += qty!;
    day.amount += amount;
    bySerial.set(serial, day);
  });
  if (bad.length > 0 && !skipInvalid) throw refuseCells(bad, leftOut.length, input, locale);
  const negative: string[] = [];
  const bySku = new Map<string, SalesDay[]>();
  for (const [sku, bySerial] of days) {
    const kept = [...bySerial.values()].filter((day) => {
      if (day.qty >= 0) return true;
      negative.push(`${sku} ${serialToIsoDate(day.serial)}`);
      return false;
    });
    bySku.set(
      sku,
      kept.sort((a, b) => a.serial - b.serial)
    );
  }
  if (negative.length > 0 && !skipInvalid)
    throw new LocalizedError(REPLENISHMENT_TEXTS, "errorNegativeDays", {
      count: negative.length,
      days: negative.slice(0, LISTED).join(", "),
    });
  if (!Number.isFinite(firstDate)) throw new LocalizedError(REPLENISHMENT_TEXTS, "errorNoHistory");
  return {
    bySku,
    firstDate,
    lastDate,
    hasAmount: table.columns.amount !== undefined,
    leftOut: { lines: leftOut, qty: leftOutQty },
    negativeDays: negative,
  };
}
