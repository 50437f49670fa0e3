/**
 * The file read in chunks gives what the whole-text reader gives. Independent references: decodeText and
 * scanDelimitedText over the whole text (themselves tested against TextDecoder and papaparse), and GBK
 * bytes of a few characters taken from the GB 2312 code table (你 C4E3, 好 BAC3, 合 BACF, 计 BCC6).
 * Inputs are cut at random points: inside multi-byte characters, between CR and LF, inside quotes.
 */
import fc from "fast-check";
import { decodeText, StreamTextDecoder } from "../../src/io/decodeText";
import { DelimitedChunkScanner } from "../../src/io/delimitedChunks";
import { scanDelimitedText, type Delimiter } from "../../src/io/parseDelimitedText";

/** `whole` cut at the given offsets (sorted, duplicates make empty pieces). */
function cut<T extends { slice(start: number, end?: number): T; length: number }>(
  whole: T,
  offsets: number[]
): T[] {
  const points = offsets.map((offset) => offset % (whole.length + 1)).sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const point of points) {
    pieces.push(whole.slice(start, point));
    start = point;
  }
  pieces.push(whole.slice(start));
  return pieces;
}

const TOKENS = ["a", "bc", "12.5", "中文", " ", ",", ";", "\t", "|", '"', '""', "\n", "\r\n", "\r"];
const shortText = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 80 })
  .map((parts) => parts.join(""));
/** Past the 201 lines delimiter detection reads, with quotes rare enough to fall before or after. */
const longText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 30, arbitrary: fc.constantFrom("a,b;c", "1,2,3", "x|y", "中\t文", "", " ") },
        { weight: 1, arbitrary: fc.constantFrom('"q,\nr"', '"open', '""') }
      ),
      fc.constantFrom("\n", "\n", "\r\n", "\r")
    ),
    { minLength: 150, maxLength: 320 }
  )
  .map((lines) => lines.flat().join(""));
const offsets = fc.array(fc.nat(), { maxLength: 12 });

function chunkedScan(
  pieces: string[],
  delimiter: Delimiter | undefined,
  maxLineChars: number | undefined,
  stopAfter: number
) {
  const rows: [string[], number][] = [];
  const scanner = new DelimitedChunkScanner({ delimiter, maxLineChars }, (cells, line) => {
    rows.push([cells, line]);
    return rows.length < stopAfter;
  });
  for (const piece of pieces) if (!scanner.push(piece)) break;
  return { rows, scan: scanner.end() };
}

function wholeScan(
  text: string,
  delimiter: Delimiter | undefined,
  maxLineChars: number | undefined,
  stopAfter: number
) {
  const rows: [string[], number][] = [];
  const scan = scanDelimitedText(text, { delimiter, maxLineChars }, (cells, line) => {
    rows.push([cells, line]);
    return rows.length < stopAfter;
  });
  return { rows, scan };
}

describe("DelimitedChunkScanner", () => {
  it.each([
    ["short texts", shortText, 3000],
    ["texts past the detection lines", longText, 300],
  ])(
    "gives scanDelimitedText's rows, lines, delimiter and quote errors on %s",
    (_, texts, runs) => {
      fc.assert(
        fc.property(
          texts,
          offsets,
          fc.constantFrom<Delimiter | undefined>(undefined, undefined, ",", "\t"),
          fc.constantFrom<number | undefined>(undefined, undefined, 4, 12),
          fc.integer({ min: 1, max: 400 }),
          (text, at, delimiter, maxLineChars, stopAfter) => {
            const chunked = chunkedScan(cut(text, at), delimiter, maxLineChars, stopAfter);
            const whole = wholeScan(text, delimiter, maxLineChars, stopAfter);
            if (whole.scan.longLine) {
              // Rows before a long line may have been read (callers refuse the file then); or they asked to stop.
              if (chunked.rows.length < stopAfter)
                expect(chunked.scan.longLine?.line).toBe(whole.scan.longLine.line);
              return;
            }
            expect(chunked.scan.longLine).toBeUndefined();
            expect(chunked.rows).toEqual(whole.rows);
            if (whole.rows.length < stopAfter) {
              expect(chunked.scan.delimiter).toBe(whole.scan.delimiter);
              expect(chunked.scan.unclosedQuoteLine).toBe(whole.scan.unclosedQuoteLine);
            }
          }
        ),
        { numRuns: runs }
      );
    }
  );

  it("stops at a line past the limit without waiting for its end", () => {
    const scanner = new DelimitedChunkScanner({ maxLineChars: 10 }, () => true);
    expect(scanner.push("a,b\nc,d\n")).toBe(true);
    expect(scanner.push("0123456789x")).toBe(false);
    expect(scanner.end().longLine).toEqual({ line: 3, length: 11 });
  });
});

