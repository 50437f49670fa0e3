/**
 * Parity for the targets module (issue 14): the same history file and the same typed fields give the
 * same plan through the CLI command derived from the module (src/cli/builderCommand.ts) and through the
 * panel's path (src/taskpane/pages/builderPageModel.ts). Before the module, the two hosts read the
 * fields with their own parsers, found the history's columns with two synonym lists and defaulted to
 * different fiscal years.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BuildOutput } from "../../../src/builders/builder";
import { targetsBuilder } from "../../../src/builders/targets";
import { detectInputColumns } from "../../../src/builders/inputTables";
import { readTabularFile } from "../../../src/io/readTabularFile";
import { prepareBuilderBuild } from "../../../src/taskpane/pages/builderPageModel";
import { useCliFolder } from "../../support/cliHarness";
import { recordingBuilder } from "../../support/recordingBuilder";

const TODAY = new Date(2026, 10, 22);
const built: BuildOutput[] = [];
const mockRecorded = recordingBuilder(targetsBuilder, built);

jest.mock("../../../src/cli/commands", () => {
  const { builderCommand } = jest.requireActual("../../../src/cli/builderCommand");
  return {
    get COMMANDS() {
      return [builderCommand(mockRecorded, { today: () => TODAY })];
    },
  };
});

/** 2025 by month and channel, with a refunds column that must not be read as sales. */
const HISTORY = [
  "月份,渠道,退款金额,销售额,访客数,支付订单数",
  ...Array.from({ length: 12 }, (_, i) => {
    const month = `2025-${String(i + 1).padStart(2, "0")}`;
    const m = i + 1;
    return [
      `${month},天猫,5,${600 * m},${100 * m},${6 * m}`,
      `${month},京东,7,${400 * m},${50 * m},${4 * m}`,
    ];
  }).flat(),
].join("\n");

const { cli } = useCliFolder("ops-targets-parity-", async (dir) => {
  await writeFile(join(dir, "history.csv"), HISTORY);
});

async function panelSource(text: string, name: string) {
  const data = await readTabularFile(new TextEncoder().encode(text), name);
  const columns = detectInputColumns(targetsBuilder.inputs[0], data.header);
  return {
    data,
    mapping: Object.fromEntries(Object.entries(columns).map(([id, c]) => [id, c ?? null])),
  };
}

describe("targets: the panel's path gives the CLI's plan", () => {
  test("with history split by channel, weekly, fiscal April", async () => {
    built.length = 0;
    const typed = {
      annual: "7800万",
      by: "渠道",
      grain: "week",
      "fiscal-start": "apr",
      round: "1000",
      base: "80",
      challenge: "1.3",
    };
    const args = Object.entries(typed).flatMap(([flag, value]) => [`--${flag}`, value]);
    const result = await cli(["targets", "--history", "history.csv", ...args, "--out", "t.xlsx"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const viaCli = built[0];
    const viaPanel = prepareBuilderBuild(
      targetsBuilder,
      { history: await panelSource(HISTORY, "history.csv") },
      {
        annual: "7800万",
        by: "渠道",
        grain: "week",
        fiscalStart: "4", // the panel's month list; the CLI typed apr
        round: "1000",
        base: "80",
        challenge: "1.3",
      },
      "en-US",
      { skipInvalid: false, today: TODAY }
    );
    expect(viaPanel).toEqual(viaCli);
    // The history ends in December 2025, inside fiscal April's FY2026: the plan is for FY2027.
    expect(viaCli.summary).toContainEqual(["Fiscal year:", "FY2027 (2026-04 to 2027-03)"]);
    expect(viaCli.summary).toContainEqual(["Members:", "2: 天猫, 京东"]);
    expect(viaCli.summary).toContainEqual(["Tiers:", "base 80%, challenge 130%"]);
  });

  test("without history: members typed, the next fiscal year from today in both", async () => {
    built.length = 0;
    const result = await cli([
      "targets",
      "--annual",
      "1,200",
      "--members",
      "Tmall, JD、Douyin",
      "--metric",
      "profit",
      "--out",
      "m.xlsx",
    ]);
    expect(result.code).toBe(0);
    const viaPanel = prepareBuilderBuild(
      targetsBuilder,
      {},
      { annual: "1,200", members: "Tmall, JD、Douyin", metric: "profit" },
      "en-US",
      { skipInvalid: false, today: TODAY }
    );
    expect(viaPanel).toEqual(built[0]);
    expect(viaPanel.summary).toContainEqual(["Fiscal year:", "FY2027 (2027-01 to 2027-12)"]);
  });
});
