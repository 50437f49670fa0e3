/**
 * Adds the plan's charts to a file ExcelJS wrote (ExcelJS writes no charts): per sheet with charts one
 * drawing part (xl/drawings/drawingN.xml) anchoring a graphic frame per chart, each chart its own part
 * (xl/charts/chartN.xml, chartXml.ts), the relationships sheet → drawing → chart, the sheet's <drawing>
 * element and the [Content_Types].xml overrides (ECMA-376 Part 1, §12.3 and §21).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { parseRange } from "../../plan/a1";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../plan/types";
import { chartXml, escapeXml } from "./chartXml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_REL = `${REL_NS}/drawing`;
const CHART_REL = `${REL_NS}/chart`;
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Our relationship id in a sheet's rels; ExcelJS numbers its own rId1, rId2 … */
const SHEET_DRAWING_RID = "rIdOpsDrawing";
/**
 * CT_Worksheet's children that come after <drawing>: it goes before the first of them the sheet has, or
 * last. Everything before it (sheetData … headerFooter) ExcelJS writes earlier in the file.
 */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** The worksheet part of each sheet name, from xl/workbook.xml and its relationships. */
function worksheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** EMU per pixel at 96 dpi; column widths and row heights are left to the anchor cells. */
function anchorXml(chart: ChartPlan, index: number): string {
  const area = parseRange(chart.position)!;
  const marker = (tag: string, row: number, column: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("from", area.start.row, area.start.column) +
    // The anchor's end is the cell after the position's last one, so the chart covers the whole range.
    marker("to", area.end.row + 1, area.end.column + 1) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    // descr: the chart's alternative text, what a screen reader says for it.
    `<xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeXml(chart.title)}"/>` +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

function drawingXml(charts: readonly ChartPlan[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">` +
    charts.map(anchorXml).join("") +
    "</xdr:wsDr>"
  );
}

function relationships(entries: readonly { id: string; type: string; target: string }[]) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    entries
      .map(({ id, type, target }) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>"
  );
}

/** Adds `relationship` to a rels part, creating the part when the sheet has none. */
function withRelationship(existing: Uint8Array | undefined, relationship: string): string {
  if (!existing)
    return relationships([]).replace("</Relationships>", `${relationship}</Relationships>`);
  return strFromU8(existing).replace("</Relationships>", `${relationship}</Relationships>`);
}

/**
 * Where <drawing> goes: before the first top-level child of <worksheet> in AFTER_DRAWING. Only depth-1
 * elements count: a data bar's rule holds an <extLst> of its own.
 */
function drawingOffset(sheetXml: string): number {
  // The scan starts after <sheetData> (a depth-1 element before <drawing>), so a big sheet's cells are
  // not walked tag by tag.
  const dataEnd = sheetXml.lastIndexOf("</sheetData>");
  const from = dataEnd >= 0 ? dataEnd + "</sheetData>".length : 0;
  let depth = dataEnd >= 0 ? 1 : 0;
  const tags = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g;
  tags.lastIndex = from;
  for (let tag = tags.exec(sheetXml); tag; tag = tags.exec(sheetXml)) {
    const [, closing, name, selfClosing] = tag;
    if (closing) {
      depth--;
      if (depth === 0) return tag.index; // </worksheet>
      continue;
    }
    if (depth === 1 && AFTER_DRAWING.has(name)) return tag.index;
    if (!selfClosing) depth++;
  }
  throw new Error("The worksheet part has no </worksheet>.");
}

function insertDrawing(sheetXml: string, part: string): string {
  if (/<drawing\b/.test(sheetXml))
    throw new Error(`${part} already has a drawing; charts cannot be added to it.`);
  const withNamespace = sheetXml.includes(`xmlns:r="${REL_NS}"`)
    ? sheetXml
    : sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${REL_NS}" `);
  const at = drawingOffset(withNamespace);
  return `${withNamespace.slice(0, at)}<drawing r:id="${SHEET_DRAWING_RID}"/>${withNamespace.slice(at)}`;
}

/** The file with the plan's charts; the same bytes when the plan has none. */
export function addChartParts(
  file: Uint8Array,
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>
): Uint8Array {
  if (!plan.sheets.some((sheet) => (sheet.charts ?? []).length > 0)) return file;
  const files: Record<string, Uint8Array> = unzipSync(file);
  addChartFiles(files, plan, sheetNames);
  return zipSync(files as Zippable);
}

/**
 * The plan's charts added to the unzipped parts of a file (drawings, charts, relationships, content
 * types): what addChartParts zips again, or what the streamed splice packs along with its rows, so a
 * big file is not deflated twice.
 */
export function addChartFiles(
  files: Record<string, Uint8Array>,
  plan: WorkbookPlan,
  sheetNames: ReadonlyMap<string, string>
): void {
  const charted = plan.sheets.filter((sheet) => (sheet.charts ?? []).length > 0);
  if (charted.length === 0) return;
  const parts = worksheetParts(files);
  const overrides: string[] = [];
  let chartNumber = 0;
  charted.forEach((sheet: SheetPlan, i) => {
    const sheetName = sheetNames.get(sheet.key)!;
    const part = parts.get(sheetName);
    if (!part || !files[part])
      throw new Error(`The file has no worksheet part for "${sheetName}".`);
    const drawing = `drawing${i + 1}.xml`;
    const charts = sheet.charts!;
    const chartRels = charts.map((chart, c) => {
      const name = `chart${++chartNumber}.xml`;
      files[`xl/charts/${name}`] = strToU8(chartXml(sheet, chart, sheetName));
      overrides.push(`<Override PartName="/xl/charts/${name}" ContentType="${CHART_TYPE}"/>`);
      return { id: `rId${c + 1}`, type: CHART_REL, target: `../charts/${name}` };
    });
    files[`xl/drawings/${drawing}`] = strToU8(drawingXml(charts));
    files[`xl/drawings/_rels/${drawing}.rels`] = strToU8(relationships(chartRels));
    overrides.push(`<Override PartName="/xl/drawings/${drawing}" ContentType="${DRAWING_TYPE}"/>`);
    files[part] = strToU8(insertDrawing(strFromU8(files[part]), part));
    const [folder, base] = [
      part.slice(0, part.lastIndexOf("/")),
      part.slice(part.lastIndexOf("/") + 1),
    ];
    const relsPart = `${folder}/_rels/${base}.rels`;
    files[relsPart] = strToU8(
      withRelationship(
        files[relsPart],
        `<Relationship Id="${SHEET_DRAWING_RID}" Type="${DRAWING_REL}" Target="../drawings/${drawing}"/>`
      )
    );
  });
  const types = strFromU8(files["[Content_Types].xml"]);
  files["[Content_Types].xml"] = strToU8(
    types.replace("</Types>", `${overrides.join("")}</Types>`)
  );
}
