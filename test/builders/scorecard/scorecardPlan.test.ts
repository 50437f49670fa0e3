/**
 * The scorecard plan applied to the memory adapter (HyperFormula evaluates every formula). Expected
 * numbers are worked by hand here from the KPI rule in DOMAIN.md (threshold 60, target 100, stretch =
 * cap, linear in between, 0 below the threshold) or computed with core kpiScore, never read back from
 * our own output.
 */
import fc from "fast-check";
import { kpiScore, type KpiDirection } from "../../../src/core/kpiScore";
import {
  buildScorecardPlan,
  buildScorecards,
  builtInTemplate,
  DEFAULT_FORCED_DISTRIBUTION,
  type Employee,
  type ScorecardTemplate,
  type TemplateKpi,
} from "../../../src/builders/scorecard";
import { validatePlan } from "../../../src/plan/validatePlan";
import type { WorkbookPlan } from "../../../src/plan/types";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { generateSampleShopData } from "../../../src/playground/sampleShopData";

async function applied(plan: WorkbookPlan) {
  expect(validatePlan(plan)).toEqual([]);
  const workbook = new MemoryWorkbook();
  const result = await workbook.applyPlan(plan);
  return { workbook, sheetNames: result.sheetNames };
}

/** Row (1-based) of the KPI named `name` in column B of `sheet`. */
function rowOf(workbook: MemoryWorkbook, sheet: string, name: string): number {
  for (let row = 1; row < 200; row++) if (workbook.getValue(sheet, `B${row}`) === name) return row;
  throw new Error(`no KPI ${name} on ${sheet}`);
}

function rowOfLabel(workbook: MemoryWorkbook, sheet: string, label: string): number {
  for (let row = 1; row < 200; row++) if (workbook.getValue(sheet, `A${row}`) === label) return row;
  throw new Error(`no row ${label} on ${sheet}`);
}

function nameRef(workbook: MemoryWorkbook, name: string): string | undefined {
  return workbook.definedNames().find((info) => info.name === name)?.ref;
}

const WAREHOUSE_ACTUALS = [
  { row: 2, employee: "", kpi: "pickup_48h", actual: 0.96 },
  { row: 3, employee: "", kpi: "Cost per parcel", actual: 7 },
  { row: 4, employee: "", kpi: "库存盘点准确率", actual: 0.99 },
  { row: 5, employee: "", kpi: "wrong_missed_shipments", actual: 0.002 },
];

