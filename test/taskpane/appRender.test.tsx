/**
 * Server-side render checks of the panel (jest runs in Node without a DOM): the App shows its navigation
 * in the chosen language and each shared component renders what its props say. Interaction is left to
 * the browser tests that arrive with the playground.
 */
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../../src/i18n/locale";
import { PANEL_TEXTS } from "../../src/i18n/panelTexts";
import type { SheetPlan } from "../../src/plan/types";
import { targetsBuilder } from "../../src/builders/targets";
import { App } from "../../src/taskpane/App";
import { BuildProgress } from "../../src/taskpane/components/BuildProgress";
import { ColumnMapping } from "../../src/taskpane/components/ColumnMapping";
import { detectColumns } from "../../src/table/detectColumns";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { PreviewTable } from "../../src/taskpane/components/PreviewTable";
import { sheetPlanPreview } from "../../src/taskpane/components/previewData";
import { SourcePicker } from "../../src/taskpane/components/SourcePicker";
import { SuccessBar } from "../../src/taskpane/components/SuccessBar";
import { PanelLocaleProvider } from "../../src/taskpane/panelLocale";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { WorkbookError, type TableData } from "../../src/workbook/port";

const SALES: TableData = {
  source: "Table Sales",
  header: ["日期", "渠道", "销售额", "Active"],
  rows: [
    [45658, "天猫", 1200.5, true],
    [45659, "京东", 980, null],
    [45660, "抖音", 1500, false],
  ],
};

let workbook: MemoryWorkbook;
beforeEach(() => {
  workbook = new MemoryWorkbook();
  workbook.addSheetFromRows("Sales", [SALES.header, ...SALES.rows]);
});
afterEach(() => workbook.dispose());

/** The markup without the theme's style block, with the entities React escapes decoded: short failure output. */
function markup(element: ReactElement): string {
  return renderToString(element)
    .replace(/<style[^>]*>[^<]*<\/style>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function render(element: ReactElement, locale: Locale = "en-US"): string {
  return markup(
    <FluentProvider theme={webLightTheme}>
      <PanelLocaleProvider locale={locale}>{element}</PanelLocaleProvider>
    </FluentProvider>
  );
}

describe("App", () => {
  test.each([
    ["zh-CN", ["目标拆解", "经营报表", "绩效考核", "函数", "运营规划助手"]],
    ["en-US", ["Targets", "Report", "Scorecard", "Functions", "Ops Planner"]],
  ] as const)("shows the navigation in %s", (locale, labels) => {
    const html = markup(<App port={workbook} initialLocale={locale} />);
    for (const label of labels) expect(html).toContain(label);
    expect(html).toContain('role="tablist"');
    // The first tab's page, derived from the targets module: its description is the intro.
    expect(html).toContain(targetsBuilder.texts[locale].description);
  });

  test("the other language's labels do not leak in", () => {
    const html = markup(<App port={workbook} initialLocale="zh-CN" theme="dark" />);
    expect(html).not.toContain(">Scorecard<");
  });
});

describe("PreviewTable", () => {
  test("shows the header and the first rows' values, up to maxRows", () => {
    const html = render(<PreviewTable data={SALES} maxRows={2} />);
    for (const value of ["日期", "销售额", "45658", "天猫", "1200.5", "TRUE", "京东"])
      expect(html).toContain(value);
    expect(html).not.toContain("抖音");
    expect(html).toContain("First 2 of 3 rows from Table Sales");
  });

  test("the date column shows dates as Excel does (45658 is 2025-01-01), other numbers as they are", () => {
    const html = render(<PreviewTable data={SALES} dateColumns={[0]} />);
    for (const date of ["2025-01-01", "2025-01-02", "2025-01-03"]) expect(html).toContain(date);
    expect(html).not.toContain("45658");
    expect(html).toContain("1200.5");
  });

  test("says so when there are no rows", () => {
    expect(render(<PreviewTable data={{ ...SALES, rows: [] }} />, "zh-CN")).toContain("只有表头");
  });

  test("previews a plan sheet's first block, formulas as written", () => {
    const sheet: SheetPlan = {
      key: "t",
      name: "目标",
      blocks: [
        {
          anchor: "A1",
          rows: [
            ["Month", "Target"],
            ["Jan", { formula: "=B9*0.1" }],
          ],
        },
      ],
    };
    const html = render(<PreviewTable data={sheetPlanPreview(sheet)} />);
    expect(html).toContain("=B9*0.1");
    expect(html).toContain("Month");
  });
});

describe("ErrorBar", () => {
  test.each([
    ["en-US", "empty", PANEL_TEXTS["en-US"].errorEmpty],
    ["zh-CN", "empty", PANEL_TEXTS["zh-CN"].errorEmpty],
    ["zh-CN", "tooLarge", PANEL_TEXTS["zh-CN"].errorTooLarge],
  ] as const)("%s guidance for %s", (locale, code, guidance) => {
    const html = render(
      <ErrorBar error={new WorkbookError(code, "No data at Sheet1!A1")} />,
      locale
    );
    expect(html).toContain(guidance);
    expect(html).toContain("No data at Sheet1!A1");
  });

  test("an unexpected error still says what to do", () => {
    expect(render(<ErrorBar error={new Error("boom")} />)).toContain(
      "Something went wrong: boom. Try again"
    );
  });
});

describe("ColumnMapping and detectColumns", () => {
  test("detects columns from either language's headers, each column once", () => {
    expect(
      detectColumns(["Order date", "Store", "GMV", "销售额"], {
        date: ["date"],
        sales: ["gmv", "销售额"],
      })
    ).toEqual({
      date: 0,
      sales: 2,
    });
    expect(detectColumns(["x"], { date: ["date"] })).toEqual({ date: null });
  });

  test("renders a labelled dropdown per meaning showing the mapped column", () => {
    const html = render(
      <ColumnMapping
        columns={SALES.header}
        meanings={[
          { id: "sales", label: "Sales amount" },
          { id: "spend", label: "Ad spend" },
        ]}
        mapping={{ sales: 2, spend: null }}
        onChange={() => undefined}
      />
    );
    expect(html).toContain("Sales amount");
    expect(html).toContain("销售额");
    expect(html).toContain("(not used)");
  });
});

describe("the other shared components", () => {
  test("BuildProgress shows its label and percentage", () => {
    const html = render(<BuildProgress progress={{ stage: "apply", done: 1, total: 4 }} />, "zh-CN");
    expect(html).toContain("正在生成工作表");
    expect(html).toContain("已完成 25%");
  });

  test("SuccessBar offers to go to the built sheet", () => {
    const html = render(<SuccessBar port={workbook} sheetName="Sales" />);
    expect(html).toContain("Go to sheet");
    expect(html).toContain('aria-label="Go to sheet Sales"');
  });

  test("SourcePicker offers the three kinds of source", () => {
    const html = render(<SourcePicker port={workbook} onLoad={() => undefined} />, "zh-CN");
    for (const label of ["Excel 表格", "当前选区", "整张工作表", "读取数据"])
      expect(html).toContain(label);
  });
});
