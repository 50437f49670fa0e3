/**
 * `ops-planner scorecard (--role <id> | --template <csv|json>) [--roster <file>] [--actuals <file>]
 * [--period <text>] [--employee <name>] --out <file.xlsx>` builds performance scorecards (绩效考核表);
 * `ops-planner scorecard --list-roles` prints the built-in roles. Options are checked before anything
 * is read or built, so a typo fails at once; every user-fixable problem is one line and exit code 2.
 */
import type { Command, OptionValues } from "commander";
import {
  actualIssueText,
  actualsFromTable,
  buildScorecards,
  builtInRoleFor,
  builtInTemplate,
  builtInTemplates,
  DEFAULT_CAP,
  DEFAULT_GRADE_BANDS,
  parseForcedDistribution,
  rosterFromTable,
  templateFromJson,
  templateFromTable,
  type ActualEntry,
  type Employee,
  type GradeBand,
  type ScorecardTemplate,
} from "../../builders/scorecard";
import { decodeText, UndecodableTextError } from "../../io/decodeText";
import { format, type Locale } from "../../i18n/locale";
import { readTabularFile } from "../../io/readTabularFile";
import { parseNumberText } from "../../core/parseNumberText";
import { planToXlsx } from "../../workbook/planToXlsx";
import type { CliCommand, CommandContext } from "../command";
import { CliUserError, cliError } from "../cliUserError";
import { addOutputOptions, outputOptionsFrom } from "../sharedOptions";
import { renderTable } from "../textTable";

const EN = {
  description:
    "Build performance scorecards (KPI appraisal): one sheet per employee with native score, total and grade formulas, protected inputs and print setup; with a roster, a summary with ranks and the grade distribution.",
  idArgument: "<id>",
  fileArgument: "<file>",
  textArgument: "<text>",
  nameArgument: "<name>",
  bandsArgument: "<bands>",
  numberArgument: "<number>",
  sharesArgument: "<shares>",
  roleOption:
    "built-in role template for everyone, e.g. customer_service (see --list-roles); with --roster, optional: each row's role picks its template",
  templateOption:
    "your own template, .csv/.xlsx or .json, columns dimension, kpi, weight, direction, threshold, target, stretch (or 维度, 指标, 权重, 方向, 基础目标, 目标, 挑战目标), optional definition/定义 and unit/单位 (rate, percent, yuan, number); weights 30, 30% or 0.3 summing to 100%",
  rosterOption:
    "team roster (.csv, .xlsx or .xls): name, role, department, manager (or 姓名, 岗位, 部门, 直接上级): one sheet per employee plus a summary",
  actualsOption:
    "actual values to prefill (.csv, .xlsx or .xls): employee, kpi, actual (or 员工, 指标, 实际值); the KPI by id or name; rows that do not fit are reported",
  periodOption: 'appraisal period shown on every sheet, e.g. "2025 Q3"',
  employeeOption:
    "employee name for a single scorecard; with --roster, build only this employee's scorecard",
  listRolesOption: "print the built-in roles and exit",
  bandsOption: `grade bands, highest first, the last from 0 (default: ${bandsText(DEFAULT_GRADE_BANDS)})`,
  capOption: `highest score of one KPI, reached at the challenge target, at least 100 (default: ${DEFAULT_CAP})`,
  forcedOption:
    "with --roster: check the grade distribution against shares such as 20/70/10 (S+A / B / C+D); it warns, it never changes a grade",
  passwordOption: "password for the sheet protection (default: protected without a password)",
  noProtectOption: "leave the sheets unprotected",

  roleHeader: "Role id",
  nameHeader: "Role",
  kpisHeader: "KPIs",
  dimensionsHeader: "Dimensions",
  needTemplate:
    "Give --role <id> or --template <file> (or --roster, whose roles pick the templates).",
  roleAndTemplate: "Use either --role or --template, not both.",
  forcedNeedsRoster: "--forced-distribution needs --roster: it checks a team's grades.",
  badBands:
    'Option --bands needs labels with minimum totals such as "S=110,A=100,B=85,C=70,D=0"; got "{value}".',
  badCap: 'Option --cap needs a number of at least 100; got "{value}".',
  employeeNotInRoster: 'There is no employee "{name}" in {roster}.',
  written: "Wrote {path}",
  writtenSingle: "1 scorecard ({role}); names Score_Total and Score_Grade.",
  writtenBatch:
    "{count} scorecards and a summary; each sheet n has Score_Total and Score_Grade (sheet scope) and Score_Total_n, Score_Grade_n (workbook).",
  prefilled: "Prefilled {count} actual values.",
  warning: "Warning: {message}",
};

