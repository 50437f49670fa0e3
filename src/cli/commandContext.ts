/** The CommandContext the frame hands to commands: file access relative to the CLI's cwd, and output. */
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { format, type Locale } from "../i18n/locale";
import { fileTooLargeError, readLimitsFrom, type ReadLimits } from "../io/readLimits";
import { readTabularFile } from "../io/readTabularFile";
import type { CommandContext, ProgressKind } from "./command";
import { cliError } from "./cliUserError";
import { prepareOutput } from "./prepareOutput";
import { inputOptionsFrom } from "./sharedOptions";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  /** Environment for the default language (LC_ALL, LC_MESSAGES, LANG); process.env when absent. */
  env?: Record<string, string | undefined>;
}

const PROGRESS_TEXTS: Record<Locale, Record<ProgressKind, string>> = {
  "en-US": { rowsRead: "{rows} rows read…", rowsWritten: "{rows} rows written…", done: "" },
  "zh-CN": { rowsRead: "已读取 {rows} 行…", rowsWritten: "已写入 {rows} 行…", done: "" },
};

/** Reads of special files (/proc, devices, pipes) hold this much per step. */
const CHUNK_BYTES = 1024 * 1024;

/** Errors that mean "this file cannot be read" (permissions, /proc/self/mem's EIO, a device), shown with their code. */
const NOT_READABLE_CODES = new Set([
  "EACCES",
  "EPERM",
  "EIO",
  "ENXIO",
  "ENODEV",
  "EINVAL",
  "ELOOP",
  "EBUSY",
  "EAGAIN",
  "ETXTBSY",
]);

/** `limits`: the read limits of the command line, known once commander has parsed it. */
export function createCommandContext(
  io: CliIo,
  locale: Locale,
  limits: () => Partial<ReadLimits> = () => ({})
): CommandContext {
  const context: CommandContext = {
    locale,
    cwd: io.cwd,
    get limits() {
      return limits();
    },
    print: (line = "") => io.stdout.write(`${line}\n`),
    readFile: async (path) => {
      const absolute = resolve(io.cwd, path);
      try {
        return {
          path: absolute,
          bytes: await readBounded(absolute, path, readLimitsFrom(limits())),
        };
      } catch (error) {
        throw fileReadError(error, path);
      }
    },
    readFileChunks: (path) => readChunks(resolve(io.cwd, path), path, readLimitsFrom(limits())),
    readInputTable: async (options) => {
      const { input, sheet, encoding, skipInvalid } = inputOptionsFrom(options);
      const { bytes } = await context.readFile(input);
      // The path as typed, not the absolute one: it is what the user recognises in messages.
      return readTabularFile(bytes, input, { sheet, encoding, skipInvalid, limits: limits() });
    },
    prepareOutput: (path, force, kind) => prepareOutput(path, force, io.cwd, kind),
    // One line redrawn in place ("\r", cleared to its end); only a terminal gets it.
    progress: io.stderr.isTTY
      ? (kind, rows) =>
          io.stderr.write(
            `\r${format(PROGRESS_TEXTS[locale][kind], { rows: rows.toLocaleString("en-US") })}\u001b[K`
          )
      : undefined,
  };
  return context;
}

/**
 * The file's bytes, refusing it past maxFileBytes before it is read whole: by its size when it has one,
 * by counting when it has none (/proc files, devices, pipes, which could otherwise be read forever).
 */
async function readBounded(
  absolute: string,
  shownPath: string,
  limits: ReadLimits
): Promise<Uint8Array> {
  const max = limits.maxFileBytes;
  const handle = await open(absolute, "r");
  try {
    const stats = await handle.stat();
    if (stats.isFile() && stats.size > max) throw fileTooLargeError(shownPath, limits);
    // A regular file in one read (and one more to see its end); others in chunks.
    const step = stats.isFile() ? stats.size + 1 : CHUNK_BYTES;
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(step, max + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw fileTooLargeError(shownPath, limits);
    }
    return chunks.length === 1 ? chunks[0] : concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** A file's chunks: enough to keep per-chunk work small against the file, little held at once. */
const FILE_CHUNK_BYTES = 64 * 1024;

/** readBounded's reading, chunk by chunk: refused past maxFileBytes by its size, or by counting. */
async function* readChunks(
  absolute: string,
  shownPath: string,
  limits: ReadLimits
): AsyncGenerator<Uint8Array> {
  const max = limits.maxFileBytes;
  try {
    const handle = await open(absolute, "r");
    try {
      const stats = await handle.stat();
      if (stats.isFile() && stats.size > max) throw fileTooLargeError(shownPath, limits);
      let total = 0;
      // One buffer for all chunks: nothing is allocated per chunk, so nothing waits for the collector.
      const buffer = new Uint8Array(FILE_CHUNK_BYTES);
      for (;;) {
        const want = Math.min(buffer.length, max + 1 - total);
        const { bytesRead } = await handle.read(buffer, 0, want, null);
        if (bytesRead === 0) return;
        total += bytesRead;
        if (total > max) throw fileTooLargeError(shownPath, limits);
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileReadError(error, shownPath);
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** A file-system error as the user error it is; anything else (a bug, a TabularFileError) unchanged. */
function fileReadError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return cliError("inputNotFound", { path });
  if (code === "EISDIR") return cliError("inputIsFolder", { path });
  if (code === "ENAMETOOLONG") return cliError("inputNameTooLong", { path });
  if (code === "EMFILE" || code === "ENFILE")
    return cliError("tooManyOpenFiles", { path, reason: code });
  if (code !== undefined && NOT_READABLE_CODES.has(code))
    return cliError("inputNotReadable", { path, reason: code });
  return error;
}
