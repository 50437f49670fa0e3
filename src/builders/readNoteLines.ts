/**
 * What a source's reader left out (title lines above the header, a total row, rows skipped for a wrong
 * field count), worded for a sheet's notes. Every builder that reads a table writes these lines, so
 * nothing the user exported disappears without a word.
 */
import { format, type Locale } from "../i18n/locale";
import type { ReadNotes } from "../table/tableData";

const EN = {
  titleLines: "Lines above the header were read as titles and left out: {lines}.",
  totalRow:
    "The total row at line {line} (“{text}”) was left out: the sheet computes its own totals.",
  skippedLines:
    "{count} rows with a wrong number of fields were left out (--skip-invalid): lines {lines}.",
  line: "{line} “{text}”",
  more: "{items} and {more} more",
};

const TEXTS: Record<Locale, typeof EN> = {
  "en-US": EN,
  "zh-CN": {
    titleLines: "表头上方的行视为标题，未计入：{lines}。",
    totalRow: "第 {line} 行的合计行（“{text}”）未计入：本表自行计算合计。",
    skippedLines: "有 {count} 行字段数不对，已跳过（--skip-invalid）：第 {lines} 行。",
    line: "第 {line} 行“{text}”",
    more: "{items}，另有 {more} 行",
  },
};

/** Lines and titles listed; the rest are counted. */
const LISTED = 20;
/** A title line shown in full would crowd the notes: its start says which it is. */
const SHOWN_CHARS = 40;

/**
 * Items for a note: the first 20 joined as the language joins a list, the rest counted by `more` (a text
 * with {items} and {more}, the builder's own wording of what it lists).
 */
export function listForNote(items: readonly string[], locale: Locale, more: string): string {
  const shown = items.slice(0, LISTED).join(locale === "zh-CN" ? "、" : ", ");
  return items.length > LISTED
    ? format(more, { items: shown, more: items.length - LISTED })
    : shown;
}

export function readNoteLines(notes: ReadNotes | undefined, locale: Locale): string[] {
  if (!notes) return [];
  const texts = TEXTS[locale];
  const list = (items: string[]) => listForNote(items, locale, texts.more);
  const lines: string[] = [];
  if (notes.titleLines.length > 0)
    lines.push(
      format(texts.titleLines, {
        lines: list(
          notes.titleLines.map(({ line, text }) =>
            format(texts.line, { line, text: shorten(text) })
          )
        ),
      })
    );
  if (notes.totalRow)
    lines.push(
      format(texts.totalRow, { line: notes.totalRow.line, text: shorten(notes.totalRow.text) })
    );
  if (notes.skippedLines.length > 0)
    lines.push(
      format(texts.skippedLines, {
        count: notes.skippedLines.length,
        lines: list(notes.skippedLines.map(String)),
      })
    );
  return lines;
}

function shorten(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}
