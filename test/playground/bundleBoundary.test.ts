/**
 * HyperFormula is GPL-3.0: only the playground bundle may contain it. ECharts is big: only the
 * playground's lazily loaded chart chunk may (an import() is a chunk of its own, never an entry's code). This follows the static imports of
 * the add-in's entries (what webpack bundles) and fails if any reaches the memory adapter or hyperformula.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const IMPORT =
  /(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|import\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ];
  return candidates.find((file) => existsSync(file) && /\.tsx?$/.test(file));
}

/** Every package and local file an entry reaches, with the first path that reaches it. */
function reachable(entry: string, followDynamic = true): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(file, "utf8").replace(/^\s*import type[^;]*;/gm, "");
    for (const match of source.matchAll(IMPORT)) {
      if (match[2] !== undefined && !followDynamic) continue;
      const specifier = match[1] ?? match[2] ?? match[3];
      const target = specifier.startsWith(".")
        ? resolveLocal(file, specifier)
        : specifier.split("/")[0];
      if (!target || seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      if (target.endsWith(".ts") || target.endsWith(".tsx")) queue.push(target);
    }
  }
  return seen;
}

test.each(["src/taskpane/index.tsx", "src/functions/functions.ts"])(
  "%s does not reach the memory workbook or HyperFormula",
  (entry) => {
    const graph = reachable(path.join(ROOT, entry));
    const forbidden = [...graph.keys()].filter(
      (item) =>
        item === "hyperformula" || item.includes(`${path.sep}workbook${path.sep}memory${path.sep}`)
    );
    expect(
      forbidden.map((item) =>
        graph
          .get(item)!
          .map((file) => path.relative(ROOT, file))
          .join(" → ")
      )
    ).toEqual([]);
  }
);

test("the playground does reach it (so the check above is looking at real imports)", () => {
  expect(reachable(path.join(ROOT, "src/playground/index.tsx")).has("hyperformula")).toBe(true);
});

test.each(["src/taskpane/index.tsx", "src/functions/functions.ts"])(
  "%s does not reach ECharts, even lazily",
  (entry) => {
    const graph = reachable(path.join(ROOT, entry));
    expect(
      [...graph.keys()].filter((item) => item === "echarts" || item.includes("echartsChart"))
    ).toEqual([]);
  }
);

test("the playground reaches ECharts only through import(), so it loads with the first chart", () => {
  const entry = path.join(ROOT, "src/playground/index.tsx");
  expect(reachable(entry).has("echarts")).toBe(true);
  const eager = reachable(entry, false);
  expect(eager.has("echarts")).toBe(false);
  expect(eager.has(path.join(ROOT, "src/playground/PlanChart.tsx"))).toBe(true);
});
