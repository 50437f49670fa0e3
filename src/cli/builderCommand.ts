/**
 * The CLI command of a registered builder module, derived from its description: an option per input
 * table (--<flag> <file>, and --<flag>-sheet for a workbook's sheet), an option per field, the shared
 * ones (--encoding, --skip-invalid, --map, --out, --force), and for a module with an export its option
 * plus --export <file.csv> (builderExport.ts). Fields are read by builders/fields.ts, tables by the one
 * input pipeline (readTabularFile), columns by the module's synonyms; the plan is the module's, written
 * with every formula's value cached: the values the module worked out when it gives them, else the
 * memory engine's (planToXlsx).
 */
import type { Command, OptionValues } from "commander";
import type { FieldSpec, RegisteredBuilder } from "../builders/builder";
import { fieldNamer, namingFields, readFields, type TypedFields } from "../builders/fields";
import { inputTable, missingInputError } from "../builders/inputTables";
import { readNoteLines } from "../builders/readNoteLines";
import { LocalizedError, type FolderTexts } from "../core/localizedError";
import { CLI_TEXTS } from "../i18n/cliTexts";
import { format, type Locale } from "../i18n/locale";
import { LIMIT_OPTIONS } from "../io/readLimits";
import { readTabularFile } from "../io/readTabularFile";
import { planToXlsx } from "../workbook/planToXlsx";
import { nodeGzip } from "../workbook/xlsx/nodeGzip";
import { writePlanToXlsx } from "../workbook/xlsx/writeXlsx";
import { addExportOptions, csvText, readCliExport, wroteExportLine } from "./builderExport";
import { LANG_OPTION } from "./cliLocale";
import type { CliCommand, CommandContext } from "./command";
import { displayWidth, padToWidth, renderTable } from "./textTable";
import { addOutputOptions, outputOptionsFrom, readOptionsFrom } from "./sharedOptions";

const EN = {
  fileArgument: "<file>",
  valueArgument: "<value>",
  sheetOption: "worksheet of the {input} workbook (default: the first visible sheet)",
  mapOption:
    'set columns by hand: "input.column=header,…", e.g. "{example}" (default: found by header)',
  defaultIs: "default: {value}",
  wrote: "Wrote {path}: {sheet}.",
  columns: "{input}: {columns}",
  note: "Note: {line}",
  warning: "Warning: {line}",
  badMap: 'Option --map: "{item}" should look like input.column=header.',
  unknownMapColumn: 'Option --map: "{item}" names no input column; they are: {columns}.',
  unknownHeader: 'Option --map: {input} has no column "{name}"; its columns: {headers}.',
  notFound: "(none)",
  sheetWithoutInput: "Option --{sheet} needs --{input}.",
  readOptionWithoutInput: "Option {option} needs an input file ({inputs}).",
};

const TEXTS: FolderTexts<keyof typeof EN> = {
  "en-US": EN,
  "zh-CN": {
    fileArgument: "<文件>",
    valueArgument: "<值>",
    sheetOption: "{input}工作簿中要读取的工作表（默认：第一个可见工作表）",
    mapOption: "手动指定列：“输入.列=表头,…”，如“{example}”（默认：按表头识别）",
    defaultIs: "默认：{value}",
    wrote: "已写入 {path}：{sheet}。",
    columns: "{input}：{columns}",
    note: "说明：{line}",
    warning: "注意：{line}",
    badMap: "选项 --map：“{item}”应写作 输入.列=表头。",
    unknownMapColumn: "选项 --map：“{item}”不是输入的列；可用：{columns}。",
    unknownHeader: "选项 --map：{input}中没有“{name}”列；现有的列：{headers}。",
    notFound: "（无）",
    sheetWithoutInput: "选项 --{sheet} 需要配合 --{input} 使用。",
    readOptionWithoutInput: "选项 {option} 需要输入文件（{inputs}）。",
  },
};

/** What a command reads from outside its command line, injectable so tests are deterministic. */
export interface BuilderCommandDependencies {
  /** Today, for defaults that depend on it (a fiscal year). */
  today?: () => Date;
}

/** Options every derived command or the program has: a module's flags must not take them. */
const SHARED_OPTIONS = [
  "--encoding",
  "--skip-invalid",
  "--map",
  "--out",
  "--force",
  "--help",
  LANG_OPTION,
  ...Object.values(LIMIT_OPTIONS),
];

/**
 * A module whose input, sheet or field flags collide with each other or with a shared option is a
 * programming mistake: commander would take one of the two silently, so it is refused at start.
 */
