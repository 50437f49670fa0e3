/**
 * The CLI frame: picks the language, parses with commander, runs the command and reports what went
 * wrong: a user error as one localized line (exit 2), a bug with its stack (exit 1).
 */
import { CommanderError } from "commander";
import { CLI_TEXTS } from "../i18n/cliTexts";
import { format, type Locale } from "../i18n/locale";
import { localeFromArguments, localeFromEnvironment } from "./cliLocale";
import { CliUserError, isLocalizedError } from "./cliUserError";
import { EXIT_BUG, EXIT_USER_ERROR } from "./command";
import type { CliIo } from "./commandContext";
import { userErrorFromCommander } from "./commanderErrors";
import { COMMANDS } from "./commands";
import { buildProgram, PROGRAM_NAME } from "./program";

export type { CliIo } from "./commandContext";
export { EXIT_BUG, EXIT_OK, EXIT_USER_ERROR } from "./command";

/** `argv`: the arguments after the program name (process.argv.slice(2)). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let locale = localeFromEnvironment(io.env ?? process.env);
  try {
    locale = localeFromArguments(argv, locale);
    const program = buildProgram(locale, io, COMMANDS);
    await program.command.parseAsync(argv, { from: "user" });
    return program.exitCode();
  } catch (error) {
    return report(error, argv, locale, io);
  }
}

function report(error: unknown, argv: string[], locale: Locale, io: CliIo): number {
  let reported = error;
  if (error instanceof CommanderError) {
    const userError = userErrorFromCommander(error);
    if (!userError) return error.exitCode;
    reported = userError;
  }
  const texts = CLI_TEXTS[locale];
  if (isLocalizedError(reported)) {
    let message = reported.messageIn(locale);
    if (reported instanceof CliUserError && reported.isUsageError)
      message += format(texts.seeHelp, { command: helpTarget(argv) });
    io.stderr.write(`${format(texts.errorLine, { message: oneLine(message) })}\n`);
    return EXIT_USER_ERROR;
  }
  const details =
    reported instanceof Error ? (reported.stack ?? reported.message) : String(reported);
  io.stderr.write(`${texts.unexpectedError}\n${details}\n`);
  return EXIT_BUG;
}

/** "ops-planner inspect" when a known command was typed, so the hint leads to the help that matters. */
function helpTarget(argv: string[]): string {
  const command = COMMANDS.find(({ name }) => argv.includes(name));
  return command ? `${PROGRAM_NAME} ${command.name}` : PROGRAM_NAME;
}

/** The promise of one line: file names or messages from libraries may carry line breaks. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
