/**
 * The commander program: global options, localized help, one subcommand per registered CliCommand.
 * commander never exits the process or prints errors itself (exitOverride, outputError): main.ts
 * turns its errors into one localized line.
 */
import { Command } from "commander";
import { version } from "../../package.json";
import { CLI_TEXTS, type CliTextKey } from "../i18n/cliTexts";
import type { Locale } from "../i18n/locale";
import type { ReadLimits } from "../io/readLimits";
import { EXIT_OK, type CliCommand } from "./command";
import { createCommandContext, type CliIo } from "./commandContext";
import { LANG_OPTION } from "./cliLocale";
import { cliError } from "./cliUserError";
import { addLimitOptions, readLimitsOptionsFrom } from "./sharedOptions";
import { displayWidth } from "./textTable";
import { wrapHelpText } from "./wrapHelpText";

export const PROGRAM_NAME = "ops-planner";
/** Fixed so help looks the same in a terminal, a pipe and a test. */
const HELP_WIDTH = 80;
/** Runs when no known command is given, so that case gets a one-line message rather than commander's help dump. */
const FALLBACK_COMMAND = "__no-command";

export interface Program {
  command: Command;
  /** The exit code the command's run resolved to (0 until one ran). */
  exitCode(): number;
}

export function buildProgram(locale: Locale, io: CliIo, commands: readonly CliCommand[]): Program {
  const texts = CLI_TEXTS[locale];
  let exitCode = EXIT_OK;
  const program = new Command(PROGRAM_NAME)
    .description(texts.programDescription)
    .usage(texts.programUsage)
    .version(version, "-V, --version", texts.versionOption)
    .helpOption("-h, --help", texts.helpOption)
    // Replaced by our own help command below: commander's dumps the help on stderr for an unknown name.
    .helpCommand(false)
    // Read before parsing (cliLocale.ts); declared so commander accepts it and lists it in help.
    .option(`${LANG_OPTION} ${texts.localeArgument}`, texts.langOption)
    .configureHelp({
      // commander calls styleTitle with its English headings ("Usage:", "Options:", …).
      styleTitle: (title) => (title in texts ? texts[title as CliTextKey] : title),
      // commander's own term appends an English "[options]".
      subcommandTerm: (command) => [command.name(), command.usage()].join(" ").trim(),
      displayWidth,
      boxWrap: wrapHelpText,
      showGlobalOptions: true,
    })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride()
    .showSuggestionAfterError(true);
  // Global: they bound every file a command reads (--input, --history, --template …).
  addLimitOptions(program, locale);

  let limits: Partial<ReadLimits> = {};
  const context = createCommandContext(io, locale, () => limits);
  for (const definition of commands) {
    // Subcommands inherit the output, help and exit settings above because they are created after them.
    const command = program.command(definition.name).usage(texts.commandUsage);
    definition.define(command, locale);
    command.action(async (options) => {
      limits = readLimitsOptionsFrom(program.opts());
      exitCode = (await definition.run(options, context)) ?? EXIT_OK;
    });
  }

  program
    .command("help")
    .usage(texts.helpCommandArgument)
    .description(texts.helpOption)
    .argument("[command]")
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const command = program.commands.find(
        (candidate) => candidate.name() === name && name !== FALLBACK_COMMAND
      );
      if (!command) throw cliError("unknownCommand", { command: name }, true);
      command.outputHelp();
    });

  program
    .command(FALLBACK_COMMAND, { isDefault: true, hidden: true })
    .argument("[words...]")
    .action((words: string[]) => {
      if (words.length > 0) throw cliError("unknownCommand", { command: words[0] }, true);
      throw cliError(
        "missingCommand",
        { commands: commands.map(({ name }) => name).join(", ") },
        true
      );
    });

  return { command: program, exitCode: () => exitCode };
}