describe("a warehouse scorecard, worked by hand", () => {
  /*
   * Template (DOMAIN.md seeds): 48-hour pickup ≥ 95%, cost per parcel 8 → 6 yuan.
   *   48-hour pickup   weight 35%, higher, 90% / 95% / 98%, actual 96%:
   *       above target: 100 + (120 − 100) × (0.96 − 0.95)/(0.98 − 0.95) = 100 + 20/3 = 106.667
   *   cost per parcel  weight 25%, lower, 8 / 6 / 5.5, actual 7:
   *       below target: 60 + 40 × (8 − 7)/(8 − 6) = 80
   *   stock accuracy   weight 20%, higher, 98% / 99.5% / 99.9%, actual 99%:
   *       60 + 40 × (0.99 − 0.98)/(0.995 − 0.98) = 60 + 26.667 = 86.667
   *   wrong/missed     weight 20%, lower, 0.3% / 0.1% / 0.05%, actual 0.2%:
   *       60 + 40 × (0.003 − 0.002)/(0.003 − 0.001) = 80
   *   total = 0.35 × 106.667 + 0.25 × 80 + 0.2 × 86.667 + 0.2 × 80
   *         = 37.333 + 20 + 17.333 + 16 = 90.667 → 90.67 (2 decimals); B (85 ≤ 90.67 < 100)
   */
  let workbook: MemoryWorkbook;
  let sheet: string;
  beforeAll(async () => {
    const plan = buildScorecardPlan({
      locale: "en-US",
      template: builtInTemplate("warehouse"),
      employee: { name: "Huang Qiang", department: "Logistics", manager: "Wang Lei" },
      period: "2025 Q3",
      actuals: WAREHOUSE_ACTUALS,
    });
    ({ workbook } = await applied(plan));
    sheet = (await workbook.listSheets())[0];
  });

  test("each KPI's score and weighted score", () => {
    const expected: [string, number, number][] = [
      ["48-hour pickup rate", 100 + 20 / 3, 0.35],
      ["Cost per parcel", 80, 0.25],
      ["Stock-count accuracy", 60 + (40 * 2) / 3, 0.2],
      ["Wrong or missed shipment rate", 80, 0.2],
    ];
    for (const [kpi, score, weight] of expected) {
      const row = rowOf(workbook, sheet, kpi);
      expect(workbook.getValue(sheet, `J${row}`)).toBeCloseTo(score, 9);
      expect(workbook.getValue(sheet, `K${row}`)).toBeCloseTo(score * weight, 9);
    }
  });

  test("dimension subtotals, the total and the grade", () => {
    const subtotal = (dimension: string) =>
      workbook.getValue(sheet, `K${rowOfLabel(workbook, sheet, `Subtotal: ${dimension}`)}`);
    expect(subtotal("Speed")).toBeCloseTo(0.35 * (100 + 20 / 3), 9);
    expect(subtotal("Cost")).toBeCloseTo(20, 9);
    expect(subtotal("Accuracy")).toBeCloseTo(0.2 * (60 + 80 / 3) + 0.2 * 80, 9);
    const totalRow = rowOfLabel(workbook, sheet, "Total");
    expect(workbook.getValue(sheet, `D${totalRow}`)).toBeCloseTo(1, 12);
    expect(workbook.getValue(sheet, `K${totalRow}`)).toBe(90.67);
    expect(workbook.getValue(sheet, `K${totalRow + 1}`)).toBe("B");
  });

  test("Score_Total and Score_Grade name the total and the grade", () => {
    const totalRow = rowOfLabel(workbook, sheet, "Total");
    expect(nameRef(workbook, "Score_Total")).toBe(`'${sheet}'!$K$${totalRow}`);
    expect(nameRef(workbook, "Score_Grade")).toBe(`'${sheet}'!$K$${totalRow + 1}`);
  });

  test("the grade follows the band cells live: lowering B's minimum to 95 makes 90.67 a C", () => {
    const bRow = rowOfLabel(workbook, sheet, "B");
    workbook.setCellValue(sheet, `B${bRow}`, 95);
    expect(workbook.getValue(sheet, `K${rowOfLabel(workbook, sheet, "Grade")}`)).toBe("C");
    workbook.setCellValue(sheet, `B${bRow}`, 85);
  });

  test("clearing an actual blanks its score and makes the total incomplete, not lower", () => {
    const row = rowOf(workbook, sheet, "Cost per parcel");
    workbook.setCellValue(sheet, `I${row}`, null);
    const totalRow = rowOfLabel(workbook, sheet, "Total");
    expect(workbook.getValue(sheet, `J${row}`)).toBe("");
    expect(workbook.getValue(sheet, `K${row}`)).toBe("");
    expect(workbook.getValue(sheet, `K${rowOfLabel(workbook, sheet, "Subtotal: Cost")}`)).toBe(
      "incomplete"
    );
    expect(workbook.getValue(sheet, `K${totalRow}`)).toBe("incomplete");
    expect(workbook.getValue(sheet, `K${totalRow + 1}`)).toBe("");
    // The other dimensions still show their subtotals.
    expect(
      workbook.getValue(sheet, `K${rowOfLabel(workbook, sheet, "Subtotal: Speed")}`)
    ).toBeCloseTo(0.35 * (100 + 20 / 3), 9);
    workbook.setCellValue(sheet, `I${row}`, 7);
    expect(workbook.getValue(sheet, `K${totalRow}`)).toBe(90.67);
  });

  test("a rate KPI's actual is validated 0–100%, a yuan one as any number; inputs are editable", () => {
    const plan = buildScorecardPlan({ locale: "en-US", template: builtInTemplate("warehouse") });
    const card = plan.sheets[0];
    const rules = new Map(card.validations!.map((v) => [v.range, v.rule]));
    // Rows 10 (pickup, rate), 12 (cost, yuan), 14–15 (accuracy and wrong/missed, both rates).
    expect(rules.get("I10:I10")).toEqual({ type: "decimal", min: 0, max: 1 });
    expect(rules.get("I12:I12")).toEqual({ type: "decimal" });
    expect(rules.get("I14:I15")).toEqual({ type: "decimal", min: 0, max: 1 });
    expect(card.protection?.editableRanges).toEqual(
      expect.arrayContaining(["B3:B7", "I10:I10", "L10:M10", "I12:I12", "I14:I15", "L14:M15"])
    );
    expect(card.protection?.password).toBeUndefined();
    const inputs = card.formats!.filter((f) => f.style === "input").map((f) => f.range);
    expect(inputs).toEqual(expect.arrayContaining(["I10:I10", "I12:I12", "I14:I15"]));
    expect(card.print).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      repeatRows: "9:9",
    });
    const withPassword = buildScorecardPlan({
      locale: "en-US",
      template: builtInTemplate("warehouse"),
      password: "s3cret",
    });
    expect(withPassword.sheets[0].protection?.password).toBe("s3cret");
    const open = buildScorecardPlan({
      locale: "en-US",
      template: builtInTemplate("warehouse"),
      protect: false,
    });
    expect(open.sheets[0].protection).toBeUndefined();
  });

  test("no OPS.* function on the sheet: every formula is native", () => {
    const plan = buildScorecardPlan({ locale: "zh-CN", template: builtInTemplate("ops_manager") });
    const formulas = plan.sheets.flatMap((s) =>
      s.blocks
        .flatMap((b) => b.rows.flat())
        .flatMap((c) => (typeof c === "object" && c !== null ? [c.formula] : []))
    );
    expect(formulas.length).toBeGreaterThan(40);
    expect(formulas.filter((f) => /OPS\./i.test(f))).toEqual([]);
  });
});

