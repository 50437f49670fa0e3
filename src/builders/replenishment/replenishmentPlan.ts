/**
 * The replenishment sheet (补货计划): visible inputs, an Excel table `Replenishment` with one row per SKU
 * of the stock list, a stock-health summary with defined names, and a data sheet of daily sales per SKU.
 * Every figure is a native formula (README "Replenishment"):
 * - d = window sales ÷ window days × uplift; σd = STDEV.S of the window's daily quantities, days without
 *   a sale counting as 0: √((Σq² − (Σq)²/n) ÷ (n − 1)) × uplift, summed by SUMIFS over the data sheet;
 * - safety stock = NORM.S.INV(service level) × √(L·σd² + d²·σL²) (OPS.SAFETYSTOCK's combined method), or
 *   with the cover method d × cover days + buffer; reorder point = d × L + safety stock;
 * - suggested order = max(0, reorder point + d × review − on hand − on order), up to the case pack;
 * - ABC by window sales, descending: A while the share of the SKUs before it is below the first cut.
 */
import { serialToIsoDate } from "../../core/calendar";
import { format, type Locale } from "../../i18n/locale";
import type {
  CellValue,
  ConditionalFormat,
  FormatRange,
  PlanCell,
  WorkbookPlan,
} from "../../plan/types";
import { CellGrid } from "../../plan/cellGrid";
import type { SalesHistory, StockItem } from "./readInputs";
import { skuKey } from "./readInputs";
import { paretoBlock, rankCell, type ParetoLayout } from "./pareto";
import { REPLENISHMENT_TEXTS } from "./texts";

export interface ReplenishmentOptions {
  locale: Locale;
  stock: StockItem[];
  sales: SalesHistory;
  sources: { sales: string; stock: string };
  window: number;
  serviceLevel: number;
  review: number;
  leadTime: number;
  method: "statistical" | "cover";
  coverDays: number;
  buffer: number;
  abcA: number;
  abcB: number;
  slowAge: number;
  uplift: number;
  /** Notes about the inputs, in the options' language. */
  notes: string[];
}

export const REPLENISHMENT_SHEET_KEY = "replenishment";
export const REPLENISHMENT_DATA_KEY = "replenishmentData";
export const REPLENISHMENT_NAMES = {
  orderCount: "Replenish_OrderCount",
  stockValue: "Replenish_StockValue",
  slowShare: "Replenish_SlowShare",
} as const;

/** Where the inputs sit: column B of these rows. */
const INPUT_ROWS = {
  serviceLevel: 5,
  review: 6,
  window: 7,
  method: 8,
  coverDays: 9,
  buffer: 10,
  abcA: 11,
  abcB: 12,
  slowAge: 13,
  uplift: 14,
  lastDate: 15,
  windowStart: 16,
  z: 17,
} as const;
const HEADER_ROW = 19;
const FIRST_ROW = HEADER_ROW + 1;
const COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVW".split("");
const SLOW_SHARE_GOAL = 0.1;
const RED = "#F8CBAD";

