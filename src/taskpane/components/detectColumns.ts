import type { ColumnMappingValue } from "./ColumnMapping";

/** Header words (lower case, either language) that suggest a meaning, e.g. sales: ["sales", "销售额", "gmv"]. */
export type MeaningKeywords = Record<string, readonly string[]>;

/**
 * Picks, for each meaning, the first column whose header contains one of its keywords; each column is
 * used once, in the order meanings are listed, so put more specific meanings first.
 */
export function detectColumns(
  header: readonly string[],
  keywords: MeaningKeywords
): ColumnMappingValue {
  const used = new Set<number>();
  const mapping: ColumnMappingValue = {};
  for (const [meaning, words] of Object.entries(keywords)) {
    const index = header.findIndex(
      (name, column) => !used.has(column) && words.some((word) => name.toLowerCase().includes(word))
    );
    mapping[meaning] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  return mapping;
}
