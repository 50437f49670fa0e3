/**
 * More distinct members than the report's cube keys can hold (2,097,152 per breakdown column) is a
 * user error naming the column, not a RangeError with a stack (issue 12).
 */
import { startReport } from "../../../src/builders/report";
import { ReportInputError } from "../../../src/builders/report/reportError";

test("2,097,153 distinct products are refused with the column named, in both languages", () => {
  const header = ["日期", "商品", "支付金额"];
  const { accumulator } = startReport(
    header,
    { kind: "file", name: "orders.csv" },
    { locale: "zh-CN", mapping: { date: 0, gmv: 2 }, by: [1], values: true }
  );
  let thrown: unknown;
  try {
    for (let i = 0; i <= 2_097_152; i++) accumulator.add([45660, `SKU${i}`, 1], i);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ReportInputError);
  const error = thrown as ReportInputError;
  expect(error.messageIn("en-US")).toBe(
    "The column “商品” has more than 2,097,152 different values, more than a report can break down by; choose another column."
  );
  expect(error.messageIn("zh-CN")).toBe(
    "“商品”列的不同取值超过 2,097,152 个，超出报表可细分的上限；请换一列细分。"
  );
}, 60_000);
