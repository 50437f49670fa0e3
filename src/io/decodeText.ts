/**
 * Bytes → text for exported CSV/TSV files. Chinese platform back ends (Taobao/Tmall, JD, Douyin) export
 * UTF-8 (often with a BOM) or GBK; GB18030 is the superset of GBK that TextDecoder offers. Uses only
 * TextDecoder, so it runs in Node and in the browser alike.
 */
import { startsWithBytes } from "./bytes";

/** The encodings a user may force; everything else is detected. */
export type EncodingOption = "utf-8" | "gb18030";

/** What the text was decoded as. UTF-16 is recognised by its BOM only (Excel's "Unicode Text" export). */
export type TextEncodingName = EncodingOption | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file started with a byte-order mark (removed from `text`). */
  bom: boolean;
}

/**
 * The bytes are not valid text in any encoding that was tried (or in the one that was forced);
 * `binary`: detection stopped at NUL bytes, which no CSV contains (a binary file, or UTF-16 without BOM).
 */
export class UndecodableTextError extends Error {
  constructor(
    readonly triedEncodings: TextEncodingName[],
    readonly binary = false
  ) {
    super(
      binary
        ? "The bytes contain NUL characters."
        : `The bytes are not valid ${triedEncodings.join(" or ")} text.`
    );
    this.name = "UndecodableTextError";
  }
}

const BOMS: { encoding: TextEncodingName; bytes: number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

/**
 * Detection: a BOM decides; otherwise strict UTF-8, then strict GB18030. Both decoders are fatal so a
 * wrong guess fails loudly instead of filling the table with U+FFFD. GBK-encoded Chinese is practically
 * never valid UTF-8 (its lead bytes are not followed by UTF-8 continuation bytes), so the order is safe.
 * A forced encoding is used as given (a matching BOM is still removed).
 */
export function decodeText(bytes: Uint8Array, forced?: EncodingOption): DecodedText {
  const bom = BOMS.find((candidate) => startsWithBytes(bytes, candidate.bytes));
  if (forced) {
    const skip = bom?.encoding === forced ? bom.bytes.length : 0;
    return { text: decodeStrict(bytes.subarray(skip), forced), encoding: forced, bom: skip > 0 };
  }
  if (bom) {
    return {
      text: decodeStrict(bytes.subarray(bom.bytes.length), bom.encoding),
      encoding: bom.encoding,
      bom: true,
    };
  }
  // NUL is valid UTF-8, but no CSV contains it: UTF-16 without a BOM or a binary file does.
  if (bytes.includes(0)) throw new UndecodableTextError(["utf-8", "gb18030"], true);
  for (const encoding of ["utf-8", "gb18030"] as const) {
    const text = tryDecode(bytes, encoding);
    if (text !== undefined) return { text, encoding, bom: false };
  }
  throw new UndecodableTextError(["utf-8", "gb18030"]);
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) throw new UndecodableTextError([encoding]);
  return text;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  // Constructed outside the try: a runtime without GB18030 support (Node without full ICU) is a setup
  // problem to report, not a sign that the file is in another encoding.
  // ignoreBOM: BOMs are handled above; a second one would be content.
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * decodeText's rules over a file read in chunks, so the file and its text are never held whole. The
 * answer is always decodeText's, or none: `push` returns undefined when the chunks alone cannot give it
 * (bytes invalid in the encoding chosen, a NUL, nothing valid in the first chunk), and the caller then
 * decodes the whole file with decodeText, which gives the same text or the same error. Detection chooses
 * on the first chunk: UTF-8 if it starts valid UTF-8, else GB18030; a file valid UTF-8 up to a later
 * chunk only is handed back then, exactly as decodeText would fall to GB18030 for it.
 */
export class StreamTextDecoder {
  encoding: TextEncodingName | undefined;
  bom = false;
  private decoder: TextDecoder | undefined;
  private head: Uint8Array | undefined = new Uint8Array(0);
  private failed = false;

  constructor(private readonly forced?: EncodingOption) {}

  /**
   * The text of the bytes so far (`last`: no more follow), or undefined: decode the whole file instead.
   * The chunk is not kept past the call, so the caller may reuse its buffer.
   */
  push(chunk: Uint8Array, last: boolean): string | undefined {
    if (this.failed) return undefined;
    let bytes = chunk;
    if (this.head) {
      // A BOM is up to 3 bytes: hold the first bytes until they decide it.
      bytes = concatBytes(this.head, chunk);
      if (bytes.length < 3 && !last) {
        this.head = bytes.slice(); // held past this call: the caller may reuse its buffer
        return "";
      }
      this.head = undefined;
      bytes = this.begin(bytes);
      if (this.failed) return undefined;
    }
    // Only detection has the NUL rule (forced and BOM-named encodings are decoded as given).
    if (!this.bom && this.forced === undefined && bytes.includes(0)) return this.fail();
    try {
      return this.decoder!.decode(bytes, { stream: !last });
    } catch {
      return this.fail();
    }
  }

  private begin(bytes: Uint8Array): Uint8Array {
    const bom = BOMS.find((candidate) => startsWithBytes(bytes, candidate.bytes));
    if (this.forced) {
      const skip = bom?.encoding === this.forced ? bom.bytes.length : 0;
      this.use(this.forced, skip > 0);
      return bytes.subarray(skip);
    }
    if (bom) {
      this.use(bom.encoding, true);
      return bytes.subarray(bom.bytes.length);
    }
    if (bytes.includes(0)) {
      this.fail();
      return bytes;
    }
    for (const encoding of ["utf-8", "gb18030"] as const) {
      const probe = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
      try {
        probe.decode(bytes, { stream: true });
      } catch {
        continue;
      }
      this.use(encoding, false);
      return bytes;
    }
    this.fail();
    return bytes;
  }

  private use(encoding: TextEncodingName, bom: boolean): void {
    this.encoding = encoding;
    this.bom = bom;
    // Outside any try, as in tryDecode: a runtime without the encoding is a setup problem.
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  }

  private fail(): undefined {
    this.failed = true;
    return undefined;
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
