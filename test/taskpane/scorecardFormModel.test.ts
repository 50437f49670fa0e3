/**
 * The Scorecard form's values and a mapped roster → builder options → sheets in the memory workbook.
 * Custom templates and actuals are tables in a MemoryWorkbook read through the port, as the panel reads
 * them. Expected scores are worked by hand from the KPI rule (README "Performance scorecards"): base
 * target 60, target 100, challenge target 120, linear in between, 0 below the base target.
 */
import { rosterFromTable } from "../../src/builders/scorecard/roster";
import { SUMMARY_KEY } from "../../src/builders/scorecard/summarySheet";
import type { CellValue } from "../../src/plan/types";
import {
  BY_ROSTER_ROLE,
  DEFAULT_SCORECARD_FORM,
  ScorecardFormError,
  readActualsTable,
  readTemplateTable,
  tableTemplateChoice,
  templateTableOf,
} from "../../src/taskpane/pages/scorecardFormModel";
import {
  prepareScorecards,
  scorecardOptions,
  type PanelValues,
} from "../support/scorecardPanelPath";
import { SCORECARD_FORM_TEXTS } from "../../src/taskpane/pages/scorecardFormTexts";
import { editDraft, templateDraft } from "../../src/taskpane/pages/templateEditorModel";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import type { TableData } from "../../src/workbook/port";

/** Headers the roster reader would not find by itself ("Person", "Job"): the mapping decides. */
const TEAM: TableData = {
  source: "Table Team",
  header: ["Person", "Job", "Department", "Manager", "Name"],
  rows: [
    ["Wang Lei", "ops_manager", "Operations", "", "ignored"],
    ["Li Na", "customer_service", "Service", "Wang Lei", "ignored"],
    [null, null, null, null, null],
  ],
};
const MAPPING = { name: 0, role: 1 };

test("the roster keeps the mapped name and role, and the department and manager it finds", () => {
  const roster = rosterFromTable(TEAM, { name: MAPPING.name, role: MAPPING.role });
  const { name, role, department, manager } = roster[1];
  expect([name, role, department, manager]).toEqual([
    "Li Na",
    "customer_service",
    "Service",
    "Wang Lei",
  ]);
});

test("a team: one roster entry per named row (the blank row is a gap), each on their own role", () => {
  const options = scorecardOptions(
    { ...DEFAULT_SCORECARD_FORM, period: " 2026 Q1 " },
    { data: TEAM, mapping: MAPPING },
    "en-US"
  );
  expect(options.template).toBeUndefined();
  expect(options.period).toBe("2026 Q1");
  expect(options.roster?.map((e) => [e.name, e.role, e.manager])).toEqual([
    ["Wang Lei", "ops_manager", ""],
    ["Li Na", "customer_service", "Wang Lei"],
  ]);
});

test("built into a workbook: a summary first, then one sheet per person, and Go to opens the summary", async () => {
  const prepared = prepareScorecards(
    DEFAULT_SCORECARD_FORM,
    { data: TEAM, mapping: MAPPING },
    "zh-CN"
  );
  expect(prepared.sheetKey).toBe(SUMMARY_KEY);
  expect(prepared.notes).toEqual([
    "2 张考核表和 1 张汇总表；第 n 张表有工作表级名称 Score_Total、Score_Grade，以及工作簿级名称 Score_Total_n、Score_Grade_n。",
  ]);
  const workbook = new MemoryWorkbook();
  try {
    const { sheetNames } = await workbook.applyPlan(prepared.plan);
    expect(Object.keys(sheetNames)).toEqual([SUMMARY_KEY, "card_1", "card_2"]);
    expect(await workbook.listSheets()).toEqual(expect.arrayContaining(["Wang Lei", "Li Na"]));
  } finally {
    workbook.dispose();
  }
});

test("without a team, a template is needed, and the message says where to choose one", () => {
  expect(() =>
    scorecardOptions({ ...DEFAULT_SCORECARD_FORM, template: BY_ROSTER_ROLE }, undefined, "en-US")
  ).toThrow(ScorecardFormError);
  // toThrow with an error compares the message only.
  expect(() =>
    scorecardOptions({ ...DEFAULT_SCORECARD_FORM, template: BY_ROSTER_ROLE }, undefined, "en-US")
  ).toThrow(new Error(SCORECARD_FORM_TEXTS["en-US"].chooseTemplate));
  const single = prepareScorecards(
    { template: "customer_service", period: "", employeeName: "Zhao Min" },
    undefined,
    "en-US"
  );
  expect(single.sheetKey).toBe("scorecard");
  expect(single.plan.sheets.map((sheet) => sheet.key)).toEqual(["scorecard"]);
});

