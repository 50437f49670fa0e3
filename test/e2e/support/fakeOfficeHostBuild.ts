/**
 * Builds the fake Office host script (fakeOfficeHost.ts bundled by fakeOfficeHost.webpack.config.js) into a
 * fresh temporary folder. A few seconds of webpack per test file: small enough not to need the shared,
 * locked build cache of playgroundBuild.ts.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const REPO = path.resolve(__dirname, "../../..");
const CONFIG = path.join(__dirname, "fakeOfficeHost.webpack.config.js");
const BUILD_TIMEOUT_MS = 120_000;

/** The path of the built fakeOfficeHost.js. */
export function buildFakeOfficeHost(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "ops-e2e-office-host-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--config", CONFIG, "--output-path", folder],
    { cwd: REPO, stdio: "pipe", timeout: BUILD_TIMEOUT_MS }
  );
  const script = path.join(folder, "fakeOfficeHost.js");
  if (!existsSync(script)) throw new Error(`webpack wrote no ${script}`);
  return script;
}
