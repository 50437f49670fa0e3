/**
 * A plan checks itself before any adapter touches a workbook: addresses parse and fit Excel's grid,
 * blocks are rectangular and do not overlap, formulas refer to sheets of the plan and to cells inside
 * the grid, names are valid and unique. Errors are sentences naming the sheet and the place.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  blockRange,
  cellA1,
  parseCell,
  parseRange,
  rangesOverlap,
  type RangeAddress,
} from "./a1";
import { chartProblems } from "./charts";
import { cellTextProblem, firstForbiddenCharacter, MAX_CELL_TEXT_LENGTH } from "./cellText";
import { SHEET_REFERENCE } from "./sheetNames";
import { isFormulaCell, localSheetKey, type SheetPlan, type WorkbookPlan } from "./types";

const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;
/** Cell-like names (A1, XFD1048576) and R1C1-like names are refused by Excel. */
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;
/** A1 references outside string literals; a name followed by "(" is a function, not a cell. */
const MAYBE_OUTSIDE_GRID = /\d{7}|[A-Za-z]{3}\$?\d/;
const A1_REFERENCE = /(?<![A-Za-z0-9_.!\]])\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])/g;

/** Cells with text a workbook cannot hold listed per sheet (one bad member is in every formula of its row). */
const MAX_LISTED_TEXT_CELLS = 20;
const count = (n: number) => n.toLocaleString("en-US");

export function isValidExcelName(name: string): boolean {
  return name.length <= 255 && NAME_PATTERN.test(name) && !CELL_LIKE.test(name);
}

export function validatePlan(plan: WorkbookPlan): string[] {
  const errors: string[] = [];
  const keys = new Set<string>();
  for (const sheet of plan.sheets) {
    if (!sheet.key) errors.push(`A sheet has no key (sheet "${sheet.name}").`);
    else if (keys.has(sheet.key)) errors.push(`Sheet key "${sheet.key}" is used twice.`);
    keys.add(sheet.key);
  }
  if (plan.sheets.length === 0) errors.push("The plan has no sheets.");
  errors.push(...validateReplaces(plan));
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) errors.push(...validateSheet(sheet, keys, tableNames));
  errors.push(...validateNames(plan, keys, tableNames));
  return errors;
}

/** A sheet can be superseded by one plan sheet at most (Excel compares sheet names case-insensitively). */
function validateReplaces(plan: WorkbookPlan): string[] {
  const errors: string[] = [];
  const replacedBy = new Map<string, string>();
  for (const sheet of plan.sheets) {
    if (sheet.replaces === undefined) continue;
    if (typeof sheet.replaces !== "string" || sheet.replaces.trim() === "") {
      errors.push(`Sheet "${sheet.key}": "replaces" must name the sheet it rebuilds.`);
      continue;
    }
    const lower = sheet.replaces.toLowerCase();
    const other = replacedBy.get(lower);
    if (other !== undefined)
      errors.push(
        `Sheets "${other}" and "${sheet.key}" both replace sheet "${sheet.replaces}"; only one can.`
      );
    else replacedBy.set(lower, sheet.key);
  }
  return errors;
}

