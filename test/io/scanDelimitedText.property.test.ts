/**
 * scanDelimitedText's fast path (lines before the first quote split without papaparse) against papaparse
 * itself reading the whole text, as the scan did before: the same rows, physical lines, delimiter and
 * unclosed-quote line on random texts of delimiters, quotes (doubled, unclosed, mid-field), CRLF, lone CR,
 * blank lines and spaces, with and without a fixed delimiter, and when the consumer stops early.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { scanDelimitedText, type Delimiter } from "../../src/io/parseDelimitedText";

/** The scan as it was: papaparse over the whole normalised text (the delimiter is taken from the scan). */
function papaparseScan(text: string, delimiter: Delimiter, stopAfter: number) {
  const normalised = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const rows: [string[], number][] = [];
  let unclosedQuoteLine: number | undefined;
  let start = 0;
  const lineAt = (offset: number) => normalised.slice(0, offset).split("\n").length;
  Papa.parse<string[]>(normalised, {
    delimiter,
    newline: "\n",
    step: (result, parser) => {
      const line = lineAt(start);
      if (result.errors.some((error) => error.code === "MissingQuotes")) unclosedQuoteLine ??= line;
      start = result.meta.cursor;
      if (result.data.every((cell) => cell.trim() === "")) return;
      rows.push([result.data, line]);
      if (rows.length >= stopAfter) parser.abort();
    },
  });
  return { rows, unclosedQuoteLine };
}

const TOKENS = ["a", "bc", "12.5", "中文", " ", ",", ";", "\t", "|", '"', '""', "\n", "\r\n", "\r"];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(""));

test("the same rows, lines, delimiter and unclosed quote as papaparse over the whole text", () => {
  fc.assert(
    fc.property(
      text,
      fc.constantFrom<Delimiter | undefined>(undefined, ",", "\t", ";", "|"),
      fc.integer({ min: 1, max: 12 }),
      (input, fixed, stopAfter) => {
        const rows: [string[], number][] = [];
        const scan = scanDelimitedText(input, { delimiter: fixed }, (cells, line) => {
          rows.push([cells, line]);
          return rows.length < stopAfter;
        });
        if (fixed !== undefined) expect(scan.delimiter).toBe(fixed);
        const expected = papaparseScan(input, scan.delimiter, stopAfter);
        expect(rows).toEqual(expected.rows);
        expect(scan.unclosedQuoteLine).toBe(expected.unclosedQuoteLine);
      }
    ),
    { numRuns: 3000 }
  );
});

/** Detection as it was: papaparse's preview of 200 rows over the whole text, per candidate. */
function papaparseDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; lines: number } = { delimiter: ",", lines: 0 };
  for (const delimiter of [",", "\t", ";", "|"] as Delimiter[]) {
    const counts = new Map<number, number>();
    Papa.parse<string[]>(text, {
      delimiter,
      newline: "\n",
      preview: 200,
      step: (result) => {
        if (result.data.length > 1)
          counts.set(result.data.length, (counts.get(result.data.length) ?? 0) + 1);
      },
    });
    const lines = Math.max(0, ...counts.values());
    if (lines > best.lines) best = { delimiter, lines };
  }
  return best.delimiter;
}

test("delimiter detection over 150 to 300 lines (past the 200 looked at) is papaparse's", () => {
  // Quote-free lines, so the head alone decides unless the one quoted line lands in it.
  const cell = fc.constantFrom("a", "1", " ", "中", "x y");
  const line = fc
    .array(fc.tuple(cell, fc.constantFrom(",", ";", "\t", "|")), { maxLength: 6 })
    .map((parts) => parts.flat().join(""));
  fc.assert(
    fc.property(
      fc.array(line, { minLength: 150, maxLength: 300 }),
      fc.nat(300),
      fc.constantFrom(",", ";", "\t", "|"),
      fc.option(fc.nat(300)),
      (lines, at, late, quoteAt) => {
        // Lines that outvote the others wherever they are counted: past the 200th they must not be.
        lines.splice(Math.min(at, lines.length), 0, ...Array(50).fill(`a${late}b${late}c${late}d`));
        if (quoteAt !== null) lines.splice(Math.min(quoteAt, lines.length), 0, `"q${late}r",1`);
        const input = lines.join("\n");
        const scan = scanDelimitedText(input, {}, () => undefined);
        expect(scan.delimiter).toBe(papaparseDelimiter(input.replace(/\r\n?/g, "\n")));
      }
    ),
    // No shrinking: a counterexample of 200-odd lines shrinks for minutes.
    { numRuns: 300, endOnFailure: true }
  );
});

test("hand-picked: a quote-free head, then a quoted cell with a line break, then an unclosed quote", () => {
  const input = 'd,c\r\n1,a\r\n\r\n2,"x\r\ny"\n3,b\n4,"open\n5,z\n';
  const rows: [string[], number][] = [];
  const scan = scanDelimitedText(input, {}, (cells, line) => void rows.push([cells, line]));
  expect(scan.delimiter).toBe(",");
  expect(rows).toEqual([
    [["d", "c"], 1],
    [["1", "a"], 2],
    [["2", "x\ny"], 4],
    [["3", "b"], 6],
    [["4", "open\n5,z\n"], 7],
  ]);
  expect(scan.unclosedQuoteLine).toBe(7);
});
