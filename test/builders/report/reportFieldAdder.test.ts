/**
 * The fast door for split fields: plain rows and rows it hands to add() sum together, by hand-worked
 * values: members by SUMIFS's folding (case, surrounding space), amounts by the rules (1,234; blank; -),
 * an unreadable date left out with its line, and the problem counted once.
 */
import { detectReportColumns, startReport } from "../../../src/builders/report";
import { fieldAdder } from "../../../src/builders/report/reportFieldAdder";
import { decodeCubeKey } from "../../../src/builders/report/reportSource";
import { plainDecimal } from "../../../src/io/plainDecimal";
import { typeCellText } from "../../../src/table/typeCellText";

const HEADER = ["统计日期", "渠道", "支付金额", "访客数"];

test("plain and non-plain rows sum as the rules say", () => {
  const { accumulator } = startReport(
    HEADER,
    { kind: "table", table: "Sales" },
    { locale: "en-US", mapping: detectReportColumns(HEADER), by: [1], grain: "day", values: true }
  );
  const add = fieldAdder(accumulator, HEADER.length, {
    typeText: typeCellText,
    plainNumber: plainDecimal,
  });
  const rows = [
    ["2025-03-01", "Tmall", "100", "10"],
    ["2025-03-01", "TMALL", "1,234", "5"], // amount by the rules; member folded
    ["2025-03-01", " tmall ", "0.5", ""], // surrounding space trimmed; blank UV
    ["2025-03-02", "JD", "-", "7"], // "-" is no value
    ["not a date", "JD", "99", "1"], // left out: line 6
    ["2025-03-02", "jd", "20.25", "3"],
  ];
  rows.forEach((fields, index) => add(fields, 0, index, index + 2));
  const source = accumulator.finish();
  expect(source.members[0].labels).toEqual(["Tmall", "JD"]);
  expect(source.countedRows).toBe(5);
  expect(source.problemRows).toBe(1);
  expect(source.issues.map(({ kind, rows: lines }) => [kind, lines])).toEqual([
    ["unreadableDate", [6]],
  ]);
  const gmv = source.columns.amounts.findIndex(([field]) => field === "gmv");
  const uv = source.columns.amounts.findIndex(([field]) => field === "uv");
  const sums = new Map<string, [number, number]>();
  for (const [key, values] of source.cube) {
    const { combo, serial } = decodeCubeKey(key);
    const label = source.members[0].labels[source.combos[combo][0]];
    sums.set(`${label} ${serial}`, [values[gmv], values[uv]]);
  }
  // 2025-03-01 is serial 45717.
  expect(sums).toEqual(
    new Map([
      ["Tmall 45717", [1334.5, 15]],
      ["JD 45718", [20.25, 10]],
    ])
  );
  expect(source.leftOut.sums[gmv]).toBe(99);
});
