/**
 * The metadata generated from src/functions/functions.ts and its derived zh-CN file pass; each
 * check is shown to catch its failure by breaking a copy of them.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  localizeFunctionsMetadata,
  type FunctionsMetadata,
} from "../../src/i18n/localizeFunctionsMetadata";
import { validateFunctionsMetadata } from "../../scripts/manifest/validateFunctionsMetadata";

let en: string;
let zh: string;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
    false
  );
  expect(generated.errors).toEqual([]);
  en = generated.metadataJson;
  zh = JSON.stringify(localizeFunctionsMetadata(JSON.parse(en) as FunctionsMetadata));
}, 60_000);

/** A changed copy of a metadata file. */
function edit(json: string, change: (metadata: FunctionsMetadata) => void): string {
  const metadata = JSON.parse(json) as FunctionsMetadata;
  change(metadata);
  return JSON.stringify(metadata);
}

function fn(metadata: FunctionsMetadata, id: string) {
  const found = metadata.functions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no function ${id} in the metadata`);
  return found;
}

describe("validateFunctionsMetadata", () => {
  it("passes the generated en-US metadata and the derived zh-CN metadata", () => {
    expect(validateFunctionsMetadata(en, zh, "OPS")).toEqual([]);
  });

  it("reports a function the zh-CN file lacks", () => {
    const brokenZh = edit(zh, (metadata) => {
      metadata.functions = metadata.functions.filter((candidate) => candidate.id !== "ROI");
    });
    expect(validateFunctionsMetadata(en, brokenZh, "OPS")).toEqual([
      'zh-CN metadata lacks function "ROI"',
    ]);
  });

  it("reports a function only the zh-CN file has", () => {
    const brokenZh = edit(zh, (metadata) => {
      metadata.functions.push({ ...fn(metadata, "ROI"), id: "ROI2", name: "投产比2" });
    });
    expect(validateFunctionsMetadata(en, brokenZh, "OPS")).toEqual([
      'zh-CN metadata has function "ROI2", which en-US metadata does not',
    ]);
  });

  it("reports a different parameter count", () => {
    const brokenZh = edit(zh, (metadata) => {
      fn(metadata, "ROI").parameters.pop();
    });
    expect(validateFunctionsMetadata(en, brokenZh, "OPS")).toEqual([
      'function "ROI": zh-CN metadata has 3 parameters, en-US metadata has 4',
    ]);
  });

  it("reports a different optional flag and dimensionality", () => {
    const brokenZh = edit(zh, (metadata) => {
      const [returnAmount, cost] = fn(metadata, "ROI").parameters;
      returnAmount.optional = true;
      delete cost.dimensionality;
    });
    expect(validateFunctionsMetadata(en, brokenZh, "OPS")).toEqual([
      'function "ROI" parameter 1 (return_amount): zh-CN metadata optional is true, en-US metadata has false',
      'function "ROI" parameter 2 (cost): zh-CN metadata dimensionality is "scalar", en-US metadata has "matrix"',
    ]);
  });

  it("reports a name that repeats the namespace, in either language", () => {
    const brokenEn = edit(en, (metadata) => {
      fn(metadata, "ROI").name = "OPS.ROI";
    });
    const brokenZh = edit(zh, (metadata) => {
      fn(metadata, "ROI").name = "ops.投产比";
    });
    expect(validateFunctionsMetadata(brokenEn, brokenZh, "OPS")).toEqual([
      expect.stringContaining(
        'en-US metadata: function "ROI" is named "OPS.ROI", which starts with the namespace "OPS."'
      ),
      expect.stringContaining(
        'zh-CN metadata: function "ROI" is named "ops.投产比", which starts with the namespace "OPS."'
      ),
    ]);
  });

  it("reports a duplicate function id", () => {
    const brokenEn = edit(en, (metadata) => {
      metadata.functions.push({ ...fn(metadata, "ROI"), name: "ROI2" });
    });
    expect(validateFunctionsMetadata(brokenEn, zh, "OPS")).toEqual([
      'en-US metadata: duplicate function id "ROI" (2 functions)',
    ]);
  });

  it("reports an invalid function id", () => {
    const rename = (metadata: FunctionsMetadata) => {
      fn(metadata, "ROI").id = "1ROI";
    };
    expect(validateFunctionsMetadata(edit(en, rename), edit(zh, rename), "OPS")).toEqual([
      expect.stringContaining('en-US metadata: function id "1ROI" is invalid'),
      expect.stringContaining('zh-CN metadata: function id "1ROI" is invalid'),
    ]);
  });

  it("reports two functions with the same name, ignoring case", () => {
    const brokenEn = edit(en, (metadata) => {
      fn(metadata, "BREAKEVENROAS").name = "roi";
    });
    expect(validateFunctionsMetadata(brokenEn, zh, "OPS")).toEqual([
      'en-US metadata: duplicate function name "ROI" (2 functions)',
    ]);
  });

  it("reports invalid JSON", () => {
    expect(validateFunctionsMetadata(en, zh.slice(0, -1), "OPS")).toEqual([
      expect.stringContaining("zh-CN metadata is not valid JSON"),
    ]);
  });

  it("reports an empty functions array", () => {
    expect(validateFunctionsMetadata(JSON.stringify({ functions: [] }), zh, "OPS")).toEqual([
      'en-US metadata has no functions: expected a non-empty "functions" array',
    ]);
  });

  it("reports a missing zh-CN file", () => {
    expect(validateFunctionsMetadata(en, undefined, "OPS")).toEqual([
      expect.stringContaining("zh-CN metadata is missing"),
    ]);
  });
});