describe("labels in both languages", () => {
  test("zh-CN: header, incomplete total and direction words", async () => {
    const plan = buildScorecardPlan({
      locale: "zh-CN",
      template: builtInTemplate("customer_service"),
      employee: { name: "杨帆" },
    });
    const { workbook } = await applied(plan);
    const sheet = (await workbook.listSheets())[0];
    expect(sheet).toBe("杨帆");
    expect(workbook.getValue(sheet, "A9")).toBe("维度");
    expect(workbook.getValue(sheet, "I9")).toBe("实际值");
    expect(workbook.getValue(sheet, `K${rowOfLabel(workbook, sheet, "合计")}`)).toBe("未完成");
    expect(workbook.getValue(sheet, "B10")).toBe("30秒响应率");
    const directionFormat = plan.sheets[0].formats!.find((f) => f.range.startsWith("E10"));
    expect(directionFormat?.numberFormat).toEqual({ code: '"↑ 越高越好";"↓ 越低越好"' });
  });
});

/** A template from generated KPIs, for the property test. */
function templateOf(kpis: Omit<TemplateKpi, "id" | "dimension" | "name" | "definition">[]) {
  const text = (t: string) => ({ "en-US": t, "zh-CN": t });
  return {
    id: "generated",
    name: text("Generated"),
    kpis: kpis.map((kpi, i) => ({
      ...kpi,
      id: `k${i}`,
      dimension: text(`D${i % 3}`),
      name: text(`KPI ${i}`),
      definition: text(""),
    })),
  } satisfies ScorecardTemplate;
}

