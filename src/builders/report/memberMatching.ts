/**
 * How a live report's SUMIFS picks out one member of a breakdown column. A member whose text criteria can
 * say exactly (reportReferences.ts memberCriteria) is matched by its text, as the user would write it.
 * Any other member (a name over 255 characters, one starting with = < >, one holding TAB, LF, CR or an
 * xlsx escape such as _x0041_) is matched by its number in a key column of the normalised data sheet,
 * which the report then reads: so every member's live sum is exactly the rows the stored values count,
 * never a prefix match or a stripped text.
 */
import { formulaString, memberCriteria } from "./reportReferences";
import type { MemberDictionary } from "./reportSource";

export interface MemberMatching {
  /** Per breakdown column: the codes of the members matched by key. */
  keyed: readonly ReadonlySet<number>[];
  /** The data sheet's key column of breakdown column `d` (only where `keyed[d]` is not empty). */
  keyColumn: (d: number) => string;
}

/** Per breakdown column, the members no criteria can match exactly. */
export function keyedMembers(members: readonly MemberDictionary[]): Set<number>[] {
  return members.map(({ labels }) => {
    const keyed = new Set<number>();
    labels.forEach((label, code) => {
      if (memberCriteria(label) === undefined) keyed.add(code);
    });
    return keyed;
  });
}

export function needsKeyColumns(keyed: readonly ReadonlySet<number>[]): boolean {
  return keyed.some((codes) => codes.size > 0);
}

/** The number a key column holds for a member: its code, counted from 1. */
export function memberNumber(code: number): number {
  return code + 1;
}

/** `,<range>,<criteria>`: the SUMIFS arguments restricting a sum to member `code` of column `d`. */
export function memberCondition(
  d: number,
  code: number,
  label: string,
  textColumn: string,
  matching: MemberMatching
): string {
  if (matching.keyed[d]?.has(code)) return `,${matching.keyColumn(d)},${memberNumber(code)}`;
  const criteria = memberCriteria(label);
  // keyedMembers holds every member memberCriteria cannot match, so this is a bug, not an input.
  if (criteria === undefined) throw new Error(`member ${code} of column ${d} has no key`);
  return `,${textColumn},${formulaString(criteria)}`;
}
