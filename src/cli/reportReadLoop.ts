/**
 * The report command's read: --input straight into the report's SourceAccumulator. A CSV/TSV is read in
 * one pass, decoded and split chunk by chunk as the file is read (TextTableStream), so neither the file
 * nor its text is held whole: each row's split fields go to the accumulator's fast door
 * (reportFieldAdder.ts: dates and members typed once per distinct raw text, amounts by the plain-decimal
 * fast path); a row that is not plain is typed by the rules (typeCellText, once per distinct text) and
 * added whole. No grid and no row objects are kept. Workbooks, and the rare text the stream hands back, go
 * through readTabularFile as before. Either way the accumulator sees the same cells, row indexes and
 * line numbers.
 */
import type { OptionValues } from "commander";
import type { SourceAccumulator, NormalisedSource } from "../builders/report/reportSource";
import { fieldAdder, type FieldAdder } from "../builders/report/reportFieldAdder";
import { plainDecimal } from "../io/plainDecimal";
import { readTabularFile } from "../io/readTabularFile";
import { TextTableStream } from "../io/streamTextTable";
import { typeCellText } from "../table/typeCellText";
import type { CellValue } from "../plan/types";
import type { ReadNotes } from "../workbook/port";
import type { CommandContext } from "./command";
import { inputOptionsFrom } from "./sharedOptions";

/** Rows between two progress lines. */
const PROGRESS_ROWS = 100_000;
/** Distinct texts remembered per non-amount column (dates and members repeat; ids would not). */
const MAX_CACHED_TEXTS = 50_000;

export interface ReportInput {
  source: string;
  header: string[];
  notes: ReadNotes;
  data: NormalisedSource;
}

/** `start`: the accumulator for the file's header (mapping and --by are resolved there). */
export async function readReportInput(
  context: CommandContext,
  options: OptionValues,
  start: (header: string[]) => SourceAccumulator
): Promise<ReportInput> {
  const { input, sheet, encoding, skipInvalid } = inputOptionsFrom(options);
  const readOptions = { sheet, encoding, skipInvalid, limits: context.limits };
  let accumulator: SourceAccumulator | undefined;
  let addFields: FieldAdder = () => undefined;
  let index = 0;
  const stream = new TextTableStream(input, readOptions, {
    start(header) {
      accumulator = start(header);
      addFields = fieldAdder(accumulator, header.length, {
        typeText: cachedTyper(),
        plainNumber: plainDecimal,
      });
    },
    row(fields, offset, line) {
      addFields(fields, offset, index++, line);
      if (index % PROGRESS_ROWS === 0) context.progress?.("rowsRead", index);
    },
  });
  // Chunk by chunk, so the file is never held whole; a context without chunked reads gives one chunk.
  if (context.readFileChunks) {
    for await (const chunk of context.readFileChunks(input)) if (!stream.push(chunk)) break;
  } else stream.push((await context.readFile(input)).bytes);
  const streamed = stream.end();
  if (streamed.kind === "streamed") {
    context.progress?.("rowsRead", index);
    const { source, header, notes } = streamed.table;
    return { source, header, notes, data: accumulator!.finish() };
  }
  // Not text, or an answer only the whole file gives: read it whole, as before.
  const { bytes } = await context.readFile(input);
  const table = await readTabularFile(bytes, input, readOptions);
  accumulator = start(table.header);
  // One pass; each row is released as soon as it is summed, so rows are never held twice.
  const { rows, rowNumbers } = table;
  for (let row = 0; row < rows.length; row++) {
    accumulator.add(rows[row], row, rowNumbers[row]);
    (rows as unknown[])[row] = undefined;
    if ((row + 1) % PROGRESS_ROWS === 0) context.progress?.("rowsRead", row + 1);
  }
  context.progress?.("rowsRead", rows.length);
  rows.length = 0;
  return {
    source: table.source,
    header: table.header,
    notes: table.notes,
    data: accumulator.finish(),
  };
}

/** Typing by the generic rules, once per distinct text (only the rows the fast door leaves come here). */
function cachedTyper(): (text: string) => CellValue {
  const cache = new Map<string, CellValue>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = typeCellText(text);
      if (cache.size < MAX_CACHED_TEXTS) cache.set(text, value);
    }
    return value as CellValue;
  };
}
