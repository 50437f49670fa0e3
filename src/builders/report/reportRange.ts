/**
 * A report range's end typed by a person (CLI --from/--to, the panel's From/To): year-first dates as
 * parseDateCell reads them, or a month, which means its first day as a start and its last as an end.
 */
import { daysInMonth, ymdFromSerial } from "../../core/calendar";
import { parseDateCell } from "../../core/parseDateCell";

/** The Excel serial of the day, or undefined when the text is not a year-first date or month. */
export function parseRangeDate(text: string, edge: "start" | "end"): number | undefined {
  // A short bare number would read as a serial ("45" is 1900-02-14): nobody types a range like that.
  const parsed =
    /^\d+(\.\d+)?$/.test(text.trim()) && text.trim().length < 8 ? undefined : parseDateCell(text);
  if (!parsed) return undefined;
  if (parsed.precision === "month" && edge === "end") {
    const { year, month } = ymdFromSerial(parsed.serial);
    return parsed.serial + daysInMonth(year, month) - 1;
  }
  return parsed.serial;
}
