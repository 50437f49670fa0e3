/**
 * A CSV/TSV file read in one pass without the grid: the steps of readTabularFile + tableFromGrid (the
 * header found among the first rows, title lines and a total row left out, strict field counts,
 * physical line numbers, --skip-invalid), but each data row's raw fields go to the consumer as they are
 * parsed, so a builder types only the columns it maps and no row is kept.
 *
 * The rules are tableFromGrid's own functions; where a streamed read cannot know the answer before the
 * end it gives up instead of guessing: the generic reader trims the table to the columns ANY row uses,
 * so a data row with a value left of the header's first named column or right of its last makes this
 * return "fallback" (the caller then reads the file with readTabularFile, exactly as before).
 *
 * Errors come in readTabularFile's order (long line, unclosed quote, size, empty, header only, field
 * counts); an error the consumer throws is held and rethrown after them, so a file is refused for the
 * same reason whichever reader read it.
 */
import type { CellValue } from "../plan/types";
import type { ReadNotes } from "../workbook/port";
import { startsWithBytes } from "./bytes";
import { StreamTextDecoder } from "./decodeText";
import { DelimitedChunkScanner } from "./delimitedChunks";
import {
  checkFileSize,
  checkGridShape,
  LINE_TOO_LONG,
  readLimitsFrom,
  type ReadLimits,
} from "./readLimits";
import {
  extensionOf,
  OLE_MAGIC,
  TEXT_EXTENSIONS,
  wrongFieldCountError,
  ZIP_MAGIC,
  type ReadTabularFileOptions,
  type TabularFile,
} from "./readTabularFile";
import {
  findHeaderIssues,
  findHeaderRow,
  hasWrongFieldCount,
  headerText,
  isTotalRow,
  typeCell,
  type HeaderIssues,
  type TypedRow,
} from "../table/tableFromGrid";
import { TabularFileError } from "./tabularFileError";

/** tableFromGrid looks for the header among this many rows; one more tells whether the last has rows below. */
const HEAD_ROWS = 31;

export type TextTableInfo = Omit<TabularFile, "rows" | "rowNumbers"> & { rowCount: number };

export interface TextRowConsumer {
  /** The table's header (columns as readTabularFile would give them), before any row. */
  start(header: string[], headerIssues: HeaderIssues): void;
  /** A data row: table column c is `fields[c + offset]` (undefined past the row's end); `line` is 1-based. */
  row(fields: readonly string[], offset: number, line: number): void;
}

export type StreamedTextTable =
  | { kind: "streamed"; table: TextTableInfo }
  /** Not a plain text file (a workbook, an .xls, another extension, a --sheet): use readTabularFile. */
  | { kind: "notText" }
  | { kind: "fallback" };

/** The whole file at once (tests, callers holding the bytes): the stream below with one chunk. */
export function streamTextTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTabularFileOptions,
  consumer: TextRowConsumer
): StreamedTextTable {
  const stream = new TextTableStream(fileName, options, consumer);
  stream.push(bytes);
  return stream.end();
}

/** Enough bytes to tell a zip or an OLE file (.xls) from text. */
const MAGIC_BYTES = Math.max(ZIP_MAGIC.length, OLE_MAGIC.length);

/**
 * The file in chunks as it is read (`push` each, then `end`), decoded and split as they come
 * (StreamTextDecoder, DelimitedChunkScanner), so the file is never held whole. Where the chunks alone
 * cannot give readTabularFile's answer (an encoding decided late, a long line: its refusal must come
 * after a decoding error further on), the answer is "fallback" and the caller reads the whole file.
 */
export class TextTableStream {
  private readonly limits: ReadLimits;
  private readonly decoder: StreamTextDecoder;
  private readonly reader: RowReader;
  private readonly scanner: DelimitedChunkScanner;
  private state: "sniffing" | "reading" | "notText" | "fallback" = "sniffing";
  private sniffed: Uint8Array = new Uint8Array(0);
  private bytes = 0;

