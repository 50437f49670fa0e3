/**
 * What a CLI command is. A command lives in one module, src/cli/commands/<name>.ts, holding its texts
 * in both languages, its options and its work; src/cli/commands/index.ts lists it. The frame (main.ts)
 * does the rest: language, help, parsing, error reporting, exit codes.
 */
import type { Command, OptionValues } from "commander";
import type { ReadLimits } from "../io/readLimits";
import type { TabularFile } from "../io/readTabularFile";
import type { Locale } from "../i18n/locale";
import type { OutputKind, PreparedOutput } from "./prepareOutput";

/** 0 done (also --help, --version); 2 the user can fix it (one line on stderr); 1 a bug (with its stack). */
export const EXIT_OK = 0;
export const EXIT_BUG = 1;
export const EXIT_USER_ERROR = 2;

export interface CliCommand {
  /** The word after `ops-planner`. */
  name: string;
  /**
   * Adds description and options to the commander command, in `locale` (see sharedOptions for the
   * common ones). The frame sets the usage line to "[options]"; a command with positional arguments
   * sets its own.
   */
  define(command: Command, locale: Locale): void;
  /**
   * Does the work. Throw CliUserError (or TabularFileError) for anything the user can fix; anything
   * else is reported as a bug. Resolves to the exit code, EXIT_OK when nothing is returned.
   */
  run(options: OptionValues, context: CommandContext): Promise<number | void>;
}

/** "done" clears the progress line. */
export type ProgressKind = "rowsRead" | "rowsWritten" | "done";

/** What a command may use from its surroundings; tests provide it through run()'s io. */
export interface CommandContext {
  locale: Locale;
  /** Folder that relative paths on the command line are relative to. */
  cwd: string;
  /** Writes one line of the command's result to stdout. */
  print(line?: string): void;
  /**
   * Reads the file named by --input etc.: a missing or unreadable file, or one larger than the
   * --max-file-mb limit (checked before reading it whole), is a user error.
   */
  readFile(path: string): Promise<{ path: string; bytes: Uint8Array }>;
  /**
   * The same file in chunks as it is read, under the same limit and errors, for readers that never
   * hold it whole (the report's CSV read). A chunk is valid until the next one is asked for (one buffer
   * is reused). Absent: callers use readFile.
   */
  readFileChunks?(path: string): AsyncIterable<Uint8Array>;
  /** The read limits of the command line (--max-cells …), to pass to readTabularFile. */
  readonly limits: Partial<ReadLimits>;
  /** The table in --input (with --sheet, --encoding), read with readTabularFile. */
  readInputTable(options: OptionValues): Promise<TabularFile>;
  /**
   * Progress of long work (rows read, rows written), shown on stderr only when it is a terminal: piped
   * output and tests never see it.
   */
  progress?(kind: ProgressKind, rows: number): void;
  /**
   * prepareOutput with `path` relative to cwd (messages show it as typed); a file other than the
   * --out workbook names its option and extension.
   */
  prepareOutput(path: string, force: boolean, kind?: OutputKind): Promise<PreparedOutput>;
}
