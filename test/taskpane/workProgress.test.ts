/**
 * The progress model of the panel and the playground (stages, labels in both languages, fractions), its
 * throttle, and the formula budget that turns an over-long live build into an offer of values-only.
 * Expected texts are written out here, not read from panelTexts.ts, so a wrong translation fails.
 */
import type { WorkbookPlan } from "../../src/plan/types";
import { countFormulas, overFormulaBudget } from "../../src/taskpane/components/formulaBudget";
import { progressView, throttleProgress } from "../../src/taskpane/components/workProgress";

describe("progressView", () => {
  test("rows read of a known total: count with grouping, fraction and percentage (rounded down)", () => {
    expect(progressView({ stage: "rows", done: 12_345, total: 100_000 }, "en-US")).toEqual({
      label: "Read 12,345 of 100,000 rows…",
      value: 0.12345,
      detail: "12% done",
    });
    expect(progressView({ stage: "rows", done: 99_999, total: 100_000 }, "zh-CN")).toEqual({
      label: "已读取 99,999 / 100,000 行…",
      value: 0.99999,
      detail: "已完成 99%",
    });
  });

  test("rows without a total, and before the first count: indeterminate", () => {
    expect(progressView({ stage: "rows", done: 500 }, "en-US")).toEqual({
      label: "Read 500 rows…",
      value: undefined,
      detail: undefined,
    });
    expect(progressView({ stage: "rows" }, "zh-CN")).toEqual({ label: "正在读取数据…" });
  });

  test("a file's bytes in MB (MiB, one decimal)", () => {
    const view = progressView(
      { stage: "file", done: 1.5 * 1024 * 1024, total: 8 * 1024 * 1024 },
      "en-US"
    );
    expect(view).toEqual({
      label: "Reading the file: 1.5 of 8 MB",
      value: 0.1875,
      detail: "18% done",
    });
    expect(progressView({ stage: "file" }, "zh-CN").label).toBe("正在读取文件…");
  });

  test("sheet and plan stages are indeterminate and say what is happening", () => {
    expect(progressView({ stage: "sheet", done: 100_000 }, "en-US")).toEqual({
      label: "Putting 100,000 rows on a sheet…",
    });
    expect(progressView({ stage: "sheet", done: 100_000 }, "zh-CN").label).toBe(
      "正在将 100,000 行写入工作表…"
    );
    expect(progressView({ stage: "plan" }, "en-US")).toEqual({
      label: "Working out the sheets from the data…",
    });
  });

  test("apply: the adapter's units as a percentage; a zero total or none is indeterminate", () => {
    expect(progressView({ stage: "apply", done: 1, total: 4 }, "zh-CN")).toEqual({
      label: "正在生成工作表…",
      value: 0.25,
      detail: "已完成 25%",
    });
    expect(progressView({ stage: "apply", done: 0, total: 0 }, "en-US").value).toBeUndefined();
    // A report past the total (should not happen) stays a full bar.
    expect(progressView({ stage: "apply", done: 5, total: 4 }, "en-US").value).toBe(1);
  });
});

describe("throttleProgress", () => {
  test("passes the first report, then one per interval, and always the last", () => {
    let clock = 0;
    const seen: number[] = [];
    const report = throttleProgress(
      (done) => seen.push(done),
      100,
      () => clock
    );
    report(1, 10); // t=0: first
    clock = 50;
    report(2, 10); // too soon
    clock = 100;
    report(3, 10); // 100 ms after the first
    clock = 120;
    report(4, 10); // too soon
    report(10, 10); // the last, whatever the time
    expect(seen).toEqual([1, 3, 10]);
  });
});

describe("formula budget", () => {
  test("countFormulas counts formula cells across sheets and blocks, not values", () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "a",
          name: "A",
          blocks: [
            {
              anchor: "A1",
              rows: [
                ["x", { formula: "=1+1" }],
                [null, { formula: "=B1" }],
              ],
            },
            { anchor: "D1", rows: [[3, "=not a formula, text"]] },
          ],
        },
        { key: "b", name: "B", blocks: [{ anchor: "A1", rows: [[{ formula: "=A!B1" }]] }] },
      ],
    };
    expect(countFormulas(plan)).toBe(3);
  });

  test("formulas × rows × seconds per formula-row, refused only above the limit", () => {
    const budget = { secondsPerFormulaRow: 0.4e-6, maxSeconds: 20 };
    // A monthly report by channel has ~4,338 formulas: 100,000 rows → 4,338 × 100,000 × 0.4 µs = 173.52 s.
    expect(overFormulaBudget(budget, 4_338, 100_000)).toBeCloseTo(173.52, 6);
    // 10,000 rows → 17.352 s: within 20 s.
    expect(overFormulaBudget(budget, 4_338, 10_000)).toBeUndefined();
    // Exactly at the limit is allowed: 50,000,000 formula-rows × 0.4 µs = 20 s.
    expect(overFormulaBudget(budget, 500, 100_000)).toBeUndefined();
    // Excel has no budget.
    expect(overFormulaBudget(undefined, 4_338, 1_000_000)).toBeUndefined();
  });

  test("a small source is estimated at the lower rate measured on small sources", () => {
    const budget = {
      secondsPerFormulaRow: 0.5e-6,
      small: { upToRows: 5_000, secondsPerFormulaRow: 0.3e-6 },
      maxSeconds: 20,
    };
    // 14,000 formulas × 5,000 rows = 7e7 formula-rows: 21 s at 0.3 µs, refused; 35 s at 0.5 µs above 5,000.
    expect(overFormulaBudget(budget, 14_000, 5_000)).toBeCloseTo(21, 6);
    expect(overFormulaBudget(budget, 14_000, 5_001)).toBeCloseTo(35.007, 6);
    // 11,000 × 3,816 × 0.3 µs = 12.59 s: allowed (at 0.5 µs it would be 20.99 s, refused).
    expect(overFormulaBudget(budget, 11_000, 3_816)).toBeUndefined();
    expect(overFormulaBudget({ ...budget, small: undefined }, 11_000, 3_816)).toBeCloseTo(
      20.988,
      6
    );
  });
});