export function checkBuilderFlags(builder: RegisteredBuilder): void {
  const flags = [
    ...builder.inputs.flatMap((input) => [`--${input.flag}`, `--${sheetFlag(input)}`]),
    ...builder.fields.map((field) => `--${field.flag}`),
    ...(builder.actions ?? []).map((action) => `--${action.flag}`),
    ...(builder.export ? [`--${builder.export.flag}`, "--export"] : []),
  ];
  const taken = new Set(SHARED_OPTIONS);
  for (const flag of flags) {
    if (taken.has(flag))
      throw new Error(`Builder module "${builder.id}": the option ${flag} is used twice.`);
    taken.add(flag);
  }
}

export function builderCommand(
  builder: RegisteredBuilder,
  dependencies: BuilderCommandDependencies = {}
): CliCommand {
  checkBuilderFlags(builder);
  return {
    name: builder.id,
    define(command: Command, locale: Locale) {
      const texts = TEXTS[locale];
      const cli = CLI_TEXTS[locale];
      command.description(builder.texts[locale].description);
      for (const input of builder.inputs) {
        command.option(`--${input.flag} ${texts.fileArgument}`, input.hint[locale]);
        command.option(
          `--${sheetFlag(input)} ${cli.nameArgument}`,
          format(texts.sheetOption, { input: input.label[locale] })
        );
      }
      command
        .option(`--encoding ${cli.nameArgument}`, cli.encodingOption)
        .option("--skip-invalid", cli.skipInvalidOption)
        .option(
          `--map <input.column=header,…>`,
          format(texts.mapOption, { example: mapExample(builder) })
        );
      addFieldOptions(command, builder.fields, locale);
      for (const action of builder.actions ?? [])
        command.option(`--${action.flag}`, action.hint[locale]);
      if (builder.export) addExportOptions(command, builder.export, locale);
      addOutputOptions(command, locale);
    },
    async run(options: OptionValues, context: CommandContext) {
      const texts = TEXTS[context.locale];
      // An action prints and exits: nothing else is read or required (not even --out).
      const action = builder.actions?.find((candidate) => options[camel(candidate.flag)] === true);
      if (action) {
        const lines = renderTable(action.rows(context.locale), [...(action.align ?? [])]);
        for (const line of lines) context.print(line);
        return;
      }
      // Every option is checked before a file is read, and --out before the work.
      const values = readCliFields(builder, options);
      const exported = builder.export ? readCliExport(builder.export, options) : undefined;
      const { out, force } = outputOptionsFrom(options);
      const { encoding, skipInvalid } = readOptionsFrom(options);
      const map = mapFrom(builder, options.map as string | undefined);
      const output = await context.prepareOutput(out, force);
      const exportOutput = exported
        ? await context.prepareOutput(exported.path, force, {
            option: "--export",
            extension: "csv",
          })
        : undefined;
      const tables: Record<string, ReturnType<typeof inputTable> | undefined> = {};
      for (const input of builder.inputs) {
        const path = options[camel(input.flag)] as string | undefined;
        if (path === undefined) {
          if (input.required) throw missingInputError(input, context.locale);
          // A sheet of no file would be ignored: said, not silently dropped.
          if (options[camel(sheetFlag(input))] !== undefined)
            throw new LocalizedError(TEXTS, "sheetWithoutInput", {
              sheet: sheetFlag(input),
              input: input.flag,
            });
          continue;
        }
        const { bytes } = await context.readFile(path);
        const data =
          input.readFile?.({ name: path, bytes }) ??
          (await readTabularFile(bytes, path, {
            sheet: options[camel(sheetFlag(input))] as string | undefined,
            encoding,
            skipInvalid,
            limits: context.limits,
          }));
        tables[input.id] = inputTable(
          input,
          data,
          context.locale,
          chosenColumns(map[input.id] ?? {}, data.header, input.label[context.locale])
        );
      }
      // How files are read means nothing without one: said, not silently ignored.
      if (Object.keys(tables).length === 0) {
        const given = [
          ["--encoding", encoding !== undefined],
          ["--skip-invalid", skipInvalid],
        ].find(([, set]) => set);
        if (given)
          throw new LocalizedError(TEXTS, "readOptionWithoutInput", {
            option: given[0] as string,
            inputs: builder.inputs.map(({ flag }) => `--${flag}`).join(", "),
          });
      }
      const result = namingFields(cliNamer(builder), () =>
        builder.run({
          locale: context.locale,
          values,
          tables,
          skipInvalid,
          today: dependencies.today?.(),
        })
      );
      const written = result.computed
        ? await writePlanToXlsx(result.plan, result.computed, { gzip: nodeGzip })
        : await planToXlsx(result.plan);
      await output.write(written.buffer);
      const exportRows = exported ? result.exportRows!(exported.choice) : [];
      if (exportOutput) await exportOutput.write(new TextEncoder().encode(csvText(exportRows)));
      // Printed once the work succeeded: a failed run prints its one error line and nothing else.
      context.print(format(texts.wrote, { path: out, sheet: builder.texts[context.locale].name }));
      printSummary(result.summary ?? [], context);
      for (const input of builder.inputs) {
        const table = tables[input.id];
        if (!table) continue;
        const columns = input.columns
          .map(({ id, label }) => {
            const column = table.columns[id];
            return `${label[context.locale]} ← ${column === undefined ? texts.notFound : table.data.header[column]}`;
          })
          .join(context.locale === "zh-CN" ? "；" : "; ");
        context.print(format(texts.columns, { input: input.label[context.locale], columns }));
        for (const line of readNoteLines(table.data.notes, context.locale))
          context.print(format(texts.note, { line }));
      }
      for (const line of result.notes) context.print(format(texts.note, { line }));
      for (const line of result.warnings ?? []) context.print(format(texts.warning, { line }));
      if (exported)
        context.print(
          wroteExportLine(builder.export!, exported, exportRows.length - 1, context.locale)
        );
    },
  };
}

