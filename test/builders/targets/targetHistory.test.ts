import {
  readTargetHistory,
  TargetHistoryError,
  type ReadTargetHistoryOptions,
} from "../../../src/builders/targets/targetHistory";
import type { CellValue } from "../../../src/plan/types";
import type { TableData } from "../../../src/workbook/port";

const EN: ReadTargetHistoryOptions = { locale: "en-US" };

function table(header: string[], rows: CellValue[][], source = "history.csv"): TableData {
  return { source, header, rows };
}

/** The error a read throws, so both languages of its message can be checked. */
function readError(data: TableData, options: ReadTargetHistoryOptions = EN): TargetHistoryError {
  try {
    readTargetHistory(data, options);
  } catch (error) {
    if (error instanceof TargetHistoryError) return error;
    throw error;
  }
  throw new Error("expected a TargetHistoryError");
}

/** Twelve values, January first, undefined except where given. */
function byMonth(values: Record<number, number>): (number | undefined)[] {
  return Array.from({ length: 12 }, (_, i) => values[i + 1]);
}

describe("readTargetHistory: summing to months", () => {
  // zh-CN export, daily rows, split by channel.
  const daily = table(
    ["日期", "渠道", "销售额", "访客数", "支付订单数"],
    [
      ["2025-01-01", "天猫", 1000, 500, 20],
      ["2025/1/2", "天猫", 1500, 600, 30],
      ["2025年1月1日", "京东", 300, 100, 5],
      [20250210, "天猫", 800, 400, 16],
      ["2025-02-11", "京东", 200, 50, 4],
    ]
  );

  it("sums daily rows to calendar months per member, in first-seen order", () => {
    const { history, columns, first, last } = readTargetHistory(daily, {
      locale: "zh-CN",
      memberColumn: "渠道",
    });
    // 天猫: January 1000 + 1500 = 2500, February 800. 京东: January 300, February 200.
    expect(history.members).toEqual([
      {
        name: "天猫",
        observations: [
          { year: 2025, period: 1, value: 2500 },
          { year: 2025, period: 2, value: 800 },
        ],
      },
      {
        name: "京东",
        observations: [
          { year: 2025, period: 1, value: 300 },
          { year: 2025, period: 2, value: 200 },
        ],
      },
    ]);
    expect(columns).toEqual({
      period: "日期",
      amount: "销售额",
      member: "渠道",
      uv: "访客数",
      orders: "支付订单数",
    });
    expect({ first, last }).toEqual({
      first: { year: 2025, month: 1 },
      last: { year: 2025, month: 2 },
    });
  });

  it("computes conversion and AOV per calendar month as ratios of sums over all members", () => {
    const { history } = readTargetHistory(daily, { locale: "en-US", memberColumn: "渠道" });
    // January: orders 20 + 30 + 5 = 55, UV 500 + 600 + 100 = 1200, GMV 1000 + 1500 + 300 = 2800.
    // February: orders 16 + 4 = 20, UV 400 + 50 = 450, GMV 800 + 200 = 1000.
    expect(history.conversion).toEqual(byMonth({ 1: 55 / 1200, 2: 20 / 450 }));
    expect(history.aov).toEqual(byMonth({ 1: 2800 / 55, 2: 1000 / 20 }));
  });

  it("says which months daily rows cover only in part", () => {
    const { issues } = readTargetHistory(daily, { locale: "en-US", memberColumn: "渠道" });
    // January has days 1 and 2 (2 of 31); February days 10 and 11 (2 of 28, 2025 is not a leap year).
    expect(issues.map((issue) => issue.message)).toEqual([
      "Daily history does not cover every day of 2025-01 (2 of 31 days), 2025-02 (2 of 28 days): those months count only the days given.",
    ]);
    expect(issues[0].messageIn("zh-CN")).toBe(
      "按日的历史数据未覆盖 2025-01（2/31 天）、2025-02（2/28 天）的每一天：这些月份只汇总了已有的天数。"
    );
  });

  it("without a member column gives one unnamed member holding the totals", () => {
    const { history } = readTargetHistory(daily, EN);
    // January 2500 + 300 = 2800; February 800 + 200 = 1000.
    expect(history.members).toEqual([
      {
        name: "",
        observations: [
          { year: 2025, period: 1, value: 2800 },
          { year: 2025, period: 2, value: 1000 },
        ],
      },
    ]);
  });

  it("reads en-US headers and every month spelling: text, yyyymm number, 年月, Excel serial", () => {
    const monthly = table(
      ["Month", "Store", "GMV", "Visitors", "Orders"],
      [
        ["2024-01", "North", 100, 10, 2],
        [202402, "North", 200, 20, 4],
        ["2024年3月", "North", 300, 30, 6],
        // 45383 = 2024-04-01: 2024-01-01 is serial 45292, plus 31 + 29 + 31 days.
        [45383, "North", 400, 40, 8],
        ["2024-01", "South", 1, 1, 1],
        ["2024-04", "South", 4, 4, 1],
      ]
    );
    const { history, issues } = readTargetHistory(monthly, {
      locale: "en-US",
      memberColumn: "store",
    });
    expect(
      history.members.map(({ name, observations }) => [name, observations.map((o) => o.value)])
    ).toEqual([
      ["North", [100, 200, 300, 400]],
      // South has no rows in February and March: 0 there, and said so.
      ["South", [1, 0, 0, 4]],
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      '"South" has no rows in 2024-02, 2024-03: counted as 0.',
    ]);
    // Monthly rows are whole months: no "partial month" note.
    expect(issues.map((issue) => issue.code)).not.toContain("partialMonths");
  });

  it("finds the member column case-insensitively, full-width, or by its name in the other language", () => {
    const data = table(["统计日期", "店铺", "支付金额"], [["2025-01", "A", 5]]);
    for (const memberColumn of ["店铺", "store", "STORE", "ＳＴＯＲＥ", "shop"]) {
      expect(readTargetHistory(data, { locale: "en-US", memberColumn }).columns.member).toBe(
        "店铺"
      );
    }
    const english = table(["Date", "Channel", "Sales"], [["2025-01-01", "A", 5]]);
    expect(
      readTargetHistory(english, { locale: "zh-CN", memberColumn: "渠道" }).columns.member
    ).toBe("Channel");
  });

  it("does not read a refund amount column as sales", () => {
    const data = table(["日期", "退款金额", "支付金额"], [["2025-01", 7, 100]]);
    const { history, columns } = readTargetHistory(data, EN);
    expect(columns.amount).toBe("支付金额");
    expect(history.members[0].observations[0].value).toBe(100);
  });

  it("counts a blank amount as 0 and says in which rows", () => {
    const data = table(
      ["Month", "Sales"],
      [
        ["2025-01", 10],
        ["2025-02", null],
        ["2025-03", 30],
      ]
    );
    const { history, issues } = readTargetHistory(data, EN);
    expect(history.members[0].observations.map((o) => o.value)).toEqual([10, 0, 30]);
    // Data row 2 is sheet row 3 (the header is row 1).
    expect(issues.map((issue) => issue.message)).toEqual([
      'Column "Sales" is blank in row 3: counted as 0.',
    ]);
  });

  it("leaves conversion and AOV out when the columns are missing", () => {
    const data = table(["Month", "Sales", "Orders"], [["2025-01", 100, 4]]);
    const { history } = readTargetHistory(data, EN);
    expect(history.conversion).toBeUndefined();
    expect(history.aov).toEqual(byMonth({ 1: 25 }));
  });
});

