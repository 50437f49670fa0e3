/**
 * The panel derived from a builder module (issue 14), rendered server-side: its tab sits between the
 * builders with their own pages and Functions, and its page shows one source per input table and one
 * control per field, labelled in the panel's language, with the field's default typed in.
 */
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../src/i18n/locale";
import { scorecardBuilder } from "../../src/builders/scorecard/scorecardModule";
import { targetsBuilder } from "../../src/builders/targets";
import { App } from "../../src/taskpane/App";
import { BUILDER_PANELS } from "../../src/taskpane/builderPanels";
import { BuilderPage } from "../../src/taskpane/pages/BuilderPage";
import { panelTabs } from "../../src/taskpane/panelTabs";
import { reportBuilder } from "../../src/builders/report";
import { PanelLocaleProvider } from "../../src/taskpane/panelLocale";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { FIXTURE_BUILDER } from "../support/fixtureBuilder";

const page = (locale: Locale, builder = FIXTURE_BUILDER) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <PanelLocaleProvider locale={locale}>
        <BuilderPage
          port={new MemoryWorkbook()}
          builder={builder}
          panel={BUILDER_PANELS[builder.id]}
        />
      </PanelLocaleProvider>
    </FluentProvider>
  ).replace(/<!-- -->/g, "");

test("a registered module gets a tab before Functions, named in each language", () => {
  // The report and the scorecard are registered modules too (issue 14), in the registry's order.
  const builders = [targetsBuilder, FIXTURE_BUILDER, reportBuilder, scorecardBuilder];
  expect(panelTabs("en-US", builders).map((tab) => tab.label)).toEqual([
    "Targets",
    "Sales summary",
    "Report",
    "Scorecard",
    "Functions",
  ]);
  expect(panelTabs("zh-CN", builders)[1].label).toBe("销售汇总");
  const html = renderToString(
    <App port={new MemoryWorkbook()} initialLocale="zh-CN" builders={builders} />
  );
  expect(html).toContain(">销售汇总</");
});

test.each([
  [
    "en-US",
    [
      "Sales summary",
      "Sales",
      "daily sales export",
      "Target",
      "Base share",
      "Grain",
      "Add a note",
      "Build summary",
    ],
  ],
  [
    "zh-CN",
    ["销售汇总", "销售数据", "每日销售导出", "目标", "基础比例", "粒度", "添加说明", "生成汇总"],
  ],
] as const)("its page in %s: the input, every field and Build", (locale, words) => {
  const html = page(locale);
  for (const word of words) expect(html).toContain(word);
  // The ratio field starts with its default as typed; the choice with its default value.
  expect(html).toMatch(/value="80%"/);
  expect(html).toMatch(/<option value="month" selected="">/);
});

test("a page with a plug-in: its section shows, and the inputs and fields it stands in for do not", () => {
  const html = page("en-US", scorecardBuilder);
  // The derived parts: the roster's source, the fields, Build.
  for (const word of ["Team roster", "Period", "Grade bands", "S=110,A=100,B=85,C=70,D=0"])
    expect(html).toContain(word);
  expect(html).toContain("Leave the sheets unprotected");
  expect(html).toContain("Build scorecards");
  // The plug-in's section: the template choice and the actuals table.
  expect(html).toContain("KPI template");
  expect(html).toContain("Prefill actuals from");
  // Left out: the --role field and the --template and --actuals inputs' own sources.
  expect(html).not.toContain("Built-in role<");
  expect(html).not.toContain("your own template, .csv/.xlsx or .json");
  expect(html).not.toContain("actual values to prefill (.csv");
});

test("a secret field is typed as a password: the scorecard's protection password is hidden, its other text fields are not", () => {
  const html = page("en-US", scorecardBuilder);
  // Fluent's Field ties its label to its control: the label's `for` is the input's id.
  const inputOf = (label: string): string => {
    const id = new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${label}<`).exec(html)?.[1];
    expect(id).toBeDefined();
    const input = new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0];
    expect(input).toBeDefined();
    return input!;
  };
  expect(inputOf("Protection password")).toMatch(/type="password"/);
  expect(inputOf("Period")).toMatch(/type="text"/);
  expect(inputOf("Grade bands")).toMatch(/type="text"/);
});
