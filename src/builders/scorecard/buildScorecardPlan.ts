/**
 * The scorecard builder's entry point: options → WorkbookPlan.
 *
 * - Without a roster: one scorecard sheet; workbook names Score_Total and Score_Grade.
 * - With a roster: a summary sheet first, then one sheet per employee. Each employee sheet n (1-based,
 *   roster order) gets sheet-scoped Score_Total and Score_Grade (so a formula on that sheet can say
 *   =Score_Total) and workbook names Score_Total_n and Score_Grade_n (for formulas elsewhere). The
 *   summary links to the cells directly, so it stays right even if a workbook already had such names.
 *
 * Templates: `template` is used for everyone; without it each roster row's role must name a built-in
 * role (id, or its name in either language).
 */
import type { Locale } from "../../i18n/locale";
import type { DefinedName, SheetPlan, WorkbookPlan } from "../../plan/types";
import { matchActuals, type ActualEntry, type ActualIssue } from "./actuals";
import { BUILT_IN_ROLE_IDS, builtInTemplate, builtInTemplates } from "./builtInTemplates";
import {
  DEFAULT_CAP,
  DEFAULT_GRADE_BANDS,
  validateCap,
  validateForcedDistribution,
  validateGradeBands,
} from "./gradeBands";
import { refuseDuplicateNames } from "./roster";
import { ScorecardError } from "./scorecardError";
import { scorecardSheet, type ScorecardSheetInput } from "./scorecardSheet";
import { SCORECARD_TEXTS } from "./scorecardTexts";
import { summarySheet, type SummaryRow } from "./summarySheet";
import type { Employee, ForcedDistribution, GradeBand, ScorecardTemplate } from "./types";
import { normalKey } from "./validateTemplate";

export interface ScorecardOptions {
  /** Language of every label on the sheets. */
  locale: Locale;
  /** One template for everyone (a built-in one from builtInTemplate(id), or a custom one). */
  template?: ScorecardTemplate;
  /** A team: one sheet each plus a summary. Absent: a single scorecard. */
  roster?: Employee[];
  /** The single scorecard's header fields (ignored with a roster). */
  employee?: Partial<Employee>;
  /** Shown in the header, e.g. "2025 Q3" (editable on the sheet). */
  period?: string;
  /** Rows of an actuals table to prefill (see actualsFromTable). */
  actuals?: ActualEntry[];
  /** Highest first, the last starting at 0. Default S 110 · A 100 · B 85 · C 70 · D 0. */
  gradeBands?: GradeBand[];
  /** Highest score of one KPI (reached at the challenge target). Default 120. */
  cap?: number;
  /** Protect the sheets, leaving inputs editable. Default true. */
  protect?: boolean;
  /** Optional protection password. */
  password?: string;
  /** Batch only: the forced-distribution check on the summary (a warning, never a change). */
  forcedDistribution?: ForcedDistribution;
}

export interface ScorecardBuild {
  plan: WorkbookPlan;
  /** Actuals rows that could not be placed, to show the user. */
  actualIssues: ActualIssue[];
  /** How many actual values were placed on the sheets. */
  prefilled: number;
}

export function buildScorecardPlan(options: ScorecardOptions): WorkbookPlan {
  return buildScorecards(options).plan;
}

