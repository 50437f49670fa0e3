/**
 * The scorecard template editor: typed weights and bands → the edited copy that gets built.
 * Default values come from the template's data file read here with fs (not through builtInTemplate);
 * expected messages and scores are written out by hand from the texts and the KPI rule in DOMAIN.md.
 */
import { readFileSync } from "fs";
import path from "path";
import { builtInTemplate } from "../../src/builders/scorecard/builtInTemplates";
import { prepareScorecards } from "../support/scorecardPanelPath";
import {
  TemplateEditorError,
  draftProblem,
  editDraft,
  editedTemplate,
  resetDraft,
  templateDraft,
  weightSum,
  type EditableField,
  type TemplateDraft,
} from "../../src/taskpane/pages/templateEditorModel";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

interface FileKpi {
  id: string;
  name: { "en-US": string };
  weight: number;
  threshold?: number;
  target: number;
  stretch?: number;
}

const FILE: { kpis: FileKpi[] } = JSON.parse(
  readFileSync(
    path.resolve(__dirname, "../../src/builders/scorecard/templates/customer_service.json"),
    "utf8"
  )
);
/** Percent points as the file writes them: response_30s 20, avg_response_time 15, … (sum 100). */
const FILE_WEIGHT = Object.fromEntries(FILE.kpis.map((kpi) => [kpi.id, kpi.weight]));

function edit(draft: TemplateDraft, kpiId: string, field: EditableField, text: string) {
  const index = draft.base.kpis.findIndex((kpi) => kpi.id === kpiId);
  expect(index).toBeGreaterThanOrEqual(0);
  return editDraft(draft, index, field, text);
}

const fresh = () => templateDraft(builtInTemplate("customer_service"));

test("the draft shows the file's weights in percent points and rates in %", () => {
  const draft = fresh();
  expect(draft.rows.map((row) => Number(row.weight))).toEqual(FILE.kpis.map((k) => k.weight));
  // 30-second response rate: 0.85 / 0.9 / 0.95 in the file → 85 / 90 / 95 (%).
  expect(draft.rows[0]).toEqual({ weight: "20", threshold: "85", target: "90", stretch: "95" });
  // Dispute rate 0.0015 / 0.001 / 0.0005 → 0.15 / 0.1 / 0.05 (%), without float noise.
  const dispute = FILE.kpis.findIndex((kpi) => kpi.id === "dispute_rate");
  expect(draft.rows[dispute]).toMatchObject({ threshold: "0.15", target: "0.1", stretch: "0.05" });
  // Average response time is seconds, not a rate: 30 / 20 / 12 as they are.
  const seconds = FILE.kpis.findIndex((kpi) => kpi.id === "avg_response_time");
  expect(draft.rows[seconds]).toMatchObject({ threshold: "30", target: "20", stretch: "12" });
});

test("an untouched draft reads back as exactly the file's numbers", () => {
  const template = editedTemplate(fresh(), "en-US");
  template.kpis.forEach((kpi, i) => {
    const file = FILE.kpis[i];
    expect([kpi.id, kpi.weight, kpi.threshold, kpi.target, kpi.stretch]).toEqual([
      file.id,
      file.weight / 100,
      file.threshold,
      file.target,
      file.stretch,
    ]);
  });
});

describe("weights summing to 95%", () => {
  // 30-second response rate 20 → 15: the file's 100 points less 5.
  const lowered = String(FILE_WEIGHT.response_30s - 5);
  const draft = edit(fresh(), "response_30s", "weight", lowered);

  test("the live sum says 5% short, in both languages", () => {
    expect(weightSum(draft, "en-US")).toEqual({
      sum: 95,
      ok: false,
      message: "Weights sum to 95% — 5% short",
    });
    expect(weightSum(draft, "zh-CN").message).toBe("权重合计 95%，还差 5%");
  });

  test("building is refused with the same message", () => {
    expect(() => editedTemplate(draft, "en-US")).toThrow(TemplateEditorError);
    // toThrow with an error compares the message only.
    expect(() => editedTemplate(draft, "en-US")).toThrow(
      new Error("Weights sum to 95% — 5% short")
    );
    expect(() => editedTemplate(draft, "zh-CN")).toThrow("权重合计 95%，还差 5%");
    expect(() =>
      prepareScorecards(
        { template: "customer_service", period: "", employeeName: "", edits: draft },
        undefined,
        "zh-CN"
      )
    ).toThrow("权重合计 95%，还差 5%");
  });

  test("over 100% says how much over; a weight that is not a number asks for numbers", () => {
    const over = edit(fresh(), "satisfaction", "weight", "17.5");
    expect(weightSum(over, "en-US").message).toBe("Weights sum to 102.5% — 2.5% over");
    expect(weightSum(over, "zh-CN").message).toBe("权重合计 102.5%，多出 2.5%");
    const blank = edit(fresh(), "satisfaction", "weight", "");
    expect(weightSum(blank, "en-US").ok).toBe(false);
    expect(draftProblem(blank, "en-US")).toBe("Type a number for every weight to see their sum.");
    const text = edit(fresh(), "satisfaction", "weight", "abc");
    expect(draftProblem(text, "zh-CN")).toBe("顾客满意度：权重（%）必须是数字，而不是“abc”。");
  });
});

