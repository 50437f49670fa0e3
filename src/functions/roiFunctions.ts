/* Placeholder signatures: replaced by the ROI implementation. */
export function roiFromExcel(..._args: unknown[]): number { throw new Error("not implemented"); }
export function breakEvenRoasFromExcel(..._args: unknown[]): number { throw new Error("not implemented"); }
