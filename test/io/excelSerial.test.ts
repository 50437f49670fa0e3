import { dateToExcelSerial, excelDateText } from "../../src/core/excelSerial";

describe("dateToExcelSerial (1900 date system)", () => {
  it.each([
    [Date.UTC(2025, 0, 3), 45660],
    [Date.UTC(1900, 2, 1), 61],
    // Before March 1900 Excel labels each serial a day later (its fictitious 1900-02-29); ExcelJS reads
    // serial 1 as 1899-12-31, so this inverse still gives back the serial stored in the file.
    [Date.UTC(1899, 11, 31), 1],
    [Date.UTC(2025, 0, 3, 12), 45660.5],
    [Date.UTC(2025, 0, 3, 6), 45660.25],
  ])("%d → %d", (time, serial) => {
    expect(dateToExcelSerial(new Date(time))).toBe(serial);
  });
});

describe("excelDateText", () => {
  it("writes a date as ISO, with the time only when there is one", () => {
    expect(excelDateText(new Date(Date.UTC(2025, 0, 3)))).toBe("2025-01-03");
    expect(excelDateText(new Date(Date.UTC(2025, 0, 3, 12, 30)))).toBe("2025-01-03 12:30");
  });
});
