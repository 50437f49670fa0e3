/**
 * Finding which column of a data source holds what a builder needs, from the header names platform
 * exports use in either language. The result is a proposal: the panel and the CLI show it so the user
 * can confirm or change it.
 */

/** Header words (lower case, either language) that suggest a meaning, e.g. sales: ["sales", "销售额", "gmv"]. */
export type MeaningKeywords = Record<string, readonly string[]>;

/** Meaning id → 0-based column index, or null when no column holds it. */
export type ColumnIndexMapping = Record<string, number | null>;

/**
 * For each meaning, a column whose header IS one of its keywords (ignoring case and spaces) wins; only
 * meanings left without one take the first column whose header CONTAINS a keyword. Each column is used
 * once, in the order meanings are listed, so put more specific meanings first. Exact names first means
 * "访客数" is not taken by a meaning that merely contains it when another column is named exactly so.
 */
export function detectColumns(
  header: readonly string[],
  keywords: MeaningKeywords
): ColumnIndexMapping {
  const names = header.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ColumnIndexMapping = {};
  const pick = (meaning: string, matches: (name: string, word: string) => boolean) => {
    const words = keywords[meaning].map(normaliseHeader);
    const index = names.findIndex(
      (name, column) => !used.has(column) && words.some((word) => matches(name, word))
    );
    if (index >= 0) {
      mapping[meaning] = index;
      used.add(index);
    }
  };
  for (const meaning of Object.keys(keywords)) pick(meaning, (name, word) => name === word);
  for (const meaning of Object.keys(keywords)) {
    if (mapping[meaning] === undefined) pick(meaning, (name, word) => name.includes(word));
  }
  for (const meaning of Object.keys(keywords)) mapping[meaning] ??= null;
  // Keys in the order the meanings were listed, whichever pass found them.
  return Object.fromEntries(Object.keys(keywords).map((meaning) => [meaning, mapping[meaning]]));
}

/** Lower case without spaces: "Ad Spend" and "adspend", "支付 金额" and "支付金额" are the same header. */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/\s+/g, "");
}
