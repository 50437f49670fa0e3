/**
 * `ops-planner report --input <file> --out <file.xlsx>`: the operating report (经营报表) from a platform
 * export. Columns are detected by header (printed, so the user can check them; --map overrides); the
 * rows are read in one pass into per-day sums. The workbook holds live SUMIFS formulas over a normalised
 * data sheet by default, or values only with --values. Formula results are cached from the values twin of
 * the report (reportComputedValues), not from the memory adapter, so large files stay fast.
 */
import type { OptionValues } from "commander";
import {
  detectReportColumns,
  DIMENSION_FIELDS,
  FIELD_LABELS,
  planReport,
  REPORT_FIELDS,
  REPORT_GRAINS,
  REPORT_TEXTS,
  rowList,
  startReport,
  type ReportField,
  type ReportMapping,
} from "../../builders/report";
import { normaliseHeader } from "../../table/detectColumns";
import { serialToIsoDate, type Grain } from "../../core/calendar";
import { parseRangeDate } from "../../builders/report/reportRange";
import { format, type Locale } from "../../i18n/locale";
import { reportComputedValues } from "../../builders/report/reportComputedValues";
import { readNoteLines } from "../../builders/readNoteLines";
import { nodeGzip } from "../../workbook/xlsx/nodeGzip";
import { writePlanToXlsx } from "../../workbook/xlsx/writeXlsx";
import type { CliCommand, CommandContext } from "../command";
import { CliUserError } from "../cliUserError";
import { readReportInput } from "../reportReadLoop";
import {
  addInputOptions,
  addOutputOptions,
  inputOptionsFrom,
  outputOptionsFrom,
} from "../sharedOptions";

const EN = {
  description:
    "Build an operating report (经营报表) from a platform export: UV, orders, GMV, conversion, AOV, ROI … by period, with subtotals, MoM and YoY.",
  byOption:
    "break down by one or two columns, outer first: header names or channel, store, category, product (default: none)",
  grainOption: "period of each column: day, week (ISO), month or quarter (default: month)",
  fromOption:
    "first date of the report, e.g. 2025-01-01 or 2025-01 (default: the first date in the data)",
  toOption: "last date of the report (default: the last date in the data)",
  valuesOption: "write values only (a snapshot) instead of live SUMIFS formulas",
  mapOption:
    'set columns by hand, e.g. "gmv=成交金额,uv=访客数(人)"; fields: ' + REPORT_FIELDS.join(", "),
  dashboardOption:
    "also add the daily dashboard (核心指标看板): the latest day against the day before and the same day last week, month to date against the month's target",
  dateArgument: "<date>",
  columnsArgument: "<columns>",
  grainArgument: "<grain>",
  mappingArgument: "<field=column,…>",
  columnsFound: "Columns:",
  notFound: "(none)",
  unknownColumn: 'Option {option}: the file has no column "{name}"; its columns are: {columns}.',
  unknownField: 'Option --map: unknown field "{field}"; the fields are: {fields}.',
  badMapping: 'Option --map: "{item}" should look like field=column.',
  badDate: 'Option {option}: "{value}" is not a date; write it year first, e.g. 2025-01-03.',
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
};

