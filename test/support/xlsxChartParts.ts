/** Reading the chart parts of an .xlsx file (as LibreOffice saved them) for the chart tests. */
import { readFileSync } from "fs";
import { strFromU8, unzipSync } from "fflate";

export function parts(path: string): Record<string, string> {
  const files = unzipSync(readFileSync(path));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export interface ReadSeries {
  ref: string;
  values: number[];
  /** The cached points by index (a point without a number, such as an empty cell, is left out). */
  points: Map<number, number>;
  axisIds: string[];
}

/** Each c:ser of a chart-type element (c:barChart, c:lineChart …) with LibreOffice's cached numbers. */
export function seriesOf(chart: string, element: string): ReadSeries[] {
  const blocks = [...chart.matchAll(new RegExp(`<c:${element}>([\\s\\S]*?)</c:${element}>`, "g"))];
  return blocks.flatMap(([, body]) => {
    const axisIds = [...body.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    return [...body.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
      const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)![1];
      return {
        ref: /<c:f>([^<]*)<\/c:f>/.exec(val)![1].replace(/&apos;/g, "'"),
        values: [...val.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) =>
          Number(m[1])
        ),
        points: new Map(
          [...val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map(
            (m) => [Number(m[1]), Number(m[2])] as [number, number]
          )
        ),
        axisIds,
      };
    });
  });
}

export function axisPosition(chart: string, id: string): string | undefined {
  const axes = [...chart.matchAll(/<c:valAx>([\s\S]*?)<\/c:valAx>/g)].map((m) => m[1]);
  const axis = axes.find((body) => body.includes(`<c:axId val="${id}"/>`));
  return axis ? /<c:axPos val="(\w)"\/>/.exec(axis)?.[1] : undefined;
}

/** The chart parts of a file, by name (xl/charts/chartN.xml). */
export function chartParts(path: string): string[] {
  return Object.entries(parts(path))
    .filter(([name]) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .map(([, xml]) => xml);
}