const GBK: Record<string, number[]> = {
  你: [0xc4, 0xe3],
  好: [0xba, 0xc3],
  合: [0xba, 0xcf],
  计: [0xbc, 0xc6],
};
const utf8 = new TextEncoder();

function gbkBytes(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((char) => GBK[char] ?? [char.charCodeAt(0)]));
}

function utf16le(text: string): number[] {
  return [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return [code & 0xff, code >> 8];
  });
}

const bytesOfFile = fc
  .tuple(
    fc.array(fc.constantFrom("a", ",", "\n", "1", "你", "好", "合", "计", "😀"), { maxLength: 40 }),
    fc.constantFrom("utf-8", "utf-8 bom", "gbk", "utf-16le bom", "nul", "broken"),
    fc.nat()
  )
  .map(([chars, kind, at]) => {
    const text = chars.join("");
    const gbkText = text.replace(/😀/g, "a");
    let bytes: number[];
    if (kind === "gbk") bytes = [...gbkBytes(gbkText)];
    else if (kind === "utf-16le bom") bytes = [0xff, 0xfe, ...utf16le(gbkText)];
    else bytes = [...(kind === "utf-8 bom" ? [0xef, 0xbb, 0xbf] : []), ...utf8.encode(text)];
    if (kind === "nul") bytes.splice(at % (bytes.length + 1), 0, 0);
    if (kind === "broken") bytes.splice(at % (bytes.length + 1), 0, 0xff);
    return Uint8Array.from(bytes);
  });

describe("StreamTextDecoder", () => {
  it("gives decodeText's text, encoding and BOM, or hands the file to it", () => {
    const handedBack = { utf8: 0, other: 0 };
    fc.assert(
      fc.property(
        bytesOfFile,
        offsets,
        fc.constantFrom<"utf-8" | "gb18030" | undefined>(undefined, undefined, "utf-8", "gb18030"),
        (bytes, at, forced) => {
          let whole: ReturnType<typeof decodeText> | undefined;
          try {
            whole = decodeText(bytes, forced);
          } catch {
            whole = undefined;
          }
          const decoder = new StreamTextDecoder(forced);
          const pieces = cut(bytes, at);
          let text: string | undefined = "";
          pieces.forEach((piece, index) => {
            // One buffer for every piece, spoilt after each push (the CLI's reader reuses its buffer).
            const buffer = Uint8Array.from(piece);
            const part =
              text === undefined ? undefined : decoder.push(buffer, index === pieces.length - 1);
            buffer.fill(0);
            text = part === undefined ? undefined : text + part;
          });
          if (text === undefined) {
            // Only when decodeText refuses the file, or detection found GBK after a UTF-8 start.
            expect(
              whole === undefined || (forced === undefined && whole.encoding === "gb18030")
            ).toBe(true);
            if (whole === undefined) handedBack.other++;
            else handedBack.utf8++;
            return;
          }
          expect(whole).toBeDefined();
          expect(text).toBe(whole!.text);
          expect(decoder.encoding).toBe(whole!.encoding);
          expect(decoder.bom).toBe(whole!.bom);
        }
      ),
      { numRuns: 3000 }
    );
    expect(handedBack.other).toBeGreaterThan(50);
  });

  it("reads GBK cut inside a character", () => {
    const decoder = new StreamTextDecoder();
    const bytes = gbkBytes("合计,你好\n");
    expect(decoder.push(bytes.subarray(0, 3), false)).toBe("合");
    expect(decoder.push(bytes.subarray(3), true)).toBe("计,你好\n");
    expect(decoder.encoding).toBe("gb18030");
  });
});
