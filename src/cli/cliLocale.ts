/** Which language the CLI speaks: --lang when given, else the POSIX locale of the environment. */
import { LOCALES, localeFromLanguageTag, type Locale } from "../i18n/locale";
import { cliError } from "./cliUserError";

export const LANG_OPTION = "--lang";

/** POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG ("zh_CN.UTF-8" → zh-CN). */
export function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== ""
  );
  // POSIX writes zh_CN where BCP 47 writes zh-CN.
  return localeFromLanguageTag(tag?.replace(/_/g, "-"));
}

/**
 * The locale asked for with --lang anywhere before "--" (the last one wins, as commander parses it),
 * or `fallback`. Read before commander runs because the help and commander's errors must already be in
 * that language. A value that is not a locale is a user error, reported in `fallback`'s language.
 */
export function localeFromArguments(argv: readonly string[], fallback: Locale): Locale {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index];
    if (token === "--") break;
    if (token === LANG_OPTION && index + 1 < argv.length) value = argv[++index];
    else if (token.startsWith(`${LANG_OPTION}=`)) value = token.slice(LANG_OPTION.length + 1);
  }
  if (value === undefined) return fallback;
  const locale = LOCALES.find((candidate) => candidate.toLowerCase() === value!.toLowerCase());
  if (!locale)
    throw cliError(
      "invalidChoice",
      { option: LANG_OPTION, value, choices: LOCALES.join(", ") },
      true
    );
  return locale;
}
