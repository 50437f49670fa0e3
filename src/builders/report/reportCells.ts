/**
 * The cells of the report's sections, live (formulas) or values: a period's sum (SUMIFS over the source,
 * or the sum of a row's parts), a ratio of the same row's sums, the range total, the share of the grand
 * total, and a change against a base period. ReportSheetWriter lays them out; this class knows only
 * where a report row of a section sits (rowOf) and what each cell holds.
 */
import type { Period } from "../../core/calendar";
import { absoluteRangeA1, cellA1, columnLetters } from "../../plan/a1";
import type { PlanCell } from "../../plan/types";
import { memberCondition, type MemberMatching } from "./memberMatching";
import { ReportInputError } from "./reportError";
import type { AmountField } from "./reportFields";
import {
  columnLayout,
  COVERS_ROW,
  END_ROW,
  START_ROW,
  sectionTitleRow,
  type ColumnLayout,
} from "./reportLayout";
import type { MetricDefinition, MetricId } from "./reportMetrics";
import type { ReportModel } from "./reportModel";
import type { ReportOptions } from "./reportOptions";
import type { ColumnReference } from "./reportReferences";
import type { NormalisedSource } from "./reportSource";

/** Excel's limit on a function's arguments. */
const MAX_SUM_ARGUMENTS = 255;
const MAX_FORMULA_LENGTH = 8192;

export class ReportCells {
  protected readonly layout: ColumnLayout;
  protected readonly sectionOf = new Map<MetricId, number>();
  protected readonly live: boolean;
  protected readonly periodColumns: { period: Period; column: number }[];

  constructor(
    protected readonly data: NormalisedSource,
    protected readonly model: ReportModel,
    protected readonly metrics: MetricDefinition[],
    protected readonly options: ReportOptions,
    protected readonly reference: ColumnReference | undefined,
    protected readonly matching: MemberMatching
  ) {
    this.layout = columnLayout(data.columns.dimensions.length, model.periods.length);
    this.live = !options.values;
    metrics.forEach((metric, s) => this.sectionOf.set(metric.id, s));
    const { layout } = this;
    this.periodColumns = [
      { period: model.previous, column: layout.previous },
      ...model.periods.map((period, j) => ({ period, column: layout.firstPeriod + j })),
      ...model.lastYear.map((period, j) => ({ period, column: layout.firstLastYear + j })),
    ];
  }

  /** The sheet row (0-based) of report row r in section s. */
  rowOf(section: number, reportRow: number): number {
    return sectionTitleRow(section, this.model.rows.length) + 1 + reportRow;
  }

  /** The cell of `metric` for report row r in a period column (previous, range, last year). */
  protected periodCell(
    metric: MetricDefinition,
    section: number,
    r: number,
    period: Period,
    column: number
  ): PlanCell {
    if (metric.kind === "ratio")
      return this.ratioCell(metric, r, column, () => this.model.sums(r, period));
    if (!this.live) return this.model.sums(r, period)[this.amountIndex(metric.field)];
    const row = this.model.rows[r];
    const letters = columnLetters(column);
    const dimensions = this.data.columns.dimensions.length;
    if (row.kind === "member" || dimensions === 0) {
      const ref = this.reference!;
      const date = ref(this.data.columns.date);
      const criteria = row.codes
        .map((code, d) =>
          memberCondition(
            d,
            code,
            this.data.members[d].labels[code],
            ref(this.data.columns.dimensions[d]),
            this.matching
          )
        )
        .join("");
      return {
        formula:
          `=SUMIFS(${ref(this.amountColumn(metric.field))},${date},">="&${letters}$${START_ROW + 1},` +
          `${date},"<"&(${letters}$${END_ROW + 1}+1)${criteria})`,
      };
    }
    return { formula: this.sumOfParts(section, r, column) };
  }

  /** A subtotal adds its contiguous member rows; the grand total adds the subtotals (or the members). */
  protected sumOfParts(section: number, r: number, column: number): string {
    const parts = this.model.rows[r].parts.map((part) =>
      cellA1({ row: this.rowOf(section, part), column })
    );
    if (parts.length === 0) return "=0";
    const contiguous = this.model.rows[r].parts.every(
      (part, i, all) => i === 0 || part === all[i - 1] + 1
    );
    if (contiguous) return `=SUM(${parts[0]}:${parts[parts.length - 1]})`;
    const chunks: string[] = [];
    for (let i = 0; i < parts.length; i += MAX_SUM_ARGUMENTS)
      chunks.push(parts.slice(i, i + MAX_SUM_ARGUMENTS).join(","));
    const formula =
      chunks.length === 1
        ? `=SUM(${chunks[0]})`
        : `=SUM(${chunks.map((c) => `SUM(${c})`).join(",")})`;
    if (formula.length > MAX_FORMULA_LENGTH || chunks.length > MAX_SUM_ARGUMENTS)
      throw new ReportInputError("errorFormulaTooLong", {
        column: this.data.header[this.data.columns.dimensions[0]],
        count: parts.length,
      });
    return formula;
  }