export function buildReplenishmentPlan(options: ReplenishmentOptions): WorkbookPlan {
  const texts = REPLENISHMENT_TEXTS[options.locale];
  const data = dataRows(options);
  // One row at least, so the ranges stay valid when no SKU of the stock list sold anything.
  const lastData = Math.max(2, data.length + 1);
  const dataRange = (column: string) =>
    `{sheet:${REPLENISHMENT_DATA_KEY}}!$${column}$2:$${column}$${lastData}`;
  const input = (name: keyof typeof INPUT_ROWS) => `$B$${INPUT_ROWS[name]}`;
  const last = FIRST_ROW + options.stock.length - 1;
  const col = (letter: string) => `$${letter}$${FIRST_ROW}:$${letter}$${last}`;
  const inWindow = (valueColumn: string, r: number) =>
    `SUMIFS(${dataRange(valueColumn)},${dataRange("A")},$A${r},${dataRange("B")},">="&${input("windowStart")},${dataRange("B")},"<="&${input("lastDate")})`;

  const inputValues: [keyof typeof INPUT_ROWS, string, PlanCell][] = [
    ["serviceLevel", texts.serviceLevel, options.serviceLevel],
    ["review", texts.reviewPeriod, options.review],
    ["window", texts.window, options.window],
    ["method", texts.method, options.method],
    ["coverDays", texts.coverDays, options.coverDays],
    ["buffer", texts.buffer, options.buffer],
    ["abcA", texts.abcA, options.abcA],
    ["abcB", texts.abcB, options.abcB],
    ["slowAge", texts.slowAge, options.slowAge],
    ["uplift", texts.uplift, options.uplift],
    // The history's last date (SKUs not in the stock list count): a fact of the file, not an input.
    ["lastDate", texts.lastDate, options.sales.lastDate],
    ["windowStart", texts.windowStart, { formula: `=${input("lastDate")}-${input("window")}+1` }],
    ["z", texts.z, { formula: `=NORM.S.INV(${input("serviceLevel")})` }],
  ];
  const top: PlanCell[][] = [
    [texts.title],
    [
      format(texts.sourceNote, {
        sales: options.sources.sales,
        stock: options.sources.stock,
        skus: options.stock.length,
        first: serialToIsoDate(options.sales.firstDate),
        last: serialToIsoDate(options.sales.lastDate),
      }),
    ],
    [],
    [texts.inputsHeading, null, null, null, texts.summaryHeading],
  ];
  const summary: [string, string][] = [
    [texts.orderCount, `=COUNTIF(${col("V")},"${texts.yes}")`],
    [texts.stockValue, `=SUM(${col("R")})`],
    [texts.slowShare, `=IF(F6=0,0,SUMIF(${col("U")},"${texts.yes}",${col("R")})/F6)`],
    [texts.turnover, `=IF(F6=0,"",SUMPRODUCT(${col("D")},${col("Q")})*365/${input("window")}/F6)`],
  ];
  inputValues.forEach(([, label, value], i) => {
    const summaryCells = summary[i] ? [null, null, summary[i][0], { formula: summary[i][1] }] : [];
    top.push([label, value, ...summaryCells]);
  });
  top.push([]);

  const header = [
    texts.columnNo,
    texts.columnSku,
    texts.columnName,
    texts.columnQty,
    texts.columnSales,
    texts.columnAvg,
    texts.columnSd,
    texts.columnLead,
    texts.columnLeadSd,
    texts.columnSafety,
    texts.columnReorder,
    texts.columnOnHand,
    texts.columnOnOrder,
    texts.columnCover,
    texts.columnPack,
    texts.columnOrder,
    texts.columnCost,
    texts.columnValue,
    texts.columnAbc,
    texts.columnAge,
    texts.columnSlow,
    texts.columnReorderNow,
    texts.columnRank,
  ];
  const pareto: ParetoLayout = {
    headerRow: HEADER_ROW,
    firstRow: FIRST_ROW,
    lastRow: last,
    skuColumn: "B",
    salesColumn: "E",
    rankColumn: "W",
    blockColumns: ["Y", "Z", "AA", "AB"],
    salesFormat: options.sales.hasAmount ? "yuan" : "thousands",
    // Beside the stock-health summary, seen on opening the sheet.
    chartPosition: `H${INPUT_ROWS.serviceLevel - 1}:P${INPUT_ROWS.z + 1}`,
  };
  const total = `SUM(${col("E")})`;
  const shareBefore = (r: number) =>
    `(SUMIF(${col("E")},">"&E${r})+E${r}*(COUNTIF($E$${FIRST_ROW}:E${r},E${r})-1))/${total}`;
  const rows: PlanCell[][] = options.stock.map((item, i) => {
    const r = FIRST_ROW + i;
    const n = input("window");
    const raw = `MAX(0,K${r}+F${r}*${input("review")}-L${r}-M${r})`;
    return [
      i + 1,
      item.sku,
      item.name || null,
      { formula: `=${inWindow("C", r)}` },
      { formula: options.sales.hasAmount ? `=${inWindow("E", r)}` : `=D${r}` },
      { formula: `=D${r}/${n}*${input("uplift")}` },
      {
        formula: `=IF(${n}>1,SQRT(MAX(0,(${inWindow("D", r)}-D${r}^2/${n})/(${n}-1)))*${input("uplift")},0)`,
      },
      item.leadTime ?? options.leadTime,
      item.leadTimeSd ?? 0,
      {
        formula: `=IF(${input("method")}="cover",F${r}*${input("coverDays")}+${input("buffer")},${input("z")}*SQRT(H${r}*G${r}^2+F${r}^2*I${r}^2))`,
      },
      { formula: `=F${r}*H${r}+J${r}` },
      item.onHand,
      item.onOrder,
      { formula: `=IF(F${r}=0,"",L${r}/F${r})` },
      item.casePack ?? null,
      { formula: `=IF(O${r}>0,ROUNDUP(${raw}/O${r},0)*O${r},${raw})` },
      item.unitCost ?? null,
      { formula: `=L${r}*Q${r}` },
      {
        formula: `=IF(${total}=0,"C",IF(${shareBefore(r)}<${input("abcA")},"A",IF(${shareBefore(r)}<${input("abcB")},"B","C")))`,
      },
      item.stockAge ?? null,
      {
        formula: `=IF(AND(L${r}>0,OR(D${r}=0,AND(T${r}<>"",T${r}>${input("slowAge")}))),"${texts.yes}","")`,
      },
      { formula: `=IF(L${r}+M${r}<=K${r},"${texts.yes}","")` },
      rankCell(pareto, r),
    ];
  });
  const notesRow = last + 2;
  const notes = [
    format(texts.noteFormulas, { data: texts.dataSheetName }),
    texts.noteCover,
    ...options.notes,
  ];

  const sorted = paretoBlock(pareto, texts);
  const formats: FormatRange[] = [
    ...sorted.formats,
    { range: "A1", style: "title" },
    { range: "A2", style: "note" },
    { range: "A4", style: "label" },
    { range: "E4", style: "label" },
    { range: `B${INPUT_ROWS.serviceLevel}:B${INPUT_ROWS.uplift}`, style: "input" },
    { range: `B${INPUT_ROWS.serviceLevel}`, numberFormat: "percent1" },
    { range: `B${INPUT_ROWS.abcA}:B${INPUT_ROWS.abcB}`, numberFormat: "percent" },
    { range: `B${INPUT_ROWS.lastDate}:B${INPUT_ROWS.windowStart}`, numberFormat: "date" },
    { range: `B${INPUT_ROWS.z}`, numberFormat: { code: "0.000000" } },
    { range: "F6", numberFormat: "yuan" },
    { range: "F7", numberFormat: "percent1" },
    { range: "F8", numberFormat: "decimal2" },
    { range: `A${HEADER_ROW}:W${HEADER_ROW}`, style: "header" },
    { range: `H${FIRST_ROW}:I${last}`, style: "input" },
    { range: `D${FIRST_ROW}:D${last}`, numberFormat: "thousands" },
    {
      range: `E${FIRST_ROW}:E${last}`,
      numberFormat: options.sales.hasAmount ? "yuan" : "thousands",
    },
    { range: `F${FIRST_ROW}:K${last}`, numberFormat: "decimal2" },
    { range: `L${FIRST_ROW}:M${last}`, numberFormat: "thousands" },
    { range: `N${FIRST_ROW}:N${last}`, numberFormat: "decimal2" },
    { range: `O${FIRST_ROW}:O${last}`, numberFormat: "thousands" },
    { range: `P${FIRST_ROW}:P${last}`, numberFormat: "decimal2" },
    { range: `Q${FIRST_ROW}:R${last}`, numberFormat: "yuan" },
    { range: `A${notesRow}`, style: "label" },
    { range: `A${notesRow + 1}:A${notesRow + notes.length}`, style: "note" },
  ];
  const conditionalFormats: ConditionalFormat[] = [
    {
      range: `V${FIRST_ROW}:V${last}`,
      rule: { type: "cellValue", operator: "equal", formula1: `"${texts.yes}"`, fill: RED },
    },
    {
      range: "F7",
      rule: {
        type: "cellValue",
        operator: "greaterThan",
        formula1: String(SLOW_SHARE_GOAL),
        fill: RED,
      },
    },
  ];
  return {
    sheets: [
      {
        key: REPLENISHMENT_SHEET_KEY,
        name: texts.sheetName,
        freeze: { rows: HEADER_ROW, columns: 2 },
        columnWidths: [
          { column: "A", width: 30 },
          { column: "B", width: 14 },
          { column: "E", width: 34 },
        ],
        blocks: [
          { anchor: "A1", rows: CellGrid.fromRows(top).rectangle(undefined, top.length) },
          { anchor: `A${HEADER_ROW}`, rows: [header, ...rows] },
          { anchor: `A${notesRow}`, rows: [[texts.notesHeading], ...notes.map((note) => [note])] },
          { anchor: sorted.anchor, rows: sorted.rows },
        ],
        charts: [sorted.chart],
        formats,
        conditionalFormats,
        validations: [
          {
            range: `B${INPUT_ROWS.method}`,
            rule: { type: "list", values: ["statistical", "cover"] },
          },
          {
            range: `B${INPUT_ROWS.window}`,
            rule: {
              type: "whole",
              min: 1,
              max: options.sales.lastDate - options.sales.firstDate + 1,
            },
          },
        ],
        tables: [
          { name: "Replenishment", range: `A${HEADER_ROW}:${COLUMNS[COLUMNS.length - 1]}${last}` },
        ],
      },
      {
        key: REPLENISHMENT_DATA_KEY,
        name: texts.dataSheetName,
        blocks: [
          {
            anchor: "A1",
            rows: [
              [
                texts.dataKey,
                texts.dataDate,
                texts.dataQty,
                texts.dataQtySquared,
                texts.dataAmount,
              ],
              ...data,
            ],
          },
        ],
        formats: [
          { range: "A1:E1", style: "header" },
          { range: `B2:B${lastData}`, numberFormat: "date" },
        ],
        tables: [{ name: "ReplenishData", range: `A1:E${lastData}` }],
      },
    ],
    names: [
      { name: REPLENISHMENT_NAMES.orderCount, sheet: REPLENISHMENT_SHEET_KEY, range: "F5" },
      { name: REPLENISHMENT_NAMES.stockValue, sheet: REPLENISHMENT_SHEET_KEY, range: "F6" },
      { name: REPLENISHMENT_NAMES.slowShare, sheet: REPLENISHMENT_SHEET_KEY, range: "F7" },
    ],
  };
}

/** Daily sales of the stock list's SKUs: key (the table's No.), date, qty, qty², amount. */
function dataRows(options: ReplenishmentOptions): CellValue[][] {
  const rows: CellValue[][] = [];
  options.stock.forEach((item, i) => {
    for (const day of options.sales.bySku.get(skuKey(item.sku)) ?? [])
      rows.push([i + 1, day.serial, day.qty, day.qty * day.qty, day.amount]);
  });
  return rows;
}
