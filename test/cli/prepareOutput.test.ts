import { mkdtemp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliUserError } from "../../src/cli/cliUserError";
import { prepareOutput } from "../../src/cli/prepareOutput";

// rename is wrapped so a test can make the final step fail as Windows does when Excel holds the file.
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return { ...actual, rename: jest.fn(actual.rename) };
});
const failNextRename = (error: Error) =>
  (rename as unknown as jest.Mock).mockRejectedValueOnce(error);

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "ops-planner-out-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(CliUserError);
  return (error as CliUserError).messageIn("en-US");
}

const BYTES = Uint8Array.from([1, 2, 3]);

/** The conventional unprivileged user (nobody/nogroup on Debian). */
const NOBODY = 65534;

/**
 * Runs test/cli/support/eaccesProbe.ts as uid/gid nobody with no supplementary groups (util-linux
 * setpriv) and returns what it printed, or why it could not run.
 */
function runAsNobody(folder: string): { uid: number; message: string } | string {
  // nobody must be able to enter the test folder; the locked folder inside stays 0500 root's.
  chmodSync(folder, 0o755);
  const probe = join(__dirname, "support", "eaccesProbe.ts");
  const tsNode = require.resolve("ts-node/dist/bin.js");
  const child = spawnSync(
    "setpriv",
    [
      `--reuid=${NOBODY}`,
      `--regid=${NOBODY}`,
      "--clear-groups",
      "--",
      process.execPath,
      tsNode,
      "--transpile-only",
      probe,
      folder,
    ],
    { cwd: join(__dirname, "../.."), encoding: "utf8", env: { ...process.env, HOME: folder } }
  );
  if (child.error) return `setpriv could not be started (${child.error.message})`;
  if (child.status !== 0) return `the probe exited ${child.status}: ${child.stderr.trim()}`;
  return JSON.parse(child.stdout) as { uid: number; message: string };
}

