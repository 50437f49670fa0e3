/**
 * An .xls through the CLI: inspect reads the LibreOffice-written fixture (sheet, range, rows), and a
 * password-protected OLE file is one line with exit 2 in both languages.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { EN, expectUserError, useCliFolder, ZH } from "../support/cliHarness";

const { cli } = useCliFolder("ops-xls-", async (dir) => {
  copyFileSync(join(__dirname, "../fixtures/xls/orders.xls"), join(dir, "orders.xls"));
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, "/EncryptionInfo", Uint8Array.from([4, 0, 4, 0]));
  XLSX.CFB.utils.cfb_add(container, "/EncryptedPackage", new Uint8Array(64));
  writeFileSync(join(dir, "locked.xlsx"), XLSX.CFB.write(container, { type: "buffer" }) as Buffer);
});

it("inspect reads an .xls: its sheets, range and rows", async () => {
  const { code, stdout, stderr } = await cli(["inspect", "--input", "orders.xls"], EN);
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  expect(stdout).toMatch(/^Sheet: +订单 \(sheets: 订单, Notes\)$/m);
  expect(stdout).toMatch(/^Range: +A1:G6$/m);
  expect(stdout).toMatch(/^Data rows: +4$/m);
  const notes = await cli(["inspect", "--input", "orders.xls", "--sheet", "NOTES"], ZH);
  expect(notes.code).toBe(0);
  expect(notes.stdout).toMatch(/^工作表： +Notes（全部工作表：订单, Notes）$/m);
});

it("refuses a password-protected workbook in one line", async () => {
  expect(expectUserError(await cli(["inspect", "--input", "locked.xlsx"], EN))).toBe(
    "error: locked.xlsx is protected with a password, which cannot be read. Open it in Excel or WPS and save it without a password (as .xlsx, .xls or CSV)."
  );
  expect(expectUserError(await cli(["inspect", "--input", "locked.xlsx"], ZH))).toBe(
    "错误：locked.xlsx 设有密码保护，无法读取。请在 Excel 或 WPS 中打开，取消密码后另存（.xlsx、.xls 或 CSV）。"
  );
});
