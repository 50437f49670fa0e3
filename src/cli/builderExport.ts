/**
 * A module's export on the command line (builder.ts's ExportSpec): `--<flag> <choice> --export FILE.csv`
 * writes one list the module hands out beside its plan (customers: the ids of one tier, for a CRM). The
 * choice is read as a choice field is; both options are checked before any file is read.
 */
import type { Command, OptionValues } from "commander";
import type { ExportSpec } from "../builders/builder";
import { FieldError, readField } from "../builders/fields";
import type { CellValue } from "../core/cellValue";
import { LocalizedError, type FolderTexts } from "../core/localizedError";
import { format, type Locale } from "../i18n/locale";

const EN = {
  valueArgument: "<value>",
  fileArgument: "<file>",
  exportOption: "CSV file to write the --{flag} list to (with a header line; UTF-8 with a BOM)",
  exportPair: "--{flag} and --export go together: give both, or neither.",
  wroteExport: "Wrote {path}: {count} rows ({choice}).",
};

const TEXTS: FolderTexts<keyof typeof EN> = {
  "en-US": EN,
  "zh-CN": {
    valueArgument: "<值>",
    fileArgument: "<文件>",
    exportOption: "把 --{flag} 的名单写入的 CSV 文件（含表头；UTF-8 带 BOM）",
    exportPair: "--{flag} 和 --export 需同时给出，或都不给。",
    wroteExport: "已写入 {path}：{count} 行（{choice}）。",
  },
};

/** The export's two options: what to export, and where. */
export function addExportOptions(command: Command, spec: ExportSpec, locale: Locale): void {
  const texts = TEXTS[locale];
  command
    .option(`--${spec.flag} ${texts.valueArgument}`, spec.hint[locale])
    .option(`--export ${texts.fileArgument}`, format(texts.exportOption, { flag: spec.flag }));
}

/** --<export flag> and --export, both or neither; the choice is read as a choice field, by its flag. */
export function readCliExport(
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

/** What the CLI prints once the list is written. */
export function wroteExportLine(
  spec: ExportSpec,
  exported: { choice: string; path: string },
  rows: number,
  locale: Locale
): string {
  const choice = spec.choices.find(({ value }) => value === exported.choice)!;
  return format(TEXTS[locale].wroteExport, {
    path: exported.path,
    count: rows,
    choice: choice.label[locale],
  });
}

/** RFC 4180 text with a BOM, so Excel opens Chinese ids as UTF-8; CRLF line ends. */
export function csvText(rows: readonly (readonly CellValue[])[]): string {
  const field = (value: CellValue) => {
    const text = value === null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