describe("prepareOutput", () => {
  it("creates nothing until write, then writes the whole file", async () => {
    const output = await prepareOutput("plan.xlsx", false, folder);
    expect(output.path).toBe(join(folder, "plan.xlsx"));
    expect(await readdir(folder)).toEqual([]);
    await output.write(BYTES);
    expect(await readdir(folder)).toEqual(["plan.xlsx"]);
    expect([...(await readFile(join(folder, "plan.xlsx")))]).toEqual([1, 2, 3]);
  });

  it("leaves nothing behind when the work fails before write", async () => {
    await prepareOutput(join(folder, "plan.xlsx"), false);
    // … the build throws here, write is never called …
    expect(await readdir(folder)).toEqual([]);
  });

  it("refuses to overwrite an existing file without force, and says how", async () => {
    await writeFile(join(folder, "plan.xlsx"), "old");
    expect(await refusal(prepareOutput("plan.xlsx", false, folder))).toBe(
      "plan.xlsx already exists; choose another --out file, or add --force to overwrite it."
    );
    expect(await readFile(join(folder, "plan.xlsx"), "utf8")).toBe("old");
  });

  it("overwrites with force, replacing the file in one step", async () => {
    await writeFile(join(folder, "plan.xlsx"), "old");
    const output = await prepareOutput("plan.xlsx", true, folder);
    expect(await readFile(join(folder, "plan.xlsx"), "utf8")).toBe("old");
    await output.write(BYTES);
    expect([...(await readFile(join(folder, "plan.xlsx")))]).toEqual([1, 2, 3]);
    expect(await readdir(folder)).toEqual(["plan.xlsx"]);
  });

  it("refuses a file that appeared while the work ran, keeping it", async () => {
    const output = await prepareOutput("plan.xlsx", false, folder);
    await writeFile(join(folder, "plan.xlsx"), "someone else's");
    expect(await refusal(output.write(BYTES))).toMatch(/already exists/);
    expect(await readFile(join(folder, "plan.xlsx"), "utf8")).toBe("someone else's");
    expect(await readdir(folder)).toEqual(["plan.xlsx"]);
  });

  it("removes its temporary file when the final rename fails, and explains why", async () => {
    const output = await prepareOutput("plan.xlsx", true, folder);
    // What Windows reports when the target is open in Excel.
    const busy = Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" });
    failNextRename(busy);
    expect(await refusal(output.write(BYTES))).toBe(
      "Cannot write plan.xlsx (EBUSY). If it is open in Excel or WPS, close it and try again."
    );
    expect(await readdir(folder)).toEqual([]);
  });

  it("passes on failures that are not about the target, still cleaning up", async () => {
    const output = await prepareOutput("plan.xlsx", false, folder);
    failNextRename(new TypeError("a bug"));
    await expect(output.write(BYTES)).rejects.toThrow(TypeError);
    expect(await readdir(folder)).toEqual([]);
  });

  it("accepts only .xlsx, in any case", async () => {
    expect(await refusal(prepareOutput("plan.csv", false, folder))).toBe(
      "--out must name an .xlsx file: plan.csv"
    );
    expect(await refusal(prepareOutput("plan", false, folder))).toMatch(/\.xlsx/);
    await expect(prepareOutput("PLAN.XLSX", false, folder)).resolves.toBeDefined();
  });

  it("another file a command writes is named by its own option and extension", async () => {
    const csv = { option: "--export", extension: "csv" };
    expect(await refusal(prepareOutput("ids.xlsx", false, folder, csv))).toBe(
      "--export must name a .csv file: ids.xlsx"
    );
    await writeFile(join(folder, "ids.csv"), "old");
    expect(await refusal(prepareOutput("ids.csv", false, folder, csv))).toBe(
      "ids.csv already exists; choose another --export file, or add --force to overwrite it."
    );
    await mkdir(join(folder, "dir.csv"));
    expect(await refusal(prepareOutput("dir.csv", true, folder, csv))).toBe(
      "dir.csv is a folder; --export must name a file."
    );
    const output = await prepareOutput("IDS.CSV", true, folder, csv);
    await output.write(BYTES);
    expect([...(await readFile(join(folder, "IDS.CSV")))]).toEqual([1, 2, 3]);
  });

  it("refuses a missing folder and a folder as the target", async () => {
    expect(await refusal(prepareOutput("no/such/plan.xlsx", false, folder))).toBe(
      "The folder of no/such/plan.xlsx does not exist."
    );
    await mkdir(join(folder, "dir.xlsx"));
    expect(await refusal(prepareOutput("dir.xlsx", true, folder))).toBe(
      "dir.xlsx is a folder; --out must name a file."
    );
  });

  // Root writes anywhere, and CI runs as root: there the case runs in a child process dropped to the
  // unprivileged uid nobody (setpriv). Where that is impossible it is skipped, except under CI=true,
  // where a permission check that never runs must fail the build instead.
  it("explains a folder that cannot be written", async () => {
    const locked = join(folder, "locked");
    await mkdir(locked, { mode: 0o500 });
    if (process.getuid?.() !== 0) {
      const output = await prepareOutput("locked/plan.xlsx", false, folder);
      expect(await refusal(output.write(BYTES))).toMatch(
        /^Cannot write locked\/plan\.xlsx \(EACCES\)/
      );
      return;
    }
    const result = runAsNobody(folder);
    if (typeof result === "string") {
      if (process.env.CI === "true")
        throw new Error(`The EACCES case cannot run as an unprivileged user: ${result}`);
      console.warn(`\n!!! SKIPPED the EACCES case of prepareOutput: ${result}\n`);
      return;
    }
    expect(result).toEqual({
      uid: NOBODY,
      message: expect.stringMatching(/^Cannot write locked\/plan\.xlsx \(EACCES\)/),
    });
    expect(await readdir(locked)).toEqual([]);
  }, 60_000);
});
