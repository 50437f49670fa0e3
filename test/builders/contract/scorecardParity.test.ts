/**
 * Parity for the scorecard module (issue 14): the same roster, actuals and options give the same plan
 * through the CLI command derived from the module (src/cli/builderCommand.ts) and through the panel's
 * path (BuilderPage with the scorecard's own part: test/support/scorecardPanelPath.ts). Before the
 * module, the CLI and the panel each read the roster and picked the template their own way.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BuildOutput } from "../../../src/builders/builder";
import { detectInputColumns } from "../../../src/builders/inputTables";
import { builtInTemplate } from "../../../src/builders/scorecard/builtInTemplates";
import { ROSTER_INPUT } from "../../../src/builders/scorecard/scorecardInputs";
import { scorecardBuilder } from "../../../src/builders/scorecard/scorecardModule";
import { readTabularFile } from "../../../src/io/readTabularFile";
import type { PageSource } from "../../../src/taskpane/pages/builderPageModel";
import { templateDraft } from "../../../src/taskpane/pages/templateEditorModel";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { useCliFolder } from "../../support/cliHarness";
import { recordingBuilder } from "../../support/recordingBuilder";
import { prepareScorecards } from "../../support/scorecardPanelPath";

const built: BuildOutput[] = [];
const mockRecorded = recordingBuilder(scorecardBuilder, built);

jest.mock("../../../src/cli/commands", () => {
  const { builderCommand } = jest.requireActual("../../../src/cli/builderCommand");
  return {
    get COMMANDS() {
      return [builderCommand(mockRecorded)];
    },
  };
});

const TEAM = [
  "姓名,岗位,部门,直接上级",
  "黄强,warehouse,仓储,周婷",
  "周婷,data_analyst,数据,",
  "李娜,客服,客服部,周婷",
].join("\n");
// Huang Qiang exactly on target on his four warehouse KPIs; one row for nobody.
const ACTUALS = [
  "员工,指标,实际值",
  "黄强,pickup_48h,95%",
  "黄强,cost_per_parcel,6",
  "黄强,stock_count_accuracy,99.5%",
  "黄强,wrong_missed_shipments,0.1%",
  "无名,pickup_48h,95%",
].join("\n");

const { cli } = useCliFolder("ops-scorecard-parity-", async (dir) => {
  await writeFile(join(dir, "team.csv"), TEAM);
  await writeFile(join(dir, "actuals.csv"), ACTUALS);
});

async function table(text: string, name: string) {
  return readTabularFile(new TextEncoder().encode(text), name);
}

/** The roster as the page reads it: columns found by the module's synonyms, confirmed as they are. */
async function rosterSource(): Promise<PageSource> {
  const data = await table(TEAM, "team.csv");
  const columns = detectInputColumns(ROSTER_INPUT, data.header);
  return {
    data,
    mapping: Object.fromEntries(Object.entries(columns).map(([id, c]) => [id, c ?? null])),
  };
}

/** The panel's actuals: a table read from the workbook, as the page's own part keeps it. */
async function actualsChoice() {
  const data = await table(ACTUALS, "actuals.csv");
  return { actualsTable: "Actuals", actuals: { table: "Actuals", value: data, rows: 5 } };
}

/** The CLI's output as the panel shows it: warnings after the notes. */
function asShown(output: BuildOutput) {
  return { ...output, notes: [...output.notes, ...(output.warnings ?? [])] };
}

async function runCli(args: string[]): Promise<BuildOutput> {
  built.length = 0;
  const result = await cli(["scorecard", ...args, "--out", `${built.length}-${Date.now()}.xlsx`]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return built[0];
}

describe("scorecard: the panel's path gives the CLI's plan", () => {
  test("a team on each person's role, actuals prefilled, bands, cap and the forced distribution", async () => {
    const options = {
      bands: "S=115,A=100,B=80,C=60,D=0",
      cap: "130",
      forcedDistribution: "30/40/30",
    };
    const viaCli = await runCli([
      "--roster",
      "team.csv",
      "--actuals",
      "actuals.csv",
      "--period",
      "2026 Q1",
      "--bands",
      options.bands,
      "--cap",
      options.cap,
      "--forced-distribution",
      options.forcedDistribution,
    ]);
    const viaPanel = prepareScorecards(
      { template: "byRole", period: "2026 Q1", ...(await actualsChoice()) },
      await rosterSource(),
      "en-US",
      options
    );
    expect(viaPanel).toEqual(asShown(viaCli));
    // A summary and one sheet each, in roster order; 李娜's role is 客服's built-in template by name.
    expect(viaCli.plan.sheets.map((sheet) => sheet.name)).toEqual([
      "Scorecard summary",
      "黄强",
      "周婷",
      "李娜",
    ]);
    expect(viaCli.warnings).toEqual([
      'Actuals row 6: no scorecard for employee "无名"; the row is not used.',
    ]);

    // Huang Qiang on target on every KPI: 100 × each weight = 100, grade A (A from 100, S from 115).
    const workbook = new MemoryWorkbook();
    try {
      await workbook.applyPlan(viaPanel.plan);
      const total = workbook.definedNames().find((name) => name.name === "Score_Total_1");
      const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(total?.ref ?? "");
      expect(match && workbook.getValue(match[1], match[2] + match[3])).toBeCloseTo(100, 9);
    } finally {
      workbook.dispose();
    }
  });

  test("one employee of the team on a built-in role for everyone, unprotected", async () => {
    const viaCli = await runCli([
      "--roster",
      "team.csv",
      "--employee",
      "周婷",
      "--role",
      "customer_service",
      "--no-protect",
    ]);
    const viaPanel = prepareScorecards(
      {
        // Choosing a role in the page opens the editor on it: the draft, untouched, is what is built.
        template: "customer_service",
        edits: templateDraft(builtInTemplate("customer_service")),
        employeeName: "周婷",
      },
      await rosterSource(),
      "en-US",
      { noProtect: true }
    );
    expect(viaPanel).toEqual(asShown(viaCli));
    expect(viaCli.plan.sheets.map((sheet) => [sheet.name, sheet.protection])).toEqual([
      ["周婷", undefined],
    ]);
  });
});