  protected ratioCell(
    metric: Extract<MetricDefinition, { kind: "ratio" }>,
    r: number,
    column: number,
    sums: () => Float64Array
  ): PlanCell {
    if (!this.live) {
      const values = sums();
      const denominator = values[this.amountIndex(metric.denominator)];
      return denominator === 0 ? null : values[this.amountIndex(metric.numerator)] / denominator;
    }
    const numerator = this.cellOf(metric.numerator, r, column);
    const denominator = this.cellOf(metric.denominator, r, column);
    return { formula: `=IF(${denominator}=0,"",${numerator}/${denominator})` };
  }

  protected totalCell(metric: MetricDefinition, section: number, r: number): PlanCell {
    const { layout, model } = this;
    if (metric.kind === "ratio")
      return this.ratioCell(metric, r, layout.total, () => this.rangeSums(r));
    if (!this.live) return this.rangeSums(r)[this.amountIndex(metric.field)];
    const row = this.rowOf(section, r);
    const first = cellA1({ row, column: layout.firstPeriod });
    const last = cellA1({ row, column: layout.firstPeriod + model.periods.length - 1 });
    return { formula: `=SUM(${first}:${last})` };
  }

  protected rangeSums(r: number): Float64Array {
    const total = new Float64Array(this.data.columns.amounts.length);
    for (const period of this.model.periods) {
      const sums = this.model.sums(r, period);
      for (let a = 0; a < total.length; a++) total[a] += sums[a];
    }
    return total;
  }

  protected shareCell(
    metric: Extract<MetricDefinition, { kind: "sum" }>,
    section: number,
    r: number
  ): PlanCell {
    const totalRow = this.model.rows.length - 1;
    if (!this.live) {
      const a = this.amountIndex(metric.field);
      const grand = this.rangeSums(totalRow)[a];
      return grand === 0 ? null : this.rangeSums(r)[a] / grand;
    }
    const own = cellA1({ row: this.rowOf(section, r), column: this.layout.total });
    const grandCell = { row: this.rowOf(section, totalRow), column: this.layout.total };
    const grand = absoluteRangeA1({ start: grandCell, end: grandCell });
    return { formula: `=IF(${grand}=0,"",${own}/${grand})` };
  }

  /**
   * % change of the cell in `current` against the cell in `base`, when the data covers both periods
   * whole (from the first day of the base to the last of the current) and the base is a non-zero number.
   */
  protected changeCell(
    metric: MetricDefinition,
    section: number,
    r: number,
    current: { period: Period; column: number },
    base: { period: Period; column: number }
  ): PlanCell {
    if (!this.live) {
      const value = (p: { period: Period; column: number }) => {
        const cell = this.periodCell(metric, section, r, p.period, p.column);
        return typeof cell === "number" ? cell : undefined;
      };
      const covered =
        base.period.start >= this.data.firstDate! && current.period.end <= this.data.lastDate!;
      const now = value(current);
      const then = value(base);
      if (!covered || now === undefined || then === undefined || then === 0) return null;
      return now / then - 1;
    }
    const row = this.rowOf(section, r);
    const cur = cellA1({ row, column: current.column });
    const was = cellA1({ row, column: base.column });
    const baseStart = `${columnLetters(base.column)}$${START_ROW + 1}`;
    const currentEnd = `${columnLetters(current.column)}$${END_ROW + 1}`;
    const from = `$${columnLetters(this.layout.previous)}$${COVERS_ROW + 1}`;
    const to = `$${columnLetters(this.layout.firstPeriod)}$${COVERS_ROW + 1}`;
    return {
      formula:
        `=IF(AND(ISNUMBER(${cur}),ISNUMBER(${was}),${baseStart}>=${from},${currentEnd}<=${to}),` +
        `IF(${was}=0,"",${cur}/${was}-1),"")`,
    };
  }

  protected cellOf(field: AmountField, r: number, column: number): string {
    const section = this.sectionOf.get(field as MetricId);
    if (section === undefined) throw new Error(`ratio needs the ${field} section`); // metricsFor adds it
    return cellA1({ row: this.rowOf(section, r), column });
  }

  protected amountIndex(field: AmountField): number {
    return this.data.columns.amounts.findIndex(([f]) => f === field);
  }

  protected amountColumn(field: AmountField): number {
    return this.data.columns.amounts[this.amountIndex(field)][1];
  }
}
