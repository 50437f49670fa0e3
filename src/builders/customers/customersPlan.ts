/**
 * The customer-tier workbook (客户分层), every figure a native formula (README "Customer tiers"):
 * - the sheet 客户RFM holds the Excel table `CustomerRFM`, one row per customer: Last order, Frequency
 *   and Monetary (when live, MAX and SUMIFS over that customer's lines on the sheet 订单明细: not
 *   MAXIFS, which Excel 2016 lacks; values otherwise), Recency = as-of − last order, then the model's columns:
 *   cn8: R, F, M are 高/低 against the column averages (R high when Recency ≤ its average, F and M high
 *   when ≥ theirs) and the tier is read off them;
 *   score: R, F, M are 1–5 quintile scores (F, M: 1 + the PERCENTILE.INC cut points at 0.2/0.4/0.6/0.8
 *   strictly below the value; R: 5 − that), RFM = R·100 + F·10 + M, the segment from the R and F scores;
 *   both: the scores, RFM, the cn8 tier from the averages, and the segment;
 *   so the table equals OPS.RFMTIER on the same three columns;
 * - above the table, the thresholds it compares with, each over its own column: AVERAGE and
 *   PERCENTILE.INC of Recency, Frequency and Monetary;
 * - the sheet 客户分层 (summarySheet.ts) holds the inputs (the as-of date, RFM_AsOf), the counts
 *   (RFM_Customers), a summary per tier and per segment with editable suggested actions,
 *   and the charts.
 * Every formula's value is worked out beside it (computedCells.ts), for the CLI to cache.
 */
import {
  CN8_LABELS,
  RFM_CUT_PERCENTILES,
  SEGMENT_LABELS,
  type RfmThresholds,
} from "../../core/rfm";
import { format } from "../../i18n/locale";
import { columnLetters } from "../../plan/a1";
import type { ComputedValues } from "../../plan/computedValues";
import type { FormatRange, SheetPlan, WorkbookPlan } from "../../plan/types";
import { ComputedBlocks, computed, type GridCell } from "./computedCells";
import { customerFigures, type CustomerFigures } from "./customerFigures";
import {
  CUSTOMERS_DATA_KEY,
  CUSTOMERS_DATA_TABLE,
  CUSTOMERS_NAMES,
  CUSTOMERS_SHEET_KEY,
  CUSTOMERS_TABLE,
  CUSTOMERS_TABLE_KEY,
  SUMMARY_ROWS,
  FIRST_THRESHOLD_ROW,
  customersLayout,
  modeNote,
  type CustomersLayout,
  type CustomersOptions,
  type Field,
  type TableColumn,
} from "./layout";
import { summarySheet } from "./summarySheet";
import { CUSTOMERS_TEXTS } from "./texts";

/** The plan, and its formulas' values (for the CLI to cache without evaluating). */
export function buildCustomersPlan(options: CustomersOptions): {
  plan: WorkbookPlan;
  computed: ComputedValues;
} {
  const layout = customersLayout(options);
  const blocks = new ComputedBlocks();
  const { thresholds, figures } = customerFigures(options.orders.customers, options.asOf);
  const sheets = [
    summarySheet(options, layout, blocks, figures),
    tableSheet(options, layout, blocks, thresholds, figures),
  ];
  if (options.live) sheets.push(dataSheet(options, blocks));
  return {
    plan: {
      sheets,
      names: [
        {
          name: CUSTOMERS_NAMES.customers,
          sheet: CUSTOMERS_SHEET_KEY,
          range: `B${SUMMARY_ROWS.customers}`,
        },
        { name: CUSTOMERS_NAMES.asOf, sheet: CUSTOMERS_SHEET_KEY, range: `B${SUMMARY_ROWS.asOf}` },
      ],
    },
    computed: blocks,
  };
}

/** First and last data-sheet row of each customer's lines (the data sheet lists them in table order). */
function dataRowsByCustomer(options: CustomersOptions): { first: number; last: number }[] {
  let row = 2;
  return options.orders.customers.map((customer) => {
    const lines = customer.orders.reduce((sum, order) => sum + order.lines.length, 0);
    const span = { first: row, last: row + lines - 1 };
    row += lines;
    return span;
  });
}

