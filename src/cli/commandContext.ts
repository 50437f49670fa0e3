/** The CommandContext the frame hands to commands: file access relative to the CLI's cwd, and output. */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Locale } from "../i18n/locale";
import { readTabularFile } from "../io/readTabularFile";
import type { CommandContext } from "./command";
import { cliError } from "./cliUserError";
import { prepareOutput } from "./prepareOutput";
import { inputOptionsFrom } from "./sharedOptions";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** Environment for the default language (LC_ALL, LC_MESSAGES, LANG); process.env when absent. */
  env?: Record<string, string | undefined>;
}

export function createCommandContext(io: CliIo, locale: Locale): CommandContext {
  const context: CommandContext = {
    locale,
    cwd: io.cwd,
    print: (line = "") => io.stdout.write(`${line}\n`),
    readFile: async (path) => {
      const absolute = resolve(io.cwd, path);
      try {
        return { path: absolute, bytes: await readFile(absolute) };
      } catch (error) {
        throw fileReadError(error, path);
      }
    },
    readInputTable: async (options) => {
      const { input, sheet, encoding, skipInvalid } = inputOptionsFrom(options);
      const { bytes } = await context.readFile(input);
      // The path as typed, not the absolute one: it is what the user recognises in messages.
      return readTabularFile(bytes, input, { sheet, encoding, skipInvalid });
    },
    prepareOutput: (path, force) => prepareOutput(path, force, io.cwd),
  };
  return context;
}

function fileReadError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return cliError("inputNotFound", { path });
  if (code === "EISDIR") return cliError("inputIsFolder", { path });
  if (code === "EACCES" || code === "EPERM")
    return cliError("inputNotReadable", { path, reason: code });
  return error;
}
