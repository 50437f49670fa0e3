/**
 * A report the user can fix (a missing column, an ambiguous header, a backwards range): a LocalizedError,
 * so the message is worded in the user's language when shown; the CLI reports it as one line with exit
 * code 2, and the panel shows it in its error bar.
 */
import { LocalizedError, type ErrorParams } from "../../core/localizedError";
import { format, type Locale } from "../../i18n/locale";
import { FIELD_LABELS, REPORT_TEXTS, type ReportTextKey } from "./reportTexts";
import { FIELD_SYNONYMS, type MappingProblem, type ReportField } from "./reportFields";

/** A source cell the rules could not read, for the refusal's list. */
export interface InvalidCell {
  row: number;
  column: string;
  /** "" for a blank cell where a value is required (a missing date). */
  text: string;
}

/**
 * Words and numbers; `field` and `fields` travel as field ids (comma-separated), `cells` as the cells a
 * refusal names (errorInvalidCells): both are worded per language when shown.
 */
export type ReportErrorParams = Record<string, string | number | readonly InvalidCell[]>;

/** Cells listed in a refusal; the rest are counted. */
const LISTED_CELLS = 20;

export class ReportInputError extends LocalizedError<ReportTextKey, ReportErrorParams> {
  constructor(key: ReportTextKey, params: ReportErrorParams) {
    super(REPORT_TEXTS, key, params);
    this.name = "ReportInputError";
  }

  /** Unreadable cells may be left out at the user's choice (skipInvalid); other refusals stand. */
  get skippable(): boolean {
    return this.key === "errorInvalidCells";
  }

  /** Field names are translated when shown; they travel as ids. The cells are listed in the language. */
  protected override paramsIn(locale: Locale): ErrorParams {
    const labels = FIELD_LABELS[locale] as Record<string, string>;
    const separator = locale === "zh-CN" ? "、" : ", ";
    const out: ErrorParams = {};
    for (const [name, value] of Object.entries(this.params)) {
      if (typeof value !== "object") out[name] = value;
      else if (value.length > 0) out[name] = cellList(value, Number(this.params.cellCount), locale);
    }
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

  /**
   * The refusal of a source with unreadable cells: `cells` (some of them) listed by row, `cellCount`
   * of them in all, in `rows` rows.
   */
  static invalidCells(cells: InvalidCell[], cellCount: number, rows: number): ReportInputError {
    const sorted = [...cells].sort((a, b) => a.row - b.row).slice(0, LISTED_CELLS);
    return new ReportInputError("errorInvalidCells", { count: rows, cellCount, cells: sorted });
  }

  static fromMappingProblem(problem: MappingProblem, header: readonly string[]): ReportInputError {
    switch (problem.kind) {
      case "missingRequired":
        return new ReportInputError("errorMissingColumns", {
          fields: problem.fields.join(","),
          examples: problem.fields.map(synonymExamples).join(" / "),
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

function cellList(cells: readonly InvalidCell[], total: number, locale: Locale): string {
  const texts = REPORT_TEXTS[locale];
  const listed = cells
    .map((cell) =>
      format(cell.text === "" ? texts.invalidCellBlank : texts.invalidCell, { ...cell })
    )
    .join(locale === "zh-CN" ? "；" : "; ");
  const more = total - cells.length;
  return more > 0 ? format(texts.moreCells, { cells: listed, more }) : listed;
}

/** Headers the "missing column" refusal suggests: from the one synonym list, two Chinese and one English. */
function synonymExamples(field: ReportField): string {
  const synonyms = FIELD_SYNONYMS[field];
  const isAscii = (name: string) => /^[\x20-\x7e]*$/.test(name);
  const english = synonyms.find(isAscii);
  return [
    ...synonyms.filter((name) => !isAscii(name)).slice(0, 2),
    ...(english ? [english] : []),
  ].join(", ");
}
