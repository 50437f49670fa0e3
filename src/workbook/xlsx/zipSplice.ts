/**
 * The file ExcelJS wrote, with the streamed rows of big blocks put into their sheets (streamedBlocks.ts):
 * the entries are re-packed into a new zip, each deflated by a `Gzipper` (gzip gives the CRC-32 a zip
 * entry needs for free; Node passes zlib's, the browser gets fflate's), so no sheet's XML is ever one
 * string or one buffer. Entries keep ExcelJS's order; folder entries are left out (OOXML needs none).
 */
import { Gzip, unzipSync, strFromU8, strToU8 } from "fflate";
import { rangeA1, parseRange } from "../../plan/a1";
import { WorkbookError } from "../port";
import { encodeFileText } from "./fileText";
import { escapeXml } from "./streamedBlocks";

/**
 * Deflates the chunks as one gzip member: a 10-byte header, the deflate data, CRC-32 and size
 * (little-endian). `level`: zlib's 1–9 (big sheets take 1: three times faster, a third larger).
 */
export type Gzipper = (chunks: Iterable<Uint8Array>, level: 1 | 6) => Promise<Uint8Array[]>;

/** fflate's gzip (JavaScript): works in the browser; the CLI passes Node's zlib (nodeGzip.ts). */
export const fflateGzip: Gzipper = async (chunks, level) => {
  const parts: Uint8Array[] = [];
  const gzip = new Gzip({ level }, (data) => parts.push(data));
  for (const chunk of chunks) gzip.push(chunk);
  gzip.push(new Uint8Array(0), true);
  return parts;
};

export interface SheetSplice {
  /** The sheet's name as ExcelJS wrote it (to find its part through workbook.xml). */
  sheetName: string;
  /** Sheet XML chunks to put before `</sheetData>`; `sharedString` indexes text in the file's table. */
  rows: (
    styles: (sampleRow: number) => Map<number, string>,
    sharedString: ((text: string) => number) | undefined
  ) => Iterable<string>;
  /** The full used range and the clipped tables' full ranges. */
  lastRow: number;
  lastColumn: number;
  tables: { name: string; range: string }[];
}

const UINT32_MAX = 0xffffffff;
const GZIP_HEADER = 10;

export async function spliceStreamedRows(
  excelJsFile: Uint8Array,
  splices: readonly SheetSplice[],
  gzip: Gzipper,
  sampleStyles: (sheetXml: string, sampleRow: number) => Map<number, string>,
  /** Changes to the unzipped parts before they are packed (the charts' parts: chartParts.ts). */
  editParts: (files: Record<string, Uint8Array>) => void = () => undefined
): Promise<Buffer> {
  const files = unzipSync(excelJsFile);
  editParts(files);
  const zip = new ZipWriter();
  const bySheetPath = new Map(
    splices.map((splice) => [sheetPath(files, splice.sheetName), splice])
  );
  const tableRanges = new Map(
    splices.flatMap((splice) => splice.tables.map((t) => [t.name, t.range]))
  );
  const strings = files[SHARED_STRINGS]
    ? new SharedStrings(strFromU8(files[SHARED_STRINGS]))
    : undefined;
  // The streamed sheets first: their text joins the shared strings, written after them.
  const streamedParts = new Map<string, Uint8Array[]>();
  for (const [name, splice] of bySheetPath) {
    const xml = withDimension(strFromU8(files[name]), splice.lastRow, splice.lastColumn);
    const cut = xml.lastIndexOf("</sheetData>");
    if (cut < 0)
      throw new WorkbookError("applyFailed", `The sheet part ${name} has no sheet data.`);
    let bytes = 0;
    const chunks = function* (): Generator<Uint8Array> {
      yield strToU8(xml.slice(0, cut));
      const sharedString = strings && ((text: string) => strings.index(text));
      for (const rows of splice.rows((sampleRow) => sampleStyles(xml, sampleRow), sharedString)) {
        const chunk = strToU8(rows);
        bytes += chunk.length;
        if (bytes > UINT32_MAX)
          throw new WorkbookError(
            "applyFailed",
            `The sheet "${splice.sheetName}" would hold more than 4 GiB of XML.`
          );
        yield chunk;
      }
      yield strToU8(xml.slice(cut));
    };
    streamedParts.set(name, await gzip(chunks(), 1));
  }
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith("/")) continue;
    const streamed = streamedParts.get(name);
    if (streamed) zip.add(name, streamed);
    else if (name === SHARED_STRINGS && strings) zip.add(name, await gzip(strings.xml(), 6));
    else if (name.startsWith("xl/tables/") && tableRanges.size > 0)
      zip.add(name, await gzip([strToU8(withTableRange(strFromU8(data), tableRanges))], 6));
    else zip.add(name, await gzip([data], 6));
  }
  return zip.finish();
}

const SHARED_STRINGS = "xl/sharedStrings.xml";

/** ExcelJS's shared strings, with the streamed rows' texts appended (each distinct text once). */
class SharedStrings {
  private readonly added = new Map<string, number>();
  private readonly base: number;
  private references = 0;

  constructor(private readonly excelJsXml: string) {
    this.base = Number(/uniqueCount="(\d+)"/.exec(excelJsXml)?.[1] ?? NaN);
    if (!Number.isInteger(this.base))
      throw new WorkbookError("applyFailed", "The shared strings part has no uniqueCount.");
  }