describe("readTargetHistory: ratios of sums, not averages of ratios", () => {
  it("within a month: two days with different conversion", () => {
    const data = table(
      ["Date", "Sales", "UV", "Orders"],
      [
        // Day 1: CR 10/1000 = 1%, AOV 1000/10 = 100. Day 2: CR 9/100 = 9%, AOV 1800/9 = 200.
        ["2025-01-01", 1000, 1000, 10],
        ["2025-01-02", 1800, 100, 9],
      ]
    );
    const { history } = readTargetHistory(data, EN);
    // Ratio of sums: CR 19/1100 ≈ 1.727% (the average of ratios would be 5%);
    // AOV 2800/19 ≈ 147.37 (the average of ratios would be 150).
    expect(history.conversion?.[0]).toBeCloseTo(19 / 1100, 15);
    expect(history.conversion?.[0]).not.toBeCloseTo(0.05, 3);
    expect(history.aov?.[0]).toBeCloseTo(2800 / 19, 12);
    expect(history.aov?.[0]).not.toBeCloseTo(150, 1);
  });

  it("across years: the same calendar month of each year pooled", () => {
    // 13 months, 2024-01..2025-01. Januaries: 2024 UV 1000, orders 10, GMV 1000 (CR 1%, AOV 100);
    // 2025 UV 3000, orders 90, GMV 18000 (CR 3%, AOV 200). Other months UV 100, orders 1, GMV 50.
    const rows: CellValue[][] = [["2024-01", 1000, 1000, 10]];
    for (let month = 2; month <= 12; month++)
      rows.push([`2024-${String(month).padStart(2, "0")}`, 50, 100, 1]);
    rows.push(["2025-01", 18000, 3000, 90]);
    const { history } = readTargetHistory(table(["月份", "GMV", "访客数", "订单数"], rows), EN);
    // January CR = (10 + 90) / (1000 + 3000) = 2.5% (average of ratios: 2%);
    // AOV = (1000 + 18000) / (10 + 90) = 190 (average of ratios: 150).
    expect(history.conversion?.[0]).toBeCloseTo(0.025, 15);
    expect(history.aov?.[0]).toBeCloseTo(190, 12);
    // February (one year only): CR 1/100, AOV 50.
    expect(history.conversion?.[1]).toBeCloseTo(0.01, 15);
    expect(history.aov?.[1]).toBe(50);
  });
});

