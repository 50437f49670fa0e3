/**
 * RFMTIER: Excel's arguments → core RFM tiers. Either the whole customer list (three columns) spills one
 * tier per customer, or single values / a few rows are tiered against the ref_* columns (the population).
 * The result has the orientation of `recency`: a column in spills down, a row in spills across.
 */
import { naError, valueError } from "../core/errors";
import {
  defaultRfmLabelLanguage,
  parseRfmLabelLanguage,
  parseRfmModel,
  rfmThresholds,
  rfmTiers,
  type RfmArgIds,
  type RfmRow,
  type RfmThresholds,
  type RfmTier,
} from "../core/rfm";
import { asMatrix, isBlank, numberVector, optionalOption } from "./excelArgs";

const INPUT_ARGS: RfmArgIds = { recency: "recency", frequency: "frequency", monetary: "monetary" };
const REFERENCE_ARGS: RfmArgIds = {
  recency: "ref_recency",
  frequency: "ref_frequency",
  monetary: "ref_monetary",
};

/** Three aligned columns → rows; a row is blank (null) when any of its three cells is blank. */
function customerRows(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  args: RfmArgIds
): RfmRow[] {
  const recencies = numberVector(recency, args.recency);
  const frequencies = numberVector(frequency, args.frequency);
  const monetaries = numberVector(monetary, args.monetary);
  if (frequencies.length !== recencies.length) {
    throw valueError("lengthMismatch", { arg: args.frequency, other: args.recency });
  }
  if (monetaries.length !== recencies.length) {
    throw valueError("lengthMismatch", { arg: args.monetary, other: args.recency });
  }
  return recencies.map((r, i) => {
    const f = frequencies[i];
    const m = monetaries[i];
    return r === null || f === null || m === null
      ? null
      : { recency: r, frequency: f, monetary: m };
  });
}

/** Omitted optional ranges arrive as null/undefined; a reference to one empty cell counts as omitted too. */
function isOmitted(value: unknown): boolean {
  if (isBlank(value)) return true;
  const matrix = asMatrix(value);
  return matrix.length === 1 && matrix[0].length === 1 && isBlank(matrix[0][0]);
}

/**
 * Thresholds from the ref_* columns when given (all three or none), otherwise undefined so the list is
 * its own population. A single customer without references has no population to compare with.
 */
function referenceThresholds(
  inputRows: readonly RfmRow[],
  refRecency: unknown,
  refFrequency: unknown,
  refMonetary: unknown
): RfmThresholds | undefined {
  const refs = [
    { value: refRecency, arg: REFERENCE_ARGS.recency },
    { value: refFrequency, arg: REFERENCE_ARGS.frequency },
    { value: refMonetary, arg: REFERENCE_ARGS.monetary },
  ];
  const missing = refs.filter((ref) => isOmitted(ref.value));
  if (missing.length === refs.length) {
    if (inputRows.length === 1) throw naError("needsPopulation", { arg: INPUT_ARGS.recency });
    return undefined;
  }
  if (missing.length > 0) throw valueError("blankRequired", { arg: missing[0].arg });
  return rfmThresholds(
    customerRows(refRecency, refFrequency, refMonetary, REFERENCE_ARGS),
    REFERENCE_ARGS
  );
}

/** A 1×n range is a row; anything else that numberVector accepted (n×1, 1×1, a scalar) spills as a column. */
function isRowRange(value: unknown): boolean {
  const matrix = asMatrix(value);
  return matrix.length === 1 && matrix[0].length > 1;
}

export function rfmTierFromExcel(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  model: unknown,
  labels: unknown,
  refRecency: unknown,
  refFrequency: unknown,
  refMonetary: unknown
): RfmTier[][] {
  const rows = customerRows(recency, frequency, monetary, INPUT_ARGS);
  const rfmModel = parseRfmModel(optionalOption(model, "model", "cn8"));
  const labelLanguage = parseRfmLabelLanguage(
    optionalOption(labels, "labels", defaultRfmLabelLanguage(rfmModel))
  );
  const reference = referenceThresholds(rows, refRecency, refFrequency, refMonetary);
  const tiers = rfmTiers(rows, rfmModel, labelLanguage, reference);
  return isRowRange(recency) ? [tiers] : tiers.map((tier) => [tier]);
}