/** buildScorecardPlan plus the actuals rows it could not place. Throws ScorecardError for bad input. */
export function buildScorecards(options: ScorecardOptions): ScorecardBuild {
  const { locale } = options;
  const bands = options.gradeBands ?? [...DEFAULT_GRADE_BANDS];
  const cap = options.cap ?? DEFAULT_CAP;
  validateGradeBands(bands);
  validateCap(cap);
  if (options.forcedDistribution) validateForcedDistribution(options.forcedDistribution, bands);
  const batch = options.roster !== undefined;
  const cards = batch ? rosterCards(options.roster!, options) : [singleCard(options)];
  const { byCard, issues } = matchActuals(
    options.actuals ?? [],
    cards.map((card) => ({
      name: card.employee.name,
      template: card.template,
    }))
  );
  cards.forEach((card, i) => (card.actuals = byCard[i]));

  const settings = {
    locale,
    period: options.period ?? "",
    bands,
    cap,
    protect: options.protect ?? true,
    password: options.password,
  };
  const built = cards.map((card) => scorecardSheet(card, settings));
  const sheets: SheetPlan[] = built.map(({ sheet }) => sheet);
  const names: DefinedName[] = [];
  if (!batch) {
    names.push(
      { name: "Score_Total", sheet: cards[0].key, range: built[0].totalCell },
      { name: "Score_Grade", sheet: cards[0].key, range: built[0].gradeCell }
    );
  } else {
    built.forEach(({ totalCell, gradeCell }, i) => {
      const sheet = cards[i].key;
      names.push(
        { name: "Score_Total", sheet, range: totalCell, scope: "sheet" },
        { name: "Score_Grade", sheet, range: gradeCell, scope: "sheet" },
        { name: `Score_Total_${i + 1}`, sheet, range: totalCell },
        { name: `Score_Grade_${i + 1}`, sheet, range: gradeCell }
      );
    });
    const rows: SummaryRow[] = cards.map((card, i) => ({
      employee: card.employee,
      roleLabel: card.roleLabel,
      sheetKey: card.key,
      totalCell: built[i].totalCell,
      gradeCell: built[i].gradeCell,
    }));
    sheets.unshift(
      summarySheet(rows, { ...settings, forcedDistribution: options.forcedDistribution })
    );
  }
  const prefilled = byCard.reduce((count, actuals) => count + actuals.size, 0);
  return { plan: { sheets, names }, actualIssues: issues, prefilled };
}

const ROSTER = { "en-US": "Roster", "zh-CN": "名单" };

type Card = ScorecardSheetInput & { actuals: ReadonlyMap<string, number> };

function singleCard(options: ScorecardOptions): Card {
  const template = options.template;
  // The callers (CLI, panel) always pick one: a missing template here is a programming error.
  if (!template) throw new Error("A single scorecard needs options.template.");
  const employee: Employee = {
    name: options.employee?.name?.trim() ?? "",
    role: options.employee?.role ?? "",
    department: options.employee?.department ?? "",
    manager: options.employee?.manager ?? "",
  };
  return {
    key: "scorecard",
    name: employee.name || SCORECARD_TEXTS[options.locale].title,
    employee,
    roleLabel: employee.role || template.name[options.locale],
    template,
    actuals: new Map(),
  };
}

function rosterCards(roster: Employee[], options: ScorecardOptions): Card[] {
  refuseDuplicateNames(roster);
  if (roster.length === 0) throw new ScorecardError("emptyRoster", { source: ROSTER });
  return roster.map((employee, i) => {
    const template = options.template ?? templateForRole(employee.role, i);
    const roleLabel =
      builtInRoleFor(employee.role)?.name[options.locale] ||
      employee.role ||
      template.name[options.locale];
    return {
      key: `card_${i + 1}`,
      name: employee.name,
      employee,
      roleLabel,
      template,
      actuals: new Map(),
    };
  });
}

/** A built-in role by id or by its name in either language ("客服", "Customer service"). */
export function builtInRoleFor(text: string): ScorecardTemplate | undefined {
  const key = normalKey(text);
  return builtInTemplates().find((template) =>
    [template.id, template.name["en-US"], template.name["zh-CN"]].some(
      (name) => normalKey(name) === key
    )
  );
}

function templateForRole(role: string, index: number): ScorecardTemplate {
  const template = builtInRoleFor(role);
  if (template) return builtInTemplate(template.id);
  const row = index + 2;
  if (role.trim() === "") throw new ScorecardError("roleRequired", { source: ROSTER, row });
  throw new ScorecardError("noTemplateForRole", {
    source: ROSTER,
    row,
    role,
    roles: BUILT_IN_ROLE_IDS.join(", "),
  });
}
