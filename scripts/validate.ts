/**
 * `npm run validate`: offline replacement for `office-addin-manifest validate` (which needs an online
 * service). Development: manifest.xml and the functions metadata generated from source. Production
 * (when `npm run build` has produced dist/manifest.xml): the built manifest and metadata files.
 *
 *   ts-node --transpile-only scripts/validate.ts [--dev-only | --production-only]
 *
 * Prints "✓ <file>" or the file's errors; exits with 1 on any error.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  localizeFunctionsMetadata,
  type FunctionsMetadata,
} from "../src/i18n/localizeFunctionsMetadata";
import { validateFunctionsMetadata } from "./manifest/validateFunctionsMetadata";
import { validateManifest } from "./manifest/validateManifest";

const ROOT = path.resolve(__dirname, "..");
const FUNCTIONS_SOURCE = "src/functions/functions.ts";
const DEFAULT_NAMESPACE = "OPS";

interface CheckResult {
  file: string;
  errors: string[];
}

function readRepoFile(relativePath: string): string | undefined {
  const fullPath = path.join(ROOT, relativePath);
  return existsSync(fullPath) ? readFileSync(fullPath, "utf8") : undefined;
}

function expectedNamespace(): string {
  const packageJson = JSON.parse(readRepoFile("package.json") ?? "{}") as {
    config?: { functionsNamespace?: string };
  };
  return packageJson.config?.functionsNamespace ?? DEFAULT_NAMESPACE;
}

function checkManifest(relativePath: string, production: boolean, namespace: string): CheckResult {
  const xml = readRepoFile(relativePath);
  if (xml === undefined) return { file: relativePath, errors: ["file not found"] };
  return {
    file: relativePath,
    errors: validateManifest(xml, { production, expectedNamespace: namespace }),
  };
}

/** The metadata the build would emit, generated from the JSDoc without webpack. */
async function checkGeneratedMetadata(namespace: string): Promise<CheckResult> {
  const file = `functions.json + functions.zh-CN.json (generated from ${FUNCTIONS_SOURCE})`;
  const generated = await generateCustomFunctionsMetadata(path.join(ROOT, FUNCTIONS_SOURCE), false);
  if (generated.errors.length > 0) return { file, errors: generated.errors };
  let zh: string;
  try {
    zh = JSON.stringify(
      localizeFunctionsMetadata(JSON.parse(generated.metadataJson) as FunctionsMetadata)
    );
  } catch (error) {
    return { file, errors: [(error as Error).message] };
  }
  return { file, errors: validateFunctionsMetadata(generated.metadataJson, zh, namespace) };
}

function checkBuiltMetadata(namespace: string): CheckResult {
  const file = "dist/functions.json + dist/functions.zh-CN.json";
  const en = readRepoFile("dist/functions.json");
  if (en === undefined) return { file, errors: ["dist/functions.json not found"] };
  return {
    file,
    errors: validateFunctionsMetadata(en, readRepoFile("dist/functions.zh-CN.json"), namespace),
  };
}

function report({ file, errors }: CheckResult): void {
  if (errors.length === 0) {
    console.log(`✓ ${file}`);
    return;
  }
  console.log(`✗ ${file}`);
  for (const error of errors) console.log(`    ${error}`);
}

async function main(args: string[]): Promise<number> {
  const devOnly = args.includes("--dev-only");
  const productionOnly = args.includes("--production-only");
  if (devOnly && productionOnly) {
    console.error("--dev-only and --production-only exclude each other");
    return 1;
  }
  const namespace = expectedNamespace();
  const results: CheckResult[] = [];
  let productionSkipped = false;

  if (!productionOnly) {
    results.push(
      checkManifest("manifest.xml", false, namespace),
      await checkGeneratedMetadata(namespace)
    );
  }
  if (!devOnly) {
    if (readRepoFile("dist/manifest.xml") !== undefined) {
      results.push(
        checkManifest("dist/manifest.xml", true, namespace),
        checkBuiltMetadata(namespace)
      );
    } else if (productionOnly) {
      results.push({
        file: "dist/manifest.xml",
        errors: ["file not found: run `npm run build` first"],
      });
    } else {
      productionSkipped = true;
    }
  }

  results.forEach(report);
  if (productionSkipped) {
    console.log("- dist/manifest.xml not built: production checks skipped (run `npm run build`)");
  }
  return results.some((result) => result.errors.length > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  }
);
