/**
 * Breakdown members a SUMIFS criterion cannot name exactly, beside ones it can, for the report tests
 * (test/builders/report/memberMatching.test.ts, test/cli/reportMemberNames.test.ts). Every amount is a
 * different power of two, so a row counted for the wrong member, or twice, shows in any sum.
 */
import type { CellValue } from "../../../src/plan/types";
import { FEB_2024, JAN_2024 } from "./reportFixtures";

export const HEADER = ["Date", "Channel", "Product", "GMV"];
export const CHANNEL = 1;
export const PRODUCT = 2;
export const GMV = 3;

/**
 * 300 characters that two product names share; a third product is the prefix itself (ending in a mark,
 * not a space a reader might trim).
 */
export const PREFIX = "Gift box 礼盒 organic green tea 250 g tin ".repeat(8).slice(0, 299) + "|";
export const RED = `${PREFIX} red`;
export const BLUE = `${PREFIX} blue`;

/** Product names, each amount a different power of two: a double-counted row shows in any sum. */
export const PRODUCTS: [string | null, string][] = [
  [RED, "Tmall"],
  [RED.toUpperCase(), "JD"], // the same member as RED: SUMIFS ignores case
  [BLUE, "Tmall"],
  [PREFIX, "JD"],
  ["Tea", "Tmall"],
  ["TEA", "Tmall"],
  ["=x", "JD"],
  ["ax", "JD"],
  ["<x", "Tmall"],
  ["a\tb", "JD"],
  ["a b", "JD"],
  ["two\nlines", "Tmall"],
  ["cr\r\nlf", "Tmall"],
  ["x".repeat(254), "JD"], // "=" + 254 characters: the longest criterion SUMIFS takes
  ["y".repeat(255), "JD"],
  ["*".repeat(200), "Tmall"], // 400 characters once the wildcards are escaped
  ["**", "Tmall"],
  ["_x0041_", "JD"], // an xlsx escape of "A": a file reader may decode it in formula text
  ["A", "JD"],
  [null, "JD"],
];

export const ROWS: CellValue[][] = PRODUCTS.flatMap(([product, channel], i) => [
  [JAN_2024 + i, channel, product, 2 ** (2 * i)],
  [FEB_2024 + i, channel, product, 2 ** (2 * i + 1)],
]);

/**
 * Members as SUMIFS sees them (equal ignoring case) among the rows `keep` takes, each with its sum and
 * its label: the first spelling in the whole source.
 */
export function expectedMembers(rows: CellValue[][], keep: (row: CellValue[]) => boolean) {
  const nameOf = (row: CellValue[]) => (row[PRODUCT] as string | null) ?? "";
  const firstSpelling = new Map<string, string>();
  for (const row of rows)
    if (!firstSpelling.has(nameOf(row).toLowerCase()))
      firstSpelling.set(nameOf(row).toLowerCase(), nameOf(row));
  const members = new Map<string, { label: string; gmv: number }>();
  for (const row of rows) {
    if (!keep(row)) continue;
    const key = nameOf(row).toLowerCase();
    const name = firstSpelling.get(key)!;
    const member = members.get(key) ?? { label: name === "" ? "(blank)" : name, gmv: 0 };
    member.gmv += row[GMV] as number;
    members.set(key, member);
  }
  return [...members.values()];
}