  index(text: string): number {
    this.references++;
    let index = this.added.get(text);
    if (index === undefined) {
      index = this.base + this.added.size;
      this.added.set(text, index);
    }
    return index;
  }

  *xml(): Generator<Uint8Array> {
    const cut = this.excelJsXml.lastIndexOf("</sst>");
    const head = this.excelJsXml
      .slice(0, cut)
      .replace(
        /\bcount="(\d+)"/,
        (_, count: string) => `count="${Number(count) + this.references}"`
      )
      .replace(/uniqueCount="(\d+)"/, `uniqueCount="${this.base + this.added.size}"`);
    yield strToU8(head);
    let chunk = "";
    for (const text of this.added.keys()) {
      chunk += `<si><t xml:space="preserve">${escapeXml(encodeFileText(text))}</t></si>`;
      if (chunk.length > 1 << 20) {
        yield strToU8(chunk);
        chunk = "";
      }
    }
    yield strToU8(`${chunk}</sst>`);
  }
}

/** The part of the sheet named `sheetName`: workbook.xml gives its relationship, the rels its target. */
function sheetPath(files: Record<string, Uint8Array>, sheetName: string): string {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const escaped = sheetName
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    if (!sheet[0].includes(`name="${escaped}"`)) continue;
    const id = /r:id="([^"]+)"/.exec(sheet[0])?.[1];
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((r) =>
      r[0].includes(`Id="${id}"`)
    );
    const target = rel && /Target="([^"]+)"/.exec(rel[0])?.[1];
    if (target) return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  throw new WorkbookError("applyFailed", `The written file has no sheet "${sheetName}".`);
}

function withDimension(xml: string, lastRow: number, lastColumn: number): string {
  return xml.replace(/<dimension ref="([^"]+)"\/>/, (whole, ref: string) => {
    const range = parseRange(ref.includes(":") ? ref : `${ref}:${ref}`);
    if (!range) return whole;
    const end = {
      row: Math.max(range.end.row, lastRow),
      column: Math.max(range.end.column, lastColumn),
    };
    return `<dimension ref="${rangeA1({ start: range.start, end })}"/>`;
  });
}

/** A clipped table's ref and its autoFilter's, back to the table's full range. */
function withTableRange(xml: string, ranges: ReadonlyMap<string, string>): string {
  const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
  const range = name === undefined ? undefined : ranges.get(name);
  if (range === undefined) return xml;
  const full = rangeA1(parseRange(range)!);
  return xml
    .replace(/(<table\b[^>]*\bref=")[^"]*"/, `$1${full}"`)
    .replace(/(<autoFilter\b[^>]*\bref=")[^"]*"/, `$1${full}"`);
}

/** A zip without zip64 (a sheet of Excel's 1,048,576 rows stays far below 4 GiB compressed). */
class ZipWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  /** `gzip`: one gzip member in parts, kept as they are (a big sheet's output is never copied whole). */
  add(name: string, gzip: Uint8Array[]): void {
    const trailer = new DataView(lastBytes(gzip, 8).buffer);
    const crc = trailer.getUint32(0, true);
    const size = trailer.getUint32(4, true); // the sheet's XML is kept under 4 GiB above
    const data = trimmed(gzip, GZIP_HEADER, 8);
    const dataLength = data.reduce((sum, part) => sum + part.length, 0);
    const nameBytes = strToU8(name);
    if (this.offset + dataLength > UINT32_MAX)
      throw new WorkbookError("applyFailed", "The .xlsx file would be larger than 4 GiB.");
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true); // deflate
    local.setUint16(12, 0x21, true); // 1980-01-01: the file's own times are in docProps
    local.setUint32(14, crc, true);
    local.setUint32(18, dataLength, true);
    local.setUint32(22, size, true);
    local.setUint16(26, nameBytes.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, 8, true);
    entry.setUint16(14, 0x21, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, dataLength, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, this.offset, true);
    this.parts.push(new Uint8Array(local.buffer), nameBytes, ...data);
    this.central.push(new Uint8Array(entry.buffer), nameBytes);
    this.offset += 30 + nameBytes.length + dataLength;
    this.count++;
  }

  finish(): Buffer {
    const centralSize = this.central.reduce((sum, part) => sum + part.length, 0);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.count, true);
    end.setUint16(10, this.count, true);
    end.setUint32(12, centralSize, true);
    end.setUint32(16, this.offset, true);
    return Buffer.concat([...this.parts, ...this.central, new Uint8Array(end.buffer)]);
  }
}

/** The last `count` bytes of the parts, copied (they may span parts). */
function lastBytes(parts: readonly Uint8Array[], count: number): Uint8Array {
  const out = new Uint8Array(count);
  let needed = count;
  for (let i = parts.length - 1; i >= 0 && needed > 0; i--) {
    const take = Math.min(needed, parts[i].length);
    out.set(parts[i].subarray(parts[i].length - take), needed - take);
    needed -= take;
  }
  return out;
}

/** The parts without `head` bytes at the start and `tail` at the end, as views. */
function trimmed(parts: readonly Uint8Array[], head: number, tail: number): Uint8Array[] {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(0, head - offset);
    const to = Math.min(part.length, total - tail - offset);
    if (to > from) out.push(part.subarray(from, to));
    offset += part.length;
  }
  return out;
}
