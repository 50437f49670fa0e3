/**
 * SheetJS (@e965/xlsx) is loaded with a dynamic import() on first use: the playground's bundle pays for
 * it only when a user opens an .xls, and the task pane and custom functions never reach it. This follows
 * the source imports as webpack does (static ones are bundled into the entry, import() makes a chunk).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const STATIC_IMPORT =
  /(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ].find((file) => existsSync(file) && /\.tsx?$/.test(file));
}

/** Packages an entry reaches: through static imports only, or through dynamic ones as well. */
function packagesReached(entry: string, followDynamic: boolean): Set<string> {
  const files = new Set([entry]);
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(file, "utf8").replace(/^\s*import type[^;]*;/gm, "");
    const specifiers = [...source.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? match[2]);
    if (followDynamic)
      specifiers.push(...[...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]));
    for (const specifier of specifiers) {
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (target && !files.has(target)) {
        files.add(target);
        queue.push(target);
      }
    }
  }
  return packages;
}

const entry = (name: string) => path.join(ROOT, name);

test("the playground reaches SheetJS only through a dynamic import()", () => {
  expect(packagesReached(entry("src/playground/index.tsx"), false)).not.toContain("@e965/xlsx");
  expect(packagesReached(entry("src/playground/index.tsx"), true)).toContain("@e965/xlsx");
});

test.each(["src/taskpane/index.tsx", "src/functions/functions.ts"])(
  "%s does not reach SheetJS at all",
  (name) => {
    expect(packagesReached(entry(name), true)).not.toContain("@e965/xlsx");
  }
);
