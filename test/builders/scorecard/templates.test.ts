/**
 * Built-in templates (data files) and the user's own: validity, the seeds' numbers from DOMAIN.md,
 * and every bad input refused with a message in both languages that says what is wrong.
 */
import {
  BUILT_IN_ROLE_IDS,
  buildScorecardPlan,
  builtInTemplate,
  builtInTemplates,
  parseForcedDistribution,
  rosterFromTable,
  ScorecardError,
  templateFromJson,
  templateFromTable,
  DEFAULT_GRADE_BANDS,
} from "../../../src/builders/scorecard";
import { generateSampleShopData } from "../../../src/playground/sampleShopData";
import type { CellValue } from "../../../src/plan/types";

function thrown(action: () => unknown): ScorecardError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ScorecardError);
    return error as ScorecardError;
  }
  throw new Error("expected a ScorecardError");
}

const table = (header: string[], rows: CellValue[][], source = "template.csv") => ({
  source,
  header,
  rows,
});

describe("built-in templates", () => {
  test("every role in DOMAIN.md, with the sample roster's role ids", () => {
    expect(BUILT_IN_ROLE_IDS).toEqual([
      "ops_manager",
      "ops_director",
      "store_manager",
      "ops_specialist",
      "promotion_specialist",
      "visual_designer",
      "customer_service",
      "warehouse",
      "data_analyst",
    ]);
    const rosterRoles = new Set(generateSampleShopData().team.map((member) => member.roleId));
    for (const role of rosterRoles) expect(BUILT_IN_ROLE_IDS).toContain(role);
  });

  test.each(BUILT_IN_ROLE_IDS)(
    "%s loads valid: weights sum to 100%%, texts in both languages",
    (id) => {
      const template = builtInTemplate(id);
      expect(
        Math.abs(template.kpis.reduce((sum, kpi) => sum + kpi.weight, 0) - 1)
      ).toBeLessThanOrEqual(1e-9);
      for (const kpi of template.kpis) {
        for (const text of [kpi.name, kpi.dimension, kpi.definition]) {
          expect(text["en-US"].trim()).not.toBe("");
          expect(text["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
        }
        const sign = kpi.direction === "higher" ? 1 : -1;
        expect(sign * kpi.threshold!).toBeLessThan(sign * kpi.target);
        expect(sign * kpi.target).toBeLessThan(sign * kpi.stretch!);
      }
    }
  );

  test("the seeds' numbers (DOMAIN.md)", () => {
    const kpi = (role: string, id: string) => builtInTemplate(role).kpis.find((k) => k.id === id)!;
    expect(kpi("customer_service", "response_30s")).toMatchObject({
      target: 0.9,
      direction: "higher",
      unit: "rate",
    });
    expect(kpi("ops_manager", "slow_mover_share")).toMatchObject({
      target: 0.1,
      direction: "lower",
      unit: "rate",
    });
    expect(kpi("ops_manager", "core_retention")).toMatchObject({ target: 0.8, unit: "rate" });
    expect(kpi("warehouse", "pickup_48h")).toMatchObject({ target: 0.95, unit: "rate" });
    expect(kpi("warehouse", "cost_per_parcel")).toMatchObject({
      threshold: 8,
      target: 6,
      direction: "lower",
    });
    expect(kpi("promotion_specialist", "paid_roi")).toMatchObject({
      target: 3,
      direction: "higher",
    });
    expect(kpi("ops_director", "gmv_growth")).toMatchObject({ target: 0.5 });
    expect(kpi("store_manager", "event_conversion_uplift")).toMatchObject({ target: 0.2 });
    expect(builtInTemplates()).toHaveLength(9);
  });

  test("an unknown role lists the built-in ones, in both languages", () => {
    const error = thrown(() => builtInTemplate("ceo"));
    expect(error.messageIn("en-US")).toBe(
      `There is no built-in role "ceo". Built-in roles: ${BUILT_IN_ROLE_IDS.join(", ")}.`
    );
    expect(error.messageIn("zh-CN")).toContain("没有内置岗位“ceo”");
  });
});

const HEADER_EN = [
  "dimension",
  "kpi",
  "weight",
  "direction",
  "threshold",
  "target",
  "stretch",
  "unit",
];
const HEADER_ZH = ["维度", "指标", "权重", "方向", "基础目标", "目标", "挑战目标", "单位"];

describe("custom templates", () => {
  test("English headers, weights in percent points, blank bands", () => {
    const template = templateFromTable(
      table(HEADER_EN, [
        ["Sales", "GMV completion", 60, "higher", 0.8, 1, 1.2, "percent"],
        ["Service", "Dispute rate", 40, "lower", null, 0.001, null, "rate"],
      ])
    );
    expect(
      template.kpis.map((k) => [k.weight, k.direction, k.threshold, k.stretch, k.unit])
    ).toEqual([
      [0.6, "higher", 0.8, 1.2, "percent"],
      [0.4, "lower", undefined, undefined, "rate"],
    ]);
  });

  test("Chinese headers and direction words; 30% (typed 0.3) and fractions read the same", () => {
    const rows: CellValue[][] = [
      ["销售", "销售额完成率", 0.3, "越高越好", 0.8, 1, 1.2, "百分比"],
      ["服务", "纠纷率", 0.7, "越低越好", 0.002, 0.001, 0.0005, "比率"],
    ];
    const template = templateFromTable(table(HEADER_ZH, rows));
    expect(template.kpis.map((k) => [k.weight, k.direction, k.unit])).toEqual([
      [0.3, "higher", "percent"],
      [0.7, "lower", "rate"],
    ]);
  });

  test("JSON: a list of rows, or an object with kpis; strings typed like CSV cells", () => {
    const rows = [
      { 维度: "销售", 指标: "销售额完成率", 权重: "30%", 方向: "高", 目标: 1 },
      { 维度: "服务", 指标: "纠纷率", 权重: "70%", 方向: "低", 目标: "0.1%", 单位: "比率" },
    ];
    const fromList = templateFromJson(JSON.stringify(rows), "t.json");
    const fromObject = templateFromJson(JSON.stringify({ kpis: rows }), "t.json");
    expect(fromObject.kpis).toEqual(fromList.kpis);
    expect(fromList.kpis.map((k) => [k.weight, k.target])).toEqual([
      [0.3, 1],
      [0.7, 0.001],
    ]);
    expect(thrown(() => templateFromJson("{", "t.json")).key).toBe("invalidJson");
    expect(thrown(() => templateFromJson('{"a":1}', "t.json")).messageIn("en-US")).toMatch(
      /a JSON template is a list of rows/
    );
  });

  test("weights that do not sum to 100% are refused with the difference", () => {
    const error = thrown(() =>
      templateFromTable(
        table(HEADER_EN, [
          ["Sales", "GMV", 60, "higher", null, 1, null, "percent"],
          ["Service", "Disputes", 35, "lower", null, 0.001, null, "rate"],
        ])
      )
    );
    expect(error.messageIn("en-US")).toBe(
      "template.csv: the weights add up to 95%, not 100% (5% missing)."
    );
    expect(error.messageIn("zh-CN")).toBe("template.csv：权重合计为 95%，不是 100%（还差 5%）。");
    const over = thrown(() =>
      templateFromTable(
        table(HEADER_EN, [
          ["Sales", "GMV", 0.6, "higher", null, 1, null, "percent"],
          ["Service", "Disputes", 0.45, "lower", null, 0.001, null, "rate"],
        ])
      )
    );
    expect(over.messageIn("en-US")).toMatch(/add up to 105%, not 100% \(5% too much\)/);
  });

  test("bands out of order for the direction are refused, naming the KPI and the values", () => {
    const higher = thrown(() =>
      templateFromTable(table(HEADER_EN, [["Sales", "GMV", 100, "higher", 1.1, 1, 1.2, "percent"]]))
    );
    expect(higher.messageIn("en-US")).toBe(
      'template.csv, KPI "GMV": with "higher is better" the values must satisfy Base target < Target < Challenge target; got Base target 110%, Target 100%, Challenge target 120%.'
    );
    const lower = thrown(() =>
      templateFromTable(
        table(HEADER_EN, [["Cost", "Cost per parcel", 100, "lower", 6, 8, 5, "yuan"]])
      )
    );
    expect(lower.messageIn("en-US")).toMatch(
      /Base target > Target > Challenge target; got Base target 6, Target 8/
    );
    expect(lower.messageIn("zh-CN")).toMatch(/方向为“越低越好”时须满足 基础目标 > 目标 > 挑战目标/);
    // Equal bands too: KPISCORE refuses them (the score would jump).
    expect(
      thrown(() =>
        templateFromTable(table(HEADER_EN, [["Sales", "GMV", 100, "higher", 1, 1, 1.2, "percent"]]))
      ).key
    ).toBe("bandOrder");
  });

  test("other bad cells: a rate over 100%, a text target, an unknown direction or unit, a missing column", () => {
    const cases: [CellValue[], string][] = [
      [["S", "Response", 100, "higher", 85, 90, 95, "rate"], "rateOutOfRange"],
      [["S", "Response", 100, "higher", null, "ninety", null, "rate"], "notANumber"],
      [["S", "Response", 100, "sideways", null, 1, null, "rate"], "unknownDirection"],
      [["S", "Response", 100, "higher", null, 1, null, "kg"], "unknownUnit"],
    ];
    for (const [row, key] of cases)
      expect(thrown(() => templateFromTable(table(HEADER_EN, [row]))).key).toBe(key);
    const missing = thrown(() =>
      templateFromTable(table(["维度", "指标", "方向", "目标"], [["a", "b", "高", 1]]))
    );
    expect(missing.messageIn("en-US")).toBe(
      "template.csv: the column weight / 权重 is missing (headers found: 维度, 指标, 方向, 目标)."
    );
  });
});

describe("rosters, bands and distributions", () => {
  test("a roster with Chinese headers; duplicate names are refused", () => {
    const roster = rosterFromTable(
      table(["姓名", "岗位", "部门", "直接上级"], [["李娜", "店长", "运营部", "王磊"]], "team.csv")
    );
    expect(roster).toEqual([{ name: "李娜", role: "店长", department: "运营部", manager: "王磊" }]);
    const error = thrown(() =>
      rosterFromTable(
        table(
          ["name", "role"],
          [
            ["Li Na", "store_manager"],
            ["Wang Lei", "ops_manager"],
            ["li na ", "warehouse"],
          ]
        )
      )
    );
    expect(error.messageIn("en-US")).toBe(
      'The roster names "Li Na", "li na" more than once; every employee needs a distinct name.'
    );
    expect(
      thrown(() =>
        buildScorecardPlan({
          locale: "en-US",
          roster: [
            { name: "A", role: "warehouse", department: "", manager: "" },
            { name: "A", role: "warehouse", department: "", manager: "" },
          ],
        })
      ).key
    ).toBe("duplicateEmployees");
  });

  test("a roster role that is not built in, without --template, is refused", () => {
    const error = thrown(() =>
      buildScorecardPlan({
        locale: "zh-CN",
        roster: [{ name: "A", role: "ceo", department: "", manager: "" }],
      })
    );
    expect(error.messageIn("zh-CN")).toMatch(/名单 第 2 行：“ceo”不是内置岗位/);
    // Role names in either language work as well as ids.
    expect(() =>
      buildScorecardPlan({
        locale: "en-US",
        roster: [{ name: "A", role: "客服", department: "", manager: "" }],
      })
    ).not.toThrow();
  });

  test("grade bands must descend and start at 0; the cap is at least 100", () => {
    const template = builtInTemplate("warehouse");
    const build = (extra: object) => () =>
      buildScorecardPlan({ locale: "en-US", template, ...extra });
    expect(
      thrown(
        build({
          gradeBands: [
            { label: "A", min: 80 },
            { label: "B", min: 90 },
            { label: "C", min: 0 },
          ],
        })
      ).key
    ).toBe("bandsOrder");
    expect(
      thrown(
        build({
          gradeBands: [
            { label: "A", min: 80 },
            { label: "B", min: 10 },
          ],
        })
      ).key
    ).toBe("bandsLowest");
    expect(
      thrown(
        build({
          gradeBands: [
            { label: "A*", min: 80 },
            { label: "B", min: 0 },
          ],
        })
      ).key
    ).toBe("bandLabel");
    expect(thrown(build({ cap: 99 })).messageIn("en-US")).toBe(
      "The score cap must be at least 100; got 99."
    );
  });

  test("forced distribution from text: 20/70/10 groups S+A, B, C+D", () => {
    expect(parseForcedDistribution("20/70/10", DEFAULT_GRADE_BANDS).groups).toEqual([
      { grades: ["S", "A"], share: 0.2 },
      { grades: ["B"], share: 0.7 },
      { grades: ["C", "D"], share: 0.1 },
    ]);
    expect(
      thrown(() => parseForcedDistribution("20/70/20", DEFAULT_GRADE_BANDS)).messageIn("en-US")
    ).toBe("The forced-distribution shares add up to 110%, not 100%.");
    expect(thrown(() => parseForcedDistribution("top heavy", DEFAULT_GRADE_BANDS)).key).toBe(
      "forcedText"
    );
  });
});
