/**
 * What a PDF draws, read from its content streams: the non-grey fill and stroke colours LibreOffice
 * sets before painting. Cells, grid lines and text print in black and grey, so coloured paint on a
 * page of a sheet is a chart's bars, slices and lines. (No rasteriser for the PDF here: Debian's
 * pdftoppm is not installed and Calc without Draw cannot open a PDF; LibreOffice's HTML export renders
 * the charts as pictures instead.)
 */
import { readFileSync } from "fs";
import { inflateSync } from "zlib";

/** The decoded content of every FlateDecode stream of the file. */
function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream", at);
    if (start < 0) break;
    const dictionary = pdf.subarray(Math.max(0, start - 300), start).toString("latin1");
    let body = start + "stream".length;
    if (pdf[body] === 0x0d) body++;
    if (pdf[body] === 0x0a) body++;
    const end = pdf.indexOf("endstream", body);
    if (end < 0) break;
    if (/\/FlateDecode/.test(dictionary.slice(dictionary.lastIndexOf("<<")))) {
      out.push(inflateSync(pdf.subarray(body, end)).toString("latin1"));
    }
    at = end + "endstream".length;
  }
  return out;
}

export interface PdfPaint {
  pages: number;
  /** Distinct non-grey colours set for filling (rg) or stroking (RG), as "r g b". */
  colours: string[];
}

export function pdfPaint(path: string): PdfPaint {
  const pdf = readFileSync(path);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
  const colours = new Set<string>();
  for (const content of streams(pdf))
    for (const match of content.matchAll(/(\d*\.?\d+) (\d*\.?\d+) (\d*\.?\d+) (rg|RG)\b/g)) {
      const rgb = [match[1], match[2], match[3]].map(Number);
      if (Math.max(...rgb) - Math.min(...rgb) > 0.15) colours.add(rgb.join(" "));
    }
  return { pages, colours: [...colours] };
}
