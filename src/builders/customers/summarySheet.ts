/**
 * The sheet 客户分层 / Customer tiers: the as-of date (input, RFM_AsOf), the counts (RFM_Customers and
 * what was left out), a summary per cn8 tier and per segment (customers, shares, monetary, orders, average
 * order value, average recency) with an editable suggested action, the segment grid, the charts and
 * the notes. Each formula's value is worked out beside it.
 */
import { serialToIsoDate } from "../../core/calendar";
import { CN8_LABELS, SEGMENT_LABELS, rfmSegment } from "../../core/rfm";
import { format } from "../../i18n/locale";
import type { ComputedValue } from "../../plan/computedValues";
import type { ChartPlan, FormatRange, SheetPlan } from "../../plan/types";
import { computed, type ComputedBlocks, type GridCell } from "./computedCells";
import type { CustomerFigures } from "./customerFigures";
import {
  CN8_CLASSES,
  CUSTOMERS_SHEET_KEY,
  SEGMENTS,
  SUMMARY_ROWS,
  modeNote,
  type CustomersLayout,
  type CustomersOptions,
  type TableColumn,
} from "./layout";
import { CN8_ACTIONS, SEGMENT_ACTIONS } from "./tierActions";
import { CUSTOMERS_TEXTS } from "./texts";

/** What one summary row adds up: the customers of one tier or segment. */
interface Group {
  customers: number;
  monetary: number;
  orders: number;
  recency: number;
}