test("a mapping without the employee column is refused before anything is read", () => {
  expect(
    () =>
      scorecardOptions(
        DEFAULT_SCORECARD_FORM,
        { data: TEAM, mapping: { name: null, role: 1 } },
        "en-US"
      )
    // The derived page's refusal of a required column left unmapped (it was the form's own before).
  ).toThrow("Team roster: no column for Employee was found");
});

/** A workbook holding each of `tables` (header first) on its own sheet as an Excel table. */
function workbookWith(tables: Record<string, CellValue[][]>): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  for (const [name, rows] of Object.entries(tables)) {
    const sheet = workbook.addSheetFromRows(name, rows);
    const lastColumn = String.fromCharCode("A".charCodeAt(0) + rows[0].length - 1);
    workbook.addTable(sheet, name, `A1:${lastColumn}${rows.length}`);
  }
  return workbook;
}

/** The value of the cell a workbook name points at, e.g. 'Zhao Min'!$K$14. */
function valueOfName(workbook: MemoryWorkbook, name: string) {
  const ref = workbook.definedNames().find((info) => info.name === name)?.ref;
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref ?? "");
  if (!match) throw new Error(`no cell behind ${name} (${ref})`);
  return {
    sheet: match[1],
    row: Number(match[3]),
    value: workbook.getValue(match[1], match[2] + match[3]),
  };
}

/** Row (1-based) of the KPI named `kpi` in column B of `sheet`. */
function kpiRow(workbook: MemoryWorkbook, sheet: string, kpi: string): number {
  for (let row = 1; row < 60; row++) if (workbook.getValue(sheet, `B${row}`) === kpi) return row;
  throw new Error(`no KPI ${kpi} on ${sheet}`);
}

/** The form after choosing `table` as the template, as ScorecardForm stores the read. */
async function withTableTemplate(
  workbook: MemoryWorkbook,
  table: string,
  values: Partial<PanelValues> = {}
): Promise<PanelValues> {
  const read = await readTemplateTable(workbook, table, "en-US");
  return {
    ...DEFAULT_SCORECARD_FORM,
    ...values,
    template: tableTemplateChoice(table),
    tableTemplate: read,
  };
}

const HEADER_EN = ["dimension", "kpi", "weight", "direction", "threshold", "target", "stretch"];
/*
 * GMV              weight 60%, higher, 80 / 100 / 120
 * Dispute count    weight 40%, lower,  10 / 6 / 4
 */
const MY_KPIS: CellValue[][] = [
  HEADER_EN,
  ["Sales", "GMV", 60, "higher", 80, 100, 120],
  ["Service", "Dispute count", 40, "lower", 10, 6, 4],
];

