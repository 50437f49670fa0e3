/**
 * A user's own template from a table (CSV or .xlsx, read with src/io/readTabularFile.ts) or a JSON
 * file. Columns, headers in en-US or zh-CN:
 *   dimension 维度 · kpi 指标 · weight 权重 · direction 方向 · threshold 基础目标 · target 目标 ·
 *   stretch 挑战目标 — and optionally definition 定义 and unit 单位 (rate 比率, percent 百分比,
 *   yuan 元, number 数值; default number).
 * Weights: "30%" is always 30%. Plain numbers are percent points (30) when any weight in the file is
 * above 1, otherwise fractions (0.3); either way they must sum to 100%, so a mix-up is refused with the
 * difference shown. Threshold and stretch may be blank (that side then follows the ratio rule).
 * JSON: a list of rows (objects keyed by the same headers), or an object with such a list in "kpis".
 */
import { OpsError } from "../../core/errors";
import { parseKpiDirection, type KpiDirection } from "../../core/kpiScore";
import { readNumberCell } from "../../core/parseNumberText";
import { typeCellText } from "../../table/typeCellText";
import type { CellValue } from "../../plan/types";
import type { TableData } from "../../table/tableData";
import { ScorecardError } from "./scorecardError";
import { cellAt, cellText, columnLabel, columnsOf, type ColumnSpec } from "./tableColumns";
import type { KpiUnit, LocalizedText, ScorecardTemplate, TemplateKpi } from "./types";
import { validateTemplate } from "./validateTemplate";

export const TEMPLATE_COLUMNS = {
  dimension: { headers: ["dimension", "维度"], required: true },
  kpi: { headers: ["kpi", "指标", "指标名称"], required: true },
  weight: { headers: ["weight", "权重"], required: true },
  direction: { headers: ["direction", "方向"], required: true },
  threshold: { headers: ["threshold", "base target", "基础目标"], required: false },
  target: { headers: ["target", "目标"], required: true },
  stretch: { headers: ["stretch", "challenge target", "挑战目标"], required: false },
  definition: { headers: ["definition", "定义", "指标定义"], required: false },
  unit: { headers: ["unit", "单位"], required: false },
} satisfies Record<string, ColumnSpec>;

const DIRECTION_WORDS: Record<string, KpiDirection> = {
  "higher is better": "higher",
  "lower is better": "lower",
  "↑": "higher",
  "↓": "lower",
};

const UNIT_WORDS: Record<string, KpiUnit> = {
  rate: "rate",
  比率: "rate",
  率: "rate",
  percent: "percent",
  percentage: "percent",
  "%": "percent",
  百分比: "percent",
  yuan: "yuan",
  元: "yuan",
  金额: "yuan",
  number: "number",
  数值: "number",
  数字: "number",
  "": "number",
};

/** Messages count rows as a spreadsheet shows them: the header is row 1 unless the table says. */
const FIRST_DATA_ROW = 2;

