/**
 * `ops-planner targets --annual <amount> --out <file.xlsx>`: a target decomposition workbook (annual target
 * spread to quarters, months, weeks or days and to members, with tiers and drivers), optionally seasoned
 * by a history file. Options are all checked before anything is read or built, so a typo fails at once.
 */
import type { Command, OptionValues } from "commander";
import { readTargetHistory, type TargetHistoryResult } from "../../builders/targets/targetHistory";
import { buildTargetsPlan } from "../../builders/targets/targetsPlan";
import { TargetsInputError } from "../../builders/targets/targetsTexts";
import {
  TARGET_GRAINS,
  type TargetGrain,
  type TargetMetric,
  type TargetsOptions,
} from "../../builders/targets/targetsOptions";
import {
  DEFAULT_BASE,
  DEFAULT_CHALLENGE,
  defaultFiscalYear,
  parseFiscalYear,
  parseTargetAmount,
  nearestMultiples,
  parseTier,
} from "../../builders/targets/targetsFields";
import type { WeekStart } from "../../core/calendar";
import { parseRatioText } from "../../core/parseNumberText";
import { MIN_MONTHS_FOR_MOVING_AVERAGE, type SeasonalMethod } from "../../core/seasonality";
import { CLI_TEXTS } from "../../i18n/cliTexts";
import { format, type Locale } from "../../i18n/locale";
import { readTabularFile } from "../../io/readTabularFile";
import { planToXlsx } from "../../workbook/planToXlsx";
import type { CliCommand, CommandContext } from "../command";
import { CliUserError, cliError } from "../cliUserError";
import { displayWidth, padToWidth } from "../textTable";
import { addOutputOptions, inputOptionsFrom, outputOptionsFrom } from "../sharedOptions";

const EN = {
  description:
    "Build a target decomposition workbook: the annual target spread to quarters, months (or weeks, days) and members, with seasonality, base and challenge tiers and the GMV driver tree.",
  amountArgument: "<amount>",
  ratioArgument: "<ratio>",
  monthArgument: "<month>",
  yearArgument: "<year>",
  columnArgument: "<column>",
  namesArgument: "<names>",
  choiceArgument: "<choice>",
  annualOption:
    "annual target of the target tier, > 0; 39000000, 39,000,000, 3.9e7 and 3900万 are the same (required)",
  historyOption:
    "sales history (.csv, .tsv, .txt, .xlsx or .xls): a date or month column (日期/月份/date/month), an amount column (销售额/支付金额/GMV/sales/amount), optionally 访客数/UV and 支付订单数/orders for conversion and AOV",
  byOption:
    "history column to split the target by (channel, store, category …), e.g. 渠道 or channel (needs --history)",
  membersOption:
    'members to split the target over equally, comma separated, e.g. "Tmall,JD,Douyin" (without --by)',
  grainOption: "periods of the grid: month, week or day (default: month)",
  weekStartOption:
    "first day of a week for --grain week: monday (ISO weeks) or sunday (default: monday)",
  roundOption:
    "rounding unit: every part is a multiple of it and the parts still add up to the target, e.g. 1, 100, 1000, 10000; --annual must be a multiple (default: 1)",
  baseOption:
    "base tier as a share of the target, 0.8, 80% or 80; above 0, at most 100% (default: 80%)",
  challengeOption:
    "challenge tier as a share of the target, 1.2, 120% or 120; from 100% to 500% (default: 120%)",
  fiscalStartOption: "month the fiscal year starts in: 1–12 or a name such as apr (default: 1)",
  yearOption:
    "fiscal year to plan, named by the calendar year it ends in (default: the year after the history's last fiscal year; without history, the current one)",
  seasonalityOption:
    "monthly seasonality: prior-year, average (of the history years' shares), moving-average (ratio to a centred 12-month moving average, 24+ months of history) or equal (default: prior-year with --history, else equal)",
  metricOption:
    "what the target measures, for labels and formats: gmv, profit or new-customers (default: gmv)",
  sheetOption: "worksheet of an .xlsx or .xls --history file (default: the first visible sheet)",
  encodingOption:
    "text encoding of a CSV --history file: utf-8 or gb18030 (gbk also accepted) (default: detected)",

  badAmount:
    'Option {option} needs an amount greater than 0, such as 39000000, 39,000,000, 3.9e7 or 3900万; got "{value}".',
  notMultiple: "--annual {annual} is not a multiple of --round {unit}; use {below} or {above}.",
  badRatio: 'Option {option} needs a ratio such as {example}: {range}; got "{value}".',
  baseRange: "above 0 and at most 100%",
  challengeRange: "from 100% to 500%",
  badMonth:
    'Option --fiscal-start needs a month from 1 to 12 (or a name such as apr); got "{value}".',
  badYear: 'Option --year needs a year from 1901 to 9998, such as 2026; got "{value}".',
  needsHistory: "Option {option} needs --history.",
  seasonalityNeedsHistory: "--seasonality {value} needs --history; without history use equal.",
  byAndMembers: "Use either --by (members from the history) or --members, not both.",
  badMembers: 'Option --members needs member names separated by commas; got "{value}".',
  duplicateMember: 'Option --members names "{name}" more than once.',
  historyWithoutWholeYear:
    "Seasonality {method} (prior-year is the default with --history) needs a whole calendar year of history, January to December, but the history runs from {first} to {last}. Add the missing months, or use --seasonality equal.",
  historyTooShortForMovingAverage:
    "Seasonality {method} needs at least {min} months of history, but the history has {months} ({first} to {last}). Use --seasonality prior-year or average.",

  written: "Wrote {path}",
  sheet: "Sheet:",
  annual: "Annual target:",
  tiers: "Tiers:",
  tiersValue: "base {base}, challenge {challenge}",
  fiscalYear: "Fiscal year:",
  fiscalYearValue: "FY{year} ({first} to {last})",
  grain: "Grain:",
  grainValue: { month: "month", week: "week ({weekStart} start)", day: "day" } as Record<
    TargetGrain,
    string
  >,
  weekStart: { monday: "Monday", sunday: "Sunday" } as Record<WeekStart, string>,
  rounding: "Rounding unit:",
  history: "History:",
  historyValue: "{file}, {first} to {last} (columns: {columns})",
  members: "Members:",
  noMembers: "one total",
  notes: "Notes:",
};

