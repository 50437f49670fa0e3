/**
 * The xlsx adapter: a WorkbookPlan → an .xlsx file, with ExcelJS.
 *
 * Formulas are written with their computed results cached, so a viewer that does not recalculate (a
 * preview, a phone, a script reading the file) shows the right numbers; Excel and LibreOffice recalculate
 * anyway (test/support/libreoffice.ts checks that they agree). Without computed values the file asks for a
 * full recalculation on load. ExcelJS cannot write charts: chartParts.ts adds them to what it wrote.
 */
import * as ExcelJS from "exceljs";
import { cellA1, parseCell, parseRange, rangeA1 } from "../../plan/a1";
import { assignSheetNames } from "../../plan/sheetNames";
import {
  isFormulaCell,
  type CellBlock,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from "../../plan/types";
import { validatePlan } from "../../plan/validatePlan";
import { WorkbookError, type ApplyResult, type ComputedValue, type ComputedValues } from "../port";
import { cellLooks, styleRenderer } from "./cellStyles";
import { toExcelRule } from "./conditionalFormats";
import { toExcelValidation } from "./dataValidations";
import { addChartFiles, addChartParts } from "./chartParts";
import { addDefinedNames } from "./definedNames";
import { toFileFormula } from "./fileFormulas";
import { encodeFileText } from "./fileText";
import { applyColumnWidths, worksheetOptions } from "./sheetLayout";
import { addTable } from "./tables";
import {
  sampleRowStyles,
  splitStreamedBlock,
  streamedRowsXml,
  type StreamedBlock,
} from "./streamedBlocks";
import { fflateGzip, spliceStreamedRows, type Gzipper, type SheetSplice } from "./zipSplice";

export interface XlsxWriteOptions {
  /**
   * Names the file's sheets must not take (the workbook the file will join): "Sales" becomes "Sales (2)".
   * This holds for a sheet that `replaces` one of them too: a new file cannot hide and keep the sheet it
   * would supersede in another workbook, so it takes a free name and reports no `previousVersions`
   * (rebuild in place is for the Excel and memory adapters, which hold the old sheet).
   */
  existingSheetNames?: string[];
  /**
   * Plan keys of sheets the file keeps hidden (a memory workbook's kept versions of rebuilt sheets, when
   * the playground downloads it); Excel's Unhide shows them.
   */
  hiddenSheetKeys?: readonly string[];
  /** The deflater for the file's parts when big blocks are streamed: default fflate's (browser too). */
  gzip?: Gzipper;
  /** Rows of a streamed block written so far, its first (header) row included (for a progress line). */
  onRowsWritten?: (rows: number) => void;
}

/** A plan feature the file does not carry, for the caller to tell the user. */
export interface OmittedFeature {
  kind: "nameComment";
  /** Plan sheet key ("" for a workbook-level feature). */
  sheetKey: string;
  description: string;
}

export interface XlsxWriteOutput {
  buffer: Buffer;
  result: ApplyResult;
  omitted: OmittedFeature[];
}

/** ExcelJS keeps range validations on `worksheet.dataValidations`, which its typings leave out. */
interface WorksheetWithValidations extends ExcelJS.Worksheet {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

interface WriteContext {
  sheetNames: ReadonlyMap<string, string>;
  computed: ComputedValues | undefined;
  renderStyle: ReturnType<typeof styleRenderer>;
}

export async function writePlanToXlsx(
  plan: WorkbookPlan,
  computed: ComputedValues | undefined,
  options: XlsxWriteOptions = {}
): Promise<XlsxWriteOutput> {
  const errors = validatePlan(plan);
  if (errors.length > 0)
    throw new WorkbookError("invalidPlan", `The plan is not valid:\n${errors.join("\n")}`);
  const sheetNames = assignSheetNames(plan.sheets, options.existingSheetNames ?? []);
  try {
    const workbook = new ExcelJS.Workbook();
    const context: WriteContext = { sheetNames, computed, renderStyle: styleRenderer() };
    // Big blocks: ExcelJS writes their first rows, the rest is streamed into the file (streamedBlocks.ts).
    const split = plan.sheets.map(splitStreamedBlock);
    for (const { sheet } of split) await writeSheet(workbook, sheet, context);
    for (const key of options.hiddenSheetKeys ?? []) {
      const worksheet = workbook.getWorksheet(sheetNames.get(key) ?? "");
      if (!worksheet)
        throw new WorkbookError("invalidPlan", `The plan has no sheet "${key}" to hide.`);
      worksheet.state = "hidden";
    }
    const positions = new Map(plan.sheets.map((sheet, index) => [sheet.key, index]));
    addDefinedNames(workbook, plan.names ?? [], sheetNames, positions);
    if (!computed) workbook.calcProperties.fullCalcOnLoad = true;
    // A file with streamed rows or charts is zipped again (spliceStreamedRows, addChartParts): deflating
    // ExcelJS's package first would be wasted work.
    const zippedAgain =
      split.some(({ streamed }) => streamed) ||
      plan.sheets.some((sheet) => (sheet.charts ?? []).length > 0);
    let buffer: Buffer = Buffer.from(
      await workbook.xlsx.writeBuffer(zippedAgain ? { zip: { compression: "STORE" } } : undefined)
    );
    const splices = split.flatMap(({ streamed }) =>
      streamed ? [sheetSplice(streamed, sheetNames, computed, options.onRowsWritten)] : []
    );
    // Charts add parts and relationships and touch no rows: packed with the streamed rows when there are
    // any (one deflate of the big parts; re-zipping the spliced file afterwards would inflate a
    // million-row data sheet whole, ~0.5 GB of XML), else added to ExcelJS's package.
    if (splices.length > 0)
      buffer = await spliceStreamedRows(
        buffer,
        splices,
        options.gzip ?? fflateGzip,
        sampleRowStyles,
        (files) => addChartFiles(files, plan, sheetNames)
      );
    else buffer = Buffer.from(addChartParts(new Uint8Array(buffer), plan, sheetNames));
    return {
      buffer,
      result: { sheetNames: Object.fromEntries(sheetNames) },
      omitted: omittedFeatures(plan),
    };
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(
      "applyFailed",
      `Writing the .xlsx file failed: ${error instanceof Error ? error.message : String(error)}`,
      error
    );
  }
}

function sheetSplice(
  streamed: StreamedBlock,
  sheetNames: ReadonlyMap<string, string>,
  computed: ComputedValues | undefined,
  onRows: ((rows: number) => void) | undefined
): SheetSplice {
  const width = streamed.block.rows[0].length;
  return {
    sheetName: sheetNames.get(streamed.sheetKey) as string,
    rows: (styles, sharedString) =>
      streamedRowsXml(
        streamed,
        styles(streamed.sampleRow),
        { sheetNames, computed, sharedString },
        onRows
      ),
    lastRow: streamed.lastRow,
    lastColumn: streamed.anchorColumn + width - 1,
    tables: streamed.tables,
  };
}

async function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetPlan,
  context: WriteContext
): Promise<void> {
  const name = context.sheetNames.get(sheet.key) as string;
  const where = `Sheet "${sheet.key}"`;
  const worksheet = workbook.addWorksheet(name, worksheetOptions(sheet));
  for (const block of sheet.blocks) writeBlock(worksheet, block, sheet.key, context);

  const protectedSheet = sheet.protection !== undefined;
  const looks = cellLooks(
    sheet.formats ?? [],
    protectedSheet ? sheet.protection!.editableRanges : []
  );
  for (const [key, look] of looks) {
    const [row, column] = key.split(",").map(Number);
    worksheet.getCell(row + 1, column + 1).style = context.renderStyle(look);
  }
  applyColumnWidths(worksheet, sheet.columnWidths ?? []);

  for (const validation of sheet.validations ?? []) {
    const range = rangeA1(parseRange(validation.range)!);
    (worksheet as WorksheetWithValidations).dataValidations.add(
      range,
      toExcelValidation(validation, `${where} validation on ${range}`)
    );
  }
  let priority = 1;
  for (const conditional of sheet.conditionalFormats ?? []) {
    const ref = rangeA1(parseRange(conditional.range)!);
    const toFormula = (formula: string) =>
      toFileFormula(formula, context.sheetNames, `${where} conditional format on ${ref}`);
    worksheet.addConditionalFormatting({
      ref,
      rules: [toExcelRule(conditional.rule, priority++, toFormula)],
    });
  }
  for (const table of sheet.tables ?? []) addTable(worksheet, table, where);

  if (protectedSheet) {
    // Everything is locked by default; cellLooks unlocked the editable ranges.
    await worksheet.protect(sheet.protection!.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
    });
  }
}

