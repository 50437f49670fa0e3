/**
 * Largest-remainder rounding written as native formulas, so a target sheet stays rounded AND tied out
 * when the user changes the annual target, a weight or a share — the rule of src/core/largestRemainder.ts,
 * live. Only ROUND, MOD, INT, MIN, MAX, IF, ISNUMBER, SUM, SUMIF, COUNTIF(S): no LET, no dynamic arrays,
 * so it computes in Excel 2016, WPS and LibreOffice.
 *
 * For a line of exact parts x_i summing to a total T, in units u (quota q_i = x_i/u):
 * - remainder r_i = MOD(ROUND(q_i, 9), 1) (ROUND first: 25.999999999 from float drift is 26);
 * - leftover units L = ROUND(T/u) − Σ floor(q_i) = ROUND(ROUND(T/u) − T/u + Σ r_i), an integer;
 * - cells with a remainder larger than r_i (beyond a 5e-10 tolerance): G_i; cells tied with r_i: E_i;
 *   tied cells before i: K_i; units left for i's tie group: W_i = max(0, min(E_i, L − G_i));
 * - cell i gets floor(q_i) + 1 when it is one of the W_i evenly spaced winners of its tie group, the
 *   core's tie-break: the winners are members ⌊(j+1)·E/W⌋ − 1 (j = 0…W−1), and member K wins exactly when
 *   C(K+1) > C(K) with C(m) = min(W, ⌊(m·W − 1)/E⌋) (the count of winners before position m).
 *   102 over four equal parts → 25, 26, 25, 26.
 * Held cells (actuals) keep their value and take no part: remainder −1, never a winner.
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

/** Tolerance of "the same remainder", as a literal HyperFormula also parses (it reads no 5E-10). */
const TIE = "0.0000000005";

export interface LineFormulas {
  /** Formula by sheet, then A1: every helper and result cell of the line. */
  cells: { cell: SheetCell; formula: string }[];
}

/** The formulas of one rounding line; the caller writes each into its cell. */
export function roundingLineFormulas(line: RoundingLine): LineFormulas {
  const { parts } = line;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const helperSheet = first.remainder.sheet;
  const remainders = rangeRef(helperSheet, first.remainder, last.remainder);
  const leftover = cellRef(helperSheet, line.leftover, true);
  const cells: { cell: SheetCell; formula: string }[] = [];
  const heldTotal = parts.some((p) => p.held)
    ? parts
        .filter((p) => p.held)
        .map((p) => cellRef(helperSheet, p.held!))
        .join(",")
    : undefined;
  // What the unheld parts share: the total less the holds.
  const open = heldTotal ? `(${line.total}-SUM(${heldTotal}))` : `(${line.total})`;
  cells.push({
    cell: line.leftover,
    formula: `=ROUND(ROUND(${open}/${line.unit},0)-${open}/${line.unit}+SUMIF(${remainders},">=0"),0)`,
  });
  parts.forEach((part, i) => {
    const r = cellRef(helperSheet, part.remainder);
    const heldRef = part.held ? cellRef(helperSheet, part.held) : undefined;
    const quota = `ROUND((${part.exact})/${line.unit},9)`;
    const remainder = `MOD(${quota},1)`;
    cells.push({
      cell: part.remainder,
      formula: heldRef ? `=IF(ISNUMBER(${heldRef}),-1,${remainder})` : `=${remainder}`,
    });
    const within = (range: string) =>
      `COUNTIFS(${range},">="&(${r}-${TIE}),${range},"<="&(${r}+${TIE}))`;
    cells.push({ cell: part.tieSize, formula: `=${within(remainders)}` });
    const prefix = rangeRef(helperSheet, first.remainder, part.remainder);
    cells.push({ cell: part.tiesBefore, formula: `=${within(prefix)}-1` });
    const e = cellRef(helperSheet, part.tieSize);
    cells.push({
      cell: part.winners,
      formula: `=MAX(0,MIN(${e},${leftover}-COUNTIF(${remainders},">"&(${r}+${TIE}))))`,
    });

    const from = part.result.sheet;
    const ref = (cell: SheetCell) => cellRef(from, cell);
    const [w, k, size] = [ref(part.winners), ref(part.tiesBefore), ref(part.tieSize)];
    const unit = fromHelper(line.unit, helperSheet, from);
    const exact = fromHelper(part.exact, helperSheet, from);
    const winsUnit = `MIN(${w},INT(((${k}+2)*${w}-1)/${size}))-MIN(${w},INT(((${k}+1)*${w}-1)/${size}))`;
    const floor = `ROUND((${exact})/${unit}-${ref(part.remainder)},0)`;
    let result = `${unit}*(${floor}+${winsUnit})`;
    const residual = residualFormula(line, parts, i, from, helperSheet);
    if (residual) result = `${result}+${residual}`;
    const heldFromResult = part.held ? cellRef(from, part.held) : undefined;
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
 * The difference between the open total and its rounding to the unit, on the last unheld part: with
 * holds, "last unheld" is decided live (every later part held), so entering an actual moves it.
 */
function residualFormula(
  line: RoundingLine,
  parts: RoundingPart[],
  index: number,
  from: string,
  helperSheet: string
): string | undefined {
  const total = fromHelper(line.total, helperSheet, from);
  const unit = fromHelper(line.unit, helperSheet, from);
  const helds = parts.filter((p) => p.held).map((p) => cellRef(from, p.held!));
  const open = helds.length > 0 ? `(${total}-SUM(${helds.join(",")}))` : `(${total})`;
  const residual = `(${open}-${unit}*ROUND(${open}/${unit},0))`;
  const later = parts.slice(index + 1);
  if (later.length === 0) return residual;
  if (!later.every((p) => p.held)) return undefined;
  // Later parts all held: this part is the last unheld one when they all hold numbers.
  const laterHeld = later.map((p) => `ISNUMBER(${cellRef(from, p.held!)})`);
  return `IF(AND(${laterHeld.join(",")}),${residual},0)`;
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
