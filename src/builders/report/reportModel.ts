/**
 * What the report shows, before any cell is placed: the periods (the chosen ones, the one before the
 * first, and each one's same period last year), the rows (members of one or two breakdown columns with
 * subtotals and a grand total, sorted by GMV) and, for the values option, the sums behind every cell,
 * rolled up from the day cube.
 */
import {
  periodOf,
  periodsBetween,
  samePeriodLastYear,
  shiftPeriod,
  type CalendarOptions,
  type Grain,
  type Period,
} from "../../core/calendar";
import type { AmountField } from "./reportFields";
import { decodeCubeKey, type NormalisedSource } from "./reportSource";

export type ReportRowKind = "member" | "subtotal" | "total";

export interface ReportRow {
  kind: ReportRowKind;
  /** Member code per breakdown column this row is restricted to (a subtotal: the first only). */
  codes: number[];
  /** Member rows a subtotal or total adds up (indices into rows); the total of a 2-level report adds subtotals. */
  parts: number[];
}

export interface ReportModel {
  grain: Grain;
  calendar: CalendarOptions;
  periods: Period[];
  previous: Period;
  lastYear: Period[];
  rows: ReportRow[];
  /** Sums per amount field (SourceColumns order) of a row in a period; zeros when nothing. */
  sums(row: number, period: Period): Float64Array;
}

export interface ModelOptions {
  grain: Grain;
  calendar: CalendarOptions;
  from: number;
  to: number;
  /** Which amount is GMV (index in SourceColumns.amounts), for ordering the rows. */
  gmvIndex: number;
}

export function buildReportModel(source: NormalisedSource, options: ModelOptions): ReportModel {
  const { grain, calendar } = options;
  const periods = periodsBetween(options.from, options.to, grain, calendar);
  const previous = shiftPeriod(periods[0], -1, calendar);
  const lastYear = periods.map((period) => samePeriodLastYear(period, calendar));
  const rangeStart = periods[0].start;
  const rangeEnd = periods[periods.length - 1].end;
  const amountCount = source.columns.amounts.length;
  const dimensions = source.columns.dimensions.length;

  // Day → period key, and the sums per combination and period key.
  const keyOfDay = new Map<number, string>();
  const periodKey = (serial: number) => {
    let key = keyOfDay.get(serial);
    if (key === undefined) {
      key = periodOf(serial, grain, calendar).key;
      keyOfDay.set(serial, key);
    }
    return key;
  };
  const byCombo = new Map<number, Map<string, Float64Array>>();
  const gmvInRange = new Map<number, number>();
  for (const [key, sums] of source.cube) {
    const { combo, serial } = decodeCubeKey(key);
    if (serial >= rangeStart && serial <= rangeEnd)
      gmvInRange.set(combo, (gmvInRange.get(combo) ?? 0) + sums[options.gmvIndex]);
    let perPeriod = byCombo.get(combo);
    if (!perPeriod) byCombo.set(combo, (perPeriod = new Map()));
    const pk = periodKey(serial);
    const total = perPeriod.get(pk);
    if (total) for (let a = 0; a < amountCount; a++) total[a] += sums[a];
    else perPeriod.set(pk, Float64Array.from(sums));
  }

  const rows = layoutRows(source, dimensions, gmvInRange);
  const rowSums = rows.map((row) =>
    row.kind === "member" || dimensions === 0 ? combosOf(row, source, dimensions) : []
  );
  const cache = new Map<string, Float64Array>();
  const sums = (rowIndex: number, period: Period): Float64Array => {
    const id = `${rowIndex}|${period.key}`;
    const cached = cache.get(id);
    if (cached) return cached;
    const result = new Float64Array(amountCount);
    const row = rows[rowIndex];
    if (row.kind === "member" || dimensions === 0) {
      for (const combo of rowSums[rowIndex]) {
        const part = byCombo.get(combo)?.get(period.key);
        if (part) for (let a = 0; a < amountCount; a++) result[a] += part[a];
      }
    } else {
      for (const partRow of row.parts) {
        const part = sums(partRow, period);
        for (let a = 0; a < amountCount; a++) result[a] += part[a];
      }
    }
    cache.set(id, result);
    return result;
  };
  return { grain, calendar, periods, previous, lastYear, rows, sums };
}

/** Combinations a member row (or, without breakdown, the total row) adds up. */
function combosOf(row: ReportRow, source: NormalisedSource, dimensions: number): number[] {
  if (dimensions === 0) return source.combos.map((_, combo) => combo);
  const found: number[] = [];
  source.combos.forEach((codes, combo) => {
    if (row.codes.every((code, d) => codes[d] === code)) found.push(combo);
  });
  return found;
}

/**
 * Members with data in the range, biggest GMV first (ties by label), each level sorted on its own; with
 * two columns, each first-level member's rows are followed by its subtotal; the grand total comes last.
 */
function layoutRows(
  source: NormalisedSource,
  dimensions: number,
  gmvInRange: Map<number, number>
): ReportRow[] {
  if (dimensions === 0) return [{ kind: "total", codes: [], parts: [] }];
  const gmvByPath = new Map<string, number>();
  for (const [combo, gmv] of gmvInRange) {
    const codes = source.combos[combo];
    for (let depth = 1; depth <= dimensions; depth++) {
      const path = Array.from(codes.subarray(0, depth)).join("|");
      gmvByPath.set(path, (gmvByPath.get(path) ?? 0) + gmv);
    }
  }
  const childrenOf = (prefix: number[]): number[] => {
    const depth = prefix.length;
    const labels = source.members[depth].labels;
    const codes = new Set<number>();
    for (const combo of gmvInRange.keys()) {
      const comboCodes = source.combos[combo];
      if (prefix.every((code, d) => comboCodes[d] === code)) codes.add(comboCodes[depth]);
    }
    const gmv = (code: number) => gmvByPath.get([...prefix, code].join("|")) ?? 0;
    return [...codes].sort(
      (a, b) => gmv(b) - gmv(a) || labels[a].localeCompare(labels[b], "zh-CN")
    );
  };
  const rows: ReportRow[] = [];
  const totalParts: number[] = [];
  for (const first of childrenOf([])) {
    if (dimensions === 1) {
      totalParts.push(rows.length);
      rows.push({ kind: "member", codes: [first], parts: [] });
      continue;
    }
    const parts: number[] = [];
    for (const second of childrenOf([first])) {
      parts.push(rows.length);
      rows.push({ kind: "member", codes: [first, second], parts: [] });
    }
    totalParts.push(rows.length);
    rows.push({ kind: "subtotal", codes: [first], parts });
  }
  rows.push({ kind: "total", codes: [], parts: totalParts });
  return rows;
}

export function amountIndex(source: NormalisedSource, field: AmountField): number {
  return source.columns.amounts.findIndex(([f]) => f === field);
}
