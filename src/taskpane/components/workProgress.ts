/**
 * The progress of long work in the panel and the playground, as data: which stage it is in and how far,
 * and what the progress bar shows for it (label and fraction) in the user's language. Stages, in order:
 * - file: a file's bytes read into the page (the playground's Open);
 * - rows: rows read from a source (Excel reads in windows; a file once parsed);
 * - sheet: rows put on a sheet of the playground's workbook;
 * - plan: the builder working out the plan (no measure of its own: indeterminate);
 * - apply: the adapter writing the plan (ApplyOptions.onProgress).
 * Kept apart from React so the rules are unit-tested; the bar itself is BuildProgress.
 */
import { format, type Locale } from "../../i18n/locale";
import { PANEL_TEXTS } from "../../i18n/panelTexts";

export type WorkStage = "file" | "rows" | "sheet" | "plan" | "apply";

export interface WorkProgress {
  stage: WorkStage;
  /** Bytes (file), rows (rows, sheet) or the adapter's units (apply) done so far. */
  done?: number;
  /** The whole, when known. */
  total?: number;
}

export interface ProgressView {
  label: string;
  /** 0 to 1; undefined: the bar is indeterminate (nothing to measure, or no total yet). */
  value?: number;
  /** The percentage, when there is a fraction. */
  detail?: string;
}

const MIB = 1024 * 1024;

export function progressView(progress: WorkProgress, locale: Locale): ProgressView {
  const text = PANEL_TEXTS[locale];
  const { stage, done, total } = progress;
  const count = (n: number) => n.toLocaleString(locale);
  const megabytes = (n: number) => (n / MIB).toLocaleString(locale, { maximumFractionDigits: 1 });
  const value =
    total !== undefined && total > 0 && done !== undefined
      ? Math.min(1, Math.max(0, done / total))
      : undefined;
  const detail =
    value === undefined
      ? undefined
      : format(text.buildProgressDone, { percent: Math.floor(value * 100) });
  switch (stage) {
    case "file":
      return {
        label:
          total === undefined
            ? text.progressFile
            : format(text.progressFileBytes, {
                done: megabytes(done ?? 0),
                total: megabytes(total),
              }),
        value,
        detail,
      };
    case "rows":
      if (done === undefined) return { label: text.readingSource };
      return {
        label:
          total === undefined
            ? format(text.progressRows, { done: count(done) })
            : format(text.progressRowsOf, { done: count(done), total: count(total) }),
        value,
        detail,
      };
    case "sheet":
      // One call into the formula engine: nothing to count while it runs.
      return { label: format(text.progressSheet, { rows: count(done ?? 0) }) };
    case "plan":
      return { label: text.progressPlan };
    case "apply":
      return { label: text.buildProgress, value, detail };
  }
}

/**
 * Lets the page render, paint and take input before the next piece of work. A timer alone may fire
 * before React commits the new progress (its scheduler is a task too) and before a paint, so in a browser
 * it waits for the next frame and then a task after it; elsewhere (Node) a timer.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function")
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/**
 * Passes on at most one progress report per `intervalMs` (a re-render per window or row would cost
 * more than the work), but always the first and the last (done === total).
 */
export function throttleProgress(
  report: (done: number, total: number) => void,
  intervalMs = 100,
  now: () => number = () => Date.now()
): (done: number, total: number) => void {
  let last = -Infinity;
  return (done, total) => {
    const time = now();
    if (done < total && time - last < intervalMs) return;
    last = time;
    report(done, total);
  };
}
