/**
 * Limits Excel enforces that validatePlan (adapter-neutral) does not know. Checked before the workbook is
 * touched, so a plan Excel would refuse or silently cut fails with a sentence naming the place instead.
 */
import { cellA1, parseCell } from "../../plan/a1";
import { isFormulaCell, type SheetPlan, type WorkbookPlan } from "../../plan/types";
import { WorkbookError } from "../port";

/** Characters one cell can hold: validatePlan refuses longer text for every adapter (plan/cellText.ts). */
export { MAX_CELL_TEXT_LENGTH } from "../../plan/cellText";
/** Characters in a formula's contents. */
export const MAX_FORMULA_LENGTH = 8_192;
/** An inline list validation's source ("a,b,c") and a validation prompt or error message. */
export const MAX_VALIDATION_TEXT_LENGTH = 255;
/** A chart title or series name. */
export const MAX_CHART_TEXT_LENGTH = 255;

const count = (n: number) => n.toLocaleString("en-US");

/** Throws WorkbookError("tooLarge" or "invalidPlan") for the first problem found. */
export function checkExcelLimits(plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    checkCells(sheet);
    checkValidations(sheet);
    checkCharts(sheet);
  }
}

function checkCells(sheet: SheetPlan): void {
  for (const block of sheet.blocks) {
    const anchor = parseCell(block.anchor);
    if (!anchor) continue; // validatePlan reports it
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const at = () =>
          `Sheet "${sheet.name}" cell ${cellA1({ row: anchor.row + r, column: anchor.column + c })}`;
        if (isFormulaCell(cell)) {
          if (cell.formula.length > MAX_FORMULA_LENGTH) {
            throw new WorkbookError(
              "tooLarge",
              `${at()}: the formula has ${count(cell.formula.length)} characters; Excel allows at most ${count(MAX_FORMULA_LENGTH)}. Nothing was written.`
            );
          }
        } else if (typeof cell === "number" && !Number.isFinite(cell)) {
          throw new WorkbookError(
            "invalidPlan",
            `${at()}: ${cell} is not a number Excel can store. Nothing was written.`
          );
        }
      })
    );
  }
}

function checkValidations(sheet: SheetPlan): void {
  for (const validation of sheet.validations ?? []) {
    const where = `Sheet "${sheet.name}" validation on ${validation.range}`;
    for (const [what, text] of [
      ["prompt", validation.prompt],
      ["error message", validation.error],
    ] as const) {
      if (text !== undefined && text.length > MAX_VALIDATION_TEXT_LENGTH) {
        throw new WorkbookError(
          "tooLarge",
          `${where}: the ${what} has ${text.length} characters; Excel allows ${MAX_VALIDATION_TEXT_LENGTH}.`
        );
      }
    }
    if (validation.rule.type !== "list") continue;
    const values = validation.rule.values;
    // An inline list is one comma-separated string: a comma inside a value would split it, and a source
    // starting with "=" (or + - @) is read by Excel as a formula or reference, not as the first item.
    const withComma = values.find((value) => value.includes(","));
    if (withComma !== undefined) {
      throw new WorkbookError(
        "invalidPlan",
        `${where}: the list value "${withComma}" contains a comma, which an Excel list cannot hold.`
      );
    }
    const source = values.join(",");
    if (/^\s*[=+\-@]/.test(source)) {
      throw new WorkbookError(
        "invalidPlan",
        `${where}: the first list value "${values[0]}" would be read as a formula; reorder or rename it.`
      );
    }
    if (source.length > MAX_VALIDATION_TEXT_LENGTH) {
      throw new WorkbookError(
        "tooLarge",
        `${where}: the list "${source.slice(0, 40)}…" has ${source.length} characters; Excel allows ${MAX_VALIDATION_TEXT_LENGTH}.`
      );
    }
  }
}

function checkCharts(sheet: SheetPlan): void {
  for (const chart of sheet.charts ?? []) {
    for (const text of [chart.title, ...chart.series.map((series) => series.name)]) {
      if (text.length > MAX_CHART_TEXT_LENGTH) {
        throw new WorkbookError(
          "tooLarge",
          `Sheet "${sheet.name}" chart "${chart.title.slice(0, 40)}": "${text.slice(0, 40)}…" has ${text.length} characters; Excel allows ${MAX_CHART_TEXT_LENGTH}.`
        );
      }
    }
  }
}
