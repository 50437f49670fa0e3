/**
 * The ABC Pareto chart of the replenishment sheet: sales by SKU in descending order as columns, and the
 * cumulative share of sales as a line on a secondary axis.
 *
 * The table's rows stay in the stock list's order (the user's order, and the No. the data sheet keys on),
 * and its sales are formulas of the window input, so an order taken when the plan is built would go stale
 * when the window changes. The sorted order is therefore made by formulas that Excel 2016 and LibreOffice
 * both compute (no SORTBY, no dynamic arrays): the table's `Sales rank` column gives each row a rank
 * 1…n, ties broken by table order as the ABC column does (COUNTIF of larger sales + COUNTIF of equal
 * sales up to the row), and a block beside the table holds rank k, the SKU and sales of the row ranked
 * k (INDEX/MATCH on the rank) and the cumulative share. The chart reads the block.
 */
import type { ChartPlan, FormatRange, PlanCell } from "../../plan/types";
import type { Locale } from "../../i18n/locale";
import { REPLENISHMENT_TEXTS } from "./texts";

type ReplenishmentTexts = (typeof REPLENISHMENT_TEXTS)[Locale];

export interface ParetoLayout {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Columns of the table: SKU, sales, and the rank column this module fills in. */
  skuColumn: string;
  salesColumn: string;
  rankColumn: string;
  /** The block's first column (four columns: rank, SKU, sales, cumulative share). */
  blockColumns: [string, string, string, string];
  salesFormat: "yuan" | "thousands";
  /** Where the chart stands. */
  chartPosition: string;
}

/** The rank cell of table row r (1-based sheet row). */
export function rankCell(layout: ParetoLayout, r: number): PlanCell {
  const { salesColumn: e, firstRow, lastRow } = layout;
  const all = `$${e}$${firstRow}:$${e}$${lastRow}`;
  return {
    formula: `=COUNTIF(${all},">"&${e}${r})+COUNTIF($${e}$${firstRow}:${e}${r},${e}${r})`,
  };
}

export interface ParetoBlock {
  /** Anchor (A1 of the heading, the row above the table's header) and rows: heading, header, ranks. */
  anchor: string;
  rows: PlanCell[][];
  formats: FormatRange[];
  chart: ChartPlan;
}

export function paretoBlock(layout: ParetoLayout, texts: ReplenishmentTexts): ParetoBlock {
  const { headerRow, firstRow, lastRow } = layout;
  const [k, sku, sales, cumulative] = layout.blockColumns;
  const column = (letter: string) => `$${letter}$${firstRow}:$${letter}$${lastRow}`;
  const ranks = column(layout.rankColumn);
  const total = `SUM(${column(layout.salesColumn)})`;
  const rows: PlanCell[][] = [
    [texts.paretoHeading, null, null, null],
    [texts.paretoRank, texts.columnSku, texts.columnSales, texts.paretoCumulative],
  ];
  for (let r = firstRow; r <= lastRow; r++) {
    const at = `MATCH(${k}${r},${ranks},0)`;
    rows.push([
      r - firstRow + 1,
      { formula: `=INDEX(${column(layout.skuColumn)},${at})` },
      { formula: `=INDEX(${column(layout.salesColumn)},${at})` },
      { formula: `=IF(${total}=0,"",SUM($${sales}$${firstRow}:${sales}${r})/${total})` },
    ]);
  }
  const blockRange = (letter: string) => `${letter}${firstRow}:${letter}${lastRow}`;
  return {
    anchor: `${k}${headerRow - 1}`,
    rows,
    formats: [
      { range: `${k}${headerRow - 1}`, style: "label" },
      { range: `${k}${headerRow}:${cumulative}${headerRow}`, style: "header" },
      { range: blockRange(sales), numberFormat: layout.salesFormat },
      { range: blockRange(cumulative), numberFormat: "percent1" },
    ],
    chart: {
      type: "combo",
      title: texts.paretoChartTitle,
      categories: blockRange(sku),
      series: [
        { name: texts.columnSales, values: blockRange(sales) },
        { name: texts.paretoCumulative, values: blockRange(cumulative), axis: "secondary" },
      ],
      position: layout.chartPosition,
      valueAxisTitle: texts.columnSales,
      secondaryAxisTitle: texts.paretoCumulative,
    },
  };
}
