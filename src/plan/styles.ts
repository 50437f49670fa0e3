/**
 * What the style and number-format presets look like. Every adapter renders a plan from these tables,
 * so a sheet looks the same in Excel, the playground and an .xlsx file.
 */
import type { NumberFormatName, StyleName } from "./types";

export interface StyleDefinition {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  /** Thin border on these edges. */
  borders?: ("top" | "bottom")[];
  /** Double top border (totals, as accountants draw them). */
  doubleTop?: boolean;
  align?: "left" | "center" | "right";
}

export const STYLES: Record<StyleName, StyleDefinition> = {
  title: { bold: true, fontSize: 14, fontColor: "#0F6CBD" },
  header: { bold: true, fill: "#DDEBF7", borders: ["bottom"], align: "center" },
  // Inputs: the light-yellow fill and blue text that financial models use for "type here".
  input: { fill: "#FFF2CC", fontColor: "#1F4E99" },
  total: { bold: true, doubleTop: true, fill: "#F2F2F2" },
  subtotal: { bold: true, borders: ["top"] },
  note: { italic: true, fontColor: "#595959" },
  check: { bold: true, fill: "#E2EFDA" },
  label: { bold: true },
};

/** Excel format codes; "¥" is what zh-CN Excel shows for yuan. */
export const NUMBER_FORMATS: Record<NumberFormatName, string> = {
  yuan: "¥#,##0.00;-¥#,##0.00",
  yuanWhole: "¥#,##0;-¥#,##0",
  thousands: "#,##0",
  integer: "0",
  decimal2: "#,##0.00",
  percent: "0%",
  percent1: "0.0%",
  date: "yyyy-mm-dd",
  month: "yyyy-mm",
};

export function numberFormatCode(format: NumberFormatName | { code: string }): string {
  return typeof format === "string" ? NUMBER_FORMATS[format] : format.code;
}
