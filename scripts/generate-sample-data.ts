/**
 * Writes the sample shop (src/playground/sampleShopData.ts) as CSV files, to try the CLI or the
 * playground's "Open" on: shop-daily.csv, customers.csv, team.csv, and orders.csv (the order export the
 * customer list agrees with: `ops-planner customers --orders orders.csv`). The playground itself
 * generates the same data at runtime from the same seed, so nothing generated is committed.
 *
 *   npx ts-node --transpile-only scripts/generate-sample-data.ts [output folder] [seed]
 */
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import type { CellValue } from "../src/plan/types";
import {
  customerTableRows,
  dailyTableRows,
  generateSampleShopData,
  SAMPLE_SEED,
  teamTableRows,
} from "../src/playground/sampleShopData";
import { generateSampleOrders } from "../src/playground/sampleOrdersData";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** RFC 4180 fields; a BOM so Excel opens the Chinese names as UTF-8. */
export function toCsv(rows: CellValue[][]): string {
  const field = (value: CellValue) => {
    const text = value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

function serialToIsoDate(serial: number): string {
  return new Date(EXCEL_EPOCH + serial * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A paid time as order exports write it: "2026-02-27 14:05:00". */
function serialToIsoTime(serial: number): string {
  const at = new Date(EXCEL_EPOCH + Math.round(serial * 1440) * 60_000).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 19)}`;
}

function main(): void {
  const folder = path.resolve(process.argv[2] ?? "sample-data");
  const seed = process.argv[3] === undefined ? SAMPLE_SEED : Number(process.argv[3]);
  const data = generateSampleShopData(seed);
  const [header, ...daily] = dailyTableRows(data.daily);
  const files: Record<string, CellValue[][]> = {
    // CSV has no date type: ISO dates are what readTabularFile (and Excel) recognise as dates.
    "shop-daily.csv": [
      header,
      ...daily.map(([date, ...rest]) => [serialToIsoDate(date as number), ...rest]),
    ],
    "customers.csv": customerTableRows(data.customers),
    "team.csv": teamTableRows(data.team),
    "orders.csv": generateSampleOrders(data.customers, seed).map((row, i) =>
      i === 0 || row[2] === null
        ? row
        : [row[0], row[1], serialToIsoTime(row[2] as number), ...row.slice(3)]
    ),
  };
  mkdirSync(folder, { recursive: true });
  for (const [name, rows] of Object.entries(files)) {
    writeFileSync(path.join(folder, name), toCsv(rows));
    console.log(`${path.join(folder, name)}: ${rows.length - 1} rows`);
  }
}

if (require.main === module) main();
