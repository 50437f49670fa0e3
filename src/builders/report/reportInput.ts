/**
 * The report's one input table as the builder contract describes it: its columns with their labels and
 * the header synonyms of platform exports (FIELD_SYNONYMS, listed once), in the order detection tries
 * them. The CLI, the panel and the playground all detect a source's columns through it.
 */
import type { InputSpec } from "../builder";
import { detectInputColumns } from "../inputTables";
import { DETECTION_ORDER, FIELD_SYNONYMS, type ReportField } from "./reportFields";
import { FIELD_LABELS } from "./reportTexts";
import { REPORT_MODULE_TEXTS } from "./texts";

export const REPORT_INPUT: InputSpec = {
  id: "source",
  label: {
    "en-US": REPORT_MODULE_TEXTS["en-US"].sourceLabel,
    "zh-CN": REPORT_MODULE_TEXTS["zh-CN"].sourceLabel,
  },
  hint: {
    "en-US": REPORT_MODULE_TEXTS["en-US"].sourceHint,
    "zh-CN": REPORT_MODULE_TEXTS["zh-CN"].sourceHint,
  },
  // The flags users know: --input and --sheet.
  flag: "input",
  sheetFlag: "sheet",
  required: true,
  columns: DETECTION_ORDER.map((field) => ({
    id: field,
    label: { "en-US": FIELD_LABELS["en-US"][field], "zh-CN": FIELD_LABELS["zh-CN"][field] },
    synonyms: FIELD_SYNONYMS[field],
    // Date and GMV are required, but the report checks that itself (checkMapping): its refusal names
    // the column and its synonyms in the report's words, the same in every host.
    required: false,
  })),
};

/** The proposed mapping for a header; every field is present (null: no column found). */
export function detectReportColumns(header: readonly string[]): Record<ReportField, number | null> {
  const found = detectInputColumns(REPORT_INPUT, header);
  return Object.fromEntries(
    DETECTION_ORDER.map((field) => [field, found[field] ?? null])
  ) as Record<ReportField, number | null>;
}
