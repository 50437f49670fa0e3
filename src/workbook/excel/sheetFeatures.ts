/**
 * The small operations of a plan: one Office.js object each (a sheet, a name, a table, a validation …;
 * charts in chartOperation.ts, conditional formats in conditionalFormatOperation.ts). Each returns a
 * QueuedOperation whose cost is its action count plus its arguments.
 */
import { absoluteRangeA1, columnIndex, parseRange, quoteSheetName } from "../../plan/a1";
import { STYLES, type StyleDefinition } from "../../plan/styles";
import {
  localSheetKey,
  type DataValidation,
  type DefinedName,
  type FormatRange,
  type SheetPlan,
  type TablePlan,
} from "../../plan/types";
import { WorkbookError } from "../port";
import { sheetOf, type QueuedOperation } from "./operation";
import {
  columnWidthPoints,
  dataValidationRule,
  horizontalAlignment,
  pageOrientation,
  paperSize,
  printTitleRows,
  printZoom,
} from "./officeMappings";
import { jsonBytes, operationBytes } from "./requestBudget";
import type { ReplacedSheet } from "./rollback";

/**
 * Adds the sheet with, in the same breath, the marker name (a workbook name referring to the sheet's A1)
 * that tells a clean-up the sheet is this build's,
 * and loads its id (the clean-up's surer handle once this request has succeeded; rollback.ts).
 *
 * A sheet that replaces one (SheetPlan.replaces) first renames the old sheet to its backup name, which
 * frees the name; then takes the old sheet's tab (`position`, adjusted for the replacements before it)
 * and hides the old sheet, now right after it.
 */
export function addSheet(
  sheet: SheetPlan,
  name: string,
  marker: string,
  replacing?: { old: ReplacedSheet; position: number }
): QueuedOperation {
  const replaceArgs = replacing
    ? [replacing.old.id, replacing.old.backup, replacing.position, "Hidden"]
    : [];
  return {
    label: replacing
      ? `add sheet "${name}" (keeping the old one as "${replacing.old.backup}")`
      : `add sheet "${name}"`,
    bytes: operationBytes(replacing ? 9 : 4, jsonBytes([name, marker, ...replaceArgs])),
    queue: (target) => {
      const workbook = target.context.workbook;
      const worksheets = workbook.worksheets;
      if (replacing) worksheets.getItem(replacing.old.id).name = replacing.old.backup;
      const added = worksheets.add(name);
      // A workbook name, not one of the sheet's (rollback.ts: office-js#6365 on Mac).
      workbook.names.add(marker, added.getRange("A1"));
      if (replacing) {
        added.position = replacing.position;
        // Fetched again by id: on the web the renamed sheet's proxy fails "Invalid sheet" (office-js#3218).
        worksheets.getItem(replacing.old.id).visibility = "Hidden";
      }
      added.load("id");
      target.sheets.set(sheet.key, added);
    },
  };
}

/**
 * Points a workbook name the workbook has at the plan's range on a rebuilt sheet. Renaming the old sheet
 * took the name along to the backup (Excel follows sheets); the name's comment is kept.
 */
export function repointName(
  name: DefinedName,
  existing: string,
  sheetName: string
): QueuedOperation {
  const formula = `=${quoteSheetName(sheetName)}!${absoluteRangeA1(parseRange(name.range)!)}`;
  return {
    label: `name ${existing} (re-pointed)`,
    bytes: operationBytes(2, jsonBytes([existing, formula])),
    queue: (target) => {
      target.context.workbook.names.getItem(existing).formula = formula;
    },
  };
}

/**
 * Workbook names go to workbook.names, sheet-scoped ones to the names collection of the new sheet they
 * are local to (which may not be the sheet their range is on: fitPlanToWorkbook.ts).
 */
export function addName(name: DefinedName): QueuedOperation {
  const localTo = localSheetKey(name);
  return {
    label: `name ${name.name}`,
    bytes: operationBytes(2, jsonBytes([name.name, name.range, name.comment ?? ""])),
    queue: (target) => {
      const range = sheetOf(target, name.sheet).getRange(name.range);
      const names =
        localTo === undefined ? target.context.workbook.names : sheetOf(target, localTo).names;
      names.add(name.name, range, name.comment);
    },
  };
}

export function addTable(sheet: SheetPlan, table: TablePlan): QueuedOperation {
  return {
    label: `table ${table.name}`,
    bytes: operationBytes(5, jsonBytes([table.range, table.name, table.style ?? ""])),
    queue: (target) => {
      // The table's cells are written before this, so Excel takes the header row from them. A range of
      // the sheet, not a bare address, which TableCollection.add takes on the active sheet.
      const worksheet = sheetOf(target, sheet.key);
      const added = worksheet.tables.add(worksheet.getRange(table.range), true);
      added.name = table.name;
      if (table.style) added.style = table.style;
      if (table.showTotals) added.showTotals = true;
    },
  };
}