function writeBlock(
  worksheet: ExcelJS.Worksheet,
  block: CellBlock,
  sheetKey: string,
  context: WriteContext
): void {
  const anchor = parseCell(block.anchor)!;
  block.rows.forEach((cells, r) => {
    const row = worksheet.getRow(anchor.row + r + 1);
    cells.forEach((cell, c) => {
      if (cell === null) return;
      const position = { row: anchor.row + r, column: anchor.column + c };
      row.getCell(position.column + 1).value = fileCellValue(cell, sheetKey, position, context);
    });
  });
}

function fileCellValue(
  cell: Exclude<PlanCell, null>,
  sheetKey: string,
  position: { row: number; column: number },
  context: WriteContext
): ExcelJS.CellValue {
  const where = () => `Sheet "${sheetKey}" cell ${cellA1(position)}`;
  if (isFormulaCell(cell)) {
    const formula = toFileFormula(cell.formula, context.sheetNames, where());
    const result = context.computed
      ? cachedResult(context.computed.get(sheetKey, position.row, position.column))
      : undefined;
    return result === undefined ? { formula } : { formula, result };
  }
  // User text stays text: a string cell is never evaluated, whatever it starts with.
  if (typeof cell === "string") return encodeFileText(cell);
  if (typeof cell === "number" && !Number.isFinite(cell))
    throw new WorkbookError("invalidPlan", `${where()}: ${cell} is not a number Excel can hold.`);
  return cell;
}

/** A computed result as ExcelJS caches it; no result (null) leaves the cache empty. */
function cachedResult(value: ComputedValue): ExcelJS.CellFormulaValue["result"] {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "object") return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

function omittedFeatures(plan: WorkbookPlan): OmittedFeature[] {
  const omitted: OmittedFeature[] = [];
  for (const name of plan.names ?? []) {
    if (name.comment)
      omitted.push({
        kind: "nameComment",
        sheetKey: "",
        description: `comment of defined name ${name.name}`,
      });
  }
  return omitted;
}
