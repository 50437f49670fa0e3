/**
 * Excel's sheet-name rules and the "never overwrite" naming: a wanted name that exists already becomes
 * "Name (2)", "Name (3)", … Every adapter names sheets through here, so they agree.
 */
import { quoteSheetName } from "./a1";

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Replaces forbidden characters, trims apostrophes at the ends (Excel refuses them), cuts to 31 characters. */
export function validSheetName(wanted: string, fallback = "Sheet"): string {
  const cleaned = wanted
    .replace(FORBIDDEN, "_")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f]/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const name = cleaned === "" || cleaned.toLowerCase() === "history" ? fallback : cleaned;
  return truncate(name, MAX_SHEET_NAME_LENGTH);
}

/** Cuts by code points so an emoji or CJK surrogate pair is never split in half. */
function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("").trimEnd();
}

/** A valid name not in `taken` (compared case-insensitively, as Excel does). */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  const base = validSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Final names for a plan's sheets given the names already in the workbook, in plan order, so two plan
 * sheets with the same wanted name also get distinct names.
 */
export function assignSheetNames(
  sheets: readonly { key: string; name: string }[],
  existing: Iterable<string>
): Map<string, string> {
  const taken = new Set(existing);
  const names = new Map<string, string>();
  for (const sheet of sheets) {
    const name = uniqueSheetName(sheet.name, taken);
    taken.add(name);
    names.set(sheet.key, name);
  }
  return names;
}

export const SHEET_REFERENCE = /\{sheet:([A-Za-z0-9_.-]+)\}/g;

/** Replaces `{sheet:key}` with the quoted final sheet name. */
export function resolveSheetReferences(
  formula: string,
  names: ReadonlyMap<string, string>
): string {
  return formula.replace(SHEET_REFERENCE, (_match, key: string) => {
    const name = names.get(key);
    if (name === undefined)
      throw new Error(`Formula refers to unknown plan sheet "${key}": ${formula}`);
    return quoteSheetName(name);
  });
}
