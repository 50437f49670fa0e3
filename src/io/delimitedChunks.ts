/**
 * scanDelimitedText over text that arrives in pieces (a file decoded chunk by chunk), so neither the file
 * nor its text is held whole. Same rows, same physical lines, same answers, by the same steps:
 * - line ends are normalised as the whole text would be (a CR at a piece's end waits for the next piece,
 *   since CR LF is one line end);
 * - the delimiter comes from the first DETECTION_LINES + 1 lines (detectDelimiter on the very text the
 *   whole-text reader gives it); when a quote is among them, the whole text is kept and handed to
 *   scanDelimitedText at the end, as before;
 * - lines before the first quote are split as they complete; from the line holding the first quote on,
 *   the rest is kept and read by papaparse at the end (quoted cells may span lines and pieces), exactly
 *   the text the whole-text reader gives papaparse;
 * - every physical line is measured as it comes; past maxLineChars the scan stops at once (a 200 MB line
 *   is never held), `longLine.length` then counting the characters read of it.
 * Rows before a long line reach `onRow`, which the whole-text reader does not do: its callers refuse the
 * file on a long line whatever the rows were.
 */
import {
  DETECTION_LINES,
  detectDelimiter,
  isBlankRow,
  scanDelimitedText,
  scanWithPapaparse,
  type DelimitedTextOptions,
  type Delimiter,
  type ParsedText,
} from "./parseDelimitedText";

type ScanResult = Omit<ParsedText, "grid">;
type OnRow = (cells: string[], line: number) => boolean | void;

export class DelimitedChunkScanner {
  /** Head: the text so far; lines: the unfinished line; rest: the text from the first quote's line on. */
  private text = "";
  private mode: "head" | "lines" | "rest" | "stopped" = "head";
  private delimiter: Delimiter | undefined;
  /** Physical line of `text`'s first character (lines and rest). */
  private line = 1;
  private carriedCr = false;
  private headNewlines = 0;
  private headSearched = 0;
  /** The long-line check's own count: the physical line being measured and its characters so far. */
  private measuredLine = 1;
  private measuredChars = 0;
  private longLine: ScanResult["longLine"];

  constructor(
    private readonly options: DelimitedTextOptions,
    private readonly onRow: OnRow
  ) {}

  /** A piece of the text; false: stop (a row asked to, or a line is too long). */
  push(piece: string): boolean {
    if (this.mode === "stopped") return false;
    const text = this.normalise(piece);
    if (text.length === 0) return true;
    // Lines mode measures the lines it splits; the others keep text, measured as it comes.
    if (this.mode !== "lines" && !this.measure(text)) {
      this.mode = "stopped";
      return false;
    }
    this.text += text;
    if (this.mode === "head") this.readHead(false);
    else if (this.mode === "lines") this.readLines();
    return (this.mode as string) !== "stopped"; // readHead and readLines may have stopped it
  }

  end(): ScanResult {
    if (this.carriedCr) {
      this.carriedCr = false;
      this.push("\n");
    }
    if (this.longLine)
      return {
        delimiter: this.delimiter ?? this.options.delimiter ?? ",",
        longLine: this.longLine,
      };
    if (this.mode === "head") return this.readHead(true)!;
    const delimiter = this.delimiter;
    // A quote among the first lines: the whole text was kept.
    if (delimiter === undefined) return this.wholeText();
    const text = this.text;
    this.text = "";
    if (this.mode === "stopped" || text.length === 0) return { delimiter };
    if (this.mode === "lines") {
      // The unfinished last line (no quote in it, or the mode would be "rest").
      const cells = text.split(delimiter);
      if (!isBlankRow(cells)) this.onRow(cells, this.line);
      return { delimiter };
    }
    return { delimiter, ...scanWithPapaparse(text, delimiter, this.line - 1, this.onRow) };
  }

  /** CRLF, LF and a lone CR each end a line, as one "\n" (text.replace(/\r\n?/g, "\n") over the pieces). */
  private normalise(piece: string): string {
    let text = piece;
    if (text.length === 0) return text;
    if (this.carriedCr) {
      this.carriedCr = false;
      text = `\n${text.charCodeAt(0) === 10 ? text.slice(1) : text}`;
    }
    if (text.charCodeAt(text.length - 1) === 13) {
      this.carriedCr = true;
      text = text.slice(0, -1);
    }
    return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  }

  /** False once a physical line passes maxLineChars (the first one is kept). */
  private measure(text: string): boolean {
    const limit = this.options.maxLineChars;
    if (limit === undefined) return true;
    let start = 0;
    for (;;) {
      const newline = text.indexOf("\n", start);
      const stop = newline < 0 ? text.length : newline;
      this.measuredChars += stop - start;
      if (this.measuredChars > limit) {
        this.longLine = { line: this.measuredLine, length: this.measuredChars };
        return false;
      }
      if (newline < 0) return true;
      this.measuredLine++;
      this.measuredChars = 0;
      start = newline + 1;
    }
  }

  /**
   * The head is the text up to the (DETECTION_LINES + 1)th newline, which detectDelimiter reads. At the
   * end (`last`) with fewer lines, the whole text is the head: scanDelimitedText reads it as it is.
   */
  private readHead(last: boolean): ScanResult | undefined {
    let end = -1;
    while (this.headNewlines <= DETECTION_LINES) {
      end = this.text.indexOf("\n", this.headSearched);
      if (end < 0) break;
      this.headNewlines++;
      this.headSearched = end + 1;
    }
    if (this.headNewlines <= DETECTION_LINES) {
      if (!last) return undefined;
      return scanDelimitedText(this.text, { delimiter: this.options.delimiter }, this.onRow);
    }
    const head = this.text.slice(0, this.headSearched - 1);
    if (head.includes('"')) {
      // A quote among the first lines: detection reads the whole text (as scanDelimitedText does).
      this.mode = "rest";
      this.delimiter = undefined;
      return last ? this.wholeText() : undefined;
    }
    this.delimiter = this.options.delimiter ?? detectDelimiter(head);
    this.mode = "lines";
    this.readLines();
    return last ? this.end() : undefined;
  }

  private wholeText(): ScanResult {
    const text = this.text;
    this.text = "";
    return scanDelimitedText(text, { delimiter: this.options.delimiter }, this.onRow);
  }

  /** Complete lines before the first quote's line, split; from that line on, the text is kept. */
  private readLines(): void {
    const text = this.text;
    const quote = text.indexOf('"');
    const quoteLine = quote < 0 ? text.length : text.lastIndexOf("\n", quote) + 1;
    const delimiter = this.delimiter!;
    const limit = this.options.maxLineChars ?? Infinity;
    let position = 0;
    while (position < quoteLine) {
      const newline = text.indexOf("\n", position);
      if (newline < 0) break;
      if (newline - position > limit) return this.stopAtLongLine(newline - position);
      const cells = text.slice(position, newline).split(delimiter);
      position = newline + 1;
      if (!isBlankRow(cells) && this.onRow(cells, this.line) === false) {
        this.mode = "stopped";
        this.text = "";
        return;
      }
      this.line++;
    }
    this.text = position === 0 ? text : text.slice(position);
    if (quote >= 0) {
      // From the quote's line on the text is kept: measured from that line's start.
      this.mode = "rest";
      this.measuredLine = this.line;
      this.measuredChars = 0;
      if (!this.measure(this.text)) this.mode = "stopped";
    } else if (this.text.length > limit) this.stopAtLongLine(this.text.length);
  }

  private stopAtLongLine(length: number): void {
    this.longLine = { line: this.line, length };
    this.mode = "stopped";
    this.text = "";
  }
}
