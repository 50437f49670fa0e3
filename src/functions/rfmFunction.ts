/* Placeholder signature: replaced by the RFM implementation. */
export function rfmTierFromExcel(..._args: unknown[]): (string | number)[][] { throw new Error("not implemented"); }