type TargetsCliTexts = typeof EN;

const ZH: TargetsCliTexts = {
  description:
    "生成目标拆解工作簿：将年度目标拆解到季度、月（或周、日）和各成员，含季节性、基础/挑战目标和销售额驱动拆解。",
  amountArgument: "<金额>",
  ratioArgument: "<比例>",
  monthArgument: "<月份>",
  yearArgument: "<年份>",
  columnArgument: "<列名>",
  namesArgument: "<名称>",
  choiceArgument: "<取值>",
  annualOption: "目标档的年度目标，大于 0；39000000、39,000,000、3.9e7 和 3900万 含义相同（必填）",
  historyOption:
    "历史销售数据（.csv、.tsv、.txt、.xlsx 或 .xls）：日期或月份列（日期/月份/date/month）、金额列（销售额/支付金额/GMV/sales/amount），可选 访客数/UV 和 支付订单数/orders 用于转化率和客单价",
  byOption:
    "按历史数据中的哪一列拆分目标（渠道、店铺、类目……），如 渠道 或 channel（需配合 --history）",
  membersOption: '平均拆分目标的成员，用逗号分隔，如 "天猫,京东,抖音"（不与 --by 同用）',
  grainOption: "拆解表的期间粒度：month（月）、week（周）或 day（日）（默认：month）",
  weekStartOption: "--grain week 时每周的第一天：monday（ISO 周）或 sunday（默认：monday）",
  roundOption:
    "取整单位：每一份都是它的整数倍，且合计仍等于目标，如 1、100、1000、10000；--annual 必须是它的整数倍（默认：1）",
  baseOption: "基础目标占目标的比例，0.8、80% 或 80；大于 0 且不超过 100%（默认：80%）",
  challengeOption: "挑战目标占目标的比例，1.2、120% 或 120；100% 到 500%（默认：120%）",
  fiscalStartOption: "财年起始月份：1–12 或英文月份名如 apr（默认：1）",
  yearOption:
    "要规划的财年，以财年结束所在的公历年份命名（默认：历史数据最后一个财年的下一年；无历史数据时为当前财年）",
  seasonalityOption:
    "月度季节性：prior-year（上一年）、average（历史各年占比平均）、moving-average（与 12 个月中心移动平均之比，需 24 个月以上历史）或 equal（平均）（默认：有 --history 时 prior-year，否则 equal）",
  metricOption:
    "目标指标，用于标签和格式：gmv（销售额）、profit（利润）或 new-customers（新客数）（默认：gmv）",
  sheetOption: "--history 为 .xlsx 或 .xls 时要读取的工作表（默认：第一个可见工作表）",
  encodingOption: "--history 为 CSV 时的文本编码：utf-8 或 gb18030（也可写 gbk）（默认：自动识别）",

  badAmount:
    "选项 {option} 需要大于 0 的金额，如 39000000、39,000,000、3.9e7 或 3900万；当前为“{value}”。",
  notMultiple: "--annual {annual} 不是 --round {unit} 的整数倍；可改为 {below} 或 {above}。",
  badRatio: "选项 {option} 需要比例，如 {example}：{range}；当前为“{value}”。",
  baseRange: "大于 0 且不超过 100%",
  challengeRange: "100% 到 500%",
  badMonth: "选项 --fiscal-start 需要 1 到 12 的月份（或英文月份名如 apr）；当前为“{value}”。",
  badYear: "选项 --year 需要 1901 到 9998 之间的年份，如 2026；当前为“{value}”。",
  needsHistory: "选项 {option} 需要配合 --history 使用。",
  seasonalityNeedsHistory: "--seasonality {value} 需要 --history；没有历史数据时请用 equal。",
  byAndMembers: "--by（成员取自历史数据）和 --members 只能二选一。",
  badMembers: "选项 --members 需要用逗号分隔的成员名称；当前为“{value}”。",
  duplicateMember: "选项 --members 中“{name}”出现了不止一次。",
  historyWithoutWholeYear:
    "季节性 {method}（有 --history 时默认为 prior-year）需要至少一个完整自然年（1 月至 12 月）的历史数据，但历史数据范围是 {first} 至 {last}。请补齐缺少的月份，或使用 --seasonality equal。",
  historyTooShortForMovingAverage:
    "季节性 {method} 需要至少 {min} 个月的历史数据，但历史数据只有 {months} 个月（{first} 至 {last}）。请使用 --seasonality prior-year 或 average。",

  written: "已生成 {path}",
  sheet: "工作表：",
  annual: "年度目标：",
  tiers: "目标档位：",
  tiersValue: "基础 {base}，挑战 {challenge}",
  fiscalYear: "财年：",
  fiscalYearValue: "{year}财年（{first} 至 {last}）",
  grain: "粒度：",
  grainValue: { month: "月", week: "周（{weekStart}开始）", day: "日" },
  weekStart: { monday: "周一", sunday: "周日" },
  rounding: "取整单位：",
  history: "历史数据：",
  historyValue: "{file}，{first} 至 {last}（使用列：{columns}）",
  members: "成员：",
  noMembers: "不拆分成员",
  notes: "说明：",
};

