/**
 * commander reports parse errors in English; the CLI re-says them in the user's language. commander
 * gives a stable code and puts the offending token in quotes, which is all a message needs
 * (test/cli/main.test.ts pins each case, so a commander upgrade that changes the wording shows up there).
 */
import type { CommanderError } from "commander";
import { CLI_TEXTS } from "../i18n/cliTexts";
import { format } from "../i18n/locale";
import { CliUserError } from "./cliUserError";

/** Codes commander uses when it printed what was asked (help, version): not errors. */
const FINISHED_CODES = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

/** The user error to report, or undefined when commander finished normally (exit with its code). */
export function userErrorFromCommander(error: CommanderError): CliUserError | undefined {
  if (FINISHED_CODES.has(error.code)) return undefined;
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(error.message)?.[1];
  return new CliUserError((locale) => {
    const texts = CLI_TEXTS[locale];
    const hint = suggestion ? ` ${format(texts.didYouMean, { suggestion })}` : "";
    switch (error.code) {
      case "commander.unknownOption":
        return format(texts.unknownOption, { option: quoted }) + hint;
      case "commander.unknownCommand":
        return format(texts.unknownCommand, { command: quoted }) + hint;
      case "commander.optionMissingArgument":
        return format(texts.optionNeedsValue, { option: quoted });
      case "commander.missingMandatoryOptionValue":
        return format(texts.missingRequiredOption, { option: quoted });
      case "commander.missingArgument":
        return format(texts.missingArgument, { argument: quoted });
      case "commander.excessArguments":
        return texts.tooManyArguments;
      default:
        return format(texts.invalidCommandLine, { detail: error.message.replace(/^error: /, "") });
    }
  }, true);
}