describe("weights moved to sum 100%, and a target changed, built into a workbook", () => {
  /*
   * Edits: 30-second response rate 20 → 25, repurchase-guidance 10 → 5 (100 in all);
   * average response time target 20 → 18 seconds.
   * Hand calculation with the KPI rule (base 60, target 100, challenge = cap 120, linear between):
   *   30-second response rate, higher, 85% / 90% / 95%, actual 92%:
   *     100 + 20 × (0.92 − 0.90)/(0.95 − 0.90) = 108; weighted 108 × 0.25 = 27 (21.6 at the old 20%)
   *   average response time, lower, 30 / 18 / 12, actual 24 s:
   *     60 + 40 × (30 − 24)/(30 − 18) = 80; weighted 80 × 0.15 = 12 (84 at the old target 20)
   */
  let draft = fresh();
  draft = edit(draft, "response_30s", "weight", "25");
  draft = edit(draft, "repurchase_guidance", "weight", "5");
  draft = edit(draft, "avg_response_time", "target", "18");
  const before = structuredClone(builtInTemplate("customer_service"));

  test("the sum is accepted", () => {
    expect(weightSum(draft, "en-US")).toEqual({
      sum: 100,
      ok: true,
      message: "Weights sum to 100%",
    });
    expect(weightSum(draft, "zh-CN").message).toBe("权重合计 100%");
    expect(draftProblem(draft, "en-US")).toBeUndefined();
  });

  test("the sheet's weight cells carry the edits and the weighted scores follow them", async () => {
    const prepared = prepareScorecards(
      { template: "customer_service", period: "2026 Q1", employeeName: "Zhao Min", edits: draft },
      undefined,
      "en-US"
    );
    const workbook = new MemoryWorkbook();
    try {
      const { sheetNames } = await workbook.applyPlan(prepared.plan);
      const sheet = sheetNames[prepared.sheetKey];
      const rowOf = (kpi: string) => {
        for (let row = 1; row < 60; row++)
          if (workbook.getValue(sheet, `B${row}`) === kpi) return row;
        throw new Error(`no KPI ${kpi}`);
      };
      const name = (id: string) => FILE.kpis.find((kpi) => kpi.id === id)!.name["en-US"];
      const response = rowOf(name("response_30s"));
      const seconds = rowOf(name("avg_response_time"));
      expect(workbook.getValue(sheet, `D${response}`)).toBe(0.25);
      expect(workbook.getValue(sheet, `D${rowOf(name("repurchase_guidance"))}`)).toBe(0.05);
      expect(workbook.getValue(sheet, `G${seconds}`)).toBe(18);

      workbook.setCellValue(sheet, `I${response}`, 0.92);
      workbook.setCellValue(sheet, `I${seconds}`, 24);
      expect(workbook.getValue(sheet, `J${response}`)).toBeCloseTo(108, 9);
      expect(workbook.getValue(sheet, `K${response}`)).toBeCloseTo(27, 9);
      expect(workbook.getValue(sheet, `J${seconds}`)).toBeCloseTo(80, 9);
      expect(workbook.getValue(sheet, `K${seconds}`)).toBeCloseTo(12, 9);
    } finally {
      workbook.dispose();
    }
  });

  test("the built-in template is not changed by editing or building", () => {
    editedTemplate(draft, "en-US");
    const builtIn = builtInTemplate("customer_service");
    expect(builtIn).toEqual(before);
    expect(builtIn.kpis.map((kpi) => kpi.weight * 100)).toEqual(FILE.kpis.map((kpi) => kpi.weight));
    expect(builtIn.kpis[1].target).toBe(20);
  });

  test("reset restores the file's defaults", () => {
    const reset = resetDraft(draft);
    expect(reset.rows.map((row) => Number(row.weight))).toEqual(FILE.kpis.map((k) => k.weight));
    const seconds = FILE.kpis.findIndex((kpi) => kpi.id === "avg_response_time");
    expect(reset.rows[seconds].target).toBe(String(FILE.kpis[seconds].target));
    expect(weightSum(reset, "en-US").ok).toBe(true);
  });
});

test("a target beyond the challenge target is refused with validateTemplate's message, per language", () => {
  // Higher is better needs base < target < challenge: 85% < 96% < 95% fails.
  const draft = edit(fresh(), "response_30s", "target", "96");
  expect(weightSum(draft, "en-US").ok).toBe(true);
  expect(draftProblem(draft, "en-US")).toBe(
    'Customer service, KPI "30-second response rate": with "higher is better" the values must satisfy Base target < Target < Challenge target; got Base target 85%, Target 96%, Challenge target 95%.'
  );
  expect(draftProblem(draft, "zh-CN")).toBe(
    "客服，指标“30秒响应率”：方向为“越高越好”时须满足 基础目标 < 目标 < 挑战目标；实际为 基础目标 85%, 目标 96%, 挑战目标 95%。"
  );
  // Lower is better (average response time 30 / 20 / 12 s): a base target of 15 is below the target.
  const lower = edit(fresh(), "avg_response_time", "threshold", "15");
  expect(draftProblem(lower, "en-US")).toContain(
    "Base target > Target > Challenge target; got Base target 15, Target 20, Challenge target 12."
  );
});

test("a blank challenge target drops the band; typed 90% and full-width digits read as numbers", () => {
  let draft = edit(fresh(), "response_30s", "stretch", " ");
  draft = edit(draft, "response_30s", "target", "９１%");
  const kpi = editedTemplate(draft, "en-US").kpis[0];
  expect(kpi.target).toBe(0.91);
  expect("stretch" in kpi).toBe(false);
  expect(kpi.threshold).toBe(0.85);
});