function tableSheet(
  options: CustomersOptions,
  layout: CustomersLayout,
  blocks: ComputedBlocks,
  thresholds: RfmThresholds,
  figures: readonly CustomerFigures[]
): SheetPlan {
  const texts = CUSTOMERS_TEXTS[options.locale];
  const { columns, letter, average, cuts } = layout;
  const { headerRow, firstRow } = layout;
  // Each threshold above its own column: a row per threshold, labelled in the Customer column.
  const thresholdRows: GridCell[][] = layout.thresholdRows.map((threshold) => {
    const cells: GridCell[] = columns.map(() => null);
    cells[columns.indexOf("customer")] =
      threshold === "average"
        ? texts.average
        : format(texts.cut, { percent: Math.round(threshold * 100) });
    for (const field of ["recency", "frequency", "monetary"] as const) {
      const range = layout.localRange(field);
      cells[columns.indexOf(field)] =
        threshold === "average"
          ? computed(`=AVERAGE(${range})`, thresholds[field].mean)
          : computed(
              `=PERCENTILE.INC(${range},${threshold})`,
              thresholds[field].cuts[RFM_CUT_PERCENTILES.indexOf(threshold)]
            );
    }
    return cells;
  });
  const thresholdsLast = FIRST_THRESHOLD_ROW + thresholdRows.length - 1;
  const headers: Record<TableColumn, string> = {
    no: texts.columnNo,
    customer: texts.columnCustomer,
    lastOrder: texts.columnLastOrder,
    recency: texts.columnRecency,
    frequency: texts.columnFrequency,
    monetary: texts.columnMonetaryRow,
    r: texts.columnR,
    f: texts.columnF,
    m: texts.columnM,
    rfm: texts.columnRfm,
    tier: texts.columnTierCn8,
    segment: texts.columnSegment,
    channel: texts.columnChannel,
  };
  const summary = (cell: string) => `{sheet:${CUSTOMERS_SHEET_KEY}}!${cell}`;
  const asOf = summary(`$B$${SUMMARY_ROWS.asOf}`);
  const tierLabels = layout.tierRows
    ? summary(`$A$${layout.tierRows.first}:$A$${layout.tierRows.total - 1}`)
    : "";
  const grid =
    layout.gridRow === undefined
      ? ""
      : summary(`$B$${layout.gridRow + 2}:$F$${layout.gridRow + 6}`);
  const spans = options.live ? dataRowsByCustomer(options) : [];
  const high = `"${texts.high}"`;
  const low = `"${texts.low}"`;
  const word = (isHigh: boolean) => (isHigh ? texts.high : texts.low);
  const cn8 = options.model === "cn8";

  const rows: GridCell[][] = options.orders.customers.map((customer, i) => {
    const r = firstRow + i;
    const at = (column: TableColumn) => `${letter(column)}${r}`;
    const figure = figures[i];
    // Over this customer's own lines only (the order lines sheet lists them together), so the work
    // grows with the lines, not with lines × customers.
    const lines = (column: string) => {
      const { first, last } = spans[i];
      return `{sheet:${CUSTOMERS_DATA_KEY}}!$${column}$${first}:$${column}$${last}`;
    };
    const sumOfLines = (column: string, value: number) =>
      computed(`=SUMIFS(${lines(column)},${lines("A")},$A${r})`, value);
    const above = (cell: string, field: Field) => cuts[field].map((cut) => `(${cell}>${cut})`);
    const { scores } = figure;
    const cells: Record<TableColumn, GridCell> = {
      no: i + 1,
      customer: customer.id,
      lastOrder: options.live
        ? computed(`=MAX(${lines("E")})`, customer.lastOrder)
        : customer.lastOrder,
      recency: computed(`=${asOf}-${at("lastOrder")}`, figure.recency),
      frequency: options.live ? sumOfLines("G", customer.frequency) : customer.frequency,
      monetary: options.live ? sumOfLines("F", customer.monetary) : customer.monetary,
      r: cn8
        ? computed(`=IF(${at("recency")}<=${average.recency},${high},${low})`, word(figure.high.r))
        : computed(`=5-${above(at("recency"), "recency").join("-")}`, scores.r),
      f: cn8
        ? computed(
            `=IF(${at("frequency")}>=${average.frequency},${high},${low})`,
            word(figure.high.f)
          )
        : computed(`=1+${above(at("frequency"), "frequency").join("+")}`, scores.f),
      m: cn8
        ? computed(
            `=IF(${at("monetary")}>=${average.monetary},${high},${low})`,
            word(figure.high.m)
          )
        : computed(`=1+${above(at("monetary"), "monetary").join("+")}`, scores.m),
      rfm: computed(
        `=${at("r")}*100+${at("f")}*10+${at("m")}`,
        scores.r * 100 + scores.f * 10 + scores.m
      ),
      tier: computed(
        cn8
          ? `=INDEX(${tierLabels},1+IF(${at("m")}=${high},0,4)+IF(${at("r")}=${high},0,2)+IF(${at("f")}=${high},0,1))`
          : `=INDEX(${tierLabels},1+IF(${at("monetary")}>=${average.monetary},0,4)+IF(${at("recency")}<=${average.recency},0,2)+IF(${at("frequency")}>=${average.frequency},0,1))`,
        CN8_LABELS[options.labels][figure.tier]
      ),
      segment: computed(
        `=INDEX(${grid},${at("r")},${at("f")})`,
        SEGMENT_LABELS[options.labels][figure.segment]
      ),
      channel: customer.channel || null,
    };
    return columns.map((column) => cells[column]);
  });
  const last = layout.lastRow;
  const lastLetter = columnLetters(columns.length - 1);
  const body = (column: TableColumn) => `${letter(column)}${firstRow}:${letter(column)}${last}`;
  const formats: FormatRange[] = [
    { range: "A1", style: "title" },
    { range: "A2", style: "note" },
    {
      range: `${letter("customer")}${FIRST_THRESHOLD_ROW}:${letter("customer")}${thresholdsLast}`,
      style: "label",
      align: "right",
    },
    {
      range: `${letter("recency")}${FIRST_THRESHOLD_ROW}:${letter("frequency")}${thresholdsLast}`,
      style: "note",
      numberFormat: "decimal2",
    },
    {
      range: `${letter("monetary")}${FIRST_THRESHOLD_ROW}:${letter("monetary")}${thresholdsLast}`,
      style: "note",
      numberFormat: "yuan",
    },
    { range: `A${headerRow}:${lastLetter}${headerRow}`, style: "header" },
    { range: body("lastOrder"), numberFormat: "date" },
    { range: body("recency"), numberFormat: "thousands" },
    { range: body("frequency"), numberFormat: "thousands" },
    { range: body("monetary"), numberFormat: "yuan" },
    { range: `${letter("r")}${firstRow}:${letter("m")}${last}`, align: "center" },
  ];
  return {
    key: CUSTOMERS_TABLE_KEY,
    name: texts.tableSheetName,
    freeze: { rows: headerRow, columns: 2 },
    columnWidths: columns.map((column, i) => ({
      column: columnLetters(i),
      width: COLUMN_WIDTHS[column],
    })),
    blocks: [
      { anchor: "A1", rows: [[texts.tableTitle], [modeNote(options)]] },
      blocks.block(CUSTOMERS_TABLE_KEY, `A${FIRST_THRESHOLD_ROW}`, thresholdRows),
      blocks.block(CUSTOMERS_TABLE_KEY, `A${headerRow}`, [
        columns.map((column) => headers[column]),
        ...rows,
      ]),
    ],
    formats,
    tables: [{ name: CUSTOMERS_TABLE, range: `A${headerRow}:${lastLetter}${last}` }],
  };
}