describe("a custom template from a workbook table", () => {
  test("the choice names the table; a role id is no table", () => {
    expect(templateTableOf(tableTemplateChoice("My KPIs"))).toBe("My KPIs");
    expect(templateTableOf("customer_service")).toBeUndefined();
    expect(templateTableOf(BY_ROSTER_ROLE)).toBeUndefined();
  });

  test("built as a single scorecard, the total is the hand-computed weighted sum", async () => {
    const workbook = workbookWith({ MyKpis: MY_KPIS });
    try {
      const values = await withTableTemplate(workbook, "MyKpis", { employeeName: "Zhao Min" });
      expect(values.tableTemplate).toMatchObject({ table: "MyKpis", rows: 2 });
      const prepared = prepareScorecards(values, undefined, "en-US");
      expect(prepared.notes).toEqual(["1 scorecard (MyKpis); names Score_Total and Score_Grade."]);
      const { sheetNames } = await workbook.applyPlan(prepared.plan);
      const sheet = sheetNames[prepared.sheetKey];
      const gmv = kpiRow(workbook, sheet, "GMV");
      const disputes = kpiRow(workbook, sheet, "Dispute count");
      expect(workbook.getValue(sheet, `D${gmv}`)).toBe(0.6);
      expect(valueOfName(workbook, "Score_Total").value).toBe("incomplete");

      workbook.setCellValue(sheet, `I${gmv}`, 90);
      workbook.setCellValue(sheet, `I${disputes}`, 5);
      // GMV 90: between base 80 and target 100 → 60 + 40 × (90 − 80)/(100 − 80) = 80; × 60% = 48.
      expect(workbook.getValue(sheet, `J${gmv}`)).toBeCloseTo(80, 9);
      // Disputes 5 (lower is better): between target 6 and challenge 4 → 100 + 20 × (6 − 5)/(6 − 4)
      // = 110; × 40% = 44.
      expect(workbook.getValue(sheet, `J${disputes}`)).toBeCloseTo(110, 9);
      // Total 48 + 44 = 92: grade B (B ≥ 85, A ≥ 100).
      expect(valueOfName(workbook, "Score_Total").value).toBeCloseTo(92, 9);
      expect(valueOfName(workbook, "Score_Grade").value).toBe("B");
    } finally {
      workbook.dispose();
    }
  });

  test("the editor's draft of the table's template is what gets built", async () => {
    const workbook = workbookWith({ MyKpis: MY_KPIS });
    try {
      const values = await withTableTemplate(workbook, "MyKpis");
      if (!values.tableTemplate || !("value" in values.tableTemplate)) throw new Error("refused");
      // GMV 60 → 50 and disputes 40 → 50 (still 100%); GMV's target 100 → 90.
      let draft = templateDraft(values.tableTemplate.value);
      draft = editDraft(draft, 0, "weight", "50");
      draft = editDraft(draft, 1, "weight", "50");
      draft = editDraft(draft, 0, "target", "90");
      const options = scorecardOptions({ ...values, edits: draft }, undefined, "en-US");
      expect(options.template?.kpis.map((kpi) => [kpi.weight, kpi.target])).toEqual([
        [0.5, 90],
        [0.5, 6],
      ]);
      // The template read from the table is left as it was.
      expect(values.tableTemplate.value.kpis[0].target).toBe(100);
    } finally {
      workbook.dispose();
    }
  });

  test("weights summing to 90% are refused with the 10% difference, in either language", async () => {
    const short: CellValue[][] = [
      HEADER_EN,
      ["Sales", "GMV", 50, "higher", 80, 100, 120],
      ["Service", "Dispute count", 40, "lower", 10, 6, 4],
    ];
    const workbook = workbookWith({ Short: short });
    try {
      expect(await readTemplateTable(workbook, "Short", "en-US")).toEqual({
        table: "Short",
        problem: "Short: the weights add up to 90%, not 100% (10% missing).",
      });
      const zh = await readTemplateTable(workbook, "Short", "zh-CN");
      expect(zh).toEqual({
        table: "Short",
        problem: "Short：权重合计为 90%，不是 100%（还差 10%）。",
      });
      // Build says the same thing rather than building something else.
      const values = {
        ...DEFAULT_SCORECARD_FORM,
        template: tableTemplateChoice("Short"),
        tableTemplate: zh,
      };
      expect(() => prepareScorecards(values, undefined, "zh-CN")).toThrow(
        new Error("Short：权重合计为 90%，不是 100%（还差 10%）。")
      );
    } finally {
      workbook.dispose();
    }
  });

  test("a table without a target column is refused naming the column", async () => {
    const workbook = workbookWith({
      NoTarget: [
        ["维度", "指标", "权重", "方向"],
        ["销售", "成交额", 100, "高"],
      ],
    });
    try {
      const read = await readTemplateTable(workbook, "NoTarget", "en-US");
      expect("problem" in read && read.problem).toContain("target / 目标");
    } finally {
      workbook.dispose();
    }
  });

  test("a table chosen but not read yet stops Build with what to do", () => {
    const values = { ...DEFAULT_SCORECARD_FORM, template: tableTemplateChoice("MyKpis") };
    expect(() => scorecardOptions(values, undefined, "en-US")).toThrow(
      new Error("The table “MyKpis” has not been read yet. Wait a moment, or choose it again.")
    );
  });
});

