/** Range ends typed by a person. Serials: 2025-01-03 = 45660, 2025-02-01 = 45689, 2024-02-01 = 45323. */
import { parseRangeDate } from "../../../src/builders/report";

test.each([
  ["2025-01-03", "start", 45660],
  ["2025/1/3", "end", 45660],
  ["20250103", "start", 45660],
  ["2025年1月3日", "end", 45660],
  // A month: its first day as a start, its last as an end (February 2025 has 28 days, 2024 has 29).
  ["2025-02", "start", 45689],
  ["2025-02", "end", 45689 + 27],
  ["2024年2月", "end", 45323 + 28],
] as const)("%s as the %s is serial %d", (text, edge, serial) => {
  expect(parseRangeDate(text, edge)).toBe(serial);
});

test.each(["45", "2025.1", "31/01/2025", "2025-02-30", "", "next week"])(
  "%j is not read as a date",
  (text) => {
    expect(parseRangeDate(text, "start")).toBeUndefined();
  }
);
