/**
 * The small operations of a plan: one Office.js object each (a sheet, a name, a table, a chart, a
 * validation …). Each returns a QueuedOperation whose cost is its action count plus its arguments.
 */
import {
  absoluteRangeA1,
  cellA1,
  columnIndex,
  parseRange,
  quoteSheetName,
  rangeSize,
} from "../../plan/a1";
import { isShareChart, rangeNumberFormat } from "../../plan/charts";
import { resolveSheetReferences } from "../../plan/sheetNames";
import { STYLES, type StyleDefinition } from "../../plan/styles";
import {
  localSheetKey,
  type ChartPlan,
  type ConditionalFormat,
  type ConditionalFormatRule,
  type DataValidation,
  type DefinedName,
  type FormatRange,
  type SheetPlan,
  type TablePlan,
} from "../../plan/types";
import { WorkbookError } from "../port";
import { sheetOf, type QueuedOperation } from "./operation";
import {
  cellValueOperator,
  chartType,
  columnWidthPoints,
  conditionalFormula,
  dataValidationRule,
  horizontalAlignment,
  iconSetStyle,
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

export function addConditionalFormat(
  sheet: SheetPlan,
  conditional: ConditionalFormat,
  sheetNames: ReadonlyMap<string, string>
): QueuedOperation {
  const add = conditionalFormatAdder(conditional.rule, (text) => {
    // Resolved now, so an unknown {sheet:key} fails before anything is written.
    try {
      return conditionalFormula(resolveSheetReferences(text, sheetNames));
    } catch (error) {
      throw new WorkbookError(
        "invalidPlan",
        `Sheet "${sheet.name}" conditional format on ${conditional.range}: ${(error as Error).message}`,
        error
      );
    }
  });
  return {
    label: `${sheet.name}!${conditional.range} conditional format`,
    bytes: operationBytes(6, jsonBytes(conditional.rule)),
    queue: (target) =>
      add(sheetOf(target, sheet.key).getRange(conditional.range).conditionalFormats),
  };
}

function conditionalFormatAdder(
  rule: ConditionalFormatRule,
  formula: (text: string) => string
): (formats: Excel.ConditionalFormatCollection) => void {
  switch (rule.type) {
    case "dataBar":
      return (formats) => (formats.add("DataBar").dataBar.positiveFormat.fillColor = rule.color);
    case "colorScale":
      return (formats) =>
        (formats.add("ColorScale").colorScale.criteria = {
          minimum: { type: "LowestValue", color: rule.minColor },
          ...(rule.midColor
            ? { midpoint: { type: "Percentile", formula: "50", color: rule.midColor } }
            : {}),
          maximum: { type: "HighestValue", color: rule.maxColor },
        });
    case "iconSet":
      return (formats) => (formats.add("IconSet").iconSet.style = iconSetStyle(rule.icons));
    case "cellValue": {
      const cellRule: Excel.ConditionalCellValueRule = {
        operator: cellValueOperator(rule.operator),
        formula1: formula(rule.formula1),
        ...(rule.formula2 !== undefined ? { formula2: formula(rule.formula2) } : {}),
      };
      return (formats) => {
        const cellValue = formats.add("CellValue").cellValue;
        cellValue.rule = cellRule;
        paint(cellValue.format, rule.fill, rule.fontColor);
      };
    }
    case "expression": {
      const expression = formula(rule.formula);
      return (formats) => {
        const custom = formats.add("Custom").custom;
        custom.rule.formula = expression;
        paint(custom.format, rule.fill, rule.fontColor);
      };
    }
  }
}

function paint(
  format: Excel.ConditionalRangeFormat,
  fill: string | undefined,
  fontColor: string | undefined
): void {
  if (fill) format.fill.color = fill;
  if (fontColor) format.font.color = fontColor;
}

/**
 * Every call here is in ExcelApi 1.9 or older (the manifest's requirement; test/workbook/excelCharts
 * checks each against @types/office-js): charts.add, title, legend and axis titles 1.1, series.add,
 * setValues, setXAxisValues, chartType, doughnutHoleSize and axes.getItem 1.7, axisGroup and axis
 * numberFormat 1.8.
 */
export function addChart(sheet: SheetPlan, chart: ChartPlan): QueuedOperation {
  const formats = chart.series.map((series) => rangeNumberFormat(sheet, series.values));
  const primaryFormat = formats.find((_, i) => chart.series[i].axis !== "secondary");
  const secondaryFormat = formats.find((_, i) => chart.series[i].axis === "secondary");
  return {
    label: `${sheet.name} chart "${chart.title}"`,
    bytes: operationBytes(16 + 6 * chart.series.length, jsonBytes([chart, formats])),
    queue: (target) => {
      const worksheet = sheetOf(target, sheet.key);
      const [first, ...rest] = chart.series;
      // Created from the first series' values only, so Excel's guessing adds exactly that one series.
      const added = worksheet.charts.add(
        chartType(chart.type),
        worksheet.getRange(first.values),
        seriesBy(first.values)
      );
      added.title.text = chart.title;
      const position = parseRange(chart.position);
      if (position) added.setPosition(cellA1(position.start), cellA1(position.end));
      const categories = worksheet.getRange(chart.categories);
      const firstSeries = added.series.getItemAt(0);
      firstSeries.name = first.name;
      firstSeries.setXAxisValues(categories);
      const all = [{ plan: first, series: firstSeries }];
      for (const plan of rest) {
        const series = added.series.add(plan.name);
        series.setValues(worksheet.getRange(plan.values));
        series.setXAxisValues(categories);
        all.push({ plan, series });
      }
      for (const { plan, series } of all) {
        if (plan.axis !== "secondary") continue;
        // A ratio on the amounts' axis lies flat at zero: its own line and axis on the right.
        series.chartType = "Line";
        series.axisGroup = "Secondary";
      }
      added.legend.visible = true;
      added.legend.position = isShareChart(chart) ? "Right" : "Bottom";
      if (isShareChart(chart)) {
        if (chart.type === "donut") firstSeries.doughnutHoleSize = 50;
        added.dataLabels.showPercentage = true;
        added.dataLabels.showValue = false;
        return;
      }
      const valueAxis = added.axes.valueAxis;
      if (primaryFormat) valueAxis.numberFormat = primaryFormat;
      if (chart.valueAxisTitle) valueAxis.title.text = chart.valueAxisTitle;
      if (chart.categoryAxisTitle) added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
      if (chart.type !== "combo") return;
      // After axisGroup above: the secondary axis exists only once a series is on it.
      const secondary = added.axes.getItem("Value", "Secondary");
      if (secondaryFormat) secondary.numberFormat = secondaryFormat;
      if (chart.secondaryAxisTitle) secondary.title.text = chart.secondaryAxisTitle;
    },
  };
}

function seriesBy(values: string): "Columns" | "Rows" | "Auto" {
  const area = parseRange(values);
  if (!area) return "Auto";
  const { rows, columns } = rangeSize(area);
  return columns === 1 ? "Columns" : rows === 1 ? "Rows" : "Auto";
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