describe("readTargetHistory: bad input is refused with the place named, in both languages", () => {
  it("an empty table", () => {
    const error = readError(table(["日期", "销售额"], []));
    expect(error.code).toBe("emptyTable");
    expect(error.messageIn("en-US")).toBe("history.csv has no data rows to read history from.");
    expect(error.messageIn("zh-CN")).toBe("history.csv 没有可读取的历史数据行。");
    expect(readError(table(["日期", "销售额"], [[null, null]])).code).toBe("emptyTable");
  });

  it("no amount column", () => {
    const error = readError(table(["日期", "访客数"], [["2025-01", 1]]));
    expect(error.code).toBe("noAmountColumn");
    expect(error.messageIn("en-US")).toBe(
      'history.csv: no sales amount column found. Name one of the columns 销售额, 支付金额, 成交金额, GMV, sales, amount. Columns: "日期", "访客数".'
    );
    expect(error.messageIn("zh-CN")).toBe(
      'history.csv：找不到销售额列。请将列名改为 销售额、支付金额、成交金额、GMV、sales、amount 之一。现有列："日期"、"访客数"。'
    );
  });

  it("no period column", () => {
    const error = readError(table(["Store", "Sales"], [["A", 1]]));
    expect(error.code).toBe("noPeriodColumn");
    expect(error.messageIn("en-US")).toContain("no date or month column found");
    expect(error.messageIn("zh-CN")).toContain("找不到日期或月份列");
  });

  it("a member column that is not there", () => {
    const error = readError(table(["Date", "Sales"], [["2025-01", 1]]), {
      locale: "en-US",
      memberColumn: "region",
    });
    expect(error.messageIn("en-US")).toBe(
      'history.csv: there is no column "region" to split by. Columns: "Date", "Sales".'
    );
    expect(error.messageIn("zh-CN")).toBe(
      'history.csv：没有用于拆分的列“region”。现有列："Date"、"Sales"。'
    );
  });

  it("text in amounts, naming every row", () => {
    const error = readError(
      table(
        ["Month", "Sales"],
        [
          ["2025-01", 10],
          ["2025-02", "12元"],
          ["2025-03", 30],
          ["2025-04", "1,5"],
        ]
      )
    );
    // Data rows 2 and 4 are sheet rows 3 and 5. ("-" would be no value: the report reads it so too.)
    expect(error.messageIn("en-US")).toBe(
      'history.csv: column "Sales" must hold numbers; found text in rows 3, 5 ("12元", "1,5"). Fix or delete those cells, or leave those rows out (CLI: --skip-invalid); nothing is skipped silently.'
    );
    expect(error.messageIn("zh-CN")).toBe(
      'history.csv：“Sales”列应为数字，但第 3、5 行是文本（"12元"、"1,5"）。请修正或删除这些单元格，或跳过这些行（命令行：--skip-invalid）；不会悄悄跳过任何数据。'
    );
  });

  it("text in a driver column, and row numbers from where the data starts", () => {
    const error = readError(table(["Month", "Sales", "UV"], [["2025-01", 10, "n/a"]]), {
      locale: "en-US",
      firstRowNumber: 5,
    });
    expect(error.messageIn("en-US")).toContain(
      'column "UV" must hold numbers; found text in row 5 ("n/a")'
    );
  });

  it("many bad rows are listed up to eight, with the count", () => {
    const rows: CellValue[][] = Array.from({ length: 12 }, (_, i) => [
      `2025-${String(i + 1).padStart(2, "0")}`,
      "x",
    ]);
    const error = readError(table(["Month", "Sales"], rows));
    expect(error.messageIn("en-US")).toContain(
      'found text in rows 2, 3, 4, 5, 6, 7, 8, 9 and 4 more ("x")'
    );
    expect(error.messageIn("zh-CN")).toContain("第 2、3、4、5、6、7、8、9 等共 12 行是文本");
  });

  it("unreadable dates, blank ones included", () => {
    const error = readError(
      table(
        ["日期", "销售额"],
        [
          ["2025-01-01", 1],
          ["01/03/2025", 2],
          [null, 3],
          ["2025-02-30", 4],
        ]
      )
    );
    expect(error.code).toBe("unreadableDates");
    expect(error.messageIn("en-US")).toContain(
      'column "日期" has dates that cannot be read in rows 3, 4, 5 ("01/03/2025", blank, "2025-02-30")'
    );
    expect(error.messageIn("zh-CN")).toContain(
      '“日期”列第 3、4、5 行的日期无法识别（"01/03/2025"、空、"2025-02-30"）'
    );
  });

  it("month numbers without a year", () => {
    const rows: CellValue[][] = Array.from({ length: 12 }, (_, i) => [i + 1, 100]);
    const error = readError(table(["月份", "销售额"], rows));
    expect(error.code).toBe("monthWithoutYear");
    expect(error.messageIn("zh-CN")).toBe(
      "history.csv：“月份”列只有月份数字，没有年份。请写成带年份的月份，如 2025-01 或 2025年1月。"
    );
  });

  it("a month missing inside the history range", () => {
    const rows: CellValue[][] = [
      ["2025-01", 1],
      ["2025-02", 1],
      ["2025-03", 1],
      ["2025-05", 1],
    ];
    const error = readError(table(["Month", "Sales"], rows));
    expect(error.messageIn("en-US")).toBe(
      "history.csv: 2025-04 has no rows, inside the history from 2025-01 to 2025-05."
    );
    expect(error.messageIn("zh-CN")).toBe(
      "history.csv：在 2025-01 至 2025-05 的历史数据中，2025-04 没有数据行。"
    );
    const two = readError(
      table(
        ["Month", "Sales"],
        [
          ["2024-11", 1],
          ["2025-02", 1],
        ]
      )
    );
    expect(two.messageIn("en-US")).toBe(
      "history.csv: 2024-12, 2025-01 have no rows, inside the history from 2024-11 to 2025-02."
    );
  });

  it("member names that differ only by case, spaces or full-width characters", () => {
    const error = readError(
      table(
        ["Month", "Channel", "Sales"],
        [
          ["2025-01", "Tmall", 1],
          ["2025-01", "JD", 1],
          ["2025-02", "tmall", 1],
          ["2025-02", "ＪＤ", 1],
          ["2025-02", "T mall", 1],
        ]
      ),
      { locale: "en-US", memberColumn: "channel" }
    );
    expect(error.code).toBe("duplicateMembers");
    expect(error.messageIn("en-US")).toBe(
      'history.csv: column "Channel" names the same member in different ways: "Tmall" / "tmall" / "T mall" (rows 2, 4, 6); "JD" / "ＪＤ" (rows 3, 5). Write each name exactly one way (letter case, spaces, full-width characters).'
    );
    expect(error.messageIn("zh-CN")).toBe(
      'history.csv：“Channel”列中同一对象有不同写法："Tmall" / "tmall" / "T mall"（第 2、4、6 行）；"JD" / "ＪＤ"（第 3、5 行）。请统一写法（大小写、空格、全角/半角字符）。'
    );
  });

  it("a row without its member", () => {
    const error = readError(table(["Month", "Channel", "Sales"], [["2025-01", null, 1]]), {
      locale: "en-US",
      memberColumn: "Channel",
    });
    expect(error.messageIn("en-US")).toContain('column "Channel" is blank in row 2');
    expect(error.messageIn("zh-CN")).toContain("“Channel”列第 2 行为空");
  });

  it("a month whose amounts sum below zero", () => {
    const error = readError(
      table(
        ["Date", "Store", "Sales"],
        [
          ["2025-01-01", "A", 10],
          ["2025-01-02", "A", -30],
          ["2025-01-01", "B", 5],
        ]
      ),
      { locale: "en-US", memberColumn: "Store" }
    );
    // A's January: 10 − 30 = −20.
    expect(error.messageIn("en-US")).toContain("the amounts of A 2025-01 add up to less than 0");
    expect(error.messageIn("zh-CN")).toContain("A 2025-01 的金额合计小于 0");
  });

  it("two columns with the header that was picked", () => {
    const error = readError(table(["Month", "Sales", "Sales"], [["2025-01", 1, 2]]));
    expect(error.messageIn("en-US")).toContain('2 columns are named "Sales"');
    expect(error.messageIn("zh-CN")).toContain("有 2 列都叫“Sales”");
  });
});