const TEXTS: Record<Locale, TargetsCliTexts> = { "en-US": EN, "zh-CN": ZH };

const SEASONALITY_CHOICES: Record<string, SeasonalMethod> = {
  "prior-year": "priorYear",
  average: "averageShare",
  "moving-average": "ratioToMovingAverage",
  equal: "equal",
};
/** Method → its --seasonality spelling, for messages. */
const SEASONALITY_NAMES: Partial<Record<SeasonalMethod, string>> = Object.fromEntries(
  Object.entries(SEASONALITY_CHOICES).map(([name, method]) => [method, name])
);
const METRIC_CHOICES: Record<string, TargetMetric> = {
  gmv: "gmv",
  profit: "profit",
  "new-customers": "newCustomers",
};
const WEEK_START_CHOICES: readonly WeekStart[] = ["monday", "sunday"];
const MONTH_NAMES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

/** What the command reads from outside the command line, injectable so tests are deterministic. */
export interface TargetsCommandDependencies {
  /** Today, for the default fiscal year without history. */
  today(): Date;
}

/** Everything the command line says, checked; history not yet read. */
export interface TargetsCliSettings {
  annualTarget: number;
  roundingUnit: number;
  base: number;
  challenge: number;
  grain: TargetGrain;
  weekStart: WeekStart;
  fiscalStartMonth: number;
  fiscalYear?: number;
  seasonality?: SeasonalMethod;
  metric: TargetMetric;
  history?: {
    file: string;
    sheet?: string;
    encoding?: ReturnType<typeof inputOptionsFrom>["encoding"];
    skipInvalid: boolean;
  };
  by?: string;
  members?: string[];
  out: string;
  force: boolean;
}

