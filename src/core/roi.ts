/**
 * Return on ad spend in the three senses users mean by "ROI":
 * - "roas": 投产比 / 投入产出比 = sales ÷ spend, what Chinese e-commerce operators call ROI;
 * - "net": finance's ROI, (return − cost) ÷ cost;
 * - "profit": return on spend after cost of goods, (return × margin − cost) ÷ cost.
 * Break-even ROAS = 1 ÷ gross margin: below it, the gross profit on ad-driven sales does not cover the spend.
 */
import { div0Error, valueError } from "./errors";

export type RoiMode = "roas" | "net" | "profit";

export const ROI_MODES: readonly RoiMode[] = ["roas", "net", "profit"];

/** Words users type for each mode, lower-case; the zh-CN ones are the terms on operators' own reports. */
const ROI_MODE_ALIASES: Record<string, RoiMode> = {
  roas: "roas",
  投产比: "roas",
  投入产出比: "roas",
  net: "net",
  净: "net",
  profit: "profit",
  利润: "profit",
};

/** A mode from its name or alias (trimmed, any case); unknown text is #VALUE!. */
export function parseRoiMode(text: string): RoiMode {
  const mode = ROI_MODE_ALIASES[text.trim().toLowerCase()];
  if (mode === undefined)
    throw valueError("unknownOption", { arg: "mode", got: text, options: ROI_MODES.join(", ") });
  return mode;
}

/** Gross margin must be a share of sales: above 0 (else nothing breaks even) and at most 100%. */
function validateMargin(margin: number): void {
  if (!(margin > 0 && margin <= 1))
    throw valueError("halfOpenInterval", { arg: "margin", min: 0, max: 1 });
}

/**
 * ROI of `returnAmount` on `cost` (both totals). `margin` is required for "profit" and, when given,
 * validated in every mode so a margin typed as 40 instead of 40% is caught wherever it appears.
 */
export function roi(
  returnAmount: number,
  cost: number,
  mode: RoiMode = "roas",
  margin?: number
): number {
  // A negative spend is bad input (#VALUE! with a message); a zero one divides by zero as =A/0 does.
  if (cost < 0) throw valueError("mustNotBeNegative", { arg: "cost" });
  if (cost === 0) throw div0Error("divideByZero", { arg: "cost" });
  if (margin !== undefined) validateMargin(margin);
  switch (mode) {
    case "roas":
      return returnAmount / cost;
    case "net":
      return (returnAmount - cost) / cost;
    case "profit":
      if (margin === undefined) throw valueError("blankRequired", { arg: "margin" });
      return (returnAmount * margin - cost) / cost;
  }
}

/** The ROAS at which ad spend exactly pays for itself out of gross profit: 1 ÷ margin. */
export function breakEvenRoas(margin: number): number {
  validateMargin(margin);
  return 1 / margin;
}