const COLUMN_WIDTHS: Record<TableColumn, number> = {
  no: 8,
  customer: 20,
  lastOrder: 12,
  recency: 15,
  frequency: 11,
  monetary: 14,
  r: 6,
  f: 6,
  m: 6,
  rfm: 7,
  tier: 18,
  segment: 18,
  channel: 16,
};

/**
 * The order lines the live formulas read: customer No. (the table's No.), order No., customer, order
 * id, the order's date, the line's amount, and 1 on an order's first line. Sorted by customer, then
 * order, so "first line" compares a line's order No. with the line above.
 */
function dataSheet(options: CustomersOptions, blocks: ComputedBlocks): SheetPlan {
  const texts = CUSTOMERS_TEXTS[options.locale];
  const rows: GridCell[][] = [];
  let orderNo = 0;
  options.orders.customers.forEach((customer, i) => {
    for (const order of customer.orders) {
      orderNo += 1;
      order.lines.forEach((line, l) => {
        const r = rows.length + 2;
        rows.push([
          i + 1,
          orderNo,
          customer.id,
          order.id,
          order.date,
          line.amount,
          computed(`=IF(B${r}<>B${r - 1},1,0)`, l === 0 ? 1 : 0),
        ]);
      });
    }
  });
  const last = rows.length + 1;
  return {
    key: CUSTOMERS_DATA_KEY,
    name: texts.dataSheetName,
    freeze: { rows: 1, columns: 0 },
    columnWidths: [10, 10, 20, 22, 12, 12, 12].map((width, i) => ({
      column: columnLetters(i),
      width,
    })),
    blocks: [
      blocks.block(CUSTOMERS_DATA_KEY, "A1", [
        [
          texts.dataCustomerNo,
          texts.dataOrderNo,
          texts.dataCustomer,
          texts.dataOrderId,
          texts.dataDate,
          texts.dataAmount,
          texts.dataNewOrder,
        ],
        ...rows,
      ]),
    ],
    formats: [
      { range: "A1:G1", style: "header" },
      { range: `E2:E${last}`, numberFormat: "date" },
      { range: `F2:F${last}`, numberFormat: "yuan" },
    ],
    tables: [{ name: CUSTOMERS_DATA_TABLE, range: `A1:G${last}` }],
  };
}