export function createTargetsCommand(
  dependencies: TargetsCommandDependencies = { today: () => new Date() }
): CliCommand {
  return {
    name: "targets",
    define: defineTargetsOptions,
    async run(options, context) {
      const settings = targetsSettingsFrom(options);
      const output = await context.prepareOutput(settings.out, settings.force);
      const history = settings.history
        ? await readHistory(settings.history, settings.by, context)
        : undefined;
      const fiscalYear =
        settings.fiscalYear ??
        defaultFiscalYear(dependencies.today(), settings.fiscalStartMonth, history?.last);
      if (history) requireEnoughHistory(history, settings.seasonality ?? "priorYear");
      const targetsOptions = targetsOptionsFrom(settings, context.locale, fiscalYear, history);
      const { plan, notes } = buildFromOptions(targetsOptions);
      const written = await planToXlsx(plan);
      await output.write(written.buffer);
      const summary = summaryLines({
        settings,
        fiscalYear,
        history,
        sheetName: written.result.sheetNames[plan.sheets[0].key] ?? plan.sheets[0].name,
        memberNames:
          targetsOptions.members?.names ?? history?.history.members.map(({ name }) => name) ?? [],
        notes: [...(history?.issues.map((issue) => issue.message) ?? []), ...notes],
        texts: TEXTS[context.locale],
      });
      context.print(format(TEXTS[context.locale].written, { path: settings.out }));
      for (const line of summary) context.print(line);
    },
  };
}

export const targetsCommand: CliCommand = createTargetsCommand();

function defineTargetsOptions(command: Command, locale: Locale): void {
  const texts = TEXTS[locale];
  const cli = CLI_TEXTS[locale];
  command
    .description(texts.description)
    .option(`--annual ${texts.amountArgument}`, texts.annualOption)
    .option(`--history ${cli.fileArgument}`, texts.historyOption)
    .option(`--sheet ${cli.nameArgument}`, texts.sheetOption)
    .option(`--encoding ${cli.nameArgument}`, texts.encodingOption)
    .option("--skip-invalid", cli.skipInvalidOption)
    .option(`--by ${texts.columnArgument}`, texts.byOption)
    .option(`--members ${texts.namesArgument}`, texts.membersOption)
    .option(`--grain ${texts.choiceArgument}`, texts.grainOption)
    .option(`--week-start ${texts.choiceArgument}`, texts.weekStartOption)
    .option(`--round ${texts.amountArgument}`, texts.roundOption)
    .option(`--base ${texts.ratioArgument}`, texts.baseOption)
    .option(`--challenge ${texts.ratioArgument}`, texts.challengeOption)
    .option(`--fiscal-start ${texts.monthArgument}`, texts.fiscalStartOption)
    .option(`--year ${texts.yearArgument}`, texts.yearOption)
    .option(`--seasonality ${texts.choiceArgument}`, texts.seasonalityOption)
    .option(`--metric ${texts.choiceArgument}`, texts.metricOption);
  addOutputOptions(command, locale);
}

