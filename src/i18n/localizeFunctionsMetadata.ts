/**
 * Builds functions.zh-CN.json from the functions.json the metadata plugin generates: same ids,
 * types and options, with names and descriptions from FUNCTION_TEXTS_ZH. The plugin itself cannot
 * localize. A function or parameter missing from the table is an error, so no English slips through.
 */
import { FUNCTION_TEXTS_ZH, type FunctionId, type LocalizedFunctionText } from "./functionTexts";

interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  [key: string]: unknown;
}

export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

export function missingTranslations(
  metadata: FunctionsMetadata,
  table: Record<string, LocalizedFunctionText> = FUNCTION_TEXTS_ZH
): string[] {
  const missing: string[] = [];
  for (const fn of metadata.functions) {
    const text = table[fn.id];
    if (!text) {
      missing.push(fn.id);
      continue;
    }
    for (const parameter of fn.parameters) {
      if (!text.parameters[parameter.name]) missing.push(`${fn.id}(${parameter.name})`);
    }
  }
  return missing;
}

export function localizeFunctionsMetadata(
  metadata: FunctionsMetadata,
  table: Record<string, LocalizedFunctionText> = FUNCTION_TEXTS_ZH
): FunctionsMetadata {
  const missing = missingTranslations(metadata, table);
  if (missing.length > 0) throw new Error(`zh-CN translations missing for: ${missing.join(", ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const text = table[fn.id as FunctionId];
      return {
        ...fn,
        name: text.name,
        description: text.description,
        parameters: fn.parameters.map((parameter) => ({
          ...parameter,
          name: text.parameters[parameter.name].name,
          description: text.parameters[parameter.name].description,
        })),
      };
    }),
  };
}