  constructor(
    private readonly fileName: string,
    private readonly options: ReadTabularFileOptions,
    consumer: TextRowConsumer
  ) {
    this.limits = readLimitsFrom(options.limits);
    this.decoder = new StreamTextDecoder(options.encoding);
    this.reader = new RowReader(consumer, options.skipInvalid === true);
    const extension = extensionOf(fileName);
    this.scanner = new DelimitedChunkScanner(
      { delimiter: extension === "tsv" ? "\t" : undefined, maxLineChars: this.limits.maxLineChars },
      (cells, line) => this.reader.take(cells, line)
    );
    if (!TEXT_EXTENSIONS.includes(extension) || options.sheet !== undefined) this.state = "notText";
  }

  /** The next chunk of the file (not kept past the call: its buffer may be reused); false: read no more. */
  push(chunk: Uint8Array): boolean {
    if (this.state === "notText" || this.state === "fallback") return false;
    this.bytes += chunk.length;
    checkFileSize(this.bytes, this.fileName, this.limits);
    if (this.state === "sniffing") {
      this.sniffed = concat(this.sniffed, chunk);
      if (this.sniffed.length < MAGIC_BYTES) {
        this.sniffed = this.sniffed.slice(); // held past this call: the caller may reuse its buffer
        return true;
      }
      chunk = this.sniffed;
      this.sniffed = new Uint8Array(0);
      if (startsWithBytes(chunk, ZIP_MAGIC) || startsWithBytes(chunk, OLE_MAGIC)) {
        this.state = "notText";
        return false;
      }
      this.state = "reading";
    }
    return this.read(chunk, false);
  }

  end(): StreamedTextTable {
    if (this.state === "sniffing") {
      const head = this.sniffed;
      if (head.length === 0 || startsWithBytes(head, ZIP_MAGIC) || startsWithBytes(head, OLE_MAGIC))
        this.state = "notText";
      else {
        this.state = "reading";
        this.read(head, true);
      }
    } else if (this.state === "reading") this.read(new Uint8Array(0), true);
    if (this.state === "notText") return { kind: "notText" };
    if (this.state === "fallback") return { kind: "fallback" };
    return this.finish();
  }

  private read(chunk: Uint8Array, last: boolean): boolean {
    const text = this.decoder.push(chunk, last);
    if (text === undefined || !this.scanner.push(text)) {
      this.state = "fallback";
      return false;
    }
    return true;
  }

