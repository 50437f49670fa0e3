/**
 * The central-directory reader behind the .xlsx unzip limit, on a ZIP64 archive written here byte by
 * byte from PKWARE's APPNOTE (4.3.12, 4.3.14–16, 4.5.3): the 32-bit sizes and offset say 0xFFFFFFFF and
 * the real ones sit in the ZIP64 extra field (fflate cannot write ZIP64, so the bytes are built here).
 */
import { checkZipInflatedSize, readZipDirectory } from "../../src/io/zipInflateLimit";
import { TabularFileError } from "../../src/io/tabularFileError";

const NAME = new TextEncoder().encode("xl/worksheets/sheet1.xml");
const DATA = new Uint8Array(1000).fill(0x78);
const FFFF = 0xffff;
const FFFFFFFF = 0xffffffff;

/** A little-endian byte writer. */
class Bytes {
  private readonly parts: number[] = [];
  u16(value: number): this {
    this.parts.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number): this {
    return this.u16(value & 0xffff).u16(Math.floor(value / 0x10000) & 0xffff);
  }
  u64(value: number): this {
    return this.u32(value % 0x1_0000_0000).u32(Math.floor(value / 0x1_0000_0000));
  }
  raw(bytes: Uint8Array): this {
    this.parts.push(...bytes);
    return this;
  }
  get length(): number {
    return this.parts.length;
  }
  build(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** One stored entry whose sizes and offset live in ZIP64 fields; `declared` is its claimed unzipped size. */
function zip64(declared: number): Uint8Array {
  const zip = new Bytes();
  // Local file header with its own ZIP64 extra (uncompressed, compressed).
  zip.u32(0x04034b50).u16(45).u16(0).u16(0).u16(0).u16(0).u32(0).u32(FFFFFFFF).u32(FFFFFFFF);
  zip.u16(NAME.length).u16(20).raw(NAME).u16(1).u16(16).u64(declared).u64(DATA.length);
  zip.raw(DATA);
  const directoryOffset = zip.length;
  // Central directory entry: ZIP64 extra with uncompressed, compressed, local header offset.
  zip
    .u32(0x02014b50)
    .u16(45)
    .u16(45)
    .u16(0)
    .u16(0)
    .u16(0)
    .u16(0)
    .u32(0)
    .u32(FFFFFFFF)
    .u32(FFFFFFFF);
  zip.u16(NAME.length).u16(28).u16(0).u16(0).u16(0).u32(0).u32(FFFFFFFF).raw(NAME);
  zip.u16(1).u16(24).u64(declared).u64(DATA.length).u64(0);
  const directorySize = zip.length - directoryOffset;
  const zip64End = zip.length;
  zip.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(1).u64(1);
  zip.u64(directorySize).u64(directoryOffset);
  zip.u32(0x07064b50).u32(0).u64(zip64End).u32(1);
  zip.u32(0x06054b50).u16(FFFF).u16(FFFF).u16(FFFF).u16(FFFF).u32(FFFFFFFF).u32(FFFFFFFF).u16(0);
  return zip.build();
}

describe("ZIP64 central directory", () => {
  it("reads the sizes and the offset from the ZIP64 extra field", () => {
    expect(readZipDirectory(zip64(5 * 2 ** 30))).toEqual([
      {
        name: "xl/worksheets/sheet1.xml",
        method: 0,
        compressedSize: 1000,
        declaredSize: 5 * 2 ** 30,
        localHeaderOffset: 0,
      },
    ]);
  });

  it("passes an honest entry under the limit (0xFFFFFFFF is not taken as its size)", () => {
    expect(() =>
      checkZipInflatedSize(zip64(1000), "big.xlsx", { maxInflatedBytes: 2000 })
    ).not.toThrow();
  });

  it("refuses an entry declaring 5 GiB, and one whose stored data passes the limit", () => {
    const codeOf = (declared: number, limit: number) => {
      try {
        checkZipInflatedSize(zip64(declared), "big.xlsx", { maxInflatedBytes: limit });
      } catch (error) {
        if (error instanceof TabularFileError) return error.code;
        throw error;
      }
      return "read";
    };
    expect(codeOf(5 * 2 ** 30, 2000)).toBe("unzippedTooLarge");
    // Declares 100 bytes, stores 1000.
    expect(codeOf(100, 500)).toBe("unzippedTooLarge");
    expect(codeOf(100, 1000)).toBe("read");
  });
});