describe("the sheet's native score formula equals KPISCORE (core kpiScore), property-tested", () => {
  // Bands on a grid of 0.5 so equal-by-accident values are common, as in real templates.
  const value = fc.integer({ min: -400, max: 400 }).map((n) => n / 2);
  const kpiCase = fc
    .record({
      direction: fc.constantFrom<KpiDirection>("higher", "lower"),
      target: value.filter((t) => t !== 0),
      below: fc.option(
        fc.integer({ min: 1, max: 200 }).map((n) => n / 2),
        { nil: undefined }
      ),
      above: fc.option(
        fc.integer({ min: 1, max: 200 }).map((n) => n / 2),
        { nil: undefined }
      ),
      actual: fc.option(value, { nil: undefined, freq: 6 }),
      weight: fc.integer({ min: 1, max: 20 }),
    })
    .map((c) => {
      const sign = c.direction === "higher" ? 1 : -1;
      return {
        ...c,
        threshold: c.below === undefined ? undefined : c.target - sign * c.below,
        stretch: c.above === undefined ? undefined : c.target + sign * c.above,
      };
    });

  test("scores, weighted scores and the total across directions, bands and caps", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(kpiCase, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 100, max: 200 }),
        async (cases, cap) => {
          const weightSum = cases.reduce((sum, c) => sum + c.weight, 0);
          const template = templateOf(
            cases.map((c) => ({
              direction: c.direction,
              weight: c.weight / weightSum,
              threshold: c.threshold,
              target: c.target,
              stretch: c.stretch,
              unit: "number",
            }))
          );
          // Weights c.weight / weightSum can miss 1 by a few ulps: still within the 1e-9 tolerance.
          const plan = buildScorecardPlan({
            locale: "en-US",
            template,
            cap,
            actuals: cases.flatMap((c, i) =>
              c.actual === undefined
                ? []
                : [{ row: i + 2, employee: "", kpi: `k${i}`, actual: c.actual }]
            ),
          });
          const { workbook } = await applied(plan);
          const sheet = (await workbook.listSheets())[0];
          let expectedTotal = 0;
          cases.forEach((c, i) => {
            const row = rowOf(workbook, sheet, `KPI ${i}`);
            if (c.actual === undefined) {
              expect(workbook.getValue(sheet, `J${row}`)).toBe("");
              return;
            }
            const expected = kpiScore(c.actual, {
              target: c.target,
              direction: c.direction,
              threshold: c.threshold,
              stretch: c.stretch,
              cap,
            });
            expect(
              Math.abs((workbook.getValue(sheet, `J${row}`) as number) - expected)
            ).toBeLessThanOrEqual(1e-9);
            expectedTotal += expected * template.kpis[i].weight;
          });
          const total = workbook.getValue(sheet, `K${rowOfLabel(workbook, sheet, "Total")}`);
          if (cases.some((c) => c.actual === undefined)) expect(total).toBe("incomplete");
          // Rounded to 2 decimals on the sheet.
          else
            expect(Math.abs((total as number) - expectedTotal)).toBeLessThanOrEqual(0.005 + 1e-9);
          workbook.dispose();
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("a team from the sample roster", () => {
  const team: Employee[] = generateSampleShopData().team.map((m) => ({
    name: m.name,
    role: m.roleId,
    department: m.department,
    manager: m.manager,
  }));
  // Yang Fan and Zhao Min are both customer service; hand-made actuals for three people.
  const actuals = [
    // Zhang Wei, ops specialist: every KPI exactly on target → 100 on each → total 100, grade A.
    ["张伟 Zhang Wei", "gmv_completion", 1],
    ["张伟 Zhang Wei", "uv_value", 5],
    ["张伟 Zhang Wei", "user_growth", 0.1],
    ["张伟 Zhang Wei", "conversion_rate", 0.03],
    // Chen Jing, visual designer: every KPI at the challenge target → 120 each → total 120, grade S.
    ["陈静 Chen Jing", "main_image_ctr", 0.03],
    ["陈静 Chen Jing", "detail_conversion_uplift", 0.15],
    ["陈静 Chen Jing", "design_on_time", 1],
    ["陈静 Chen Jing", "revision_rounds", 1],
    // Zhou Ting, data analyst: every KPI at the base target → 60 each → total 60, grade D.
    ["周婷 Zhou Ting", "reports_on_time", 0.9],
    ["周婷 Zhou Ting", "report_accuracy", 0.97],
    ["周婷 Zhou Ting", "recommendations_adopted", 2],
    // Reported, not dropped:
    ["Nobody", "gmv_completion", 1],
    ["张伟 Zhang Wei", "no such KPI", 1],
    ["杨帆 Yang Fan", "30-second response rate", 92],
    ["张伟 Zhang Wei", "GMV completion rate", 0.5],
  ].map(([employee, kpi, actual], i) => ({
    row: i + 2,
    employee: employee as string,
    kpi: kpi as string,
    actual: actual as number,
  }));

  let workbook: MemoryWorkbook;
  let sheetNames: Record<string, string>;
  let build: ReturnType<typeof buildScorecards>;
  beforeAll(async () => {
    build = buildScorecards({
      locale: "en-US",
      roster: team,
      actuals,
      period: "2025 H2",
      forcedDistribution: DEFAULT_FORCED_DISTRIBUTION,
    });
    ({ workbook, sheetNames } = await applied(build.plan));
  });

  test("one sheet per employee after the summary", async () => {
    const sheets = await workbook.listSheets();
    expect(sheets).toEqual(["Scorecard summary", ...team.map((m) => m.name)]);
  });

  test("unplaceable actuals are reported with their rows", () => {
    expect(build.actualIssues.map(({ kind, row }) => [kind, row])).toEqual([
      ["unknownEmployee", 13],
      ["unknownKpi", 14],
      ["rateOutOfRange", 15],
      ["duplicate", 16],
    ]);
    expect(build.prefilled).toBe(11);
  });

  test("summary: live totals, grades, ranks among complete cards, distribution", () => {
    const summary = sheetNames.summary;
    const rowOfName = (name: string) => {
      for (let row = 4; row < 4 + team.length; row++)
        if (workbook.getValue(summary, `B${row}`) === name) return row;
      throw new Error(name);
    };
    const line = (name: string) =>
      ["F", "G", "H"].map((c) => workbook.getValue(summary, `${c}${rowOfName(name)}`));
    expect(line("陈静 Chen Jing")).toEqual([120, "S", 1]);
    expect(line("张伟 Zhang Wei")).toEqual([100, "A", 2]);
    expect(line("周婷 Zhou Ting")).toEqual([60, "D", 3]);
    expect(line("王磊 Wang Lei")).toEqual(["incomplete", "", ""]);
    const count = (label: string) =>
      workbook.getValue(summary, `B${rowOfLabel(workbook, summary, label)}`);
    expect([count("S"), count("A"), count("B"), count("C"), count("D")]).toEqual([1, 1, 0, 0, 1]);
    expect(count("Incomplete")).toBe(6);
    expect(workbook.getValue(summary, `C${rowOfLabel(workbook, summary, "S")}`)).toBeCloseTo(
      1 / 3,
      12
    );
  });

  test("the forced-distribution check warns and leaves the grades alone", () => {
    const summary = sheetNames.summary;
    // 3 complete: top (S+A) expected 0.6, actual 2 → off by 1.4, flagged; middle (B) expected 2.1,
    // actual 0 → flagged; bottom (C+D) expected 0.3, actual 1 → 0.7, within one person.
    const checkRow = rowOfLabel(workbook, summary, "Forced-distribution check");
    const status = (grades: string) => {
      for (let row = checkRow; row < checkRow + 10; row++)
        if (workbook.getValue(summary, `A${row}`) === grades)
          return workbook.getValue(summary, `E${row}`);
      throw new Error(grades);
    };
    expect(status("S + A")).toBe("⚠ differs");
    expect(status("B")).toBe("⚠ differs");
    expect(status("C + D")).toBe("OK");
    expect(workbook.getValue(summary, `A${checkRow + 1}`)).toMatch(/^⚠ Distribution differs/);
    expect(
      workbook.getValue(sheetNames.card_5, `K${rowOfLabel(workbook, sheetNames.card_5, "Grade")}`)
    ).toBe("S");
  });

  test("names: sheet-scoped Score_Total on each sheet, workbook Score_Total_n", () => {
    const names = build.plan.names!;
    expect(names.filter((n) => n.name === "Score_Total" && n.scope === "sheet")).toHaveLength(
      team.length
    );
    expect(names.find((n) => n.name === "Score_Total")?.scope).toBe("sheet");
    const third = names.find((n) => n.name === "Score_Total_3")!;
    expect(third).toMatchObject({ sheet: "card_3" });
    expect(third.scope).toBeUndefined();
    // Through the engine: Score_Total_3 is Zhang Wei's total.
    workbook.setCellFormula(sheetNames.summary, "K1", "=Score_Total_3");
    expect(workbook.getValue(sheetNames.summary, "K1")).toBe(100);
  });
});