const ZH: Record<keyof typeof EN, string> = {
  description:
    "根据平台导出数据生成经营报表：按期间统计访客数、订单数、支付金额、转化率、客单价、投产比等，含小计、环比和同比。",
  byOption:
    "按一到两列细分（外层在前）：表头名称，或 channel、store、category、product（默认：不细分）",
  grainOption:
    "每列的期间：day（日）、week（ISO 周）、month（月）或 quarter（季度）（默认：month）",
  fromOption: "报表开始日期，如 2025-01-01 或 2025-01（默认：数据中最早的日期）",
  toOption: "报表结束日期（默认：数据中最晚的日期）",
  valuesOption: "只写入数值（快照），不写 SUMIFS 实时公式",
  mapOption: '手动指定列，如 "gmv=成交金额,uv=访客数(人)"；字段：' + REPORT_FIELDS.join("、"),
  dashboardOption: "同时生成核心指标看板：最新一天对比前一日和上周同日，本月累计对比本月目标",
  dateArgument: "<日期>",
  columnsArgument: "<列>",
  grainArgument: "<粒度>",
  mappingArgument: "<字段=列,…>",
  columnsFound: "识别的列：",
  notFound: "（无）",
  unknownColumn: "选项 {option}：文件中没有“{name}”列；现有的列：{columns}。",
  unknownField: "选项 --map：未知字段“{field}”；可用字段：{fields}。",
  badMapping: "选项 --map：“{item}”应写作 字段=列。",
  badDate: "选项 {option}：“{value}”不是日期；请按年在前的格式书写，如 2025-01-03。",
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
};

type ReportCliTexts = typeof EN;
const TEXTS: Record<Locale, ReportCliTexts> = { "en-US": EN, "zh-CN": ZH };
const GRAIN_NAMES: Record<Locale, Record<Grain, string>> = {
  "en-US": { day: "day", week: "week", month: "month", quarter: "quarter" },
  "zh-CN": { day: "日", week: "周", month: "月", quarter: "季度" },
};

export const reportCommand: CliCommand = {
  name: "report",
  define(command, locale) {
    const texts = TEXTS[locale];
    addInputOptions(command.description(texts.description), locale);
    command
      .option(`--by ${texts.columnsArgument}`, texts.byOption)
      .option(`--grain ${texts.grainArgument}`, texts.grainOption)
      .option(`--from ${texts.dateArgument}`, texts.fromOption)
      .option(`--to ${texts.dateArgument}`, texts.toOption)
      .option("--values", texts.valuesOption)
      .option(`--map ${texts.mappingArgument}`, texts.mapOption)
      .option("--dashboard", texts.dashboardOption);
    addOutputOptions(command, locale);
  },
  async run(options: OptionValues, context: CommandContext) {
    const texts = TEXTS[context.locale];
    // Every option is checked before the (possibly long) read, and --out before the work.
    const { skipInvalid } = inputOptionsFrom(options);
    const grain = grainFrom(options.grain as string | undefined);
    const from = dateOption(options.from as string | undefined, "--from", "start");
    const to = dateOption(options.to as string | undefined, "--to", "end");
    const { out, force } = outputOptionsFrom(options);
    const output = await context.prepareOutput(out, force);

    let mapping: ReportMapping = {} as ReportMapping;
    let by: number[] = [];
    let warnings: ReturnType<typeof startReport>["warnings"] = [];
    const baseOptions = {
      locale: context.locale,
      grain,
      from,
      to,
      values: options.values === true,
      dashboard: options.dashboard === true,
      skipInvalid,
    };
    // One pass from the file into the accumulator (reportReadLoop.ts).
    const table = await readReportInput(context, options, (header) => {
      mapping = mappingFrom(header, options.map as string | undefined);
      by = byFrom(header, mapping, options.by as string | undefined);
      const started = startReport(
        header,
        { kind: "file", name: out },
        {
          ...baseOptions,
          mapping,
          by,
        }
      );
      warnings = started.warnings;
      return started.accumulator;
    });
    const { data } = table;
    const reportOptions = { ...baseOptions, mapping, by, readNotes: table.notes };
    const result = planReport(
      data,
      table.source,
      { kind: "file", name: table.source },
      reportOptions,
      warnings
    );
    // A live report caches the numbers of its values twin rather than evaluating every SUMIFS again.
    const computed = reportOptions.values
      ? undefined
      : reportComputedValues(
          result.plan,
          planReport(
            data,
            table.source,
            { kind: "file", name: table.source },
            { ...reportOptions, values: true }
          ).plan
        );
    const { buffer } = await writePlanToXlsx(result.plan, computed, {
      gzip: nodeGzip,
      // The data sheet's block starts with its header row: the user counts data rows.
      onRowsWritten: (rows) => context.progress?.("rowsWritten", rows - 1),
    });
    context.progress?.("done", 0);
    await output.write(buffer);
    // Printed once the work succeeded: a failed run prints its one error line and nothing else.
    printMapping(context, table.header, mapping, texts);
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
        grain: GRAIN_NAMES[context.locale][grain ?? "month"],
        metrics: result.metrics.length,
        rows: result.rowCount.toLocaleString("en-US"),
        mode: reportOptions.values ? texts.values : texts.live,
      })
    );
    if (reportOptions.dashboard)
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

