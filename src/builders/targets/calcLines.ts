import { columnLetters } from "../../plan/a1";
import type { CellGrid } from "../../plan/cellGrid";
import type { PlanCell } from "../../plan/types";
import { roundingLineFormulas, type RoundingPart, type SheetCell } from "./liveRounding";
import { FIRST_GRID_ROW, T, TARGETS_CALC_SHEET, UNIT } from "./targetsLayout";
import type { TARGETS_TEXTS } from "./targetsTexts";

type Texts = (typeof TARGETS_TEXTS)["en-US"];

/** The calculation sheet's lines: each a labelled block of helper cells (liveRounding.ts). */
export class CalcLines {
  readonly formulas: { cell: SheetCell; formula: string }[] = [];
  /** Next free row for vertical lines, and next free column band. */
  private column = 0;

  constructor(
    private readonly sheet: CellGrid,
    private readonly texts: Texts
  ) {}

  vertical(spec: {
    title: string;
    count: number;
    labels: PlanCell[];
    openWeight?: (i: number) => string;
    exact: (i: number, openWeightCell: string, openWeights: string) => string;
    held?: (i: number) => SheetCell;
    total: string;
    result: (i: number) => SheetCell;
  }): void {
    const top = 3;
    const c0 = this.column;
    const hasWeights = spec.openWeight !== undefined;
    const col = (offset: number) => columnLetters(c0 + offset);
    const headers = [
      spec.title,
      this.texts.exact,
      ...(hasWeights ? [this.texts.openWeight] : []),
      this.texts.remainder,
      this.texts.tieSize,
      this.texts.tiesBefore,
      this.texts.winners,
      this.texts.leftover,
    ];
    this.sheet.setRow(top, c0, headers);
    this.sheet.format({
      range: `${col(0)}${top}:${col(headers.length - 1)}${top}`,
      style: "header",
    });
    const k = hasWeights ? 1 : 0;
    const weightColumn = col(2);
    const openWeights = `$${weightColumn}$${top + 1}:$${weightColumn}$${top + spec.count}`;
    const parts: RoundingPart[] = [];
    for (let i = 0; i < spec.count; i++) {
      const row = top + 1 + i;
      this.sheet.set(row, c0, spec.labels[i]);
      if (spec.openWeight) this.sheet.set(row, c0 + 2, { formula: spec.openWeight(i) });
      const exact = spec.exact(i, `${weightColumn}${row}`, openWeights);
      this.sheet.set(row, c0 + 1, { formula: `=${exact}` });
      parts.push({
        exact: `${col(1)}${row}`,
        held: spec.held?.(i),
        remainder: { sheet: TARGETS_CALC_SHEET, a1: `${col(2 + k)}${row}` },
        tieSize: { sheet: TARGETS_CALC_SHEET, a1: `${col(3 + k)}${row}` },
        tiesBefore: { sheet: TARGETS_CALC_SHEET, a1: `${col(4 + k)}${row}` },
        winners: { sheet: TARGETS_CALC_SHEET, a1: `${col(5 + k)}${row}` },
        result: spec.result(i),
      });
    }
    this.formulas.push(
      ...roundingLineFormulas({
        parts,
        total: spec.total,
        unit: `${T}${UNIT}`,
        leftover: { sheet: TARGETS_CALC_SHEET, a1: `${col(6 + k)}${top + 1}` },
      }).cells
    );
    this.column += headers.length + 1;
  }

  /** A titled column of dates after the lines; returns its range (without the title). */
  dates(title: string, serials: number[]): string {
    const top = 3;
    const letter = columnLetters(this.column);
    this.sheet.set(top, this.column, title);
    this.sheet.format({ range: `${letter}${top}`, style: "header" });
    serials.forEach((serial, i) => this.sheet.set(top + 1 + i, this.column, serial));
    const range = `${letter}${top + 1}:${letter}${top + serials.length}`;
    this.sheet.format({ range, numberFormat: "date" });
    this.column += 2;
    return range;
  }

  /** A titled single value in the next column (below the title), e.g. the metric id; returns its A1. */
  value(title: string, value: string): string {
    const top = 3;
    const letter = columnLetters(this.column);
    this.sheet.set(top, this.column, title);
    this.sheet.format({ range: `${letter}${top}`, style: "header" });
    this.sheet.set(top + 1, this.column, value);
    this.column += 2;
    return `${letter}${top + 1}`;
  }

  /** One horizontal line per period: helper grids side by side (remainder, tie group, ties before, winners). */
  grid(spec: {
    title: string;
    periods: number;
    members: number;
    exact: (p: number, m: number) => string;
    total: (p: number) => string;
    result: (p: number, m: number) => SheetCell;
  }): void {
    const top = 3;
    const c0 = this.column;
    const band = (b: number) => c0 + 2 + b * (spec.members + 1);
    this.sheet.set(top - 1, c0, spec.title);
    this.sheet.format({ range: `${columnLetters(c0)}${top - 1}`, style: "label" });
    this.sheet.setRow(top, c0, [this.texts.period, this.texts.leftover]);
    const bands = [
      this.texts.remainder,
      this.texts.tieSize,
      this.texts.tiesBefore,
      this.texts.winners,
    ];
    bands.forEach((title, b) => this.sheet.set(top, band(b), title));
    this.sheet.format({
      range: `${columnLetters(c0)}${top}:${columnLetters(band(3) + spec.members - 1)}${top}`,
      style: "header",
    });
    for (let p = 0; p < spec.periods; p++) {
      const row = top + 1 + p;
      this.sheet.set(row, c0, { formula: `=${T}A${FIRST_GRID_ROW + p}` });
      const at = (b: number, m: number): SheetCell => ({
        sheet: TARGETS_CALC_SHEET,
        a1: `${columnLetters(band(b) + m)}${row}`,
      });
      const parts: RoundingPart[] = Array.from({ length: spec.members }, (_, m) => ({
        exact: spec.exact(p, m),
        // The grid's exact parts refer only to the main sheet, where the results go.
        exactAtResult: spec.exact(p, m).split(T).join(""),
        remainder: at(0, m),
        tieSize: at(1, m),
        tiesBefore: at(2, m),
        winners: at(3, m),
        result: spec.result(p, m),
      }));
      this.formulas.push(
        ...roundingLineFormulas({
          parts,
          total: spec.total(p),
          unit: `${T}${UNIT}`,
          leftover: { sheet: TARGETS_CALC_SHEET, a1: `${columnLetters(c0 + 1)}${row}` },
        }).cells
      );
    }
    this.column = band(3) + spec.members + 1;
  }
}
