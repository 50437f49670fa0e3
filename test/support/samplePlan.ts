/**
 * One plan that uses every SheetPlan feature, shared by the tests of all three adapters so they apply the
 * same plan and can be checked for the same numbers. Expected values are plain arithmetic on
 * SAMPLE_MONTHLY_SALES in the tests, never read back from an adapter.
 */
import type { PlanCell, WorkbookPlan } from "../../src/plan/types";

export const SAMPLE_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
/** A shop's monthly GMV in yuan: 618 lifts June, Double 11 lifts November. */
export const SAMPLE_MONTHLY_SALES = [
  82_000, 64_500, 91_250, 88_000, 97_300, 168_400, 90_100, 86_700, 93_800, 104_900, 231_600,
  118_450,
];
export const SAMPLE_TARGET = 1_500_000;

/** Strings that must land as text, never as formulas or numbers (formula injection, DDE, sign-led text). */
export const HOSTILE_TEXTS = [
  "=1+1",
  "+SUM(A1:A2)",
  "-12",
  "@SUM(1,2)",
  "=cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];

const row = (...cells: PlanCell[]) => cells;

export function samplePlan(): WorkbookPlan {
  const monthRows = SAMPLE_MONTHS.map((month, i) =>
    row(month, SAMPLE_MONTHLY_SALES[i], { formula: `=B${i + 4}/$B$16` })
  );
  return {
    sheets: [
      {
        key: "sales",
        name: "Sales 销售",
        tabColor: "#0F6CBD",
        freeze: { rows: 3, columns: 1 },
        columnWidths: [
          { column: "A", width: 12 },
          { column: "E", width: 18 },
          { column: "F", width: 16 },
        ],
        print: {
          orientation: "landscape",
          paper: "A4",
          fitToPagesWide: 1,
          fitToPagesTall: 0,
          repeatRows: "3:3",
        },
        blocks: [
          { anchor: "A1", rows: [row("Monthly sales 月度销售")] },
          { anchor: "A3", rows: [row("Month", "Sales", "Share"), ...monthRows] },
          {
            anchor: "A16",
            rows: [row("Total 合计", { formula: "=SUM(B4:B15)" }, { formula: "=SUM(C4:C15)" })],
          },
          {
            anchor: "E3",
            rows: [
              row("Target 目标", SAMPLE_TARGET),
              row("Achievement 完成率", { formula: "=B16/F3" }),
              row("Check 校验", { formula: "=ROUND(C16-1,9)" }),
              row("No sales", { formula: '=IFERROR(B16/0,"—")' }),
              row("Spread", { formula: "=STDEV.S(B4:B15)" }),
              row("z(95%)", { formula: "=NORM.S.INV(0.95)" }),
              row("June", { formula: '=SUMIFS(B4:B15,A4:A15,"Jun")' }),
              row("Grade", { formula: '=IFS(B16>=F3,"A",B16>=F3*0.8,"B",TRUE,"C")' }),
              row("Best month", { formula: "=INDEX(A4:A15,MATCH(MAX(B4:B15),B4:B15,0))" }),
            ],
          },
          { anchor: "H2", rows: [row("Channel"), row("Tmall")] },
          { anchor: "E14", rows: HOSTILE_TEXTS.map((text) => row("User text", text)) },
        ],
        formats: [
          { range: "A1", style: "title" },
          { range: "A3:C3", style: "header" },
          { range: "B4:B16", numberFormat: "yuanWhole" },
          { range: "C4:C16", numberFormat: "percent1" },
          { range: "A16:C16", style: "total" },
          { range: "F3", style: "input", numberFormat: "yuanWhole" },
          { range: "F4", numberFormat: "percent1" },
          { range: "F5", style: "check" },
          { range: "H3", style: "input" },
        ],
        validations: [
          {
            range: "F3",
            rule: { type: "decimal", min: 0 },
            prompt: "Annual target in yuan",
            error: "Enter an amount of 0 or more.",
          },
          { range: "H3", rule: { type: "list", values: ["Tmall", "JD", "Douyin"] } },
        ],
        conditionalFormats: [
          { range: "C4:C15", rule: { type: "dataBar", color: "#5B9BD5" } },
          {
            range: "B4:B15",
            rule: {
              type: "colorScale",
              minColor: "#F8696B",
              midColor: "#FFEB84",
              maxColor: "#63BE7B",
            },
          },
          {
            range: "F5",
            rule: {
              type: "cellValue",
              operator: "notEqual",
              formula1: "0",
              fill: "#FFC7CE",
              fontColor: "#9C0006",
            },
          },
        ],
        protection: { editableRanges: ["F3", "H3"] },
        charts: [
          {
            type: "column",
            title: "Monthly sales",
            categories: "A4:A15",
            series: [{ name: "Sales", values: "B4:B15" }],
            position: "J2:Q18",
          },
        ],
      },
      {
        key: "summary",
        name: "Summary",
        blocks: [
          {
            anchor: "A1",
            rows: [
              row("Total from sales", { formula: "={sheet:sales}!B16" }),
              row("Twice the total", { formula: "=Sales_Total*2" }),
              row("Monthly average", { formula: "=SUM(Sales_Months)/12" }),
              row("Channel GMV", { formula: "=SUM(ChannelData[GMV])" }),
            ],
          },
        ],
        formats: [{ range: "B1:B4", numberFormat: "yuan" }],
      },
      {
        key: "channels",
        name: "Channels",
        blocks: [
          {
            anchor: "A1",
            rows: [
              row("Channel", "GMV", "Orders"),
              row("Tmall", 600_000, 4_000),
              row("JD", 450_000, 3_000),
              row("Douyin", 250_000, 2_500),
            ],
          },
        ],
        tables: [{ name: "ChannelData", range: "A1:C4", style: "TableStyleMedium2" }],
      },
    ],
    names: [
      {
        name: "Sales_Total",
        sheet: "sales",
        range: "B16",
        comment: "Grand total of monthly sales",
      },
      { name: "Sales_Months", sheet: "sales", range: "B4:B15" },
      { name: "Local_Target", sheet: "sales", range: "F3", scope: "sheet" },
    ],
  };
}
