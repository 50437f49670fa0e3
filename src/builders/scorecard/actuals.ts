/**
 * Prefilled actuals from a table (employee, KPI, actual; headers in en-US or zh-CN). Rows that cannot
 * be placed are reported, never silently dropped: an unknown employee or KPI, a value that is not a
 * number, a rate outside 0–100%, or a second value for the same cell (the first one is kept).
 */
import { readNumberCell } from "../../core/parseNumberText";
import { format, type Locale } from "../../i18n/locale";
import type { CellValue } from "../../plan/types";
import type { TableData } from "../../table/tableData";
import { percentText } from "./scorecardError";
import { cellAt, cellText, columnsOf } from "./tableColumns";
import type { ScorecardTemplate, TemplateKpi } from "./types";
import { normalKey } from "./validateTemplate";

export const ACTUALS_COLUMNS = {
  employee: { headers: ["employee", "name", "员工", "姓名"], required: false },
  kpi: { headers: ["kpi", "指标", "指标名称"], required: true },
  actual: { headers: ["actual", "实际值", "实际", "完成值"], required: true },
};

/** One row of the actuals table; `row` counts as a spreadsheet shows it (header = row 1). */
export interface ActualEntry {
  row: number;
  /** Blank when the table has no employee column (a single scorecard). */
  employee: string;
  kpi: string;
  actual: CellValue;
}

export type ActualIssueKind =
  "unknownEmployee" | "unknownKpi" | "notANumber" | "rateOutOfRange" | "duplicate";

export interface ActualIssue {
  kind: ActualIssueKind;
  row: number;
  employee: string;
  kpi: string;
  got: string;
}

const ISSUE_TEXTS: Record<Locale, Record<ActualIssueKind, string>> = {
  "en-US": {
    unknownEmployee:
      'Actuals row {row}: no scorecard for employee "{employee}"; the row is not used.',
    unknownKpi: 'Actuals row {row}: {employee} has no KPI "{kpi}"; the row is not used.',
    notANumber: 'Actuals row {row}: "{got}" for {kpi} is not a number; the row is not used.',
    rateOutOfRange:
      "Actuals row {row}: {kpi} is a rate, and {got} is outside 0%–100% (write 92% or 0.92); the row is not used.",
    duplicate: "Actuals row {row}: a second value for {employee}, {kpi}; the first one is kept.",
  },
  "zh-CN": {
    unknownEmployee: "实际值第 {row} 行：没有员工“{employee}”的考核表；该行未使用。",
    unknownKpi: "实际值第 {row} 行：{employee} 没有指标“{kpi}”；该行未使用。",
    notANumber: "实际值第 {row} 行：{kpi} 的“{got}”不是数字；该行未使用。",
    rateOutOfRange:
      "实际值第 {row} 行：{kpi} 是比率，{got} 不在 0% 到 100% 之间（请写 92% 或 0.92）；该行未使用。",
    duplicate: "实际值第 {row} 行：{employee} 的 {kpi} 出现第二个值；保留第一个。",
  },
};

export function actualIssueText(issue: ActualIssue, locale: Locale): string {
  return format(ISSUE_TEXTS[locale][issue.kind], { ...issue });
}

/** `chosen`: the columns a host found (InputTable.columns); without them found by ACTUALS_COLUMNS. */
export function actualsFromTable(
  table: TableData,
  chosen?: Partial<Record<string, number | undefined>>
): ActualEntry[] {
  const columns = columnsOf(table, ACTUALS_COLUMNS, chosen);
  return table.rows
    .map((row, i) => ({
      row: table.rowNumbers?.[i] ?? i + 2,
      employee: cellText(cellAt(row, columns.employee)),
      kpi: cellText(cellAt(row, columns.kpi)),
      actual: cellAt(row, columns.actual),
    }))
    .filter((entry) => entry.kpi !== "" || entry.actual !== null);
}

export interface ActualTarget {
  /** The employee's name ("" for an unnamed single scorecard). */
  name: string;
  template: ScorecardTemplate;
}

/**
 * Places each entry on its scorecard: `byCard[i]` maps KPI id → actual for `cards[i]`. An entry with a
 * blank employee goes to the only scorecard when there is one.
 */
export function matchActuals(
  entries: readonly ActualEntry[],
  cards: readonly ActualTarget[]
): { byCard: Map<string, number>[]; issues: ActualIssue[] } {
  const byCard = cards.map(() => new Map<string, number>());
  const issues: ActualIssue[] = [];
  const cardIndex = new Map(cards.map((card, i) => [normalKey(card.name), i]));
  // A team shares a few templates: each one's KPI keys are indexed once, not searched per entry.
  const kpiIndexes = new Map<ScorecardTemplate, Map<string, TemplateKpi>>();
  const kpisOf = (template: ScorecardTemplate) => {
    let index = kpiIndexes.get(template);
    if (!index) kpiIndexes.set(template, (index = kpiIndex(template)));
    return index;
  };
  for (const entry of entries) {
    const issue = (kind: ActualIssueKind, got = ""): void => {
      issues.push({ kind, row: entry.row, employee: entry.employee, kpi: entry.kpi, got });
    };
    const index =
      entry.employee === "" && cards.length === 1 ? 0 : cardIndex.get(normalKey(entry.employee));
    if (index === undefined) {
      issue("unknownEmployee");
      continue;
    }
    const kpi = kpisOf(cards[index].template).get(normalKey(entry.kpi));
    if (!kpi) {
      issue("unknownKpi");
      continue;
    }
    const actual = readNumberCell(entry.actual);
    if (actual === null || actual === undefined) {
      issue("notANumber", cellText(entry.actual));
      continue;
    }
    if (kpi.unit === "rate" && (actual < 0 || actual > 1)) {
      issue("rateOutOfRange", percentText(actual));
      continue;
    }
    if (byCard[index].has(kpi.id)) {
      issue("duplicate");
      continue;
    }
    byCard[index].set(kpi.id, actual);
  }
  return { byCard, issues };
}

/** KPIs by id or by the name in either language (normalKey); the first KPI wins a shared key. */
function kpiIndex(template: ScorecardTemplate): Map<string, TemplateKpi> {
  const index = new Map<string, TemplateKpi>();
  for (const kpi of template.kpis) {
    for (const name of [kpi.id, kpi.name["en-US"], kpi.name["zh-CN"]]) {
      const key = normalKey(name);
      if (!index.has(key)) index.set(key, kpi);
    }
  }
  return index;
}
