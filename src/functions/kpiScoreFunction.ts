/* Placeholder signature: replaced by the KPI score implementation. */
export function kpiScoreFromExcel(..._args: unknown[]): number | "" { throw new Error("not implemented"); }