/** One option per field: --<flag> <argument>, its hint and its default. */
export function addFieldOptions(
  command: Command,
  fields: readonly FieldSpec[],
  locale: Locale
): void {
  const texts = TEXTS[locale];
  for (const field of fields) {
    const help = field.default
      ? `${field.hint[locale]} (${format(texts.defaultIs, { value: field.default })})`
      : field.hint[locale];
    const argument = field.argument?.[locale] ?? texts.valueArgument;
    command.option(field.kind === "flag" ? `--${field.flag}` : `--${field.flag} ${argument}`, help);
  }
}

/** The fields from commander's option values; a refusal names the field by its flag. */
export function readCliFields(builder: RegisteredBuilder, options: OptionValues) {
  const typed: TypedFields = Object.fromEntries(
    builder.fields.map((field) => [field.id, cliFieldValue(field.flag, options)])
  );
  return namingFields(cliNamer(builder), () => readFields(builder.fields, typed));
}

/** What commander holds for a field: a negated flag (--no-protect) is false under "protect" when given. */
function cliFieldValue(flag: string, options: OptionValues): string | boolean | undefined {
  if (flag.startsWith("no-")) return options[camel(flag.slice(3))] === false;
  return options[camel(flag)] as string | boolean | undefined;
}

/** Fields and inputs named as the CLI shows them: by their flags. */
export function cliNamer(builder: RegisteredBuilder): (id: string) => string {
  return fieldNamer([...builder.fields, ...builder.inputs], (spec) => `--${spec.flag}`);
}

/** The module's facts about the result, one per line, values aligned. */
function printSummary(summary: [string, string][], context: CommandContext): void {
  if (summary.length === 0) return;
  const width = Math.max(...summary.map(([label]) => displayWidth(label)));
  for (const [label, value] of summary) context.print(`${padToWidth(label, width)}  ${value}`);
}

/** --map "sales.sku=商品编码,stock.onHand=可用库存" → input id → column id → header name. */
function mapFrom(
  builder: RegisteredBuilder,
  map: string | undefined
): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  if (map === undefined) return result;
  const known = builder.inputs.flatMap((input) =>
    input.columns.map((column) => `${input.id}.${column.id}`)
  );
  for (const item of map
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([^=.]+)\.([^=]+)=(.+)$/.exec(item);
    if (!match) throw new LocalizedError(TEXTS, "badMap", { item });
    const [, input, column, header] = match.map((part) => part.trim());
    if (!known.includes(`${input}.${column}`))
      throw new LocalizedError(TEXTS, "unknownMapColumn", { item, columns: known.join(", ") });
    (result[input] ??= {})[column] = header;
  }
  return result;
}

/** --map's header names → columns of the table read (header names compare ignoring case). */
function chosenColumns(
  byHeader: Record<string, string>,
  header: readonly string[],
  input: string
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(byHeader).map(([column, name]) => {
      const index = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
      if (index < 0)
        throw new LocalizedError(TEXTS, "unknownHeader", {
          input,
          name,
          headers: header.map((h) => `"${h}"`).join(", "),
        });
      return [column, index];
    })
  );
}

function mapExample(builder: RegisteredBuilder): string {
  const input = builder.inputs[0];
  const column = input?.columns[0];
  return input && column ? `${input.id}.${column.id}=${column.synonyms[0] ?? column.id}` : "";
}

function sheetFlag(input: { flag: string; sheetFlag?: string }): string {
  return input.sheetFlag ?? `${input.flag}-sheet`;
}

/** commander's property name of an option: "service-level" → "serviceLevel". */
function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
