/**
 * `ops-planner report --input <file> --out <file.xlsx>`: the operating report (经营报表) from a platform
 * export, as the report builder module describes it (src/builders/report/reportModule.ts). Columns are
 * detected by the module's synonyms (printed, so the user can check them; --map overrides); the
 * rows are read in one pass into per-day sums. The workbook holds live SUMIFS formulas over a normalised
 * data sheet by default, or values only with --values. Formula results are cached from the values twin of
 * the report (reportComputedValues), not from the memory adapter, so large files stay fast.
 */
import type { OptionValues } from "commander";
import {
  FIELD_LABELS,
  planReport,
  REPORT_FIELDS,
  REPORT_INPUT,
  REPORT_TEXTS,
  reportBuilder,
  reportOptionsFor,
  rowList,
  startReport,
  type ReportOptions,
} from "../../builders/report";
import { namingFields } from "../../builders/fields";
import { detectInputColumns } from "../../builders/inputTables";
import { serialToIsoDate } from "../../core/calendar";
import { format, type Locale } from "../../i18n/locale";
import { reportComputedValues } from "../../builders/report/reportComputedValues";
import { columnNamed } from "../../builders/report/reportModule";
import { readNoteLines } from "../../builders/readNoteLines";
import { nodeGzip } from "../../workbook/xlsx/nodeGzip";
import { writePlanToXlsx } from "../../workbook/xlsx/writeXlsx";
import { addFieldOptions, cliNamer, readCliFields } from "../builderCommand";
import type { CliCommand, CommandContext } from "../command";
import { CliUserError } from "../cliUserError";
import { readReportInput } from "../reportReadLoop";
import {
  addInputOptions,
  addOutputOptions,
  inputOptionsFrom,
  outputOptionsFrom,
} from "../sharedOptions";

/** What only the CLI says: --map's own syntax, the columns found, the rows read. Fields: the module's texts. */
const EN = {
  mapOption:
    'set columns by hand, e.g. "gmv=成交金额,uv=访客数(人)"; fields: ' + REPORT_FIELDS.join(", "),
  mappingArgument: "<field=column,…>",
  columnsFound: "Columns:",
  notFound: "(none)",
  unknownColumn: 'Option {option}: the file has no column "{name}"; its columns are: {columns}.',
  unknownField: 'Option --map: unknown field "{field}"; the fields are: {fields}.',
  badMapping: 'Option --map: "{item}" should look like field=column.',
  warningDuplicate: 'Warning: the header "{name}" is used by columns {columns}.',
  issue: "Warning: {count} rows in column “{column}”: {what} (rows {rows}).",
  note: "Note: {line}",
  unreadableDate: "unreadable date, left out",
  missingDate: "no date, left out",
  monthOnlyDate: "date gives only a month, left out at this grain",
  unreadableAmount: "not a number, left out",
  unwritableText: "text a workbook cannot store, left out",
  wrote: "Wrote {path}: {periods} {grain} periods × {metrics} metrics, {rows} rows read ({mode}).",
  live: "live formulas",
  values: "values only",
  dashboardWrote: "Daily dashboard for {date} in the sheet “{sheet}”.",
  day: "day",
  week: "week",
  month: "month",
  quarter: "quarter",
};

const ZH: Record<keyof typeof EN, string> = {
  mapOption: '手动指定列，如 "gmv=成交金额,uv=访客数(人)"；字段：' + REPORT_FIELDS.join("、"),
  mappingArgument: "<字段=列,…>",
  columnsFound: "识别的列：",
  notFound: "（无）",
  unknownColumn: "选项 {option}：文件中没有“{name}”列；现有的列：{columns}。",
  unknownField: "选项 --map：未知字段“{field}”；可用字段：{fields}。",
  badMapping: "选项 --map：“{item}”应写作 字段=列。",
  warningDuplicate: "注意：表头“{name}”在第 {columns} 列重复出现。",
  issue: "注意：“{column}”列有 {count} 行{what}（第 {rows} 行）。",
  note: "说明：{line}",
  unreadableDate: "日期无法识别，未计入",
  missingDate: "没有日期，未计入",
  monthOnlyDate: "日期只到月份，此粒度下未计入",
  unreadableAmount: "不是数字，未计入",
  unwritableText: "文本无法存入工作簿，未计入",
  wrote: "已写入 {path}：{periods} 个{grain}期间 × {metrics} 个指标，读取 {rows} 行（{mode}）。",
  live: "实时公式",
  values: "仅数值",
  dashboardWrote: "核心指标看板（{date}）在工作表“{sheet}”中。",
  day: "日",
  week: "周",
  month: "月",
  quarter: "季度",
};

type ReportCliTexts = typeof EN;
const TEXTS: Record<Locale, ReportCliTexts> = { "en-US": EN, "zh-CN": ZH };

/**
 * The report module's command: its input and fields as options (--input, --sheet, --by, --then-by,
 * --grain, --from, --to, --values, --dashboard), read by the module's own field rules. It is not the
 * generic builderCommand because the source is read in one pass straight into the report's sums
 * (reportReadLoop.ts: a million-row file is never held as rows), and the live workbook caches its values
 * from the report's values twin rather than evaluating every formula.
 */
