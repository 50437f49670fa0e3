/**
 * The one-pass reader gives what readTabularFile gives: the same header, notes, rows (line numbers and
 * cells) or the same refusal, on files built from the pieces exports are made of (titles, blank lines,
 * quoted multi-line cells, a total row, short and long rows, blank edge columns); and a few files whose
 * answers are known by hand.
 */
import fc from "fast-check";
import { readTabularFile } from "../../src/io/readTabularFile";
import {
  streamTextTable,
  TextTableStream,
  type StreamedTextTable,
} from "../../src/io/streamTextTable";
import { typeCellText } from "../../src/table/typeCellText";
import type { CellValue } from "../../src/plan/types";

const encoder = new TextEncoder();

interface Streamed {
  result: StreamedTextTable;
  header: string[];
  rows: CellValue[][];
  lines: number[];
}

/** `cuts`: byte offsets where the file is cut into chunks (none: streamTextTable on the whole file). */
function stream(text: string, skipInvalid = false, cuts: number[] = []): Streamed {
  const out: Streamed = { result: { kind: "notText" }, header: [], rows: [], lines: [] };
  const bytes = encoder.encode(text);
  const read = (consumer: Parameters<typeof streamTextTable>[3]): StreamedTextTable => {
    if (cuts.length === 0) return streamTextTable(bytes, "export.csv", { skipInvalid }, consumer);
    const stream = new TextTableStream("export.csv", { skipInvalid }, consumer);
    const points = cuts.map((cut) => cut % (bytes.length + 1)).sort((a, b) => a - b);
    // One buffer for every chunk, spoilt after each push, as the CLI's reader reuses its buffer.
    const buffer = new Uint8Array(bytes.length);
    let start = 0;
    for (const point of [...points, bytes.length]) {
      buffer.set(bytes.subarray(start, point));
      const more = stream.push(buffer.subarray(0, point - start));
      buffer.fill(0x7f);
      if (!more) break;
      start = point;
    }
    return stream.end();
  };
  out.result = read({
    start: (header) => (out.header = header),
    row: (fields, offset, line) => {
      out.rows.push(
        out.header.map((_, c) => {
          const field = fields[c + offset];
          return field === undefined ? null : typeCellText(field);
        })
      );
      out.lines.push(line);
    },
  });
  return out;
}

async function outcome(read: () => unknown): Promise<{ error?: string; value?: unknown }> {
  try {
    return { value: await read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const cell = fc.constantFrom(
  "",
  " ",
  "1",
  "12.5",
  "2025-11-03",
  "天猫",
  "合计",
  '"a,b"',
  '"x\ny"',
  "007",
  '="1"'
);
const line = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(","));
const file = fc
  .tuple(
    fc.array(fc.constantFrom("统计日期 2025-11", "", "店铺"), { maxLength: 3 }),
    fc.constantFrom("date,channel,gmv", ",date,channel,gmv", "date,channel,gmv,"),
    fc.array(line, { maxLength: 12 }),
    fc.constantFrom("", "合计,,100", "Total:,1,2,3")
  )
  .map(([titles, header, rows, total]) => [...titles, header, ...rows, total].join("\n"));

describe("streamTextTable", () => {
  it("reads as readTabularFile does, or hands the file back to it, whole or in chunks cut anywhere", async () => {
    const seen = { compared: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (text, skipInvalid, cuts) => {
          const legacy = await outcome(() =>
            readTabularFile(encoder.encode(text), "export.csv", { skipInvalid })
          );
          const streamed = await outcome(() => stream(text, skipInvalid, cuts));
          if (legacy.error !== undefined) {
            const fellBack =
              streamed.value !== undefined &&
              (streamed.value as Streamed).result.kind === "fallback";
            if (!fellBack) expect(streamed.error).toBe(legacy.error);
            seen.refused++;
            return;
          }
          const read = streamed.value as Streamed;
          if (read.result.kind === "fallback") return;
          const table = legacy.value as Awaited<ReturnType<typeof readTabularFile>>;
          expect(read.result.kind).toBe("streamed");
          expect(read.header).toEqual(table.header);
          expect(read.rows).toEqual(table.rows);
          expect(read.lines).toEqual(table.rowNumbers);
          if (read.result.kind === "streamed") expect(read.result.table.notes).toEqual(table.notes);
          seen.compared++;
        }
      ),
      { numRuns: 400 }
    );
    // Both kinds of file occur, so the property says something about each.
    expect(seen.compared).toBeGreaterThan(40);
    expect(seen.refused).toBeGreaterThan(40);
  });

  it("leaves out titles and the total row, keeping physical lines", () => {
    const read = stream(
      '统计日期 2025-11\n\n日期,渠道,金额\n2025-11-01,"天\n猫",12.5\n2025-11-02,京东,3\n合计,,15.5\n'
    );
    expect(read.header).toEqual(["日期", "渠道", "金额"]);
    expect(read.rows).toEqual([
      ["2025-11-01", "天\n猫", 12.5],
      ["2025-11-02", "京东", 3],
    ]);
    expect(read.lines).toEqual([4, 6]);
    expect(read.result.kind === "streamed" && read.result.table.notes).toEqual({
      titleLines: [{ line: 1, text: "统计日期 2025-11" }],
      totalRow: { line: 7, text: "合计 15.5" },
      skippedLines: [],
    });
  });

  it("refuses a short row by its line, or skips it when asked", () => {
    const text = "日期,渠道,金额\n2025-11-01,天猫,1\n2025-11-02,京东\n2025-11-03,抖音,3\n";
    expect(() => stream(text)).toThrow(/3 \(2\)/);
    const read = stream(text, true);
    expect(read.lines).toEqual([2, 4]);
    expect(read.result.kind === "streamed" && read.result.table.notes.skippedLines).toEqual([3]);
  });

  it("hands back a file whose rows use a column the header leaves blank", () => {
    expect(stream("日期,渠道,金额,\n2025-11-01,天猫,1,extra\n").result.kind).toBe("fallback");
  });

  it("holds the consumer's error until the file's own problems are known", () => {
    const failing = () =>
      streamTextTable(
        encoder.encode("a,b\n1,2\n3\n"),
        "x.csv",
        {},
        {
          start: () => {
            throw new Error("mapping");
          },
          row: () => undefined,
        }
      );
    expect(failing).toThrow(/3 \(1\)/);
  });
});