/** Renders a style preset (src/plan/styles.ts) plus the range's own alignment and wrapping. */
export function styleRange(sheet: SheetPlan, format: FormatRange): QueuedOperation | undefined {
  const style: StyleDefinition = format.style ? STYLES[format.style] : {};
  const align = format.align ?? style.align;
  const { bold, italic, fontSize, fontColor, fill } = style;
  const setters: ((target: Excel.RangeFormat) => void)[] = [];
  if (bold !== undefined) setters.push((f) => (f.font.bold = bold));
  if (italic !== undefined) setters.push((f) => (f.font.italic = italic));
  if (fontSize !== undefined) setters.push((f) => (f.font.size = fontSize));
  if (fontColor !== undefined) setters.push((f) => (f.font.color = fontColor));
  if (fill !== undefined) setters.push((f) => (f.fill.color = fill));
  for (const edge of style.borders ?? []) {
    setters.push((f) => {
      const border = f.borders.getItem(edge === "top" ? "EdgeTop" : "EdgeBottom");
      border.style = "Continuous";
      border.weight = "Thin";
    });
  }
  if (style.doubleTop) setters.push((f) => (f.borders.getItem("EdgeTop").style = "Double"));
  if (align !== undefined)
    setters.push((f) => (f.horizontalAlignment = horizontalAlignment(align)));
  const wrap = format.wrap;
  if (wrap !== undefined) setters.push((f) => (f.wrapText = wrap));
  if (setters.length === 0) return undefined;
  return {
    label: `${sheet.name}!${format.range} style`,
    // Up to three actions per setter (a border is getItem + style + weight).
    bytes: operationBytes(1 + 3 * setters.length, 64),
    queue: (target) => {
      const rangeFormat = sheetOf(target, sheet.key).getRange(format.range).format;
      for (const set of setters) set(rangeFormat);
    },
  };
}

export function setColumnWidths(sheet: SheetPlan): QueuedOperation | undefined {
  const spans = columnSpans(sheet, sheet.columnWidths ?? []);
  if (spans.length === 0) return undefined;
  return {
    label: `${sheet.name} column widths`,
    bytes: operationBytes(2 * spans.length, 32 * spans.length),
    queue: (target) => {
      const worksheet = sheetOf(target, sheet.key);
      for (const { columns, width } of spans)
        worksheet.getRange(columns).format.columnWidth = columnWidthPoints(width);
    },
  };
}

/**
 * Neighbouring columns of the same width as one "F:I" range: one getRange and one assignment instead of
 * one per column. A column listed twice keeps its last width, as when each is set in turn.
 */
function columnSpans(
  sheet: SheetPlan,
  widths: readonly { column: string; width: number }[]
): { columns: string; width: number }[] {
  const byIndex = new Map<number, { letters: string; width: number }>();
  for (const { column, width } of widths) {
    const index = columnIndex(column);
    if (index === undefined)
      throw new WorkbookError(
        "invalidPlan",
        `Sheet "${sheet.name}": column "${column}" is not a column letter.`
      );
    byIndex.set(index, { letters: column.toUpperCase(), width });
  }
  const spans: { first: string; last: string; lastIndex: number; width: number }[] = [];
  for (const [index, { letters, width }] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    const span = spans[spans.length - 1];
    if (span && span.lastIndex === index - 1 && span.width === width) {
      span.last = letters;
      span.lastIndex = index;
    } else spans.push({ first: letters, last: letters, lastIndex: index, width });
  }
  return spans.map(({ first, last, width }) => ({ columns: `${first}:${last}`, width }));
}

export function addValidation(sheet: SheetPlan, validation: DataValidation): QueuedOperation {
  const rule = dataValidationRule(validation.rule);
  return {
    label: `${sheet.name}!${validation.range} validation`,
    bytes: operationBytes(5, jsonBytes([rule, validation.prompt ?? "", validation.error ?? ""])),
    queue: (target) => {
      const dataValidation = sheetOf(target, sheet.key).getRange(validation.range).dataValidation;
      dataValidation.rule = rule;
      dataValidation.ignoreBlanks = validation.allowBlank ?? true;
      if (validation.prompt)
        dataValidation.prompt = { showPrompt: true, title: "", message: validation.prompt };
      // Invalid entries are refused ("Stop"), with the plan's sentence when it has one.
      dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "",
        message: validation.error ?? "",
      };
    },
  };
}

/** Freeze panes, tab colour and print setup: the sheet-level view settings. */
export function setSheetView(sheet: SheetPlan): QueuedOperation | undefined {
  const { freeze, tabColor, print } = sheet;
  const freezes = freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0);
  if (!freezes && !tabColor && !print) return undefined;
  return {
    label: `${sheet.name} view and print setup`,
    bytes: operationBytes(8, 128),
    queue: (target) => {
      const worksheet = sheetOf(target, sheet.key);
      if (freeze && freeze.rows > 0 && freeze.columns > 0) {
        worksheet.freezePanes.freezeAt(
          worksheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns)
        );
      } else if (freeze && freeze.rows > 0) worksheet.freezePanes.freezeRows(freeze.rows);
      else if (freeze && freeze.columns > 0) worksheet.freezePanes.freezeColumns(freeze.columns);
      if (tabColor) worksheet.tabColor = tabColor;
      if (print) {
        const layout = worksheet.pageLayout;
        layout.orientation = pageOrientation(print.orientation);
        layout.paperSize = paperSize(print.paper);
        const zoom = printZoom(print);
        if (zoom) layout.zoom = zoom;
        if (print.repeatRows)
          layout.setPrintTitleRows(worksheet.getRange(printTitleRows(print.repeatRows)));
      }
    },
  };
}

/** Last for its sheet: unlock the editable ranges, then protect (a protected sheet refuses writes). */
export function protectSheet(sheet: SheetPlan): QueuedOperation | undefined {
  const protection = sheet.protection;
  if (!protection) return undefined;
  return {
    label: `${sheet.name} protection`,
    bytes: operationBytes(2 + 2 * protection.editableRanges.length, jsonBytes(protection)),
    queue: (target) => {
      const worksheet = sheetOf(target, sheet.key);
      for (const range of protection.editableRanges)
        worksheet.getRange(range).format.protection.locked = false;
      // Users may still resize rows and columns of a protected plan sheet.
      const options: Excel.WorksheetProtectionOptions = {
        allowFormatColumns: true,
        allowFormatRows: true,
      };
      if (protection.password) worksheet.protection.protect(options, protection.password);
      else worksheet.protection.protect(options);
    },
  };
}
