/**
 * `--out file.xlsx` for every command that writes a workbook (and any other file a command writes, such
 * as `--export file.csv`, named by its own option and extension). Checks everything that can be checked
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

/** Errors that mean "this place cannot be written" rather than a bug: permissions, a file open in Excel. */
const NOT_WRITABLE_CODES = new Set(["EACCES", "EPERM", "EBUSY", "EISDIR", "ENOTEMPTY", "ETXTBSY"]);

/** Errors writeFile reports after it created the file, which must then be removed. */
const FAILED_WHILE_WRITING = new Set(["ENOSPC", "EDQUOT", "EFBIG", "EIO"]);

/** Random part of the temporary file's name: 8 hex digits, with "wx" refusing a clash. */
const TEMP_RANDOM_BYTES = 4;
/** "." + random + ".tmp": the temporary name when the target's own name is too short to shorten. */
const TEMP_MIN_BYTES = 1 + 2 * TEMP_RANDOM_BYTES + 4;

/** Which option names the file, and the extension it must have: `--out` and xlsx unless told. */
export interface OutputKind {
  option: string;
  extension: string;
}

export const WORKBOOK_OUTPUT: OutputKind = { option: "--out", extension: "xlsx" };

/** The file as messages show it: the path as typed, and the option that named it. */
interface Shown {
  path: string;
  option: string;
}

/** `path` is relative to `cwd` (default: the process's working folder); messages show it as given. */
export async function prepareOutput(
  path: string,
  force: boolean,
  cwd = process.cwd(),
  kind: OutputKind = WORKBOOK_OUTPUT
): Promise<PreparedOutput> {
  const target = resolve(cwd, path);
  const shown: Shown = { path, option: kind.option };
  if (!target.toLowerCase().endsWith(`.${kind.extension.toLowerCase()}`))
    throw kind === WORKBOOK_OUTPUT
      ? cliError("outputNotXlsx", { path })
      : cliError("outputWrongExtension", { ...shown, extension: kind.extension });
  const folder = dirname(target);
  if (!(await isFolder(folder, shown))) throw cliError("outputFolderMissing", { path });
  await refuseExisting(target, shown, force);
  return { path: target, write: (bytes) => writeThenRename(target, shown, bytes, force) };
}

async function refuseExisting(target: string, shown: Shown, force: boolean): Promise<void> {
  let existing;
  try {
    existing = await lstat(target);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw writeError(error, shown);
  }
  if (existing.isDirectory()) throw cliError("outputIsFolder", { ...shown });
  if (!force) throw cliError("outputExists", { ...shown });
}

async function writeThenRename(
  target: string,
  shown: Shown,
  bytes: Uint8Array,
  force: boolean
): Promise<void> {
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temporary = resolve(dirname(target), temporaryName(basename(target)));
  let created = false;
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    created = true;
    // Checked again: the file may have appeared while the work ran (a tiny window remains until the rename).
    await refuseExisting(target, shown, force);
    await rename(temporary, target);
  } catch (error) {
    const code = errorCode(error);
    // writeFile opened the file before a write failed (a full disk): a partial file is left behind.
    if (created || (code !== undefined && FAILED_WHILE_WRITING.has(code)))
      await removeTemporary(temporary, shown);
    // The folder exists (checked first) yet refuses to hold a new file: /proc, /sys.
    if (code === "ENOENT" && !created)
      throw cliError("outputFolderNotWritable", { ...shown, reason: code });
    throw writeError(error, shown);
  }
}

/**
 * ".<start of the target's name><8 hex>.tmp", never longer in bytes than the target's own name (or 13
 * bytes, for shorter names): a target name the file system accepts leaves room for its temporary file
 * (NAME_MAX is 255 bytes, ~80 Chinese characters). The start of the name shows whose file it is.
 */
export function temporaryName(targetName: string): string {
  const random = randomBytes(TEMP_RANDOM_BYTES).toString("hex");
  const room = Buffer.byteLength(targetName) - TEMP_MIN_BYTES;
  let start = "";
  for (const char of targetName) {
    if (Buffer.byteLength(start + char) > room) break;
    start += char;
  }
  return `.${start}${random}.tmp`;
}

/** The user error for a file-system error while writing --out; anything else unchanged. */
function writeError(error: unknown, shown: Shown): unknown {
  const shownPath = shown.path;
  const code = errorCode(error);
  if (code === "ENAMETOOLONG") return cliError("outputNameTooLong", { ...shown });
  if (code === "ENOSPC" || code === "EDQUOT")
    return cliError("outputDiskFull", { path: shownPath, reason: code });
  if (code === "EROFS") return cliError("outputReadOnly", { path: shownPath, reason: code });
  if (code === "EMFILE" || code === "ENFILE")
    return cliError("tooManyOpenFiles", { path: shownPath, reason: code });
  if (code !== undefined && NOT_WRITABLE_CODES.has(code))
    return cliError("outputNotWritable", { path: shownPath, reason: code });
  return error;
}

/** Removes the temporary file; one that is already gone is fine. */
async function removeTemporary(path: string, shown: Shown): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw writeError(error, shown);
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

async function isFolder(path: string, shown: Shown): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw writeError(error, shown);
  }
}