/** `columns`: the columns a host found (InputTable.columns); without them found by TEMPLATE_COLUMNS. */
export function templateFromTable(
  table: TableData,
  chosen?: Partial<Record<string, number | undefined>>
): ScorecardTemplate {
  const columns = columnsOf(table, TEMPLATE_COLUMNS, chosen);
  const name: LocalizedText = { "en-US": table.source, "zh-CN": table.source };
  const numbered = table.rows
    .map((row, i) => ({ row, line: table.rowNumbers?.[i] ?? i + FIRST_DATA_ROW }))
    .filter(({ row }) => row.some((cell) => cell !== null));
  const rows = numbered.map(({ row }) => row);
  const lines = numbered.map(({ line }) => line);
  const weights = rows.map((row, i) =>
    requiredNumber(cellAt(row, columns.weight), name, lines[i], TEMPLATE_COLUMNS.weight)
  );
  const percentPoints = weights.some((weight) => weight > 1);
  const kpis = rows.map((row, i): TemplateKpi => {
    const kpiName = requiredText(
      cellAt(row, columns.kpi),
      table.source,
      lines[i],
      TEMPLATE_COLUMNS.kpi
    );
    const dimension = requiredText(
      cellAt(row, columns.dimension),
      table.source,
      lines[i],
      TEMPLATE_COLUMNS.dimension
    );
    const definition = cellText(cellAt(row, columns.definition));
    return {
      id: kpiName,
      dimension: { "en-US": dimension, "zh-CN": dimension },
      name: { "en-US": kpiName, "zh-CN": kpiName },
      definition: { "en-US": definition, "zh-CN": definition },
      direction: directionFrom(cellAt(row, columns.direction), name, lines[i]),
      weight: percentPoints ? weights[i] / 100 : weights[i],
      threshold: optionalNumber(
        cellAt(row, columns.threshold),
        name,
        lines[i],
        TEMPLATE_COLUMNS.threshold
      ),
      target: requiredNumber(cellAt(row, columns.target), name, lines[i], TEMPLATE_COLUMNS.target),
      stretch: optionalNumber(
        cellAt(row, columns.stretch),
        name,
        lines[i],
        TEMPLATE_COLUMNS.stretch
      ),
      unit: unitFrom(cellAt(row, columns.unit), name, lines[i]),
    };
  });
  return validateTemplate({ id: "custom", name, kpis });
}

/** A JSON template's text → the same table the CSV path reads, then templateFromTable. */
export function templateFromJson(text: string, source: string): ScorecardTemplate {
  return templateFromTable(jsonTemplateTable(text, source));
}

/** A JSON template's rows as a table: each key a header (the file's order), each value a cell. */
export function jsonTemplateTable(text: string, source: string): TableData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new ScorecardError("invalidJson", { source, reason: error.message });
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { kpis?: unknown } | null)?.kpis;
  if (!Array.isArray(list) || list.some((item) => !isPlainObject(item)))
    throw new ScorecardError("jsonShape", { source });
  const objects = list as Record<string, unknown>[];
  const header = [...new Set(objects.flatMap((item) => Object.keys(item)))];
  const rows = objects.map((item) => header.map((key) => jsonCell(item[key])));
  return { source, header, rows };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON strings are typed like CSV text ("30%" → 0.3); nested values are refused as text. */
function jsonCell(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return typeCellText(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

function requiredText(cell: CellValue, source: string, line: number, spec: ColumnSpec): string {
  const text = cellText(cell);
  if (text === "")
    throw new ScorecardError("blankCell", {
      source,
      row: line,
      column: columnLabel(spec),
    });
  return text;
}

function optionalNumber(
  cell: CellValue,
  template: LocalizedText,
  line: number,
  spec: ColumnSpec
): number | undefined {
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return undefined;
  return requiredNumber(cell, template, line, spec);
}

function requiredNumber(
  cell: CellValue,
  template: LocalizedText,
  line: number,
  spec: ColumnSpec
): number {
  const value = readNumberCell(cell);
  if (value !== null && value !== undefined) return value;
  throw new ScorecardError("notANumber", {
    template,
    row: line,
    column: columnLabel(spec),
    got: cellText(cell),
  });
}

function directionFrom(cell: CellValue, template: LocalizedText, line: number): KpiDirection {
  const text = cellText(cell);
  const word = DIRECTION_WORDS[text.toLowerCase()];
  if (word) return word;
  try {
    return parseKpiDirection(text);
  } catch (error) {
    if (!(error instanceof OpsError)) throw error;
    throw new ScorecardError("unknownDirection", {
      template,
      row: line,
      got: text,
    });
  }
}

function unitFrom(cell: CellValue, template: LocalizedText, line: number): KpiUnit {
  const text = cellText(cell);
  const unit = UNIT_WORDS[text.toLowerCase()];
  if (unit) return unit;
  throw new ScorecardError("unknownUnit", { template, row: line, got: text });
}
