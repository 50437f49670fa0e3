/**
 * The CLI command of a registered builder module, derived from its description: an option per input
 * table (--<flag> <file>, and --<flag>-sheet for a workbook's sheet), an option per field, the shared
 * ones (--encoding, --skip-invalid, --map, --out, --force), and for a module with an export its option
 * plus --export <file.csv>. Fields are read by builders/fields.ts, tables by the one input pipeline
 * (readTabularFile), columns by the module's synonyms; the plan is the module's, written with every
 * formula's value cached: the values the module worked out when it gives them, else the memory engine's
 * (planToXlsx).
 */
import type { Command, OptionValues } from "commander";
import type { ExportSpec, RegisteredBuilder } from "../builders/builder";
import { FieldError, readField, readFields, type TypedFields } from "../builders/fields";
import type { CellValue } from "../core/cellValue";
import { inputTable, missingInputError } from "../builders/inputTables";
import { readNoteLines } from "../builders/readNoteLines";
import { LocalizedError, type FolderTexts } from "../core/localizedError";
import { CLI_TEXTS } from "../i18n/cliTexts";
import { format, type Locale } from "../i18n/locale";
import { readTabularFile } from "../io/readTabularFile";
import { planToXlsx } from "../workbook/planToXlsx";
import { nodeGzip } from "../workbook/xlsx/nodeGzip";
import { writePlanToXlsx } from "../workbook/xlsx/writeXlsx";
import type { CliCommand, CommandContext } from "./command";
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
  badMap: 'Option --map: "{item}" should look like input.column=header.',
  unknownMapColumn: 'Option --map: "{item}" names no input column; they are: {columns}.',
  unknownHeader: 'Option --map: {input} has no column "{name}"; its columns: {headers}.',
  notFound: "(none)",
  exportOption: "CSV file to write the --{flag} list to (with a header line; UTF-8 with a BOM)",
  exportPair: "--{flag} and --export go together: give both, or neither.",
  wroteExport: "Wrote {path}: {count} rows ({choice}).",
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
    badMap: "选项 --map：“{item}”应写作 输入.列=表头。",
    unknownMapColumn: "选项 --map：“{item}”不是输入的列；可用：{columns}。",
    unknownHeader: "选项 --map：{input}中没有“{name}”列；现有的列：{headers}。",
    notFound: "（无）",
    exportOption: "把 --{flag} 的名单写入的 CSV 文件（含表头；UTF-8 带 BOM）",
    exportPair: "--{flag} 和 --export 需同时给出，或都不给。",
    wroteExport: "已写入 {path}：{count} 行（{choice}）。",
  },
};

export function builderCommand(builder: RegisteredBuilder): CliCommand {
  return {
    name: builder.id,
    define(command: Command, locale: Locale) {
      const texts = TEXTS[locale];
      const cli = CLI_TEXTS[locale];
      command.description(builder.texts[locale].description);
      for (const input of builder.inputs) {
        command.option(`--${input.flag} ${texts.fileArgument}`, input.hint[locale]);
        command.option(
          `--${input.flag}-sheet ${cli.nameArgument}`,
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
      for (const field of builder.fields) {
        const help = field.default
          ? `${field.hint[locale]} (${format(texts.defaultIs, { value: field.default })})`
          : field.hint[locale];
        command.option(
          field.kind === "flag" ? `--${field.flag}` : `--${field.flag} ${texts.valueArgument}`,
          help
        );
      }
      if (builder.export)
        command
          .option(`--${builder.export.flag} ${texts.valueArgument}`, builder.export.hint[locale])
          .option(
            `--export ${texts.fileArgument}`,
            format(texts.exportOption, { flag: builder.export.flag })
          );
      addOutputOptions(command, locale);
    },
    async run(options: OptionValues, context: CommandContext) {
      const texts = TEXTS[context.locale];
      // Every option is checked before a file is read, and --out before the work.
      const values = readCliFields(builder, options);
      const { out, force } = outputOptionsFrom(options);
      const { encoding, skipInvalid } = readOptionsFrom(options);
      const map = mapFrom(builder, options.map as string | undefined);
      const exported = builder.export ? readCliExport(builder.export, options) : undefined;
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
          continue;
        }
        const { bytes } = await context.readFile(path);
        const data = await readTabularFile(bytes, path, {
          sheet: options[camel(`${input.flag}-sheet`)] as string | undefined,
          encoding,
          skipInvalid,
          limits: context.limits,
        });
        tables[input.id] = inputTable(
          input,
          data,
          context.locale,
          chosenColumns(map[input.id] ?? {}, data.header, input.label[context.locale])
        );
      }
      const result = builder.run({ locale: context.locale, values, tables, skipInvalid });
      const written = result.computed
        ? await writePlanToXlsx(result.plan, result.computed, { gzip: nodeGzip })
        : await planToXlsx(result.plan);
      await output.write(written.buffer);
      const exportRows = exported ? result.exportRows!(exported.choice) : [];
      if (exportOutput) await exportOutput.write(new TextEncoder().encode(csvText(exportRows)));
      // Printed once the work succeeded: a failed run prints its one error line and nothing else.
      context.print(format(texts.wrote, { path: out, sheet: builder.texts[context.locale].name }));
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
      if (exported) {
        const choice = builder.export!.choices.find(({ value }) => value === exported.choice)!;
        context.print(
          format(texts.wroteExport, {
            path: exported.path,
            count: exportRows.length - 1,
            choice: choice.label[context.locale],
          })
        );
      }
    },
  };
}

/** The fields from commander's option values; a field's error names it by its flag. */
function readCliFields(builder: RegisteredBuilder, options: OptionValues) {
  const typed: TypedFields = Object.fromEntries(
    builder.fields.map((field) => [
      field.id,
      options[camel(field.flag)] as string | boolean | undefined,
    ])
  );
  try {
    return readFields(builder.fields, typed);
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    const field = builder.fields.find(({ id }) => id === error.field)!;
    throw error.withField(`--${field.flag}`);
  }
}

/** --<export flag> and --export, both or neither; the choice is read as a choice field, by its flag. */
function readCliExport(
  spec: ExportSpec,
  options: OptionValues
): { choice: string; path: string } | undefined {
  const typed = options[camel(spec.flag)] as string | undefined;
  const path = options.export as string | undefined;
  if (typed === undefined && path === undefined) return undefined;
  if (typed === undefined || path === undefined)
    throw new LocalizedError(TEXTS, "exportPair", { flag: spec.flag });
  try {
    const choice = readField(
      {
        id: spec.flag,
        kind: "choice",
        flag: spec.flag,
        label: spec.hint,
        hint: spec.hint,
        choices: spec.choices,
        required: true,
      },
      typed
    ) as string;
    return { choice, path };
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    throw error.withField(`--${spec.flag}`);
  }
}

/** RFC 4180 text with a BOM, so Excel opens Chinese ids as UTF-8; CRLF line ends. */
export function csvText(rows: readonly (readonly CellValue[])[]): string {
  const field = (value: CellValue) => {
    const text = value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
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

/** commander's property name of an option: "service-level" → "serviceLevel". */
function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
