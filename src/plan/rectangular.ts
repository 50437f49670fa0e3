/** A block's rows made rectangular (a plan block is a rectangle): short rows padded with blanks. */
import type { PlanCell } from "./types";

export function rectangular(rows: readonly (readonly PlanCell[])[]): PlanCell[][] {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<PlanCell>(width - row.length).fill(null)]);
}
