/**
 * The layer rule of scripts/layers.ts (what `npm run lint` enforces): it finds an import that runs up,
 * across hosts or round, and a package below the adapters; and today's src/ has none.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { layerOf, layerViolations, readSources } from "../../scripts/layers";

const tree = (files: Record<string, string>) => new Map(Object.entries(files));

test("an import up a layer is reported with both files", () => {
  expect(
    layerViolations(
      tree({
        "src/core/calendar.ts": 'import { x } from "../builders/report/model";',
        "src/builders/report/model.ts": "export const x = 1;",
      })
    )
  ).toEqual([
    "src/core/calendar.ts: core imports src/builders/report/model.ts (builders), a layer above",
  ]);
});

test("type-only and dynamic imports count too; down and sideways within a layer do not", () => {
  expect(
    layerViolations(
      tree({
        "src/plan/types.ts": 'import type { T } from "../workbook/port";',
        "src/plan/a1.ts": 'const m = import("../io/read");',
        "src/workbook/port.ts": 'import type { P } from "../plan/types";\nexport type T = 1;',
        "src/io/read.ts": 'import { a } from "../workbook/port";',
      })
    )
  ).toEqual([
    "src/plan/types.ts: plan imports src/workbook/port.ts (workbook), a layer above",
    "src/plan/a1.ts: plan imports src/io/read.ts (io), a layer above",
    "import cycle: src/plan/types.ts → src/workbook/port.ts → src/plan/types.ts",
  ]);
});

test("a cycle inside one layer is reported once", () => {
  expect(
    layerViolations(
      tree({
        "src/builders/a.ts": 'import { b } from "./b";',
        "src/builders/b.ts": 'import { c } from "./c";',
        "src/builders/c.ts": 'import { a } from "./a";',
      })
    )
  ).toEqual([
    "import cycle: src/builders/a.ts → src/builders/b.ts → src/builders/c.ts → src/builders/a.ts",
  ]);
});

test("hosts do not import each other, except the playground the task pane", () => {
  expect(
    layerViolations(
      tree({
        "src/cli/main.ts": 'import { App } from "../taskpane/App";',
        "src/taskpane/App.tsx": "export const App = 1;",
        "src/playground/index.tsx": 'import { App } from "../taskpane/App";',
      })
    )
  ).toEqual(["src/cli/main.ts: host cli imports host taskpane (src/taskpane/App.tsx)"]);
});

test("builders and below import no React, commander, ExcelJS, HyperFormula or SheetJS", () => {
  expect(
    layerViolations(
      tree({
        "src/builders/x.ts":
          'import { useState } from "react";\nimport { Command } from "commander";',
        "src/core/y.ts": 'import HyperFormula from "hyperformula";',
        "src/workbook/xlsx/w.ts": 'import ExcelJS from "exceljs";',
      })
    )
  ).toEqual([
    "src/builders/x.ts: builders imports the package react",
    "src/builders/x.ts: builders imports the package commander",
    "src/core/y.ts: core imports the package hyperformula",
  ]);
});

test("every src/ file has a layer, and today's tree breaks no rule", () => {
  const root = resolve(__dirname, "../..");
  const files = execFileSync("git", ["ls-files", "src"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((file) => /\.tsx?$/.test(file));
  expect(files.filter((file) => layerOf(file) === undefined)).toEqual([]);
  expect(layerViolations(readSources(root, files))).toEqual([]);
});
