/**
 * The metadata Excel registers, generated from functions.ts exactly as the webpack plugin does,
 * and its zh-CN derivative: every function and parameter must exist in both languages.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  localizeFunctionsMetadata,
  missingTranslations,
  type FunctionsMetadata,
} from "../../src/i18n/localizeFunctionsMetadata";
import { FUNCTION_IDS, FUNCTION_TEXTS_ZH } from "../../src/i18n/functionTexts";

let metadata: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata("src/functions/functions.ts", true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
}, 60_000);

const parameters = (id: string) => metadata.functions.find((f) => f.id === id)!.parameters;

test("the four OPS functions and their companions are registered, and only those", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
  for (const fn of metadata.functions) expect(fn.name).toBe(fn.id);
});

test("parameters, optional flags and range dimensionality follow the documented signatures", () => {
  const shape = (id: string) =>
    parameters(id).map(
      (p) =>
        `${p.optional ? "[" : ""}${p.name}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "]" : ""}`
    );
  expect(shape("SAFETYSTOCK")).toEqual([
    "demand[][]",
    "lead_time[][]",
    "[service_level]",
    "[lead_time_sd]",
    "[demand_sd]",
    "[method]",
  ]);
  expect(shape("RFMTIER")).toEqual([
    "recency[][]",
    "frequency[][]",
    "monetary[][]",
    "[model]",
    "[labels]",
    "[ref_recency[][]]",
    "[ref_frequency[][]]",
    "[ref_monetary[][]]",
  ]);
  expect(shape("ROI")).toEqual(["return_amount[][]", "cost[][]", "[mode]", "[margin]"]);
  expect(shape("KPISCORE")).toEqual([
    "actual",
    "target",
    "[direction]",
    "[threshold]",
    "[stretch]",
    "[cap]",
  ]);
  for (const fn of metadata.functions) {
    expect(fn.description).toBeTruthy();
    for (const p of fn.parameters) expect(p.description).toBeTruthy();
  }
});

test("every function id and parameter has zh-CN text, and nothing in the table is stale", () => {
  expect(missingTranslations(metadata)).toEqual([]);
  for (const fn of metadata.functions) {
    expect(
      Object.keys(FUNCTION_TEXTS_ZH[fn.id as keyof typeof FUNCTION_TEXTS_ZH].parameters).sort()
    ).toEqual(fn.parameters.map((p) => p.name).sort());
  }
});

test("zh-CN metadata keeps ids, types and options and replaces every name and description", () => {
  const zh = localizeFunctionsMetadata(metadata);
  expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
  zh.functions.forEach((fn, i) => {
    const en = metadata.functions[i];
    expect(fn.name).toBe(FUNCTION_TEXTS_ZH[fn.id as keyof typeof FUNCTION_TEXTS_ZH].name);
    expect(fn.description).not.toBe(en.description);
    expect(fn.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(
      en.parameters.map((p) => [p.type, p.dimensionality, p.optional])
    );
    for (const p of fn.parameters) expect(p.name).toMatch(/[\u4e00-\u9fff]/);
  });
  expect(zh.functions.find((f) => f.id === "ROI")!.name).toBe("投产比");
});

test("a function or parameter missing from the translation table stops the build", () => {
  const withExtra: FunctionsMetadata = {
    ...metadata,
    functions: [
      ...metadata.functions,
      { id: "NEWFN", name: "NEWFN", parameters: [] },
      {
        ...metadata.functions[0],
        parameters: [...metadata.functions[0].parameters, { name: "extra" }],
      },
    ],
  };
  expect(missingTranslations(withExtra)).toEqual(["NEWFN", "SAFETYSTOCK(extra)"]);
  expect(() => localizeFunctionsMetadata(withExtra)).toThrow(/NEWFN, SAFETYSTOCK\(extra\)/);
});
