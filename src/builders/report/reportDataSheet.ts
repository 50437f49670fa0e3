/**
 * The report's data sheet: the source normalised (readable dates and amounts, one row per counted source
 * row) as the table ReportData, which a live report's SUMIFS read when the source is a file, has text
 * dates or amounts, or has members only a key column can match (memberMatching.ts).
 */
import type { Locale } from "../../i18n/locale";
import { format } from "../../i18n/locale";
import { columnLetters } from "../../plan/a1";
import type { CellValue, PlanCell, SheetPlan } from "../../plan/types";
import { memberNumber } from "./memberMatching";
import type { AmountField } from "./reportFields";
import { DATA_SHEET_KEY, DATA_TABLE_NAME, type ReportOptions } from "./reportOptions";
import { structuredColumn, type ColumnReference } from "./reportReferences";
import type { NormalisedSource } from "./reportSource";
import { FIELD_LABELS, REPORT_TEXTS } from "./reportTexts";

/**
 * Data sheet headers: source row, date, breakdown columns (source headers), amounts (field labels), then
 * a key column for each breakdown column with members matched by key (keyed: memberMatching.ts).
 */
function dataSheetHeader(
  data: NormalisedSource,
  locale: Locale,
  keyed: readonly ReadonlySet<number>[] = []
): string[] {
  const labels = FIELD_LABELS[locale];
  const dimensionName = (column: number) => data.header[column] || `#${column + 1}`;
  const names = [
    REPORT_TEXTS[locale].sourceRowHeader,
    labels.date,
    ...data.columns.dimensions.map(dimensionName),
    ...data.columns.amounts.map(([field]) => labels[field]),
    ...keyColumnDimensions(data, keyed).map((d) =>
      format(REPORT_TEXTS[locale].memberKeyHeader, {
        column: dimensionName(data.columns.dimensions[d]),
      })
    ),
  ];
  // Table columns must differ (ignoring case): a breakdown header may equal a field label.
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
    seen.add(unique.toLowerCase());
    return unique;
  });
}

export function dataSheetReference(data: NormalisedSource, locale: Locale): ColumnReference {
  const header = dataSheetHeader(data, locale);
  const columnOf = new Map<number, string>();
  columnOf.set(data.columns.date, header[1]);
  data.columns.dimensions.forEach((column, d) => columnOf.set(column, header[2 + d]));
  const amountsStart = 2 + data.columns.dimensions.length;
  data.columns.amounts.forEach(([, column], a) => columnOf.set(column, header[amountsStart + a]));
  return (column) => structuredColumn(DATA_TABLE_NAME, columnOf.get(column)!);
}

/** Breakdown columns (0-based among them) that get a key column on the data sheet, in order. */
function keyColumnDimensions(
  data: NormalisedSource,
  keyed: readonly ReadonlySet<number>[]
): number[] {
  return data.columns.dimensions.flatMap((_, d) => ((keyed[d]?.size ?? 0) > 0 ? [d] : []));
}

/** Breakdown column → the structured reference of its key column on the data sheet. */
export function keyColumnReferences(
  data: NormalisedSource,
  locale: Locale,
  keyed: readonly ReadonlySet<number>[]
): Map<number, string> {
  const header = dataSheetHeader(data, locale, keyed);
  const first = 2 + data.columns.dimensions.length + data.columns.amounts.length;
  return new Map(
    keyColumnDimensions(data, keyed).map((d, i) => [
      d,
      structuredColumn(DATA_TABLE_NAME, header[first + i]),
    ])
  );
}

export function dataSheet(
  data: NormalisedSource,
  options: ReportOptions,
  keyed: readonly ReadonlySet<number>[]
): SheetPlan {
  const rows = data.rows!;
  const header = dataSheetHeader(data, options.locale, keyed);
  const keyDimensions = keyColumnDimensions(data, keyed);
  const body: PlanCell[][] = new Array(rows.length);
  const number = (value: number): CellValue => (Number.isNaN(value) ? null : value);
  for (let i = 0; i < rows.length; i++) {
    const row: CellValue[] = [rows.sourceRows[i], number(rows.serials[i])];
    rows.codes.forEach((codes, d) => {
      const label = data.members[d].labels[codes[i]];
      row.push(label === "" ? null : label);
    });
    rows.amounts.forEach((amounts) => row.push(number(amounts[i])));
    for (const d of keyDimensions) row.push(memberNumber(rows.codes[d][i]));
    body[i] = row;
  }
  const lastRow = Math.max(rows.length, 1) + 1;
  if (rows.length === 0) body.push(header.map(() => null));
  const lastColumn = columnLetters(header.length - 1);
  const name = REPORT_TEXTS[options.locale].dataSheetName;
  return {
    key: DATA_SHEET_KEY,
    name,
    ...(options.rebuild ? { replaces: name } : {}),
    freeze: { rows: 1, columns: 0 },
    columnWidths: header.map((_, column) => ({ column: columnLetters(column), width: 14 })),
    blocks: [{ anchor: "A1", rows: [header, ...body] }],
    formats: [
      { range: `B2:B${lastRow}`, numberFormat: "date" },
      ...data.columns.amounts.map(([field], a) => ({
        range: `${columnLetters(2 + data.columns.dimensions.length + a)}2:${columnLetters(2 + data.columns.dimensions.length + a)}${lastRow}`,
        numberFormat: amountFormat(field),
      })),
    ],
    tables: [
      { name: DATA_TABLE_NAME, range: `A1:${lastColumn}${lastRow}`, style: "TableStyleLight9" },
    ],
  };
}

function amountFormat(field: AmountField): "thousands" | "yuan" {
  return field === "uv" || field === "pv" || field === "orders" ? "thousands" : "yuan";
}
