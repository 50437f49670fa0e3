/**
 * Options several commands share, defined once so they read the same everywhere: the input file
 * (--input, --sheet, --encoding), the output workbook (--out, --force), and the read limits
 * (--max-line-length, --max-cells, --max-unzipped-mb, --max-file-mb: global, since every file a
 * command reads is bounded by them).
 */
import type { Command, OptionValues } from "commander";
import { CLI_TEXTS } from "../i18n/cliTexts";
import type { Locale } from "../i18n/locale";
import type { EncodingOption } from "../io/decodeText";
import { LIMIT_OPTIONS, MIB, type ReadLimits } from "../io/readLimits";
import { cliError } from "./cliUserError";

/** Accepted spellings; GBK and GB2312 files are read by the GB18030 decoder (a superset). */
const ENCODING_NAMES = new Map<string, EncodingOption>([
  ["utf-8", "utf-8"],
  ["utf8", "utf-8"],
  ["gb18030", "gb18030"],
  ["gbk", "gb18030"],
  ["gb2312", "gb18030"],
]);

export interface InputOptions {
  input: string;
  sheet?: string;
  encoding?: EncodingOption;
  /** --skip-invalid: leave unreadable rows out (and say so on the sheet) instead of refusing. */
  skipInvalid: boolean;
}

export interface OutputOptions {
  out: string;
  force: boolean;
}

export function addInputOptions(command: Command, locale: Locale): Command {
  const texts = CLI_TEXTS[locale];
  return command
    .option(`--input ${texts.fileArgument}`, texts.inputOption)
    .option(`--sheet ${texts.nameArgument}`, texts.sheetOption)
    .option(`--encoding ${texts.nameArgument}`, texts.encodingOption)
    .option("--skip-invalid", texts.skipInvalidOption);
}

/**
 * Validated here rather than with commander's requiredOption() and choices(): messages in the user's
 * language, and a mistyped option is reported as unknown before a missing one (commander does the reverse).
 */
export function inputOptionsFrom(options: OptionValues): InputOptions {
  return {
    input: requiredOption(options, "input"),
    sheet: options.sheet as string | undefined,
    ...readOptionsFrom(options),
  };
}

/** How every input is read: --encoding and --skip-invalid. */
export function readOptionsFrom(
  options: OptionValues
): Pick<InputOptions, "encoding" | "skipInvalid"> {
  const encoding = options.encoding as string | undefined;
  return {
    encoding: encoding === undefined ? undefined : encodingFrom(encoding),
    skipInvalid: options.skipInvalid === true,
  };
}

export function addOutputOptions(command: Command, locale: Locale): Command {
  const texts = CLI_TEXTS[locale];
  return command
    .option(`--out ${texts.fileArgument}`, texts.outOption)
    .option("--force", texts.forceOption);
}

export function outputOptionsFrom(options: OptionValues): OutputOptions {
  return { out: requiredOption(options, "out"), force: options.force === true };
}

function requiredOption(options: OptionValues, name: string): string {
  const value = options[name] as string | undefined;
  if (value === undefined) throw cliError("missingRequiredOption", { option: `--${name}` }, true);
  return value;
}

function encodingFrom(value: string): EncodingOption {
  const encoding = ENCODING_NAMES.get(value.trim().toLowerCase());
  if (!encoding)
    throw cliError(
      "invalidChoice",
      { option: "--encoding", value, choices: "utf-8, gb18030" },
      true
    );
  return encoding;
}

/** Each limit's option, as commander names its value, and the unit one option value stands for. */
const LIMIT_FLAGS: { key: keyof ReadLimits; property: string; unit: number }[] = [
  { key: "maxLineChars", property: "maxLineLength", unit: 1 },
  { key: "maxCells", property: "maxCells", unit: 1 },
  { key: "maxInflatedBytes", property: "maxUnzippedMb", unit: MIB },
  { key: "maxFileBytes", property: "maxFileMb", unit: MIB },
];

export function addLimitOptions(command: Command, locale: Locale): Command {
  const texts = CLI_TEXTS[locale];
  return command
    .option(`${LIMIT_OPTIONS.maxLineChars} ${texts.countArgument}`, texts.maxLineLengthOption)
    .option(`${LIMIT_OPTIONS.maxCells} ${texts.countArgument}`, texts.maxCellsOption)
    .option(`${LIMIT_OPTIONS.maxInflatedBytes} ${texts.megabytesArgument}`, texts.maxUnzippedOption)
    .option(`${LIMIT_OPTIONS.maxFileBytes} ${texts.megabytesArgument}`, texts.maxFileOption);
}

/** The limits given on the command line (MB options in bytes); the others stay the defaults. */
export function readLimitsOptionsFrom(options: OptionValues): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  for (const { key, property, unit } of LIMIT_FLAGS) {
    const value = options[property] as string | undefined;
    if (value === undefined) continue;
    const trimmed = value.trim().replace(/[,_]/g, "");
    const number = /^\d+$/.test(trimmed) ? Number(trimmed) * unit : NaN;
    if (!(Number.isSafeInteger(number) && number > 0))
      throw cliError("invalidLimit", { option: LIMIT_OPTIONS[key], value }, true);
    limits[key] = number;
  }
  return limits;
}