/** Checks every option, in the order of --help, before any file is touched. */
export function targetsSettingsFrom(options: OptionValues): TargetsCliSettings {
  const annualText = options.annual as string | undefined;
  if (annualText === undefined)
    throw cliError("missingRequiredOption", { option: "--annual" }, true);
  const annualTarget = amountFrom("--annual", annualText);
  const historyFile = options.history as string | undefined;
  const history =
    historyFile === undefined
      ? undefined
      : (({ sheet, encoding, skipInvalid }) => ({
          file: historyFile,
          sheet,
          encoding,
          skipInvalid,
        }))(
          inputOptionsFrom({
            input: historyFile,
            sheet: options.sheet,
            encoding: options.encoding,
            skipInvalid: options.skipInvalid,
          })
        );
  if (!history) {
    for (const [option, flag] of [
      ["sheet", "--sheet"],
      ["encoding", "--encoding"],
      ["by", "--by"],
      ["skipInvalid", "--skip-invalid"],
    ])
      if (options[option] !== undefined) throw usageError("needsHistory", { option: flag });
  }
  const by = options.by as string | undefined;
  const members =
    options.members === undefined ? undefined : membersFrom(options.members as string);
  if (by !== undefined && members !== undefined) throw usageError("byAndMembers", {});
  const roundingUnit =
    options.round === undefined ? 1 : amountFrom("--round", options.round as string);
  requireMultiple(annualTarget, roundingUnit);
  const seasonalityText = options.seasonality as string | undefined;
  const seasonality =
    seasonalityText === undefined
      ? undefined
      : choiceFrom("--seasonality", seasonalityText, SEASONALITY_CHOICES);
  if (seasonality !== undefined && seasonality !== "equal" && !history)
    throw usageError("seasonalityNeedsHistory", { value: seasonalityText as string });
  const { out, force } = outputOptionsFrom(options);
  return {
    annualTarget,
    roundingUnit,
    base: options.base === undefined ? DEFAULT_BASE : ratioFrom("--base", options.base as string),
    challenge:
      options.challenge === undefined
        ? DEFAULT_CHALLENGE
        : ratioFrom("--challenge", options.challenge as string),
    grain:
      options.grain === undefined
        ? "month"
        : choiceFrom(
            "--grain",
            options.grain as string,
            Object.fromEntries(TARGET_GRAINS.map((g) => [g, g]))
          ),
    weekStart:
      options.weekStart === undefined
        ? "monday"
        : choiceFrom(
            "--week-start",
            options.weekStart as string,
            Object.fromEntries(WEEK_START_CHOICES.map((w) => [w, w]))
          ),
    fiscalStartMonth:
      options.fiscalStart === undefined ? 1 : monthFrom(options.fiscalStart as string),
    fiscalYear: options.year === undefined ? undefined : yearFrom(options.year as string),
    seasonality,
    metric:
      options.metric === undefined
        ? "gmv"
        : choiceFrom("--metric", options.metric as string, METRIC_CHOICES),
    history,
    by,
    members,
    out,
    force,
  };
}

function usageError(
  key: keyof TargetsCliTexts,
  params: Record<string, string | number>
): CliUserError {
  return new CliUserError((locale) => format(TEXTS[locale][key] as string, params), true);
}

/** A target amount (core/parseNumberText's rules, e.g. 3900万 or 39,000,000): finite and > 0. */
export const parseAmount = parseTargetAmount;

function amountFrom(option: string, text: string): number {
  const value = parseAmount(text);
  if (value === undefined) throw usageError("badAmount", { option, value: text });
  return value;
}

/** A ratio as the tiers read it: 0.8, 80%, ８０％ (a bare number is a ratio here). */
export function parseRatio(text: string): number | undefined {
  return parseRatioText(text);
}

function ratioFrom(option: "--base" | "--challenge", text: string): number {
  const value = parseTier(option === "--base" ? "base" : "challenge", text);
  if (value === undefined)
    throw new CliUserError((locale) => {
      const texts = TEXTS[locale];
      return format(texts.badRatio, {
        option,
        value: text,
        example: option === "--base" ? "0.8 / 80%" : "1.2 / 120%",
        range: option === "--base" ? texts.baseRange : texts.challengeRange,
      });
    }, true);
  return value;
}

