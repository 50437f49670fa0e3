/**
 * The grid rendered to HTML in Node (no DOM here; browser tests come with playwright): it renders only a
 * window of rows, formats values by their number format and marks input cells.
 */
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRef } from "react";
import { ObservedMemoryWorkbook } from "../../src/playground/ObservedMemoryWorkbook";
import { PLAYGROUND_TEXTS } from "../../src/playground/playgroundTexts";
import { GridViewport } from "../../src/playground/GridViewport";
import { SheetGrid } from "../../src/playground/SheetGrid";
import { generateSampleShopData } from "../../src/playground/sampleShopData";
import { sampleWorkbookPlan } from "../../src/playground/sampleWorkbookPlan";

let workbook: ObservedMemoryWorkbook;
beforeAll(async () => {
  workbook = new ObservedMemoryWorkbook();
  await workbook.applyPlan(sampleWorkbookPlan(generateSampleShopData()));
  await workbook.applyPlan({
    sheets: [
      {
        key: "inputs",
        name: "Inputs",
        blocks: [{ anchor: "A1", rows: [[0.125, { formula: "=A1*2" }]] }],
        formats: [{ range: "A1", style: "input", numberFormat: "percent1" }],
      },
    ],
  });
});
afterAll(() => workbook.dispose());

function render(sheet: string, scrollTop: number): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <GridViewport
        workbook={workbook}
        sheet={sheet}
        selection={{ row: 0, column: 0 }}
        onSelect={() => undefined}
        scrollTop={scrollTop}
        onScroll={() => undefined}
        viewportRef={createRef()}
        version={0}
        texts={PLAYGROUND_TEXTS["en-US"]}
      />
    </FluentProvider>
  );
}

test("a 3,800-row sheet renders only a window of rows around the scroll position", () => {
  const html = render("经营数据 Daily data", 24 * 2000);
  const rows = new Set(Array.from(html.matchAll(/data-cell="[A-Z]+(\d+)"/g), (match) => match[1]));
  expect(rows.size).toBeLessThanOrEqual(100);
  expect(rows.has("2001")).toBe(true);
  expect(rows.has("1")).toBe(false);
  // ARIA counts every row of the grid: 3,837 sheet rows plus the column-letter header row.
  expect(html).toContain('aria-rowcount="3838"');
});

test("cells show formatted values; input cells are marked", () => {
  const daily = render("经营数据 Daily data", 0);
  expect(daily).toMatch(/data-cell="A2"[^>]*>2025-01-01</);
  expect(daily).toMatch(/data-cell="G2"[^>]*>¥[\d,]+</);
  const inputs = render("Inputs", 0);
  expect(inputs).toMatch(/data-cell="A1" data-input="true"[^>]*>12\.5%</);
  expect(inputs).toMatch(/data-cell="B1"[^>]*>0\.25</);
  expect(inputs).not.toMatch(/data-cell="B1" data-input/);
});

test("a rebuilt sheet's kept version is hidden: no tab for it, the new sheet shows", async () => {
  const rebuilt = new ObservedMemoryWorkbook();
  const report = (gmv: number) => ({
    sheets: [
      { key: "r", name: "Report", replaces: "Report", blocks: [{ anchor: "A1", rows: [[gmv]] }] },
    ],
  });
  await rebuilt.applyPlan(report(100));
  await rebuilt.applyPlan(report(200));
  try {
    expect(await rebuilt.listSheets()).toEqual(["Report", "Report (v1)"]);
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <SheetGrid workbook={rebuilt} texts={PLAYGROUND_TEXTS["en-US"]} />
      </FluentProvider>
    );
    const tabs = Array.from(html.matchAll(/role="tab"[^>]*>(?:<[^>]*>)*([^<]+)</g), (m) => m[1]);
    expect(tabs).toEqual(["Report"]);
    expect(html).toMatch(/data-cell="A1"[^>]*>200</);
  } finally {
    rebuilt.dispose();
  }
});