const ZH: Record<keyof typeof EN, string> = {
  description:
    "生成绩效考核表：每位员工一张表，得分、合计与等级均为原生公式，输入区以外受保护，已设好打印；提供名单时另附汇总表（排名与等级分布）。",
  idArgument: "<岗位ID>",
  fileArgument: "<文件>",
  textArgument: "<文本>",
  nameArgument: "<姓名>",
  bandsArgument: "<等级>",
  numberArgument: "<数值>",
  sharesArgument: "<比例>",
  roleOption:
    "所有人使用的内置岗位模板，如 customer_service（见 --list-roles）；提供 --roster 时可省略，按每行的岗位选模板",
  templateOption:
    "自定义模板（.csv/.xlsx 或 .json），列为 维度、指标、权重、方向、基础目标、目标、挑战目标（或 dimension, kpi, weight, direction, threshold, target, stretch），可选 定义 与 单位（比率、百分比、元、数值）；权重写 30、30% 或 0.3，合计须为 100%",
  rosterOption:
    "团队名单（.csv、.xlsx 或 .xls）：姓名、岗位、部门、直接上级（或 name, role, department, manager）；每人一张表并附汇总表",
  actualsOption:
    "预填的实际值（.csv、.xlsx 或 .xls）：员工、指标、实际值（或 employee, kpi, actual）；指标可写 ID 或名称；无法对应的行会列出",
  periodOption: "每张表上显示的考核周期，如“2025 Q3”",
  employeeOption: "单张考核表的员工姓名；与 --roster 同用时只生成该员工的考核表",
  listRolesOption: "列出内置岗位后退出",
  bandsOption: `等级划分，从高到低，最低一级从 0 起（默认：${bandsText(DEFAULT_GRADE_BANDS)}）`,
  capOption: `单项得分上限，在挑战目标处取得，不低于 100（默认：${DEFAULT_CAP}）`,
  forcedOption:
    "需配合 --roster：按 20/70/10（S+A / B / C+D）等比例检查等级分布；只提示，不会改动等级",
  passwordOption: "工作表保护密码（默认：保护但不设密码）",
  noProtectOption: "不保护工作表",

  roleHeader: "岗位 ID",
  nameHeader: "岗位",
  kpisHeader: "指标数",
  dimensionsHeader: "维度",
  needTemplate:
    "请指定 --role <岗位ID> 或 --template <文件>（或提供 --roster，按名单中的岗位选模板）。",
  roleAndTemplate: "--role 与 --template 只能二选一。",
  forcedNeedsRoster: "--forced-distribution 需要 --roster：它检查的是团队的等级分布。",
  badBands:
    "选项 --bands 需要“等级=最低合计”的列表，如“S=110,A=100,B=85,C=70,D=0”；当前为“{value}”。",
  badCap: "选项 --cap 需要不小于 100 的数字；当前为“{value}”。",
  employeeNotInRoster: "{roster} 中没有员工“{name}”。",
  written: "已生成 {path}",
  writtenSingle: "1 张考核表（{role}）；名称 Score_Total 与 Score_Grade。",
  writtenBatch:
    "{count} 张考核表和 1 张汇总表；第 n 张表有工作表级名称 Score_Total、Score_Grade，以及工作簿级名称 Score_Total_n、Score_Grade_n。",
  prefilled: "已预填 {count} 个实际值。",
  warning: "注意：{message}",
};

