/**
 * Whether live formulas fit a workbook's formula budget (WorkbookPort.formulaBudget), checked before a
 * build so the playground never freezes for minutes in HyperFormula: the estimate is the plan's formula
 * cells × the source rows they read × the engine's measured seconds per formula-row.
 */
import { isFormulaCell, type WorkbookPlan } from "../../plan/types";
import type { FormulaBudget } from "../../workbook/port";

/** Formula cells in the plan's blocks. */
export function countFormulas(plan: WorkbookPlan): number {
  let formulas = 0;
  for (const sheet of plan.sheets)
    for (const block of sheet.blocks)
      for (const row of block.rows) for (const cell of row) if (isFormulaCell(cell)) formulas++;
  return formulas;
}

/** The estimated seconds when they exceed the budget; undefined when the work fits or nothing limits it. */
export function overFormulaBudget(
  budget: FormulaBudget | undefined,
  formulas: number,
  sourceRows: number
): number | undefined {
  if (budget === undefined) return undefined;
  const rate =
    budget.small && sourceRows <= budget.small.upToRows
      ? budget.small.secondsPerFormulaRow
      : budget.secondsPerFormulaRow;
  const seconds = formulas * sourceRows * rate;
  return seconds > budget.maxSeconds ? seconds : undefined;
}