describe("readTargetHistory: the same cell rules as the report (issue 12)", () => {
  it("reads 万, refunds in parentheses, full-width digits, a dash and 2025.11 months", () => {
    const { history } = readTargetHistory(
      table(
        ["月份", "销售额"],
        [
          ["2025.11", "1.2万"],
          ["2025年12月份", "5,000"],
          ["2025-12", "(1,000)"],
          ["2026-01", "１２３"],
          ["2026-02", "-"],
        ]
      ),
      EN
    );
    // 1.2万 = 12,000; 5,000 + (1,000) = 4,000; １２３ = 123; "-" is no value, counted as 0.
    expect(history.members[0].observations.map((o) => o.value)).toEqual([12_000, 4_000, 123, 0]);
  });

  it("with skipInvalid leaves unreadable rows out whole and says what they held, on the sheet's notes", () => {
    const data = {
      ...table(
        ["Month", "Sales", "UV"],
        [
          ["2025-01", 10, 5],
          ["2025-02", 20, 6],
          ["2025-02", 25, "n/a"],
          ["2025-03", 30, 7],
          ["2025-13", 40, 8],
        ]
      ),
      rowNumbers: [5, 6, 7, 8, 9],
    };
    expect(readError(data).messageIn("en-US")).toContain('cannot be read in row 9 ("2025-13")');
    const read = readTargetHistory(data, { ...EN, skipInvalid: true });
    expect(read.history.members[0].observations.map((o) => [o.period, o.value])).toEqual([
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
    const said =
      '2 history rows with a date or number that cannot be read were left out (rows 7, 9); their readable "Sales" cells held 65.';
    expect(read.issues.map((issue) => issue.message)).toContain(said);
    expect(read.history.sourceNotes).toContain(said);
  });
});
