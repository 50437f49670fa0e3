/**
 * Writes the .xls fixtures of test/io/readXlsGrid.test.ts: a workbook built with ExcelJS, saved as
 * .xlsx and converted to Excel 97–2003 (BIFF8) by LibreOffice, so the .xls bytes come from an
 * independent writer, not from the reader under test. Run: npx ts-node --transpile-only
 * scripts/generate-xls-fixtures.ts (needs soffice); commit the outputs under test/fixtures/xls/.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Workbook } from "exceljs";

const OUT = resolve(__dirname, "../test/fixtures/xls");

/** The values test/io/readXlsGrid.test.ts expects, written here by hand. */
function ordersWorkbook(): Workbook {
  const workbook = new Workbook();
  const orders = workbook.addWorksheet("订单");
  orders.addRow(["日期", "商品", "销售额", "数量", "合计", "备注", "加急"]);
  orders.addRow([
    new Date(Date.UTC(2025, 0, 3)),
    "T恤",
    99.5,
    2,
    { formula: "C2*D2", result: 199 },
    { error: "#N/A" },
    true,
  ]);
  orders.addRow([
    new Date(Date.UTC(2025, 0, 4, 12)),
    "卫衣",
    129,
    1,
    { formula: "C3*D3", result: 129 },
    { formula: "1/0", result: { error: "#DIV/0!" } },
    false,
  ]);
  orders.addRow([new Date(Date.UTC(2024, 1, 29)), "袜子", 0.1, 12345678901, null, "备注 1", null]);
  orders.mergeCells("A6:C6");
  orders.getCell("A6").value = "合并";
  orders.getColumn(1).numFmt = "yyyy-mm-dd";
  const notes = workbook.addWorksheet("Notes");
  notes.addRow(["note"]);
  notes.addRow(["check the 618 plan"]);
  return workbook;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "ops-xls-fixtures-"));
  try {
    const source = join(work, "orders.xlsx");
    writeFileSync(source, Buffer.from(await ordersWorkbook().xlsx.writeBuffer()));
    execFileSync("soffice", ["--headless", "--convert-to", "xls", "--outdir", work, source], {
      stdio: "inherit",
    });
    renameSync(join(work, "orders.xls"), join(OUT, "orders.xls"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
