/**
 * The shared frame of the CLI tests: each test file drives `run(argv, io)` from src/cli/main in its own
 * temporary folder (the working directory of every command) and collects what it writes.
 *
 * A test file that replaces the command registry with jest.mock("../../src/cli/commands", ...) keeps
 * that replacement here too: jest hoists the mock above the file's imports and applies it to the file's
 * whole module registry, so the `run` imported below reads the mocked COMMANDS.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";

export type CliEnv = Record<string, string>;

/** Environments that choose the message language the way a user's shell does. */
export const EN: CliEnv = { LANG: "en_US.UTF-8" };
export const ZH: CliEnv = { LANG: "zh_CN.UTF-8" };

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliFolder {
  /** The temporary folder; only valid once beforeAll has run (inside tests and hooks). */
  folder: () => string;
  /** Runs the CLI in the folder, in English unless told otherwise. */
  cli: (args: string[], env?: CliEnv) => Promise<CliResult>;
}

/**
 * Registers beforeAll/afterAll for a fresh temporary folder (named with `prefix`), filled by `setup`,
 * and removed after the file's tests. Call it at the top level of a test file.
 */
export function useCliFolder(prefix: string, setup?: (folder: string) => Promise<void>): CliFolder {
  let folder: string | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), prefix));
    await setup?.(folder);
  });

  afterAll(async () => {
    if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  });

  const currentFolder = (): string => {
    if (folder === undefined)
      throw new Error("the CLI test folder is only there once beforeAll has run");
    return folder;
  };

  return {
    folder: currentFolder,
    cli: async (args, env = EN) => {
      let stdout = "";
      let stderr = "";
      const code = await run(args, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        cwd: currentFolder(),
        env,
      });
      return { code, stdout, stderr };
    },
  };
}

/**
 * A user error: exit 2, nothing on stdout, exactly one newline-terminated line on stderr and no stack
 * frames (those belong to unexpected failures only). Returns that line without its newline.
 */
export function expectUserError(result: CliResult): string {
  expect(result).toMatchObject({ code: 2, stdout: "" });
  expect(result.stderr.endsWith("\n")).toBe(true);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .+:\d+/);
  return lines[0];
}