function grainFrom(value: string | undefined): Grain | undefined {
  if (value === undefined) return undefined;
  const grain = value.trim().toLowerCase() as Grain;
  if (!REPORT_GRAINS.includes(grain))
    throw new CliUserError(
      (locale) =>
        format(
          locale === "zh-CN"
            ? "选项 {option} 不接受“{value}”；可用：{choices}。"
            : 'Option {option} does not accept "{value}"; use one of: {choices}.',
          { option: "--grain", value, choices: REPORT_GRAINS.join(", ") }
        ),
      true
    );
  return grain;
}

/** A year-first date; a month alone means its first day (--from) or its last (--to). */
function dateOption(
  value: string | undefined,
  option: string,
  edge: "start" | "end"
): number | undefined {
  if (value === undefined) return undefined;
  const serial = parseRangeDate(value, edge);
  if (serial === undefined) throw usageError((texts) => format(texts.badDate, { option, value }));
  return serial;
}

/** Detected columns, with --map's "field=column" pairs on top (column by header name, ignoring case). */
function mappingFrom(header: readonly string[], map: string | undefined): ReportMapping {
  const mapping: ReportMapping = detectReportColumns(header);
  if (map === undefined) return mapping;
  for (const item of map
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([^=]+)=(.*)$/.exec(item);
    if (!match) throw usageError((texts) => format(texts.badMapping, { item }));
    const field = match[1].trim().toLowerCase() as ReportField;
    if (!REPORT_FIELDS.includes(field))
      throw usageError((texts) =>
        format(texts.unknownField, { field: match[1], fields: REPORT_FIELDS.join(", ") })
      );
    const name = match[2].trim();
    mapping[field] = name === "" ? null : columnByName(header, name, "--map");
  }
  return mapping;
}

function byFrom(
  header: readonly string[],
  mapping: ReportMapping,
  by: string | undefined
): number[] {
  if (by === undefined) return [];
  return by
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((name) => {
      const field = name.toLowerCase() as (typeof DIMENSION_FIELDS)[number];
      const mapped = DIMENSION_FIELDS.includes(field) ? mapping[field] : undefined;
      if (
        mapped !== undefined &&
        mapped !== null &&
        !header.some((h) => normaliseHeader(h) === normaliseHeader(name))
      )
        return mapped;
      return columnByName(header, name, "--by");
    });
}

function columnByName(header: readonly string[], name: string, option: string): number {
  const wanted = normaliseHeader(name);
  const column = header.findIndex((h) => normaliseHeader(h) === wanted);
  if (column < 0)
    throw usageError((texts) =>
      format(texts.unknownColumn, { option, name, columns: header.map((h) => `"${h}"`).join(", ") })
    );
  return column;
}

function printMapping(
  context: CommandContext,
  header: readonly string[],
  mapping: ReportMapping,
  texts: ReportCliTexts
): void {
  const labels = FIELD_LABELS[context.locale];
  const found = REPORT_FIELDS.map((field) => {
    const column = mapping[field];
    return `${labels[field]} ← ${column === null || column === undefined ? texts.notFound : header[column]}`;
  });
  context.print(`${texts.columnsFound} ${found.join(context.locale === "zh-CN" ? "；" : "; ")}`);
}
