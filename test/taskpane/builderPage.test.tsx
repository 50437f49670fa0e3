/**
 * The panel derived from a builder module (issue 14), rendered server-side: its tab sits between the
 * builders with their own pages and Functions, and its page shows one source per input table and one
 * control per field, labelled in the panel's language, with the field's default typed in.
 */
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../src/i18n/locale";
import { targetsBuilder } from "../../src/builders/targets";
import { App } from "../../src/taskpane/App";
import { BuilderPage } from "../../src/taskpane/pages/BuilderPage";
import { panelTabs } from "../../src/taskpane/panelTabs";
import { reportBuilder } from "../../src/builders/report";
import { PanelLocaleProvider } from "../../src/taskpane/panelLocale";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { FIXTURE_BUILDER } from "../support/fixtureBuilder";

const page = (locale: Locale) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <PanelLocaleProvider locale={locale}>
        <BuilderPage port={new MemoryWorkbook()} builder={FIXTURE_BUILDER} />
      </PanelLocaleProvider>
    </FluentProvider>
  ).replace(/<!-- -->/g, "");

test("a registered module gets a tab before Functions, named in each language", () => {
  // The report is a registered module too (issue 14): listed after them here as in the registry.
  const builders = [targetsBuilder, FIXTURE_BUILDER, reportBuilder];
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
