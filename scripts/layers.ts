/**
 * The layers of src/ (README "Architecture"): imports only point down, and no module imports itself
 * back through others. `npm run lint` runs checkLayers.ts, which reports what this module finds.
 *
 *   0 base      src/i18n/locale.ts (the Locale type and format())
 *   1 core      src/core            pure domain math and the one parser for what people type
 *   2 table     src/table           tables as builders receive them, header synonyms, cell typing
 *   3 plan      src/plan            sheet plans and their helpers
 *   4 builders  src/builders        one folder per builder, and their registry
 *   5 adapters  src/workbook, src/io, src/functions (and the function texts in src/i18n)
 *   6 hosts     src/cli, src/taskpane, src/playground (and their texts in src/i18n)
 *
 * A module may import from its own layer or below. Hosts do not import each other, except that the
 * playground runs the task pane's panel. Below the adapters no module imports React, Fluent UI,
 * commander, ExcelJS, HyperFormula or SheetJS.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export interface Layer {
  name: string;
  rank: number;
}

const LAYERS: { prefix: string; layer: Layer }[] = [
  { prefix: "src/i18n/locale.ts", layer: { name: "base", rank: 0 } },
  { prefix: "src/core/", layer: { name: "core", rank: 1 } },
  { prefix: "src/table/", layer: { name: "table", rank: 2 } },
  { prefix: "src/plan/", layer: { name: "plan", rank: 3 } },
  { prefix: "src/builders/", layer: { name: "builders", rank: 4 } },
  { prefix: "src/workbook/", layer: { name: "workbook", rank: 5 } },
  { prefix: "src/io/", layer: { name: "io", rank: 5 } },
  { prefix: "src/functions/", layer: { name: "functions", rank: 5 } },
  { prefix: "src/i18n/functionTexts.ts", layer: { name: "functions", rank: 5 } },
  { prefix: "src/i18n/errorMessages.ts", layer: { name: "functions", rank: 5 } },
  { prefix: "src/i18n/localizeFunctionsMetadata.ts", layer: { name: "functions", rank: 5 } },
  { prefix: "src/cli/", layer: { name: "cli", rank: 6 } },
  { prefix: "src/i18n/cliTexts.ts", layer: { name: "cli", rank: 6 } },
  { prefix: "src/taskpane/", layer: { name: "taskpane", rank: 6 } },
  { prefix: "src/i18n/panelTexts.ts", layer: { name: "taskpane", rank: 6 } },
  { prefix: "src/playground/", layer: { name: "playground", rank: 6 } },
];

/** Host → the other hosts it may import. */
const HOST_ALLOWANCES: Record<string, readonly string[]> = { playground: ["taskpane"] };

/** Packages only the adapters and hosts may import. */
const ADAPTER_PACKAGES = [
  "react",
  "react-dom",
  "@fluentui/react-components",
  "commander",
  "exceljs",
  "hyperformula",
  "@e965/xlsx",
];

const IMPORT =
  /(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

export function layerOf(file: string): Layer | undefined {
  return LAYERS.find(({ prefix }) => file === prefix || file.startsWith(prefix))?.layer;
}

/** Every import specifier of a source text (static, type-only and dynamic). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]);
}

/** A relative specifier → the repository path of the file it names, among `files`. */
function resolveImport(
  from: string,
  specifier: string,
  files: ReadonlySet<string>
): string | undefined {
  const base = join(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
    (candidate) => files.has(candidate)
  );
}

/**
 * The violations in a set of files (repository paths → source text): imports that point up a layer
 * or across hosts, packages below the adapters, and import cycles (each reported once).
 */
export function layerViolations(sources: ReadonlyMap<string, string>): string[] {
  const files = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [file, source] of sources) {
    const from = layerOf(file);
    const targets: string[] = [];
    for (const specifier of importsOf(source)) {
      if (!specifier.startsWith(".")) {
        const name = specifier.startsWith("@")
          ? specifier.split("/").slice(0, 2).join("/")
          : specifier.split("/")[0];
        if (from && from.rank < 5 && ADAPTER_PACKAGES.includes(name))
          problems.push(`${file}: ${from.name} imports the package ${name}`);
        continue;
      }
      const target = resolveImport(file, specifier, files);
      if (!target) continue;
      targets.push(target);
      const to = layerOf(target);
      if (!from || !to) continue;
      if (to.rank > from.rank)
        problems.push(`${file}: ${from.name} imports ${target} (${to.name}), a layer above`);
      else if (
        from.rank === 6 &&
        to.rank === 6 &&
        from.name !== to.name &&
        !(HOST_ALLOWANCES[from.name] ?? []).includes(to.name)
      )
        problems.push(`${file}: host ${from.name} imports host ${to.name} (${target})`);
    }
    graph.set(file, targets);
  }
  return [...problems, ...cycles(graph)];
}

/** Import cycles, as "a → b → a", each once (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, string[]>): string[] {
  let index = 0;
  const indexes = new Map<string, number>();
  const lowlinks = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  const visit = (node: string): void => {
    indexes.set(node, index);
    lowlinks.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexes.has(next)) {
        visit(next);
        lowlinks.set(node, Math.min(lowlinks.get(node)!, lowlinks.get(next)!));
      } else if (onStack.has(next))
        lowlinks.set(node, Math.min(lowlinks.get(node)!, indexes.get(next)!));
    }
    if (lowlinks.get(node) !== indexes.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (component.length > 1 || selfLoop)
      found.push(`import cycle: ${[...component.reverse(), component[0]].join(" → ")}`);
  };
  for (const node of graph.keys()) if (!indexes.has(node)) visit(node);
  return found;
}

/** The repository's src/ files, as layerViolations reads them. */
export function readSources(root: string, files: readonly string[]): Map<string, string> {
  return new Map(
    files.map((file) => [
      relative(root, resolve(root, file)),
      readFileSync(resolve(root, file), "utf8"),
    ])
  );
}