function validateSheet(
  sheet: SheetPlan,
  keys: ReadonlySet<string>,
  tableNames: Set<string>
): string[] {
  const errors: string[] = [];
  const where = `Sheet "${sheet.key}"`;
  const range = (text: string, what: string): RangeAddress | undefined => {
    const parsed = parseRange(text);
    if (!parsed) errors.push(`${where}: ${what} "${text}" is not a valid A1 range.`);
    return parsed;
  };
  const color = (value: string | undefined, what: string) => {
    if (value !== undefined && !COLOR_PATTERN.test(value))
      errors.push(`${where}: ${what} "${value}" is not #RRGGBB.`);
  };

  /** Text a sheet carries outside its cells (prompts, list values, rules, chart titles) is XML too. */
  const xmlText = (text: string | undefined, what: string) => {
    const found = text === undefined ? undefined : firstForbiddenCharacter(text);
    if (found)
      errors.push(
        `${where}: ${what} holds the character ${found.code}, which a workbook cannot store.`
      );
  };

  color(sheet.tabColor, "tab colour");
  if (sheet.freeze && (sheet.freeze.rows < 0 || sheet.freeze.columns < 0))
    errors.push(`${where}: freeze panes must not be negative.`);

  const covered: { range: RangeAddress; anchor: string }[] = [];
  let textCells = 0;
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    if (!anchor) {
      errors.push(`${where}: block anchor "${block.anchor}" is not a cell address.`);
      continue;
    }
    const width = block.rows[0]?.length ?? 0;
    if (block.rows.length === 0 || width === 0) {
      errors.push(`${where}: block at ${block.anchor} is empty.`);
      continue;
    }
    const ragged = block.rows.findIndex((row) => row.length !== width);
    if (ragged >= 0) {
      errors.push(
        `${where}: block at ${block.anchor} has ${block.rows[ragged].length} cells in row ${ragged + 1}, expected ${width}.`
      );
      continue;
    }
    if (anchor.row + block.rows.length > MAX_ROWS || anchor.column + width > MAX_COLUMNS) {
      errors.push(`${where}: block at ${block.anchor} runs past the edge of the sheet.`);
      continue;
    }
    const area = blockRange(anchor, block.rows.length, width);
    const clash = covered.find((other) => rangesOverlap(other.range, area));
    if (clash) errors.push(`${where}: blocks at ${clash.anchor} and ${block.anchor} overlap.`);
    covered.push({ range: area, anchor: block.anchor });
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        // A formula's string literals are cell text too: a criterion must be the text it matches.
        const textProblem =
          typeof cell === "string"
            ? cellTextSentence(cell, "the text")
            : isFormulaCell(cell)
              ? cellTextSentence(cell.formula, "the formula")
              : undefined;
        if (textProblem !== undefined && ++textCells <= MAX_LISTED_TEXT_CELLS)
          errors.push(
            `${where} cell ${cellA1({ row: anchor.row + r, column: anchor.column + c })}: ${textProblem}`
          );
        if (!isFormulaCell(cell)) return;
        for (const problem of formulaProblems(cell.formula, keys)) {
          errors.push(
            `${where} cell at row ${anchor.row + r + 1}, column ${anchor.column + c + 1}: ${problem}`
          );
        }
      })
    );
  }

  if (textCells > MAX_LISTED_TEXT_CELLS)
    errors.push(
      `${where}: ${count(textCells - MAX_LISTED_TEXT_CELLS)} more cells hold text a workbook cannot store.`
    );

  for (const format of sheet.formats ?? []) range(format.range, "format range");
  for (const validation of sheet.validations ?? []) {
    range(validation.range, "validation range");
    const rule = validation.rule;
    xmlText(validation.prompt, `the prompt of the validation on ${validation.range}`);
    xmlText(validation.error, `the error message of the validation on ${validation.range}`);
    if (rule.type === "list")
      rule.values.forEach((value) => xmlText(value, `a list value on ${validation.range}`));
    if (rule.type === "list" && rule.values.length === 0)
      errors.push(`${where}: list validation on ${validation.range} has no values.`);
    if (
      rule.type !== "list" &&
      rule.min !== undefined &&
      rule.max !== undefined &&
      rule.min > rule.max
    ) {
      errors.push(
        `${where}: validation on ${validation.range} has min ${rule.min} above max ${rule.max}.`
      );
    }
  }
  for (const conditional of sheet.conditionalFormats ?? []) {
    range(conditional.range, "conditional format range");
    const rule = conditional.rule;
    if (rule.type === "dataBar") color(rule.color, "data bar colour");
    if (rule.type === "colorScale")
      [rule.minColor, rule.midColor, rule.maxColor].forEach((c) => color(c, "colour scale colour"));
    const ruleText = `the conditional format on ${conditional.range}`;
    if (rule.type === "cellValue")
      [rule.formula1, rule.formula2].forEach((f) => xmlText(f, ruleText));
    if (rule.type === "expression") xmlText(rule.formula, ruleText);
    if (rule.type === "cellValue" || rule.type === "expression") {
      color(rule.fill, "fill");
      color(rule.fontColor, "font colour");
    }
  }
  for (const editable of sheet.protection?.editableRanges ?? []) range(editable, "editable range");
  for (const width of sheet.columnWidths ?? []) {
    if (!parseRange(`${width.column}1`))
      errors.push(`${where}: column "${width.column}" is not a column letter.`);
    if (!(width.width > 0 && width.width <= 255))
      errors.push(`${where}: column ${width.column} width must be between 0 and 255.`);
  }
  if (sheet.print?.repeatRows && !/^\$?\d+:\$?\d+$/.test(sheet.print.repeatRows)) {
    errors.push(`${where}: repeated print rows "${sheet.print.repeatRows}" must look like "1:4".`);
  }

  const tableRanges: RangeAddress[] = [];
  for (const table of sheet.tables ?? []) {
    if (!isValidExcelName(table.name))
      errors.push(`${where}: table name "${table.name}" is not a valid Excel name.`);
    if (tableNames.has(table.name.toLowerCase()))
      errors.push(`${where}: table name "${table.name}" is used twice.`);
    tableNames.add(table.name.toLowerCase());
    const area = range(table.range, `table ${table.name} range`);
    if (area && tableRanges.some((other) => rangesOverlap(other, area)))
      errors.push(`${where}: table ${table.name} overlaps another table.`);
    if (area) tableRanges.push(area);
  }
  for (const chart of sheet.charts ?? []) {
    range(chart.categories, `chart "${chart.title}" categories`);
    range(chart.position, `chart "${chart.title}" position`);
    if (chart.series.length === 0) errors.push(`${where}: chart "${chart.title}" has no series.`);
    [chart.title, ...chart.series.map((series) => series.name)].forEach((text) =>
      xmlText(text, "a chart title or series name")
    );
    for (const series of chart.series) range(series.values, `chart series "${series.name}"`);
    [chart.categoryAxisTitle, chart.valueAxisTitle, chart.secondaryAxisTitle].forEach((text) =>
      xmlText(text, "a chart axis title")
    );
    errors.push(...chartProblems(chart, where, usedArea(covered.map(({ range }) => range))));
  }
  return errors;
}

