/* Placeholder signatures: replaced by the safety-stock implementation. */
export function safetyStockFromExcel(..._args: unknown[]): number { throw new Error("not implemented"); }
export function reorderPointFromExcel(..._args: unknown[]): number { throw new Error("not implemented"); }
export function coverStockFromExcel(..._args: unknown[]): number { throw new Error("not implemented"); }
