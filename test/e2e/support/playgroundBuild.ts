/**
 * A production build of the add-in (webpack, like `npm run build`) in a temporary folder, so the browser
 * tests never run against a stale dist/. The folder is named after the newest source file's time, so
 * test files running in parallel (and later runs with unchanged sources) share one build; a lock folder
 * makes sure only one of them runs webpack, and each build is published by an atomic rename, so even two
 * builds racing past a broken stale lock leave one whole build.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const REPO = path.resolve(__dirname, "../../..");
/** What the bundle is made of: a change to any of them means a new build. */
const BUILD_INPUTS = [
  "src",
  "assets",
  "webpack.config.js",
  "manifest.xml",
  "package-lock.json",
  "tsconfig.json",
];
const BUILD_TIMEOUT_MS = 300_000;
/** A lock older than this belongs to a run that died mid-build. */
const STALE_LOCK_MS = BUILD_TIMEOUT_MS + 60_000;
const POLL_MS = 500;

function newestModification(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, child) => Math.max(newest, newestModification(path.join(entry, child))),
    stats.mtimeMs
  );
}

function buildFolder(): string {
  const newest = BUILD_INPUTS.map((input) => path.join(REPO, input))
    .filter((input) => existsSync(input))
    .reduce((max, input) => Math.max(max, newestModification(input)), 0);
  const key = createHash("sha1").update(`${REPO}:${newest}`).digest("hex").slice(0, 16);
  return path.join(tmpdir(), `ops-e2e-dist-${key}`);
}

function runWebpack(outputPath: string): void {
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--output-path",
      outputPath,
    ],
    {
      cwd: REPO,
      // Any base URL: the playground does not use the manifest; setting one silences webpack's warning.
      env: { ...process.env, OPS_BASE_URL: "https://ops-planner.example.com/" },
      stdio: "pipe",
      timeout: BUILD_TIMEOUT_MS,
    }
  );
}

/**
 * Takes the lock (mkdir is atomic), or says it is held. A lock that vanished between mkdir and stat is
 * simply retried; any error but EEXIST is a real failure and is thrown.
 */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const held = statSync(lock, { throwIfNoEntry: false });
    // A stale lock is broken; if another waiter broke it and took a new one meanwhile, both may build,
    // which the rename in freshPlaygroundBuild makes harmless.
    if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS)
      rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

/**
 * Moves a finished build into place: whole or nothing, for readers that do not take the lock. If a
 * build that raced this one (a broken stale lock) got there first, this copy is dropped and theirs used.
 */
function publish(partial: string, folder: string): void {
  try {
    renameSync(partial, folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (
      (code !== "ENOTEMPTY" && code !== "EEXIST") ||
      !existsSync(path.join(folder, "playground.html"))
    )
      throw error;
    rmSync(partial, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The folder holding a fresh production build (playground.html, playground.js, functions*.json …). */
export async function freshPlaygroundBuild(): Promise<string> {
  const folder = buildFolder();
  const lock = `${folder}.lock`;
  for (;;) {
    if (existsSync(path.join(folder, "playground.html"))) return folder;
    if (tryLock(lock)) {
      try {
        if (existsSync(path.join(folder, "playground.html"))) return folder;
        const partial = `${folder}.partial-${process.pid}`;
        runWebpack(partial);
        publish(partial, folder);
        return folder;
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    await sleep(POLL_MS);
  }
}
