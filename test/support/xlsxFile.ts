/** Reading what an .xlsx file states in its XML, where ExcelJS cannot read it back (tests only). */
import { inflateRawSync } from "zlib";

/** One entry of the .xlsx zip as text (stored or deflated), to check what ExcelJS cannot read back. */
export function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    if (zip.toString("utf8", offset + 46, offset + 46 + nameLength) === name) {
      const dataStart =
        localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the file`);
}

/**
 * Protection as the file states it. Read from the XML because ExcelJS only understands "1"/"0" while
 * LibreOffice writes "true"/"false" (both valid), so ExcelJS misreads LibreOffice's protection.
 */
export function fileProtection(xlsx: Buffer, sheetNumber: number) {
  const sheetXml = zipEntry(xlsx, `xl/worksheets/sheet${sheetNumber}.xml`);
  const cellXfs =
    /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(zipEntry(xlsx, "xl/styles.xml"))?.[1] ?? "";
  const formats = cellXfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  return {
    sheetProtected: /<sheetProtection\b[^>]*\ssheet="(?:1|true)"/.test(sheetXml),
    locked(address: string): boolean {
      const styleIndex = Number(
        new RegExp(`<c r="${address}"[^>]*?\\ss="(\\d+)"`).exec(sheetXml)?.[1] ?? 0
      );
      return !/<protection\b[^>]*\slocked="(?:0|false)"/.test(formats[styleIndex] ?? "");
    },
  };
}
