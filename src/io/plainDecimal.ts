/**
 * The fast path for the commonest cell of an export, a plain decimal ("1234", "-56.78", ".5"): read with
 * one scan and Number() instead of typeCellText's regular expressions. It only ever answers for texts
 * typeCellText reads as that very number (test/io/plainDecimal.test.ts checks it against the rules);
 * everything else (signs other than a leading "-", leading zeros, more than 15 integer digits, commas,
 * spaces, %, 万, full-width digits, a year.month such as 2025.11) is left to the rules: undefined.
 */
const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const DOT = 46;
/** parseNumberText refuses more integer digits than a double holds exactly. */
const MAX_INTEGER_DIGITS = 15;
/** Digits whose integer a double holds exactly (< 2^53): then digits ÷ 10^k is Number(text) exactly. */
const MAX_EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_EXACT_DIGITS + 1 }, (_, k) => 10 ** k);

export function plainDecimal(text: string): number | undefined {
  const length = text.length;
  let i = text.charCodeAt(0) === MINUS ? 1 : 0;
  const integerStart = i;
  // The digits as one integer, read in the same scan (exact while there are at most 15 of them).
  let digits = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) break;
    digits = digits * 10 + (code - ZERO);
    i++;
  }
  const integerDigits = i - integerStart;
  if (integerDigits > MAX_INTEGER_DIGITS) return undefined;
  if (integerDigits > 1 && text.charCodeAt(integerStart) === ZERO) return undefined; // 007: a code
  let fractionDigits = 0;
  if (i < length) {
    if (text.charCodeAt(i) !== DOT) return undefined;
    const fractionStart = ++i;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < ZERO || code > NINE) return undefined;
      digits = digits * 10 + (code - ZERO);
      i++;
    }
    fractionDigits = i - fractionStart;
    if (fractionDigits === 0) return undefined;
    // "2025.11" stays text (a year.month), so the rules decide it.
    if (integerStart === 0 && integerDigits === 4 && fractionDigits === 2) return undefined;
  }
  if (integerDigits === 0 && fractionDigits === 0) return undefined;
  // Both operands exact, so IEEE division rounds once, to the double nearest the decimal: Number(text)'s
  // answer (Clinger's fast path), without Number()'s general parse.
  let value =
    integerDigits + fractionDigits <= MAX_EXACT_DIGITS
      ? digits / POWERS_OF_TEN[fractionDigits]
      : Number(text);
  if (integerStart === 1 && value > 0) value = -value;
  return value === 0 ? 0 : value; // "-0" is 0, as the rules give
}
