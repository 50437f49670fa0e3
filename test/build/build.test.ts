/**
 * `npm run build` for real (webpack, production mode) into a temporary folder: the files Excel loads
 * exist, the manifest points at the configured base URL, and both metadata files hold every function.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { FUNCTION_IDS } from "../../src/i18n/functionTexts";
import { validateManifest } from "../../scripts/manifest/validateManifest";
import { validateFunctionsMetadata } from "../../scripts/manifest/validateFunctionsMetadata";

const BASE_URL = "https://ops.example.com/addin/";
let out: string;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), "ops-build-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    { env: { ...process.env, OPS_BASE_URL: BASE_URL }, stdio: "pipe" }
  );
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(out, file), "utf8");

test("emits the shared-runtime page, the scripts, both metadata files, icons and the manifest", () => {
  for (const file of [
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "functions.zh-CN.json",
    "manifest.xml",
    "support.html",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
  ]) {
    expect(existsSync(path.join(out, file))).toBe(true);
  }
  const page = read("taskpane.html");
  expect(page).toMatch(/src="?functions\.js/);
  expect(page).toMatch(/src="?taskpane\.js/);
});

test("the functions bundle registers every function id with the runtime", () => {
  const bundle = read("functions.js");
  for (const id of FUNCTION_IDS) expect(bundle).toContain(`associate("${id}"`);
});

test("both metadata files list every function; zh-CN names are Chinese", () => {
  const en = JSON.parse(read("functions.json"));
  const zh = JSON.parse(read("functions.zh-CN.json"));
  expect(en.functions.map((f: { id: string }) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  expect(zh.functions.map((f: { id: string }) => f.id)).toEqual(
    en.functions.map((f: { id: string }) => f.id)
  );
  expect(zh.functions.find((f: { id: string }) => f.id === "SAFETYSTOCK").name).toBe("安全库存");
});

test("the production manifest points at OPS_BASE_URL and nowhere else", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toContain("localhost");
  expect(manifest).toContain(`${BASE_URL}taskpane.html`);
  expect(manifest).toContain(`${BASE_URL}functions.zh-CN.json`);
  expect(manifest).toContain("<AppDomain>https://ops.example.com</AppDomain>");
});

test("the built manifest and metadata pass the offline validator in production mode", () => {
  expect(
    validateManifest(read("manifest.xml"), { production: true, expectedNamespace: "OPS" })
  ).toEqual([]);
  expect(
    validateFunctionsMetadata(read("functions.json"), read("functions.zh-CN.json"), "OPS")
  ).toEqual([]);
});
