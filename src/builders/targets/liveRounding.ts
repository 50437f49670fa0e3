/**
 * Largest-remainder rounding written as native formulas, so a target sheet stays rounded AND tied out
 * when the user changes the annual target, a weight or a share — the rule of src/core/largestRemainder.ts,
 * live. Only ROUND, MOD, INT, MIN, MAX, IF, ISNUMBER, SUM, SUMIF, COUNTIF(S): no LET, no dynamic arrays,
 * so it computes in Excel 2016, WPS and LibreOffice.
 *
 * For a line of exact parts x_i summing to a total T, in units u (quota q_i = x_i/u):
 * - remainder r_i = ROUND(MOD(ROUND(q_i, 6), 1), 6) (ROUND first: 25.9999999 from float drift is 26;
 *   ROUND after: 25.3 and 37.3 leave the same remainder 0.3, so a tie is plain equality). Six places,
 *   not more: a quota exactly half-way at the rounding place is rounded differently by different engines
 *   (HyperFormula and LibreOffice disagreed at 9 places on a weekly spread), and such quotas are far
 *   rarer at 6;
 * - leftover units L = ROUND(T/u) − Σ floor(q_i) = ROUND(ROUND(T/u) − T/u + Σ r_i), an integer;
 * - cells with a remainder larger than r_i: G_i; cells with the same remainder: E_i;
 *   tied cells before i: K_i; units left for i's tie group: W_i = max(0, min(E_i, L − G_i));
 * - cell i gets floor(q_i) + 1 when it is one of the W_i evenly spaced winners of its tie group, the
 *   core's tie-break: the winners are members ⌊(j+1)·E/W⌋ − 1 (j = 0…W−1), and member K wins exactly when
 *   C(K+1) > C(K) with C(m) = min(W, ⌊(m·W − 1)/E⌋) (the count of winners before position m).
 *   102 over four equal parts → 25, 26, 25, 26.
 * Held cells (actuals) keep their value and take no part: remainder −1, never a winner.
 * Remainders at 6 decimal places tie where core's differ by less than 1e-6 (core: 1e-9); the two agree
 * whenever distinct remainders are at least 1e-6 apart, e.g. shares of integer weights up to 10^6
 * (property-tested in test/builders/targets/liveRounding.test.ts).
 * When T is not a multiple of u (actuals are seldom round), the parts add up to u·ROUND(T/u) and the
 * last unheld cell takes the difference, so the line still ties to T exactly.
 */
/** A cell on a plan sheet. */
export interface SheetCell {
  sheet: string;
  a1: string;
}

/** Where one part's helper cells live (typically a calculation sheet) and where its result goes. */
export interface RoundingPart {
  /** Formula expression (no "=") of the exact part, written as seen from the helper sheet. */
  exact: string;
  /** A cell that, when it holds a number, holds this part at that value. */
  held?: SheetCell;
  /** The same expression as seen from the result's sheet, when the caller has it (saves a rewrite). */
  exactAtResult?: string;
  remainder: SheetCell;
  tieSize: SheetCell;
  tiesBefore: SheetCell;
  winners: SheetCell;
  result: SheetCell;
}

export interface RoundingLine {
  parts: RoundingPart[];
  /** Expression (as seen from the helper sheet) of what the line must add up to, holds included. */
  total: string;
  /** Expression (as seen from the helper sheet) of the rounding unit. */
  unit: string;
  /** Cell holding L, the number of leftover units (on the helper sheet). */
  leftover: SheetCell;
}

/** Plan sheet keys are written as `{sheet:key}` placeholders; adapters substitute the final names. */
export function cellRef(from: string, cell: SheetCell, absolute = false): string {
  const a1 = absolute ? cell.a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2") : cell.a1;
  return from === cell.sheet ? a1 : `{sheet:${cell.sheet}}!${a1}`;
}

