/**
 * Grade bands on the weighted total (100 = every KPI on target, the cap when every KPI reaches its
 * challenge target) and the optional forced-distribution check. Both are shown on the sheets and the
 * grade formulas read the band cells, so what the sheet says is what it computes.
 */
import { DEFAULT_CAP, TARGET_SCORE } from "../../core/kpiScore";
import { ScorecardError, percentText } from "./scorecardError";
import type { ForcedDistribution, GradeBand } from "./types";

/** S: well above target · A: on target · B: most targets · C: below · D: far below. */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { label: "S", min: 110 },
  { label: "A", min: 100 },
  { label: "B", min: 85 },
  { label: "C", min: 70 },
  { label: "D", min: 0 },
];

export { DEFAULT_CAP };

/** 20/70/10: S and A together about 20%, B about 70%, C and D about 10%. */
export const DEFAULT_FORCED_DISTRIBUTION: ForcedDistribution = {
  groups: [
    { grades: ["S", "A"], share: 0.2 },
    { grades: ["B"], share: 0.7 },
    { grades: ["C", "D"], share: 0.1 },
  ],
};

/** Characters COUNTIF would read as wildcards or comparisons in a grade label. */
const LABEL_FORBIDDEN = /[*?~<>=]/;
const SHARE_TOLERANCE = 1e-9;

/** Highest band first; each minimum below the one before; the last starts at 0. */
export function validateGradeBands(bands: readonly GradeBand[]): void {
  if (bands.length === 0) throw new ScorecardError("bandsEmpty");
  const labels = new Set<string>();
  bands.forEach((band, i) => {
    const key = band.label.trim().toLowerCase();
    if (key === "" || LABEL_FORBIDDEN.test(key) || labels.has(key))
      throw new ScorecardError("bandLabel", { label: band.label });
    labels.add(key);
    if (!Number.isFinite(band.min) || (i > 0 && !(band.min < bands[i - 1].min)))
      throw new ScorecardError("bandsOrder", { label: band.label, min: band.min });
  });
  const lowest = bands[bands.length - 1];
  if (lowest.min !== 0)
    throw new ScorecardError("bandsLowest", { label: lowest.label, min: lowest.min });
}

export function validateCap(cap: number): void {
  if (!(cap >= TARGET_SCORE)) throw new ScorecardError("capTooLow", { cap });
}

export function validateForcedDistribution(
  distribution: ForcedDistribution,
  bands: readonly GradeBand[]
): void {
  const sum = distribution.groups.reduce((total, group) => total + group.share, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE || distribution.groups.some((g) => !(g.share >= 0)))
    throw new ScorecardError("forcedShares", { sum: percentText(sum) });
  const grouped = distribution.groups.flatMap((group) => group.grades);
  for (const band of bands) {
    if (grouped.filter((grade) => grade === band.label).length !== 1)
      throw new ScorecardError("forcedGrades", { grade: band.label });
  }
  const unknown = grouped.find((grade) => !bands.some((band) => band.label === grade));
  if (unknown !== undefined) throw new ScorecardError("forcedGrades", { grade: unknown });
}

/**
 * "20/70/10" (or "20,70,10", "20%/70%/10%"): with the default five bands, top = S+A, middle = B,
 * bottom = C+D; with three bands, one share per band; otherwise one share per band, highest first.
 */
export function parseForcedDistribution(
  text: string,
  bands: readonly GradeBand[]
): ForcedDistribution {
  const parts = text.split(/[/,，、]/).map((part) => part.trim().replace(/%$/, ""));
  const shares = parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) / 100 : NaN));
  if (shares.some((share) => Number.isNaN(share)))
    throw new ScorecardError("forcedText", { got: text });
  const labels = bands.map((band) => band.label);
  let groups: string[][];
  if (shares.length === labels.length) groups = labels.map((label) => [label]);
  else if (shares.length === 3 && labels.length === 5)
    groups = [labels.slice(0, 2), [labels[2]], labels.slice(3)];
  else throw new ScorecardError("forcedText", { got: text });
  const distribution = { groups: groups.map((grades, i) => ({ grades, share: shares[i] })) };
  validateForcedDistribution(distribution, bands);
  return distribution;
}