/** The bounding box of a sheet's blocks: a chart drawing cells outside it draws nothing. */
function usedArea(areas: readonly RangeAddress[]): RangeAddress | undefined {
  if (areas.length === 0) return undefined;
  return {
    start: {
      row: Math.min(...areas.map((a) => a.start.row)),
      column: Math.min(...areas.map((a) => a.start.column)),
    },
    end: {
      row: Math.max(...areas.map((a) => a.end.row)),
      column: Math.max(...areas.map((a) => a.end.column)),
    },
  };
}

/** Why a workbook cannot hold `text`, as a sentence end; undefined when it can. */
function cellTextSentence(text: string, what: string): string | undefined {
  const problem = cellTextProblem(text);
  if (problem === undefined) return undefined;
  if (problem === "tooLong")
    return `${what} has ${count(text.length)} characters; a cell holds at most ${count(MAX_CELL_TEXT_LENGTH)}.`;
  const found = firstForbiddenCharacter(text)!;
  return `${what} holds the character ${found.code} (at character ${found.position}), which a workbook cannot store.`;
}

/**
 * What is wrong with one formula, as sentence ends; empty when nothing is. Large plans hold hundreds
 * of thousands of formulas, so each check runs only when the formula could fail it.
 */
function formulaProblems(formula: string, keys: ReadonlySet<string>): string[] {
  if (!formula.startsWith("=")) return [`formula "${formula}" must start with "=".`];
  const problems: string[] = [];
  // String literals cannot hold references.
  const code = formula.includes('"') ? formula.replace(/"(?:[^"]|"")*"/g, '""') : formula;
  if (code.includes("{sheet:")) {
    for (const match of code.matchAll(SHEET_REFERENCE)) {
      if (!keys.has(match[1]))
        problems.push(`formula refers to sheet key "${match[1]}", which the plan does not have.`);
    }
  }
  let depth = 0;
  for (let i = 0; i < code.length && depth >= 0; i++) {
    const ch = code[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
  }
  if (depth !== 0) problems.push(`formula "${formula}" has unbalanced parentheses.`);
  // Only a 7-digit row or a 3-letter column can fall outside Excel's grid; most formulas have neither.
  if (!MAYBE_OUTSIDE_GRID.test(code)) return problems;
  for (const match of code.matchAll(A1_REFERENCE)) {
    const reference = `${match[1]}${match[2]}`;
    if (!parseCell(reference)) problems.push(`formula refers to ${reference}, outside the sheet.`);
  }
  return problems;
}

function validateNames(
  plan: WorkbookPlan,
  keys: ReadonlySet<string>,
  tableNames: ReadonlySet<string>
): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const name of plan.names ?? []) {
    const localTo = localSheetKey(name);
    const scopeKey =
      localTo === undefined ? name.name.toLowerCase() : `${localTo}!${name.name.toLowerCase()}`;
    if (!isValidExcelName(name.name))
      errors.push(`Defined name "${name.name}" is not a valid Excel name.`);
    if (seen.has(scopeKey))
      errors.push(`Defined name "${name.name}" is defined twice in the same scope.`);
    if (tableNames.has(name.name.toLowerCase()))
      errors.push(`Defined name "${name.name}" clashes with a table name.`);
    seen.add(scopeKey);
    if (!keys.has(name.sheet))
      errors.push(
        `Defined name "${name.name}" refers to sheet key "${name.sheet}", which the plan does not have.`
      );
    if (name.localTo !== undefined && name.scope !== "sheet")
      errors.push(`Defined name "${name.name}" has localTo but its scope is not "sheet".`);
    else if (name.localTo !== undefined && !keys.has(name.localTo))
      errors.push(
        `Defined name "${name.name}" is local to sheet key "${name.localTo}", which the plan does not have.`
      );
    if (!parseRange(name.range))
      errors.push(`Defined name "${name.name}" has range "${name.range}", not a valid A1 range.`);
  }
  return errors;
}