function rangeRef(from: string, first: SheetCell, last: SheetCell): string {
  const sheet = from === first.sheet ? "" : `{sheet:${first.sheet}}!`;
  const abs = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${sheet}${abs(first.a1)}:${abs(last.a1)}`;
}

export interface LineFormulas {
  /** Every helper and result cell of the line with its formula. */
  cells: { cell: SheetCell; formula: string }[];
}

/** The formulas of one rounding line; the caller writes each into its cell. */
export function roundingLineFormulas(line: RoundingLine): LineFormulas {
  const { parts } = line;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const helperSheet = first.remainder.sheet;
  const resultSheet = first.result.sheet;
  const remainders = rangeRef(helperSheet, first.remainder, last.remainder);
  const leftover = cellRef(helperSheet, line.leftover, true);
  const cells: { cell: SheetCell; formula: string }[] = [];
  const helds = parts.filter((p) => p.held).map((p) => p.held!);
  // What the unheld parts share: the total less the holds.
  const openTotal = (from: string, total: string) =>
    helds.length > 0
      ? `(${total}-SUM(${helds.map((h) => cellRef(from, h)).join(",")}))`
      : `(${total})`;
  const open = openTotal(helperSheet, line.total);
  cells.push({
    cell: line.leftover,
    formula: `=ROUND(ROUND(${open}/${line.unit},0)-${open}/${line.unit}+SUMIF(${remainders},">=0"),0)`,
  });

  const unit = fromHelper(line.unit, helperSheet, resultSheet);
  const openAtResult = openTotal(resultSheet, fromHelper(line.total, helperSheet, resultSheet));
  const residual = `(${openAtResult}-${unit}*ROUND(${openAtResult}/${unit},0))`;
  // laterAllHeld[i]: every part after i has a held cell, so i may be the last unheld part.
  const laterAllHeld = new Array<boolean>(parts.length).fill(true);
  for (let i = parts.length - 2; i >= 0; i--)
    laterAllHeld[i] = laterAllHeld[i + 1] && parts[i + 1].held !== undefined;

  parts.forEach((part, i) => {
    const r = cellRef(helperSheet, part.remainder);
    const heldRef = part.held ? cellRef(helperSheet, part.held) : undefined;
    // Rounded to 6 places twice: equal remainders are then the same double, so ties are plain equality.
    const remainder = `ROUND(MOD(ROUND((${part.exact})/${line.unit},6),1),6)`;
    cells.push({
      cell: part.remainder,
      formula: heldRef ? `=IF(ISNUMBER(${heldRef}),-1,${remainder})` : `=${remainder}`,
    });
    cells.push({ cell: part.tieSize, formula: `=COUNTIF(${remainders},${r})` });
    const prefix = rangeRef(helperSheet, first.remainder, part.remainder);
    cells.push({ cell: part.tiesBefore, formula: `=COUNTIF(${prefix},${r})-1` });
    const e = cellRef(helperSheet, part.tieSize);
    cells.push({
      cell: part.winners,
      formula: `=MAX(0,MIN(${e},${leftover}-COUNTIF(${remainders},">"&${r})))`,
    });

    const ref = (cell: SheetCell) => cellRef(resultSheet, cell);
    const [w, k, size] = [ref(part.winners), ref(part.tiesBefore), ref(part.tieSize)];
    const exact = part.exactAtResult ?? fromHelper(part.exact, helperSheet, resultSheet);
    const winsUnit = `MIN(${w},INT(((${k}+2)*${w}-1)/${size}))-MIN(${w},INT(((${k}+1)*${w}-1)/${size}))`;
    const floor = `ROUND((${exact})/${unit}-${ref(part.remainder)},0)`;
    let result = `${unit}*(${floor}+${winsUnit})`;
    if (i === parts.length - 1) result = `${result}+${residual}`;
    else if (laterAllHeld[i]) {
      // Later parts all held: this part is the last unheld one when they all hold numbers.
      const laterHeld = parts.slice(i + 1).map((p) => `ISNUMBER(${cellRef(resultSheet, p.held!)})`);
      result = `${result}+IF(AND(${laterHeld.join(",")}),${residual},0)`;
    }
    const heldFromResult = part.held ? cellRef(resultSheet, part.held) : undefined;
    cells.push({
      cell: part.result,
      formula: heldFromResult
        ? `=IF(ISNUMBER(${heldFromResult}),${heldFromResult},${result})`
        : `=${result}`,
    });
  });
  return { cells };
}

/**
 * An expression written for the helper sheet, re-addressed for a formula on another sheet: bare A1
 * references gain the helper sheet's placeholder. Expressions here only use bare refs for the helper
 * sheet's own cells and `{sheet:…}!` refs for others, so this is a plain token rewrite.
 */
function fromHelper(expression: string, helperSheet: string, to: string): string {
  if (helperSheet === to) return expression;
  return expression.replace(
    /(\{sheet:[^}]+\}!)?(?<![A-Za-z$])(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(!:])/g,
    (whole: string, sheet: string | undefined, a1: string) => {
      if (sheet === `{sheet:${to}}!`) return a1;
      return sheet ? whole : `{sheet:${helperSheet}}!${a1}`;
    }
  );
}