/** --annual must be a multiple of --round: the rounded parts could not add up to it otherwise. */
function requireMultiple(annual: number, unit: number): void {
  const nearest = nearestMultiples(annual, unit);
  if (!nearest) return;
  const { below, above } = nearest;
  throw usageError("notMultiple", {
    annual: formatAmount(annual),
    unit: formatAmount(unit),
    below: formatAmount(below),
    above: formatAmount(above),
  });
}

/** 1,234,000: grouped the same way in both languages (Chinese finance writes thousands separators too). */
export function formatAmount(value: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }).format(value);
}

function formatPercent(ratio: number): string {
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 }).format(ratio * 100)}%`;
}

function choiceFrom<T>(option: string, text: string, choices: Record<string, T>): T {
  const key = text.trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(choices, key)) return choices[key];
  throw cliError(
    "invalidChoice",
    { option, value: text, choices: Object.keys(choices).join(", ") },
    true
  );
}

/** 1–12, "4月", or an English month name or its first three letters. */
function monthFrom(text: string): number {
  const plain = text.normalize("NFKC").trim().toLowerCase().replace(/月$/, "");
  const number = /^\d{1,2}$/.test(plain)
    ? Number(plain)
    : MONTH_NAMES.indexOf(plain.slice(0, 3)) + 1;
  const named = /^[a-z]+$/.test(plain) && plain.length >= 3;
  if ((/^\d{1,2}$/.test(plain) || named) && number >= 1 && number <= 12) {
    if (named && !fullMonthNameMatches(plain)) throw usageError("badMonth", { value: text });
    return number;
  }
  throw usageError("badMonth", { value: text });
}

const FULL_MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "apr", "april", "sept": a prefix of the full name, at least three letters. */
function fullMonthNameMatches(text: string): boolean {
  return FULL_MONTH_NAMES.some((name) => name.startsWith(text));
}

/** The fiscal year is named by the year it ends in, and must start and end inside Excel's 1900–9999. */
function yearFrom(text: string): number {
  const year = parseFiscalYear(text);
  if (year === undefined) throw usageError("badYear", { value: text });
  return year;
}

/** Names separated by "," "，" or "、", trimmed; blanks and repeats refused. */
function membersFrom(text: string): string[] {
  const names = text.split(/[,，、]/).map((name) => name.trim());
  if (names.some((name) => name === "")) throw usageError("badMembers", { value: text });
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
    if (seen.has(key)) throw usageError("duplicateMember", { name });
    seen.add(key);
  }
  return names;
}

async function readHistory(
  history: NonNullable<TargetsCliSettings["history"]>,
  by: string | undefined,
  context: CommandContext
): Promise<TargetHistoryResult> {
  const { bytes } = await context.readFile(history.file);
  // The path as typed, not the absolute one: it is what the user recognises in messages.
  const table = await readTabularFile(bytes, history.file, {
    sheet: history.sheet,
    encoding: history.encoding,
    skipInvalid: history.skipInvalid,
    limits: context.limits,
  });
  // Rows carry their file line or sheet row (table.rowNumbers), for messages.
  return readTargetHistory(table, {
    memberColumn: by,
    locale: context.locale,
    skipInvalid: history.skipInvalid,
  });
}

/** The builder's refusals are already in the user's language: reported as one line, not as a bug. */
function buildFromOptions(options: TargetsOptions): ReturnType<typeof buildTargetsPlan> {
  try {
    return buildTargetsPlan(options);
  } catch (error) {
    if (error instanceof TargetsInputError) {
      const message = error.message;
      throw new CliUserError(() => message);
    }
    throw error;
  }
}

/**
 * Seasonality from history needs enough of it; said here in terms of the file (core's own check speaks of
 * function arguments). prior-year and average need one whole calendar year, moving-average 24 months.
 */
function requireEnoughHistory(history: TargetHistoryResult, method: SeasonalMethod): void {
  const { first, last } = history;
  const key = ({ year, month }: { year: number; month: number }) => year * 12 + month - 1;
  const months = key(last) - key(first) + 1;
  // The first calendar year starting on or after the history's first month must end inside it.
  const firstWholeYear = first.month === 1 ? first.year : first.year + 1;
  const hasWholeYear = key({ year: firstWholeYear, month: 12 }) <= key(last);
  const enough =
    method === "ratioToMovingAverage"
      ? months >= MIN_MONTHS_FOR_MOVING_AVERAGE
      : method === "priorYear" || method === "averageShare"
        ? hasWholeYear
        : true;
  if (enough) return;
  const range = { first: yearMonthText(first), last: yearMonthText(last), months };
  throw new CliUserError((locale) =>
    format(
      method === "ratioToMovingAverage"
        ? TEXTS[locale].historyTooShortForMovingAverage
        : TEXTS[locale].historyWithoutWholeYear,
      { ...range, method: SEASONALITY_NAMES[method] ?? method, min: MIN_MONTHS_FOR_MOVING_AVERAGE }
    )
  );
}

const yearMonthText = ({ year, month }: { year: number; month: number }) =>
  `${year}-${pad2(month)}`;

function targetsOptionsFrom(
  settings: TargetsCliSettings,
  locale: Locale,
  fiscalYear: number,
  history: TargetHistoryResult | undefined
): TargetsOptions {
  return {
    locale,
    annualTarget: settings.annualTarget,
    metric: settings.metric,
    fiscalYear,
    fiscalStartMonth: settings.fiscalStartMonth,
    grain: settings.grain,
    weekStart: settings.weekStart,
    roundingUnit: settings.roundingUnit,
    base: { ratio: settings.base },
    challenge: { ratio: settings.challenge },
    seasonality: settings.seasonality === undefined ? undefined : { method: settings.seasonality },
    members:
      settings.members === undefined ? undefined : { names: settings.members, shares: "equal" },
    history: history?.history,
  };
}

interface SummaryInput {
  settings: TargetsCliSettings;
  fiscalYear: number;
  history: TargetHistoryResult | undefined;
  sheetName: string;
  memberNames: string[];
  notes: string[];
  texts: TargetsCliTexts;
}

function summaryLines({
  settings,
  fiscalYear,
  history,
  sheetName,
  memberNames,
  notes,
  texts,
}: SummaryInput): string[] {
  const start = settings.fiscalStartMonth;
  const firstMonth = `${start === 1 ? fiscalYear : fiscalYear - 1}-${pad2(start)}`;
  const lastMonth = `${fiscalYear}-${pad2(start === 1 ? 12 : start - 1)}`;
  const grain = format(texts.grainValue[settings.grain], {
    weekStart: texts.weekStart[settings.weekStart],
  });
  const named = memberNames.filter((name) => name !== "");
  const facts: [string, string][] = [
    [texts.sheet, sheetName],
    [texts.annual, formatAmount(settings.annualTarget)],
    [
      texts.tiers,
      format(texts.tiersValue, {
        base: formatPercent(settings.base),
        challenge: formatPercent(settings.challenge),
      }),
    ],
    [
      texts.fiscalYear,
      format(texts.fiscalYearValue, { year: fiscalYear, first: firstMonth, last: lastMonth }),
    ],
    [texts.grain, grain],
    [texts.rounding, formatAmount(settings.roundingUnit)],
  ];
  if (history && settings.history) {
    const { columns } = history;
    const used = [
      columns.period,
      columns.amount,
      columns.member,
      columns.uv,
      columns.orders,
    ].filter((name): name is string => name !== undefined);
    facts.push([
      texts.history,
      format(texts.historyValue, {
        file: settings.history.file,
        first: `${history.first.year}-${pad2(history.first.month)}`,
        last: `${history.last.year}-${pad2(history.last.month)}`,
        columns: used.join(", "),
      }),
    ]);
  }
  facts.push([
    texts.members,
    named.length === 0 ? texts.noMembers : `${named.length}: ${named.join(", ")}`,
  ]);
  const labelWidth = Math.max(...facts.map(([label]) => displayWidth(label)));
  const lines = facts.map(([label, value]) => `${padToWidth(label, labelWidth)}  ${value}`);
  if (notes.length > 0) lines.push(texts.notes, ...notes.map((note) => `- ${note}`));
  return lines;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
