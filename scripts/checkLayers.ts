/**
 * `npm run lint` runs this after ESLint: every import in src/ points down the layers of
 * scripts/layers.ts and none runs in a circle. Prints each violation and exits 1 when there is one.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { layerViolations, readSources } from "./layers";

const root = resolve(__dirname, "..");
const files = execFileSync(
  "git",
  ["ls-files", "--cached", "--others", "--exclude-standard", "src"],
  {
    cwd: root,
    encoding: "utf8",
  }
)
  .split("\n")
  .filter((file) => /\.tsx?$/.test(file));
const violations = layerViolations(readSources(root, files));
for (const violation of violations) console.error(violation);
if (violations.length > 0) {
  console.error(`${violations.length} layer violations (see scripts/layers.ts).`);
  process.exitCode = 1;
} else console.log(`Layers: ${files.length} files, every import points down, no cycles.`);
