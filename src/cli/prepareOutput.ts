/**
 * `--out file.xlsx` for every command that writes a workbook. Checks everything that can be checked
 * before the work starts (so a long build does not fail at the end on a typo), creates nothing until
 * the finished bytes are handed over, and then writes them to a temporary file in the target's folder
 * and renames it: the target is either complete or untouched, never half written.
 */
import { randomBytes } from "node:crypto";
import { lstat, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { cliError } from "./cliUserError";

export interface PreparedOutput {
  /** Absolute path of the file to be written. */
  readonly path: string;
  /** Writes the finished file (see the module comment). Call once, after all the work succeeded. */
  write(bytes: Uint8Array): Promise<void>;
}

/** Errors that mean "this place cannot be written" rather than a bug: permissions, a file open in Excel, a full disk. */
const NOT_WRITABLE_CODES = new Set([
  "EACCES",
  "EPERM",
  "EBUSY",
  "EROFS",
  "ENOSPC",
  "EDQUOT",
  "EISDIR",
  "ENOTEMPTY",
]);

/** `path` is relative to `cwd` (default: the process's working folder); messages show it as given. */
export async function prepareOutput(
  path: string,
  force: boolean,
  cwd = process.cwd()
): Promise<PreparedOutput> {
  const target = resolve(cwd, path);
  if (!/\.xlsx$/i.test(target)) throw cliError("outputNotXlsx", { path });
  const folder = dirname(target);
  if (!(await isFolder(folder))) throw cliError("outputFolderMissing", { path });
  await refuseExisting(target, path, force);
  return { path: target, write: (bytes) => writeThenRename(target, path, bytes, force) };
}

async function refuseExisting(target: string, shownPath: string, force: boolean): Promise<void> {
  const existing = await lstat(target).catch(() => undefined);
  if (!existing) return;
  if (existing.isDirectory()) throw cliError("outputIsFolder", { path: shownPath });
  if (!force) throw cliError("outputExists", { path: shownPath });
}

async function writeThenRename(
  target: string,
  shownPath: string,
  bytes: Uint8Array,
  force: boolean
): Promise<void> {
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temporary = resolve(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`
  );
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    // Checked again: the file may have appeared while the work ran (a tiny window remains until the rename).
    await refuseExisting(target, shownPath, force);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code && NOT_WRITABLE_CODES.has(code))
      throw cliError("outputNotWritable", { path: shownPath, reason: code });
    throw error;
  }
}

async function isFolder(path: string): Promise<boolean> {
  const stats = await stat(path).catch(() => undefined);
  return stats?.isDirectory() ?? false;
}
