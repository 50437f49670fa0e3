/** The report builder's options and the keys of the sheets and table it adds (shared by its modules). */
import type { CalendarOptions, Grain } from "../../core/calendar";
import type { Locale } from "../../i18n/locale";
import type { ReadNotes } from "../../table/tableData";
import type { ReportMapping } from "./reportFields";
import type { MetricId } from "./reportMetrics";

export interface ReportOptions {
  locale: Locale;
  /** The confirmed mapping (detectReportColumns proposes one). Date and GMV are required. */
  mapping: ReportMapping;
  /** 0-based source columns to break down by, outer first (0, 1 or 2). */
  by?: readonly number[];
  /** Default "month". */
  grain?: Grain;
  /** Excel serials; default the first and last readable date. Columns are the whole periods touching the range. */
  from?: number;
  to?: number;
  /** Metrics to show (a ratio brings the sums it divides); default every metric the columns allow. */
  metrics?: readonly MetricId[];
  /** Write a snapshot of values instead of live formulas. */
  values?: boolean;
  calendar?: CalendarOptions;
  /** Rebuild in place: the report (and data) sheet replace the sheets of the same name (SheetPlan.replaces). */
  rebuild?: boolean;
  /** For the note "built …"; default now. */
  generatedAt?: Date;
  /** Add the daily dashboard (核心指标看板) sheet, key DASHBOARD_SHEET_KEY (dashboardSheet.ts). */
  dashboard?: boolean;
  /**
   * Build even when some rows have cells the rules cannot read: those rows are left out whole and the
   * sheet says how many and what they held. Without it such a source is refused (errorInvalidCells).
   */
  skipInvalid?: boolean;
  /** What the source's reader left out (title lines, a total row, skipped rows): written in the notes. */
  readNotes?: ReadNotes;
}

/** The grains a report's columns can have. */
export const REPORT_GRAINS: readonly Grain[] = ["day", "week", "month", "quarter"];

/** Periods a sheet can hold with its column groups (4 columns per period, 16,384 columns). */
export const MAX_PERIODS = 2000;
export const REPORT_SHEET_KEY = "report";
export const DATA_SHEET_KEY = "reportData";
export const DATA_TABLE_NAME = "ReportData";