  private finish(): StreamedTextTable {
    const { reader, fileName, options } = this;
    const scan = this.scanner.end();
    if (scan.longLine)
      throw new TabularFileError(LINE_TOO_LONG, {
        file: fileName,
        line: scan.longLine.line,
        limit: this.limits.maxLineChars.toLocaleString("en-US"),
      });
    if (reader.fellBack) return { kind: "fallback" };
    if (scan.unclosedQuoteLine !== undefined)
      throw new TabularFileError("unclosedQuote", { file: fileName, line: scan.unclosedQuoteLine });
    checkGridShape(reader.rowsSeen, reader.rowsSeen, reader.widest, fileName, this.limits);
    if (reader.rowsSeen === 0) throw new TabularFileError("emptyFile", { file: fileName });
    reader.end();
    if (reader.fellBack) return { kind: "fallback" };
    const kept = reader.dataRows + (options.skipInvalid ? 0 : reader.bad.length);
    if (kept === 0) throw new TabularFileError("headerOnly", { file: fileName });
    if (reader.bad.length > 0 && !options.skipInvalid)
      throw wrongFieldCountError(fileName, reader.bad);
    if (reader.consumerFailed) throw reader.consumerError;
    return {
      kind: "streamed",
      table: {
        source: fileName,
        header: reader.header,
        notes: reader.notes,
        headerIssues: findHeaderIssues(reader.header),
        encoding: this.decoder.encoding!,
        bom: this.decoder.bom,
        delimiter: scan.delimiter,
        rowCount: reader.dataRows,
      },
    };
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function typedRow(cells: string[], line: number, row: number): TypedRow {
  const typed = Array.from(cells, (cell) => typeCell(cell));
  const used = typed.reduce<number>((count, cell) => (cell === null ? count : count + 1), 0);
  return { source: { row, line, cells, fieldCount: cells.length }, cells: typed, used };
}

const isBlank = (field: string | undefined) => field === undefined || field.trim() === "";

class RowReader {
  rowsSeen = 0;
  widest = 0;
  dataRows = 0;
  fellBack = false;
  consumerFailed = false;
  consumerError: unknown;
  header: string[] = [];
  readonly bad: { line: number; fields: number; expected: number }[] = [];
  readonly notes: ReadNotes = { titleLines: [], skippedLines: [] };
  private head: TypedRow[] | undefined = [];
  private headerRow!: TypedRow;
  private first = 0;
  private last = -1;
  /** The row held back (it may be the total row), without an object per row. */
  private heldCells: string[] | undefined;
  private heldLine = 0;

  constructor(
    private readonly consumer: TextRowConsumer,
    private readonly skipInvalid: boolean
  ) {}

  /** One non-blank row of the file; false stops the scan (a fallback needs no more of it). */
  take(cells: string[], line: number): boolean {
    this.rowsSeen++;
    if (cells.length > this.widest) this.widest = cells.length;
    if (this.head) {
      this.head.push(typedRow(cells, line, this.rowsSeen - 1));
      if (this.head.length >= HEAD_ROWS) this.beginBody();
    } else this.offer(cells, line);
    return !this.fellBack;
  }

  end(): void {
    if (this.head) this.beginBody();
    const held = this.heldCells;
    if (!held) return;
    const typed = typedRow(held, this.heldLine, 0).cells;
    if (isTotalRow(typed))
      this.notes.totalRow = {
        line: this.heldLine,
        text: typed.filter((cell) => cell !== null).join(" "),
      };
    else this.process(held, this.heldLine);
  }

  private beginBody(): void {
    const head = this.head!;
    this.head = undefined;
    const headerIndex = findHeaderRow(head);
    this.headerRow = head[headerIndex];
    this.notes.titleLines = head.slice(0, headerIndex).map(({ source, cells }) => ({
      line: source.line,
      text: cells.filter((cell) => cell !== null).join(" "),
    }));
    const used = this.headerRow.cells.flatMap((cell, column) => (cell === null ? [] : [column]));
    this.first = used[0];
    this.last = used[used.length - 1];
    const cells = this.headerRow.source.cells;
    for (let column = this.first; column <= this.last; column++)
      this.header.push(headerText(cells[column] ?? null));
    this.call(() => this.consumer.start(this.header, findHeaderIssues(this.header)));
    for (const row of head.slice(headerIndex + 1))
      this.offer(row.source.cells as string[], row.source.line);
  }

  /** The last row may be a total: each row is processed once the next one shows it is not the last. */
  private offer(cells: string[], line: number): void {
    if (this.heldCells) this.process(this.heldCells, this.heldLine);
    this.heldCells = cells;
    this.heldLine = line;
  }

  private process(cells: string[], line: number): void {
    if (this.fellBack) return;
    const expected = this.headerRow.source.fieldCount!;
    // Most rows have the header's fields: only the others need the rule (which looks past `expected`).
    const plain = cells.length > this.last && cells.length <= expected;
    if (
      !plain &&
      hasWrongFieldCount(cells.length, this.headerRow, this.tailCells(cells, expected))
    ) {
      this.bad.push({ line, fields: cells.length, expected });
      if (this.skipInvalid) this.notes.skippedLines.push(line);
      return;
    }
    // Only fields left of the header's first named column or right of its last can make a fallback.
    for (let column = 0; column < this.first; column++) if (this.edgeUsed(cells[column])) return;
    for (let column = this.last + 1; column < cells.length; column++)
      if (this.edgeUsed(cells[column])) return;
    this.dataRows++;
    // As call() does, without a closure per row.
    if (this.consumerFailed) return;
    try {
      this.consumer.row(cells, this.first, line);
    } catch (error) {
      this.consumerFailed = true;
      this.consumerError = error;
    }
  }

  private edgeUsed(field: string | undefined): boolean {
    if (isBlank(field)) return false;
    this.fellBack = true;
    return true;
  }

  /** The cells as the rule sees them past the header's fields: blank or not is all it asks. */
  private tailCells(cells: string[], expected: number): CellValue[] {
    const typed: CellValue[] = new Array<CellValue>(Math.max(cells.length, expected)).fill(null);
    for (let column = expected; column < cells.length; column++)
      if (!isBlank(cells[column])) typed[column] = cells[column];
    return typed;
  }

  /** The consumer's error is held, not lost: rethrown once the file's own problems are known. */
  private call(step: () => void): void {
    if (this.consumerFailed) return;
    try {
      step();
    } catch (error) {
      this.consumerFailed = true;
      this.consumerError = error;
    }
  }
}