describe("a team on a zh-CN template table, actuals prefilled from a table", () => {
  /*
   * 成交额 (GMV)      weight 0.7, higher, 100 / 200 / 300
   * 差评数 (bad reviews) weight 0.3, lower, 20 / 10 / 5
   */
  const TEMPLATE: CellValue[][] = [
    ["维度", "指标", "权重", "方向", "基础目标", "目标", "挑战目标"],
    ["销售", "成交额", 0.7, "高", 100, 200, 300],
    ["服务", "差评数", 0.3, "低", 20, 10, 5],
  ];
  const ACTUALS: CellValue[][] = [
    ["员工", "指标", "实际值"],
    ["Wang Lei", "成交额", 250],
    ["Wang Lei", "差评数", 15],
    ["Li Na", "成交额", 50],
    ["Nobody", "成交额", 1],
    ["Li Na", "好评数", 3],
  ];

  test("each placed actual is scored as by hand, and each row that cannot be placed is named", async () => {
    const workbook = workbookWith({ Kpis: TEMPLATE, Actuals: ACTUALS });
    try {
      const actuals = await readActualsTable(workbook, "Actuals", "zh-CN");
      expect(actuals).toMatchObject({ table: "Actuals", rows: 5 });
      const values = await withTableTemplate(workbook, "Kpis", {
        actualsTable: "Actuals",
        actuals,
      });
      const prepared = prepareScorecards(values, { data: TEAM, mapping: MAPPING }, "zh-CN");
      expect(prepared.notes).toEqual([
        "2 张考核表和 1 张汇总表；第 n 张表有工作表级名称 Score_Total、Score_Grade，以及工作簿级名称 Score_Total_n、Score_Grade_n。",
        "已预填 3 个实际值。",
        "实际值第 5 行：没有员工“Nobody”的考核表；该行未使用。",
        "实际值第 6 行：Li Na 没有指标“好评数”；该行未使用。",
      ]);
      await workbook.applyPlan(prepared.plan);

      // Wang Lei: 成交额 250 is past the target 200 → 100 + 20 × (250 − 200)/(300 − 200) = 110,
      // × 0.7 = 77; 差评数 15 is between base 20 and target 10 → 60 + 40 × (20 − 15)/(20 − 10) = 80,
      // × 0.3 = 24. Total 101: grade A (A ≥ 100, S ≥ 110).
      const wang = valueOfName(workbook, "Score_Total_1");
      expect(wang.sheet).toBe("Wang Lei");
      expect(
        workbook.getValue("Wang Lei", `J${kpiRow(workbook, "Wang Lei", "成交额")}`)
      ).toBeCloseTo(110, 9);
      expect(
        workbook.getValue("Wang Lei", `J${kpiRow(workbook, "Wang Lei", "差评数")}`)
      ).toBeCloseTo(80, 9);
      expect(wang.value).toBeCloseTo(101, 9);
      expect(valueOfName(workbook, "Score_Grade_1").value).toBe("A");

      // Li Na: 成交额 50 is below the base target 100 → 0; no 差评数, so the total is incomplete.
      const liNaGmv = kpiRow(workbook, "Li Na", "成交额");
      expect(workbook.getValue("Li Na", `I${liNaGmv}`)).toBe(50);
      expect(workbook.getValue("Li Na", `J${liNaGmv}`)).toBe(0);
      expect(valueOfName(workbook, "Score_Total_2").value).toBe("未完成");
    } finally {
      workbook.dispose();
    }
  });

  test("an actuals table without an actual column is refused naming the column", async () => {
    const workbook = workbookWith({
      Wrong: [
        ["employee", "kpi", "value"],
        ["Wang Lei", "GMV", 1],
      ],
    });
    try {
      const read = await readActualsTable(workbook, "Wrong", "en-US");
      expect("problem" in read && read.problem).toContain("actual / 实际值");
      const values = {
        ...DEFAULT_SCORECARD_FORM,
        template: "customer_service",
        actualsTable: "Wrong",
        actuals: read,
      };
      expect(() => scorecardOptions(values, undefined, "en-US")).toThrow(ScorecardFormError);
    } finally {
      workbook.dispose();
    }
  });

  test("no actuals table: nothing prefilled and no prefill note", () => {
    const prepared = prepareScorecards(
      { template: "customer_service", period: "", employeeName: "", actualsTable: "" },
      undefined,
      "en-US"
    );
    expect(prepared.notes).toHaveLength(1);
  });
});
