/**
 * The target decomposition sheet through the memory adapter: HyperFormula computes every live formula,
 * and the numbers are checked against values worked out by hand (derivations in the comments) or from
 * the seeds' published year (DOMAIN.md: quarters 8.5M, 9.2M, 11.5M, 9.8M; next year +50%).
 */
import {
  buildTargetsPlan,
  TARGET_NAMES,
  type TargetsBuild,
} from "../../../src/builders/targets/targetsPlan";
import type { TargetsOptions } from "../../../src/builders/targets/targetsOptions";
import { TargetsInputError } from "../../../src/builders/targets/targetsTexts";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";

interface Built {
  build: TargetsBuild;
  workbook: MemoryWorkbook;
  sheet: string;
  num(a1: string): number;
  column(letter: string, rows: [number, number]): number[];
}

const opened: MemoryWorkbook[] = [];
afterAll(() => opened.forEach((w) => w.dispose()));

async function built(options: Partial<TargetsOptions> & { annualTarget: number }): Promise<Built> {
  const build = buildTargetsPlan({ locale: "en-US", fiscalYear: 2026, ...options });
  const workbook = new MemoryWorkbook();
  opened.push(workbook);
  const result = await workbook.applyPlan(build.plan);
  const sheet = result.sheetNames.targets;
  const num = (a1: string) => {
    const value = workbook.getValue(sheet, a1);
    if (typeof value !== "number") throw new Error(`${a1} is ${JSON.stringify(value)}`);
    return value;
  };
  const column = (letter: string, [from, to]: [number, number]) =>
    Array.from({ length: to - from + 1 }, (_, i) => num(`${letter}${from + i}`));
  return { build, workbook, sheet, num, column };
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** The seeds' year: quarterly sales 8.5M, 9.2M, 11.5M, 9.8M, as 2025's months (a third of the quarter each). */
const SEED_QUARTERS = [8_500_000, 9_200_000, 11_500_000, 9_800_000];
const seedHistory = {
  members: [
    {
      name: "",
      observations: Array.from({ length: 12 }, (_, i) => ({
        year: 2025,
        period: i + 1,
        value: SEED_QUARTERS[Math.floor(i / 3)] / 3,
      })),
    },
  ],
};

describe("target sheet: the seeds' year planned +50%", () => {
  // 39.0M × 1.5 = 58.5M; prior-year shares are (quarter/3)/39M, so each month is 1.5 × its 2025 value:
  // Q1 months 4.25M, Q2 4.6M(6.67), Q3 5.75M(6.67)… — in exact terms 1.5 × quarter / 3.
  let sheet: Built;
  beforeAll(async () => {
    sheet = await built({
      annualTarget: 58_500_000,
      roundingUnit: 10_000,
      history: seedHistory,
      events: [],
    });
  });

  it("spreads the year by last year's shares, to the unit, and ties out", () => {
    const { monthRows } = sheet.build.layout;
    const months = sheet.column("H", monthRows);
    // 1.5 × 9.2M / 3 = 4.6M exactly; Q1: 4.25M; Q3: 5.75M; Q4: 4.9M — all multiples of 10,000.
    expect(months).toEqual([
      4_250_000, 4_250_000, 4_250_000, 4_600_000, 4_600_000, 4_600_000, 5_750_000, 5_750_000,
      5_750_000, 4_900_000, 4_900_000, 4_900_000,
    ]);
    expect(sheet.num(sheet.build.layout.checkCell)).toBe(0);
  });

  it("shows last year, +50% YoY and quarter subtotals", () => {
    const { monthRows } = sheet.build.layout;
    expect(sheet.column("C", monthRows)[0]).toBeCloseTo(8_500_000 / 3, 6);
    for (const yoy of sheet.column("K", monthRows)) expect(yoy).toBeCloseTo(0.5, 12);
    // Quarter table: rows right after the month total and its header.
    const firstQuarterRow = sheet.build.layout.monthTotalRow + 3;
    expect(sheet.column("H", [firstQuarterRow, firstQuarterRow + 3])).toEqual(
      SEED_QUARTERS.map((q) => q * 1.5)
    );
  });

  it("names the total and the months", () => {
    const names = sheet.workbook.definedNames();
    const total = names.find((n) => n.name === TARGET_NAMES.total)!;
    expect(total.ref).toBe(`'Targets'!$H$${sheet.build.layout.monthTotalRow}`);
    expect(sheet.num(`H${sheet.build.layout.monthTotalRow}`)).toBe(58_500_000);
    const months = names.find((n) => n.name === TARGET_NAMES.months)!;
    const [first, last] = sheet.build.layout.monthRows;
    expect(months.ref).toBe(`'Targets'!$H$${first}:$H$${last}`);
  });

  it("gives the base and challenge tiers side by side, tying to 80% and 120%", () => {
    const { monthRows, monthTotalRow } = sheet.build.layout;
    expect(sheet.num(`I${monthTotalRow}`)).toBe(46_800_000);
    expect(sheet.num(`J${monthTotalRow}`)).toBe(70_200_000);
    // 4.25M × 80% = 3.4M; × 120% = 5.1M: already on the unit, so no rounding moves them.
    expect(sheet.column("I", monthRows)[0]).toBe(3_400_000);
    expect(sheet.column("J", monthRows)[0]).toBe(5_100_000);
  });
});

describe("target sheet: live", () => {
  it("rounds 102 over twelve equal months to 8, 9, 8, 9 …, evenly (not 8 … 8, 9 … 9)", async () => {
    // 102/12 = 8.5: floors 96, six leftover units, a twelve-way tie: winners ⌊(i+1)·12/6⌋ − 1 = 1, 3, 5 …
    const sheet = await built({ annualTarget: 102, events: [] });
    expect(sheet.column("H", sheet.build.layout.monthRows)).toEqual([
      8, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9,
    ]);
  });

  it("recomputes everything when the annual target changes, and still ties out", async () => {
    const sheet = await built({
      annualTarget: 1_200_000,
      roundingUnit: 100,
      members: { names: ["Tmall", "JD", "Douyin"] },
      events: [],
    });
    sheet.workbook.setCellValue(sheet.sheet, sheet.build.layout.annualCell, 1_000_000);
    // 1,000,000 / 12 = 83,333.33 → 833.33 units: floors 9,996, four leftover units over a twelve-way tie
    // → months 3, 6, 9, 12 (⌊(i+1)·12/4⌋ − 1 = 2, 5, 8, 11) get 83,400, the rest 83,300.
    const months = sheet.column("H", sheet.build.layout.monthRows);
    expect(months).toEqual([
      83_300, 83_300, 83_400, 83_300, 83_300, 83_400, 83_300, 83_300, 83_400, 83_300, 83_300,
      83_400,
    ]);
    // Each month over three equal members: 83,300 → 277.67 units each, floors 831, two leftover → 2nd and
    // 3rd (⌊(i+1)·3/2⌋ − 1 = 0, 2): 27,800 / 27,700 / 27,800.
    const { gridRows, memberColumns } = sheet.build.layout;
    expect(memberColumns.map((c) => sheet.num(`${c}${gridRows[0]}`))).toEqual([
      27_800, 27_700, 27_800,
    ]);
    expect(sheet.num(sheet.build.layout.checkCell)).toBe(0);
    const grid = memberColumns.flatMap((c) => sheet.column(c, gridRows));
    expect(sum(grid)).toBe(1_000_000);
    expect(grid.every((v) => v % 100 === 0)).toBe(true);
  });

  it("holds entered actuals and re-spreads the rest of the year (mid-year re-forecast)", async () => {
    const sheet = await built({ annualTarget: 1_200_000, roundingUnit: 1000, events: [] });
    const actuals = [100_000, 80_000, 110_000, 100_000, 100_000, 123_456];
    const [first] = sheet.build.layout.monthRows;
    actuals.forEach((a, i) => sheet.workbook.setCellValue(sheet.sheet, `G${first + i}`, a));
    // Open: 1,200,000 − 613,456 = 586,544 over six equal months = 97.757 units each; ROUND(586.544) = 587
    // units, floors 582, five leftover over a six-way tie: ⌊(i+1)·6/5⌋ − 1 = 0, 1, 2, 3, 5 → Jul–Oct and
    // Dec get 98,000, Nov 97,000; the actuals' residual 586,544 − 587,000 = −456 goes to December.
    expect(sheet.column("H", sheet.build.layout.monthRows)).toEqual([
      ...actuals,
      98_000,
      98_000,
      98_000,
      98_000,
      97_000,
      97_544,
    ]);
    expect(sheet.num(sheet.build.layout.checkCell)).toBe(0);
  });

  it("follows a changed member share", async () => {
    const sheet = await built({
      annualTarget: 120_000,
      members: { names: ["A", "B"] },
      events: [],
    });
    const { memberShareInputRow, memberColumns, gridRows } = sheet.build.layout;
    sheet.workbook.setCellValue(sheet.sheet, `${memberColumns[0]}${memberShareInputRow}`, 3);
    // Shares 3:1 of 10,000 a month → 7,500 and 2,500.
    expect(sheet.num(`${memberColumns[0]}${gridRows[0]}`)).toBe(7_500);
    expect(sheet.num(`${memberColumns[1]}${gridRows[0]}`)).toBe(2_500);
  });

  it("works out the driver tree: orders = target ÷ AOV, UV = orders ÷ conversion", async () => {
    const conversion = new Array(12).fill(0.025);
    const aov = new Array(12).fill(180);
    const sheet = await built({
      annualTarget: 1_200_000,
      events: [],
      drivers: { conversion, aov },
    });
    const [first] = sheet.build.layout.monthRows;
    // 100,000 ÷ 180 = 555.6 → 556 orders; 556 ÷ 2.5% = 22,240 UV.
    expect(sheet.num(`N${first}`)).toBe(556);
    expect(sheet.num(`O${first}`)).toBe(22_240);
  });
});

describe("target sheet: grains and fiscal years", () => {
  /** Each day's exact target: its month's target ÷ the month's days (the documented spread). */
  function dailyTargets(
    months: number[],
    startYear: number,
    startMonth: number
  ): Map<number, number> {
    const byDay = new Map<number, number>();
    for (let i = 0; i < 12; i++) {
      const year = startYear + Math.floor((startMonth - 1 + i) / 12);
      const month = ((startMonth - 1 + i) % 12) + 1;
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      for (let d = 1; d <= days; d++) byDay.set(Date.UTC(year, month - 1, d), months[i] / days);
    }
    return byDay;
  }

  it("spreads weeks (Monday start) from the months, ties to the year, each within one unit", async () => {
    const sheet = await built({
      annualTarget: 1_200_000,
      roundingUnit: 100,
      grain: "week",
      events: [],
    });
    const { gridRows, periods } = sheet.build.layout;
    const months = sheet.column("H", sheet.build.layout.monthRows);
    const weeks = sheet.column("C", gridRows);
    // 2026 starts on a Thursday: ISO 2026 has 53 weeks, W01 = 2025-12-29 … 2026-01-04 (4 days in 2026).
    expect(weeks).toHaveLength(53);
    expect(sum(weeks)).toBe(1_200_000);
    const daily = dailyTargets(months, 2026, 1);
    const firstMonday = Date.UTC(2025, 11, 29);
    weeks.forEach((week, w) => {
      let exact = 0;
      for (let d = 0; d < 7; d++) exact += daily.get(firstMonday + (w * 7 + d) * 86_400_000) ?? 0;
      expect(Math.abs(week - exact)).toBeLessThan(100);
    });
    expect(periods[0].labelEn).toBe("W01 2026");
  });

  it("uses Sunday-start weeks on request", async () => {
    const sheet = await built({
      annualTarget: 1_200_000,
      roundingUnit: 100,
      grain: "week",
      weekStart: "sunday",
      events: [],
    });
    const first = sheet.build.layout.periods[0];
    // 2026-01-01 is a Thursday: its Sunday-start week runs Sun 2025-12-28 … Sat 2026-01-03.
    const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
    expect(first.start).toBe(serial(2025, 12, 28));
    expect(sum(sheet.column("C", sheet.build.layout.gridRows))).toBe(1_200_000);
  });

  it("gives every day of the year at day grain", async () => {
    const sheet = await built({ annualTarget: 365_000, grain: "day", events: [] });
    const days = sheet.column("C", sheet.build.layout.gridRows);
    // 365,000 over twelve equal months = 30,416.67 a month; January's days: 30,416.67/31 = 981.18.
    expect(days).toHaveLength(365);
    expect(sum(days)).toBe(365_000);
    expect(Math.abs(days[0] - 30_416.67 / 31)).toBeLessThan(1);
  });

  it("starts the fiscal year in April when asked", async () => {
    const sheet = await built({ annualTarget: 1_200_000, fiscalStartMonth: 4, events: [] });
    const [first, last] = sheet.build.layout.monthRows;
    // FY2026 starting in April runs April 2025 – March 2026.
    expect(sheet.workbook.getValue(sheet.sheet, `A${first}`)).toBe("Apr 2025");
    expect(sheet.workbook.getValue(sheet.sheet, `A${last}`)).toBe("Mar 2026");
  });

  it("names the months' first days in the order of Target_Months, so a calendar month finds its target", async () => {
    // Custom weights 1 … 12 (January first) over 780,000: month m's target is 10,000 × m, whatever the
    // fiscal order. FY2026 from April: April 2025 … March 2026.
    const sheet = await built({
      annualTarget: 780_000,
      fiscalStartMonth: 4,
      events: [],
      seasonality: { method: "custom", custom: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    });
    const serial = (y: number, m: number) => Date.UTC(y, m - 1, 1) / 86_400_000 + 25_569;
    const info = sheet.workbook.definedNames().find((n) => n.name === TARGET_NAMES.monthStarts)!;
    const match = /^'(.*)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(info.ref)!;
    const starts = Array.from({ length: Number(match[5]) - Number(match[3]) + 1 }, (_, i) =>
      sheet.workbook.getValue(match[1], `${match[2]}${Number(match[3]) + i}`)
    );
    expect(starts).toEqual([
      ...[4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => serial(2025, m)),
      ...[1, 2, 3].map((m) => serial(2026, m)),
    ]);
    // The lookup a dashboard does: March 2026 is the 12th fiscal month, its target 30,000 (not June's 60,000).
    const lookup = await sheet.workbook.applyPlan({
      sheets: [
        {
          key: "probe",
          name: "Probe",
          blocks: [
            {
              anchor: "A1",
              rows: [
                [
                  serial(2026, 3),
                  { formula: "=INDEX(Target_Months,MATCH(A1,Target_Month_Starts,0))" },
                ],
              ],
            },
          ],
        },
      ],
    });
    expect(sheet.workbook.getValue(lookup.sheetNames.probe, "B1")).toBe(30_000);
  });

  it.each(["gmv", "profit", "newCustomers"] as const)(
    "names what the target measures (Target_Metric = %s), so other sheets can tell",
    async (metric) => {
      const sheet = await built({ annualTarget: 1_200_000, metric });
      const info = sheet.workbook.definedNames().find((n) => n.name === TARGET_NAMES.metric)!;
      const match = /^'(.*)'!\$([A-Z]+)\$(\d+)$/.exec(info.ref)!;
      expect(sheet.workbook.getValue(match[1], `${match[2]}${match[3]}`)).toBe(metric);
    }
  );
});

describe("target sheet: events and notes", () => {
  it("applies 618, Double 11 and the Chinese New Year dip without history", async () => {
    const sheet = await built({ annualTarget: 1_260_000 });
    const [first] = sheet.build.layout.monthRows;
    // Uplifts: Feb (CNY 2026-02-17) ×0.8, Jun ×1.3, Nov ×1.5: weights sum 9 + 0.8 + 1.3 + 1.5 = 12.6, so an
    // ordinary month is 1,260,000/12.6 = 100,000, February 80,000, June 130,000, November 150,000.
    expect(sheet.num(`H${first}`)).toBe(100_000);
    expect(sheet.num(`H${first + 1}`)).toBe(80_000);
    expect(sheet.num(`H${first + 5}`)).toBe(130_000);
    expect(sheet.num(`H${first + 10}`)).toBe(150_000);
  });

  it("moves the Chinese New Year dip when it changes month between the history and the plan year", () => {
    // 2025's CNY was 2025-01-29 (January); 2026's is 2026-02-17 (February).
    const { notes } = buildTargetsPlan({
      locale: "en-US",
      fiscalYear: 2026,
      annualTarget: 1_000_000,
      history: seedHistory,
    });
    expect(notes.join(" ")).toMatch(/Chinese New Year falls in February .* fell in January/);
  });

  it("falls back to equal shares, visibly, when the members' history is all zero", async () => {
    const zero = (name: string) => ({
      name,
      observations: Array.from({ length: 12 }, (_, i) => ({ year: 2025, period: i + 1, value: 0 })),
    });
    const history = { members: [zero("A"), zero("B"), { ...seedHistory.members[0], name: "" }] };
    const sheet = await built({
      annualTarget: 120_000,
      history,
      events: [],
      seasonality: { method: "equal" },
    });
    expect(sheet.build.notes).toContain("Member history is all zero: shares are equal.");
    const { memberColumns, gridRows } = sheet.build.layout;
    expect(memberColumns.map((c) => sheet.num(`${c}${gridRows[0]}`))).toEqual([5_000, 5_000]);
  });
});

describe("target sheet: refused inputs", () => {
  const base = { locale: "en-US" as const, fiscalYear: 2026 };
  it.each([
    [{ annualTarget: 0 }, /greater than 0/],
    [{ annualTarget: -5 }, /greater than 0/],
    [{ annualTarget: Number.NaN }, /greater than 0/],
    [{ annualTarget: 1_234_567, roundingUnit: 10_000 }, /use 1230000 or 1240000/],
    [
      { annualTarget: 100, members: { names: ["Tmall", " tmall "] } },
      /" tmall " appears more than once/,
    ],
    [{ annualTarget: 100, members: { names: ["ＪＤ", "JD"] } }, /appears more than once/],
    [{ annualTarget: 100, base: { ratio: 1.5 } }, /base tier/],
    [{ annualTarget: 100, challenge: { ratio: 0.9 } }, /challenge tier/],
    [{ annualTarget: 100, fiscalStartMonth: 13 }, /fiscal year must start/],
  ])("refuses %j", (options, message) => {
    expect(() => buildTargetsPlan({ ...base, ...options })).toThrow(TargetsInputError);
    expect(() => buildTargetsPlan({ ...base, ...options })).toThrow(message);
  });

  it("says it in Chinese for a zh-CN user", () => {
    expect(() => buildTargetsPlan({ ...base, locale: "zh-CN", annualTarget: -1 })).toThrow(
      "年度目标必须是大于 0 的数字"
    );
  });
});
