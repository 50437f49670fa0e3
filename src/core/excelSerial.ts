/** Excel serial dates in the 1900 date system, the one TableData speaks. */

const MS_PER_DAY = 86_400_000;
/** Serial 0: Excel's 1900 system counts from 1899-12-30 so that serial 60 is its fictitious 1900-02-29. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * A date read from a workbook → its serial number (2025-01-03 → 45660, noon → .5). ExcelJS gives dates
 * as UTC instants of the cell's wall-clock value (1904-system workbooks already converted), so the
 * difference is taken in UTC and no time zone moves a day.
 */
export function dateToExcelSerial(date: Date): number {
  return (date.getTime() - EPOCH_1900) / MS_PER_DAY;
}

/** "2025-01-03", or "2025-01-03 12:30" when the value has a time: dates shown as text (headers). */
export function excelDateText(date: Date): string {
  const iso = date.toISOString();
  const time = iso.slice(11, 16);
  return time === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