type ScorecardCliTexts = typeof EN;
const TEXTS: Record<Locale, ScorecardCliTexts> = { "en-US": EN, "zh-CN": ZH };

function bandsText(bands: readonly GradeBand[]): string {
  return bands.map((band) => `${band.label}=${band.min}`).join(",");
}

function userError(
  key: keyof ScorecardCliTexts,
  params: Record<string, string | number> = {},
  isUsageError = false
): CliUserError {
  return new CliUserError((locale) => format(TEXTS[locale][key], params), isUsageError);
}

interface ScorecardSettings {
  role?: string;
  template?: string;
  roster?: string;
  actuals?: string;
  period: string;
  employee?: string;
  bands?: GradeBand[];
  cap?: number;
  forcedDistribution?: string;
  password?: string;
  protect: boolean;
  out: string;
  force: boolean;
}

export const scorecardCommand: CliCommand = {
  name: "scorecard",
  define(command: Command, locale: Locale) {
    const texts = TEXTS[locale];
    command
      .description(texts.description)
      .option(`--role ${texts.idArgument}`, texts.roleOption)
      .option(`--template ${texts.fileArgument}`, texts.templateOption)
      .option(`--roster ${texts.fileArgument}`, texts.rosterOption)
      .option(`--actuals ${texts.fileArgument}`, texts.actualsOption)
      .option(`--period ${texts.textArgument}`, texts.periodOption)
      .option(`--employee ${texts.nameArgument}`, texts.employeeOption)
      .option(`--bands ${texts.bandsArgument}`, texts.bandsOption)
      .option(`--cap ${texts.numberArgument}`, texts.capOption)
      .option(`--forced-distribution ${texts.sharesArgument}`, texts.forcedOption)
      .option(`--password ${texts.textArgument}`, texts.passwordOption)
      .option("--no-protect", texts.noProtectOption)
      .option("--list-roles", texts.listRolesOption);
    addOutputOptions(command, locale);
  },
  async run(options: OptionValues, context: CommandContext) {
    if (options.listRoles === true) {
      for (const line of roleList(context.locale)) context.print(line);
      return;
    }
    const settings = settingsFrom(options);
    // Checked up front: a bad role fails before any file is read.
    const roleTemplate = settings.role === undefined ? undefined : builtInTemplate(settings.role);
    const output = await context.prepareOutput(settings.out, settings.force);
    const template =
      roleTemplate ??
      (settings.template ? await readTemplate(settings.template, context) : undefined);
    const roster = settings.roster ? await readRoster(settings.roster, context) : undefined;
    const actuals = settings.actuals ? await readActuals(settings.actuals, context) : undefined;

    let single: Employee | undefined;
    if (roster && settings.employee !== undefined) {
      const wanted = settings.employee.trim().toLowerCase();
      single = roster.find((employee) => employee.name.trim().toLowerCase() === wanted);
      if (!single)
        throw userError("employeeNotInRoster", {
          name: settings.employee,
          roster: settings.roster!,
        });
    }
    const batch = roster !== undefined && single === undefined;
    const singleTemplate = single && !template ? templateOfRole(single.role) : template;
    if (!batch && !singleTemplate) throw userError("needTemplate", {}, true);

    const bands = settings.bands ?? [...DEFAULT_GRADE_BANDS];
    const build = buildScorecards({
      locale: context.locale,
      template: batch ? template : singleTemplate,
      roster: batch ? roster : undefined,
      employee: single ?? { name: settings.employee ?? "" },
      period: settings.period,
      actuals,
      gradeBands: bands,
      cap: settings.cap,
      protect: settings.protect,
      password: settings.password,
      forcedDistribution:
        batch && settings.forcedDistribution !== undefined
          ? parseForcedDistribution(settings.forcedDistribution, bands)
          : undefined,
    });
    const written = await planToXlsx(build.plan);
    await output.write(written.buffer);

    const texts = TEXTS[context.locale];
    context.print(format(texts.written, { path: settings.out }));
    context.print(
      batch
        ? format(texts.writtenBatch, { count: roster!.length })
        : format(texts.writtenSingle, { role: singleTemplate!.name[context.locale] })
    );
    if (actuals) context.print(format(texts.prefilled, { count: build.prefilled }));
    for (const issue of build.actualIssues)
      context.print(format(texts.warning, { message: actualIssueText(issue, context.locale) }));
  },
};

