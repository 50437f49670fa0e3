/**
 * A report the user can fix (a missing column, an ambiguous header, a backwards range): the message is
 * rendered in the user's language when shown. It has the `messageIn` of the CLI's LocalizedError, so
 * the CLI reports it as one line with exit code 2, and the panel shows it in its error bar.
 */
import { format, type Locale } from "../../i18n/locale";
import {
  FIELD_LABELS,
  FIELD_SYNONYMS_EXAMPLES,
  REPORT_TEXTS,
  type ReportTextKey,
} from "./reportTexts";
import type { MappingProblem } from "./reportFields";

export class ReportInputError extends Error {
  constructor(
    readonly key: ReportTextKey,
    readonly params: Record<string, string | number>
  ) {
    super(format(REPORT_TEXTS["en-US"][key], params));
    this.name = "ReportInputError";
  }

  messageIn(locale: Locale): string {
    return format(REPORT_TEXTS[locale][this.key], this.localParams(locale));
  }

  /** Field names are translated when shown; they travel as ids. */
  private localParams(locale: Locale): Record<string, string | number> {
    const labels = FIELD_LABELS[locale] as Record<string, string>;
    const separator = locale === "zh-CN" ? "、" : ", ";
    const out: Record<string, string | number> = { ...this.params };
    for (const name of ["field", "fields"]) {
      const value = this.params[name];
      if (typeof value === "string")
        out[name] = value
          .split(",")
          .map((id) => labels[id] ?? id)
          .join(separator);
    }
    return out;
  }

  static fromMappingProblem(problem: MappingProblem, header: readonly string[]): ReportInputError {
    switch (problem.kind) {
      case "missingRequired":
        return new ReportInputError("errorMissingColumns", {
          fields: problem.fields.join(","),
          examples: problem.fields.map((field) => FIELD_SYNONYMS_EXAMPLES[field]).join(" / "),
        });
      case "columnOutOfRange":
        return new ReportInputError("errorColumnOutOfRange", {
          field: problem.field,
          column: problem.column + 1,
        });
      case "columnUsedTwice":
        return new ReportInputError("errorColumnUsedTwice", {
          column: header[problem.column] || `#${problem.column + 1}`,
          fields: problem.fields.join(","),
        });
      case "ambiguousHeader":
        return new ReportInputError("errorAmbiguousHeader", {
          name: problem.name,
          columns: problem.columns.map((column) => column + 1).join(", "),
          field: problem.field,
        });
    }
  }
}
