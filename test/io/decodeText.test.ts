import { decodeText, UndecodableTextError } from "../../src/io/decodeText";
import { GBK_CODES, gbkBytes, utf8Bytes } from "./fixtureFiles";

describe("the GBK fixture bytes", () => {
  it("decode to their characters with the platform's GB18030 decoder", () => {
    for (const [char, bytes] of Object.entries(GBK_CODES)) {
      expect(new TextDecoder("gb18030").decode(Uint8Array.from(bytes))).toBe(char);
    }
  });

  it("spell 销售额 as CF FA CA DB B6 EE", () => {
    expect([...gbkBytes("销售额")]).toEqual([0xcf, 0xfa, 0xca, 0xdb, 0xb6, 0xee]);
    // The sequence sometimes quoted, D0 FA …, is another character.
    expect(new TextDecoder("gb18030").decode(Uint8Array.from([0xd0, 0xfa]))).not.toBe("销");
  });
});

describe("decodeText", () => {
  it("detects GBK (as GB18030) when the bytes are not UTF-8", () => {
    expect(decodeText(gbkBytes("日期,销售额\n2025-01-03,12"))).toEqual({
      text: "日期,销售额\n2025-01-03,12",
      encoding: "gb18030",
      bom: false,
    });
  });

  it("reads UTF-8 without a BOM, Chinese included", () => {
    expect(decodeText(utf8Bytes("日期,销售额"))).toEqual({
      text: "日期,销售额",
      encoding: "utf-8",
      bom: false,
    });
  });

  it("takes a UTF-8 BOM as UTF-8 and strips it", () => {
    expect(decodeText(utf8Bytes("日期,销售额", true))).toEqual({
      text: "日期,销售额",
      encoding: "utf-8",
      bom: true,
    });
  });

  it("reads plain ASCII as UTF-8", () => {
    expect(decodeText(utf8Bytes("a,b\n1,2")).encoding).toBe("utf-8");
  });

  it("reads UTF-16 with a BOM (Excel's Unicode Text export)", () => {
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...[..."日a"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(le)).toEqual({ text: "日a", encoding: "utf-16le", bom: true });
    const be = Uint8Array.from([
      0xfe,
      0xff,
      ...[..."日a"].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    expect(decodeText(be)).toEqual({ text: "日a", encoding: "utf-16be", bom: true });
  });

  it("decodes GB18030 four-byte sequences (characters outside GBK)", () => {
    expect(decodeText(Uint8Array.from([0x94, 0x39, 0xfc, 0x36])).text).toBe("😀");
  });

  it("uses a forced encoding as given, even on bytes that would be detected otherwise", () => {
    // "日期" in UTF-8 is also valid GB18030, as three other characters.
    const forced = decodeText(utf8Bytes("日期"), "gb18030");
    expect(forced.encoding).toBe("gb18030");
    expect(forced.text).not.toBe("日期");
    expect(decodeText(utf8Bytes("日期", true), "utf-8")).toEqual({
      text: "日期",
      encoding: "utf-8",
      bom: true,
    });
  });

  it("refuses bytes that are not valid in the forced encoding", () => {
    expect(() => decodeText(gbkBytes("销售额"), "utf-8")).toThrow(UndecodableTextError);
    try {
      decodeText(gbkBytes("销售额"), "utf-8");
    } catch (error) {
      expect((error as UndecodableTextError).triedEncodings).toEqual(["utf-8"]);
    }
  });

  it("refuses bytes that are neither UTF-8 nor GB18030 rather than guessing", () => {
    // 0xFF is never valid in either; a lead byte followed by a space is an incomplete GB18030 pair.
    for (const bytes of [
      [0x61, 0xff, 0x62],
      [0xd6, 0x20],
    ]) {
      expect(() => decodeText(Uint8Array.from(bytes))).toThrow(UndecodableTextError);
    }
  });

  it("calls bytes with NUL characters binary (a binary file, or UTF-16 without BOM)", () => {
    const utf16WithoutBom = Uint8Array.from([0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    expect(() => decodeText(utf16WithoutBom)).toThrow(expect.objectContaining({ binary: true }));
  });
});