function templateOfRole(role: string): ScorecardTemplate {
  return builtInRoleFor(role) ?? builtInTemplate(role);
}

function settingsFrom(options: OptionValues): ScorecardSettings {
  const role = options.role as string | undefined;
  const template = options.template as string | undefined;
  const roster = options.roster as string | undefined;
  if (role !== undefined && template !== undefined) throw userError("roleAndTemplate", {}, true);
  if (role === undefined && template === undefined && roster === undefined)
    throw userError("needTemplate", {}, true);
  const forced = options.forcedDistribution as string | undefined;
  if (forced !== undefined && roster === undefined) throw userError("forcedNeedsRoster", {}, true);
  const { out, force } = outputOptionsFrom(options);
  return {
    role,
    template,
    roster,
    actuals: options.actuals as string | undefined,
    period: ((options.period as string | undefined) ?? "").trim(),
    employee: options.employee as string | undefined,
    bands: options.bands === undefined ? undefined : bandsFrom(options.bands as string),
    cap: options.cap === undefined ? undefined : capFrom(options.cap as string),
    forcedDistribution: forced,
    password: options.password as string | undefined,
    protect: options.protect !== false,
    out,
    force,
  };
}

/** "S=110,A=100,B=85,C=70,D=0" → bands (their order and labels are checked by the builder). */
function bandsFrom(text: string): GradeBand[] {
  const bands = text.split(/[,，]/).map((part) => {
    const match = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(part);
    const min = match ? parseNumberText(match[2]) : undefined;
    if (!match || min === undefined) throw userError("badBands", { value: text }, true);
    return { label: match[1], min };
  });
  return bands;
}

function capFrom(text: string): number {
  const cap = parseNumberText(text);
  if (cap === undefined || !(cap >= 100)) throw userError("badCap", { value: text }, true);
  return cap;
}

function roleList(locale: Locale): string[] {
  const texts = TEXTS[locale];
  const rows = builtInTemplates().map((template) => [
    template.id,
    template.name[locale],
    String(template.kpis.length),
    [...new Set(template.kpis.map((kpi) => kpi.dimension[locale]))].join(
      locale === "zh-CN" ? "、" : ", "
    ),
  ]);
  return renderTable(
    [[texts.roleHeader, texts.nameHeader, texts.kpisHeader, texts.dimensionsHeader], ...rows],
    ["left", "left", "right", "left"]
  );
}

async function readTemplate(path: string, context: CommandContext): Promise<ScorecardTemplate> {
  const { bytes } = await context.readFile(path);
  if (/\.json$/i.test(path)) return templateFromJson(jsonText(bytes, path), path);
  return templateFromTable(await readTabularFile(bytes, path, { limits: context.limits }));
}

/** JSON is UTF-8 (RFC 8259); a BOM is tolerated. */
function jsonText(bytes: Uint8Array, path: string): string {
  try {
    return decodeText(bytes, "utf-8").text;
  } catch (error) {
    if (!(error instanceof UndecodableTextError)) throw error;
    throw cliError("inputNotReadable", { path, reason: "not UTF-8" });
  }
}

async function readRoster(path: string, context: CommandContext): Promise<Employee[]> {
  const { bytes } = await context.readFile(path);
  return rosterFromTable(await readTabularFile(bytes, path, { limits: context.limits }));
}

async function readActuals(path: string, context: CommandContext): Promise<ActualEntry[]> {
  const { bytes } = await context.readFile(path);
  return actualsFromTable(await readTabularFile(bytes, path, { limits: context.limits }));
}
