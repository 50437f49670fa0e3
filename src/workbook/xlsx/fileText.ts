/**
 * Text as an xlsx file stores it (OOXML ST_Xstring). XML cannot hold most control characters, and an XML
 * reader turns a raw carriage return into a line feed, so a file escapes a character as `_xHHHH_`; a
 * literal `_xHHHH_` in the text is escaped in turn as `_x005F_xHHHH_`. ExcelJS writes text raw (dropping
 * control characters and losing "\r") but decodes these escapes when it reads; Excel and LibreOffice
 * decode them too. Encoding user text here keeps it exactly as given (DESIGN.md rule 5).
 */

/** C0 controls except tab and line feed (which XML keeps), and the two non-characters XML forbids. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;
/** An underscore a reader would take as the start of an escape. Escapes may share underscores: "_x0041_x0042_". */
const ESCAPE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;
const ESCAPE = /_x[0-9A-Fa-f]{4}_/g;

const hex4 = (ch: string) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

export function encodeFileText(text: string): string {
  return text.replace(ESCAPE_START, "_x005F_").replace(NEEDS_ESCAPE, (ch) => `_x${hex4(ch)}_`);
}

/** Readers decode left to right, each escape once, as here. */
export function decodeFileText(text: string): string {
  return text.replace(ESCAPE, (escape) => String.fromCharCode(parseInt(escape.slice(2, 6), 16)));
}