export function summarySheet(
  options: CustomersOptions,
  layout: CustomersLayout,
  blocks: ComputedBlocks,
  figures: readonly CustomerFigures[]
): SheetPlan {
  const texts = CUSTOMERS_TEXTS[options.locale];
  const { orders } = options;
  const range = layout.tableRange;
  const separator = options.locale === "zh-CN" ? "、" : ", ";
  const count = figures.length;
  const totalOrders = sumOf(figures.map((f) => f.frequency));
  const rows: GridCell[][] = [
    [texts.title],
    [
      format(texts.sourceNote, {
        source: options.source,
        lines: orders.lines.toLocaleString("en-US"),
        orders: totalOrders.toLocaleString("en-US"),
        customers: count.toLocaleString("en-US"),
        first: serialToIsoDate(orders.firstOrder),
        last: serialToIsoDate(orders.lastOrder),
      }),
    ],
    [modeNote(options)],
    [],
    [texts.inputsHeading],
    [texts.asOf, options.asOf],
    [texts.model, options.model],
    [
      texts.excluded,
      options.excludedStatuses.length > 0
        ? options.excludedStatuses.join(separator)
        : texts.excludedNone,
    ],
    [],
    [texts.countsHeading],
    [texts.customersCount, computed(`=COUNT(${range("no")})`, count)],
    [texts.ordersCount, computed(`=SUM(${range("frequency")})`, totalOrders)],
    [texts.linesCount, orders.countedLines],
    [texts.excludedLines, orders.excludedLines],
    [texts.refundedOrders, orders.refundedOrders.length],
    [texts.leftOutCustomers, orders.leftOutCustomers.length],
    [texts.unreadableLines, orders.unreadable.lines.length],
    [],
  ];

  const formats: FormatRange[] = [
    { range: "A1", style: "title" },
    { range: "A2:A3", style: "note" },
    { range: "A5", style: "label" },
    { range: "A10", style: "label" },
    { range: `B${SUMMARY_ROWS.asOf}`, style: "input", numberFormat: "date" },
    { range: `B${SUMMARY_ROWS.customers}:B${SUMMARY_ROWS.unreadable}`, numberFormat: "thousands" },
  ];
  const charts: ChartPlan[] = [];
  const section = (
    heading: string,
    columnLabel: string,
    placed: { first: number; total: number },
    labels: string[],
    actions: string[],
    groups: Group[],
    byColumn: TableColumn,
    chartTitle: string
  ) => {
    const { first, total } = placed;
    const last = total - 1;
    const by = range(byColumn);
    rows.push([heading]);
    rows.push([
      columnLabel,
      texts.columnCustomers,
      texts.columnCustomerShare,
      texts.columnMonetary,
      texts.columnMonetaryShare,
      texts.columnOrders,
      texts.columnAov,
      texts.columnAvgRecency,
      texts.columnAction,
    ]);
    const customers = `$B$${SUMMARY_ROWS.customers}`;
    const monetaryTotal = sumOf(groups.map((g) => g.monetary));
    const shares = groups.map((g) => (count === 0 ? 0 : g.customers / count));
    const monetaryShares = groups.map((g) =>
      monetaryTotal === 0 ? 0 : g.monetary / monetaryTotal
    );
    const blank = (zero: boolean, value: number): ComputedValue => (zero ? "" : value);
    labels.forEach((label, i) => {
      const r = first + i;
      const g = groups[i];
      rows.push([
        label,
        computed(`=COUNTIF(${by},$A${r})`, g.customers),
        computed(`=IF(${customers}=0,0,B${r}/${customers})`, shares[i]),
        computed(`=SUMIF(${by},$A${r},${range("monetary")})`, g.monetary),
        computed(`=IF(D$${total}=0,0,D${r}/D$${total})`, monetaryShares[i]),
        computed(`=SUMIF(${by},$A${r},${range("frequency")})`, g.orders),
        computed(`=IF(F${r}=0,"",D${r}/F${r})`, blank(g.orders === 0, g.monetary / g.orders)),
        computed(
          `=IF(B${r}=0,"",AVERAGEIF(${by},$A${r},${range("recency")}))`,
          blank(g.customers === 0, g.recency / g.customers)
        ),
        actions[i],
      ]);
    });
    const sum = (column: string, values: number[]) =>
      computed(`=SUM(${column}${first}:${column}${last})`, sumOf(values));
    const totalRecency = sumOf(figures.map((f) => f.recency));
    rows.push([
      texts.total,
      sum(
        "B",
        groups.map((g) => g.customers)
      ),
      sum("C", shares),
      sum(
        "D",
        groups.map((g) => g.monetary)
      ),
      sum("E", monetaryShares),
      sum(
        "F",
        groups.map((g) => g.orders)
      ),
      computed(
        `=IF(F${total}=0,"",D${total}/F${total})`,
        blank(totalOrders === 0, monetaryTotal / totalOrders)
      ),
      computed(
        `=IF(B${total}=0,"",AVERAGE(${range("recency")}))`,
        blank(count === 0, totalRecency / count)
      ),
      null,
    ]);
    rows.push([]);
    formats.push(
      { range: `A${first - 2}`, style: "label" },
      { range: `A${first - 1}:I${first - 1}`, style: "header" },
      { range: `B${first}:B${total}`, numberFormat: "thousands" },
      { range: `C${first}:C${total}`, numberFormat: "percent1" },
      { range: `D${first}:D${total}`, numberFormat: "yuan" },
      { range: `E${first}:E${total}`, numberFormat: "percent1" },
      { range: `F${first}:F${total}`, numberFormat: "thousands" },
      { range: `G${first}:G${total}`, numberFormat: "yuan" },
      { range: `H${first}:H${total}`, numberFormat: { code: "#,##0.0" } },
      { range: `I${first}:I${last}`, style: "input", wrap: true },
      { range: `A${total}:I${total}`, style: "total" }
    );
    // Beside the counts, where the sheet opens: the first chart over D–I, a second one to its right.
    charts.push({
      type: "bar",
      title: chartTitle,
      categories: `A${first}:A${last}`,
      series: [{ name: texts.columnCustomers, values: `B${first}:B${last}` }],
      position: charts.length === 0 ? "D4:I18" : "K4:Q18",
      valueAxisTitle: texts.columnCustomers,
    });
  };
  if (layout.tierRows)
    section(
      texts.tiersHeading,
      texts.columnTier,
      layout.tierRows,
      CN8_CLASSES.map((c) => CN8_LABELS[options.labels][c]),
      CN8_CLASSES.map((c) => CN8_ACTIONS[options.locale][c]),
      CN8_CLASSES.map((c) => group(figures.filter((f) => f.tier === c))),
      "tier",
      texts.chartTiers
    );
  if (layout.segmentRows)
    section(
      texts.segmentsHeading,
      texts.columnSegment,
      layout.segmentRows,
      SEGMENTS.map((s) => SEGMENT_LABELS[options.labels][s]),
      SEGMENTS.map((s) => SEGMENT_ACTIONS[options.locale][s]),
      SEGMENTS.map((s) => group(figures.filter((f) => f.segment === s))),
      "segment",
      texts.chartSegments
    );
  if (layout.gridRow !== undefined) {
    const g = layout.gridRow;
    rows.push([texts.gridHeading]);
    rows.push([texts.gridCorner, 1, 2, 3, 4, 5]);
    for (let r = 1; r <= 5; r++)
      rows.push([
        r,
        ...[1, 2, 3, 4, 5].map((f) => SEGMENT_LABELS[options.labels][rfmSegment({ r, f, m: 1 })]),
      ]);
    rows.push([]);
    formats.push(
      { range: `A${g}`, style: "label" },
      { range: `A${g + 1}:F${g + 1}`, style: "header" },
      { range: `A${g + 2}:A${g + 6}`, style: "header" }
    );
  }
  const notes = summaryNotes(options);
  rows.push([texts.notesHeading], ...notes.map((note) => [note]));
  formats.push(
    { range: `A${layout.notesRow}`, style: "label" },
    { range: `A${layout.notesRow + 1}:A${layout.notesRow + notes.length}`, style: "note" }
  );

  return {
    key: CUSTOMERS_SHEET_KEY,
    name: texts.sheetName,
    columnWidths: [
      { column: "A", width: 34 },
      ...["B", "C", "D", "E", "F", "G"].map((column) => ({ column, width: 16 })),
      { column: "H", width: 19 },
      { column: "I", width: 52 },
    ],
    blocks: [blocks.block(CUSTOMERS_SHEET_KEY, "A1", rows)],
    formats,
    validations: [
      {
        range: `B${SUMMARY_ROWS.asOf}`,
        rule: { type: "decimal", min: orders.lastOrder },
        error: format(texts.asOfRule, { last: serialToIsoDate(orders.lastOrder) }),
      },
    ],
    charts,
  };
}

/** A summary row's sums, in table order (as SUMIF adds them up). */
function group(members: readonly CustomerFigures[]): Group {
  return {
    customers: members.length,
    monetary: sumOf(members.map((m) => m.monetary)),
    orders: sumOf(members.map((m) => m.frequency)),
    recency: sumOf(members.map((m) => m.recency)),
  };
}

function sumOf(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

function summaryNotes(options: CustomersOptions): string[] {
  const texts = CUSTOMERS_TEXTS[options.locale];
  const notes = [texts.noteRules];
  if (options.live) notes.push(format(texts.noteLiveSort, { data: texts.dataSheetName }));
  notes.push(format(texts.noteAsOf, { last: serialToIsoDate(options.orders.lastOrder) }));
  notes.push(texts.noteActions, ...options.notes);
  return notes;
}
