/**
 * Builds the add-in in production mode and prints the gzipped size of what Excel's functions runtime
 * loads: functions.js on its own, and the whole shared-runtime page (functions.js + taskpane.js).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { gzipSync } from "zlib";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function runBundleSizeBench(): void {
  const out = mkdtempSync(path.join(tmpdir(), "ops-bench-build-"));
  try {
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      { stdio: "pipe" }
    );
    const size = (file: string) => {
      const bytes = readFileSync(path.join(out, file));
      return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    };
    const functions = size("functions.js");
    const taskpane = size("taskpane.js");
    console.log("Bundle sizes (production build)");
    console.log(
      `  functions.js (custom functions): ${kib(functions.raw)} raw, ${kib(functions.gzip)} gzipped`
    );
    console.log(
      `  taskpane.js (panel):             ${kib(taskpane.raw)} raw, ${kib(taskpane.gzip)} gzipped`
    );
    console.log(
      `  shared-runtime page total:       ${kib(functions.gzip + taskpane.gzip)} gzipped`
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