export const reportCommand: CliCommand = {
  name: reportBuilder.id,
  define(command, locale) {
    const texts = TEXTS[locale];
    addInputOptions(command.description(reportBuilder.texts[locale].description), locale);
    addFieldOptions(command, reportBuilder.fields, locale);
    command.option(`--map ${texts.mappingArgument}`, texts.mapOption);
    addOutputOptions(command, locale);
  },
  async run(options: OptionValues, context: CommandContext) {
    const texts = TEXTS[context.locale];
    // Every option is checked before the (possibly long) read, and --out before the work.
    const { skipInvalid } = inputOptionsFrom(options);
    const values = readCliFields(reportBuilder, options);
    const { out, force } = outputOptionsFrom(options);
    const output = await context.prepareOutput(out, force);

    let reportOptions: ReportOptions | undefined;
    let warnings: ReturnType<typeof startReport>["warnings"] = [];
    // One pass from the file into the accumulator (reportReadLoop.ts); the options come from the header.
    const table = await readReportInput(context, options, (header) => {
      const columns = columnsFrom(header, options.map as string | undefined);
      reportOptions = namingFields(cliNamer(reportBuilder), () =>
        reportOptionsFor({ locale: context.locale, values, skipInvalid }, header, columns)
      );
      const started = startReport(header, { kind: "file", name: out }, reportOptions);
      warnings = started.warnings;
      return started.accumulator;
    });
    const { data } = table;
    const source = { kind: "file", name: table.source } as const;
    const finalOptions = { ...reportOptions!, readNotes: table.notes };
    const result = planReport(data, table.source, source, finalOptions, warnings);
    // A live report caches the numbers of its values twin rather than evaluating every SUMIFS again.
    const computed = finalOptions.values
      ? undefined
      : reportComputedValues(
          result.plan,
          planReport(data, table.source, source, { ...finalOptions, values: true }).plan
        );
    const { buffer } = await writePlanToXlsx(result.plan, computed, {
      gzip: nodeGzip,
      // The data sheet's block starts with its header row: the user counts data rows.
      onRowsWritten: (rows) => context.progress?.("rowsWritten", rows - 1),
    });
    context.progress?.("done", 0);
    await output.write(buffer);
    // Printed once the work succeeded: a failed run prints its one error line and nothing else.
    printMapping(context, table.header, finalOptions.mapping, texts);
    for (const warning of result.warnings)
      context.print(
        format(texts.warningDuplicate, {
          name: warning.name,
          columns: warning.columns.map((c) => c + 1).join(", "),
        })
      );
    for (const line of readNoteLines(table.notes, context.locale))
      context.print(format(texts.note, { line }));
    for (const issue of result.issues)
      context.print(
        format(texts.issue, {
          count: issue.count,
          column: issue.header,
          what: texts[issue.kind],
          rows: rowList(issue, context.locale),
        })
      );
    context.print(
      format(texts.wrote, {
        path: out,
        periods: result.periods.length,
        grain: texts[finalOptions.grain ?? "month"],
        metrics: result.metrics.length,
        rows: result.rowCount.toLocaleString("en-US"),
        mode: finalOptions.values ? texts.values : texts.live,
      })
    );
    if (finalOptions.dashboard)
      context.print(
        format(texts.dashboardWrote, {
          date: serialToIsoDate(data.lastDate!),
          sheet: REPORT_TEXTS[context.locale].dashboardSheetName,
        })
      );
  },
};

function usageError(render: (texts: ReportCliTexts) => string): CliUserError {
  return new CliUserError((locale) => render(TEXTS[locale]), true);
}

/**
 * The columns found by the report input's synonyms (the panel's detection), with --map's
 * "field=column" pairs on top (a column by its header, ignoring case; "field=" for none).
 */
function columnsFrom(
  header: readonly string[],
  map: string | undefined
): Record<string, number | undefined> {
  const columns = detectInputColumns(REPORT_INPUT, header);
  if (map === undefined) return columns;
  for (const item of map
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([^=]+)=(.*)$/.exec(item);
    if (!match) throw usageError((texts) => format(texts.badMapping, { item }));
    const field = match[1].trim().toLowerCase();
    if (!(REPORT_FIELDS as readonly string[]).includes(field))
      throw usageError((texts) =>
        format(texts.unknownField, { field: match[1], fields: REPORT_FIELDS.join(", ") })
      );
    const name = match[2].trim();
    columns[field] = name === "" ? undefined : columnByName(header, name);
  }
  return columns;
}

function columnByName(header: readonly string[], name: string): number {
  const column = columnNamed(header, name);
  if (column === undefined)
    throw usageError((texts) =>
      format(texts.unknownColumn, {
        option: "--map",
        name,
        columns: header.map((h) => `"${h}"`).join(", "),
      })
    );
  return column;
}

function printMapping(
  context: CommandContext,
  header: readonly string[],
  mapping: ReportOptions["mapping"],
  texts: ReportCliTexts
): void {
  const labels = FIELD_LABELS[context.locale];
  const found = REPORT_FIELDS.map((field) => {
    const column = mapping[field];
    return `${labels[field]} ← ${column === null || column === undefined ? texts.notFound : header[column]}`;
  });
  context.print(`${texts.columnsFound} ${found.join(context.locale === "zh-CN" ? "；" : "; ")}`);
}
