/**
 * Offline checks of the custom functions metadata: functions.json (en-US) and functions.zh-CN.json.
 * Excel matches the two by function id, so the zh-CN file must describe exactly the same functions
 * with the same signatures; only names and descriptions differ. Pure: text in, messages out.
 */

interface MetadataParameter {
  name?: unknown;
  type?: unknown;
  dimensionality?: unknown;
  optional?: unknown;
  repeating?: unknown;
}

interface MetadataFunction {
  id: string;
  name: string;
  parameters: MetadataParameter[];
  result?: { type?: unknown; dimensionality?: unknown };
}

const EN = "en-US metadata";
const ZH = "zh-CN metadata";

/** Returns one message per problem; an empty list means both files are valid and consistent. */
export function validateFunctionsMetadata(
  en: string,
  zh: string | undefined,
  namespace: string
): string[] {
  const errors: string[] = [];
  const enFunctions = parseFunctions(en, EN, errors);
  let zhFunctions: MetadataFunction[] | undefined;
  if (zh === undefined)
    errors.push(`${ZH} is missing: Excel in Chinese needs functions.zh-CN.json`);
  else zhFunctions = parseFunctions(zh, ZH, errors);

  if (enFunctions) errors.push(...checkIdsAndNames(enFunctions, EN, namespace));
  if (zhFunctions) errors.push(...checkIdsAndNames(zhFunctions, ZH, namespace));
  if (enFunctions && zhFunctions) errors.push(...checkSameFunctions(enFunctions, zhFunctions));
  return errors;
}

/** Parses one metadata file; on any shape problem reports it and returns undefined. */
function parseFunctions(
  text: string,
  label: string,
  errors: string[]
): MetadataFunction[] | undefined {
  let metadata: unknown;
  try {
    metadata = JSON.parse(text);
  } catch (error) {
    errors.push(`${label} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  const functions = (metadata as { functions?: unknown } | null)?.functions;
  if (!Array.isArray(functions) || functions.length === 0) {
    errors.push(`${label} has no functions: expected a non-empty "functions" array`);
    return undefined;
  }
  const shapeErrors = functions.flatMap((fn: Partial<MetadataFunction>, index) => {
    if (typeof fn?.id !== "string") return [`${label}: function #${index + 1} has no string "id"`];
    if (typeof fn.name !== "string") return [`${label}: function "${fn.id}" has no string "name"`];
    if (!Array.isArray(fn.parameters)) {
      return [`${label}: function "${fn.id}" has no "parameters" array`];
    }
    return [];
  });
  errors.push(...shapeErrors);
  return shapeErrors.length === 0 ? (functions as MetadataFunction[]) : undefined;
}

const FUNCTION_ID_PATTERN = /^[A-Za-z][A-Za-z0-9._]*$/;

function checkIdsAndNames(
  functions: MetadataFunction[],
  label: string,
  namespace: string
): string[] {
  const errors: string[] = [];
  for (const { value: id, count } of duplicates(functions.map((fn) => fn.id))) {
    errors.push(`${label}: duplicate function id "${id}" (${count} functions)`);
  }
  for (const { id } of functions) {
    if (!FUNCTION_ID_PATTERN.test(id)) {
      errors.push(
        `${label}: function id "${id}" is invalid: use letters, digits, periods and underscores, starting with a letter`
      );
    }
  }

  const namespacePrefix = `${namespace}.`.toUpperCase();
  for (const { id, name } of functions) {
    // Excel prefixes the namespace itself; a prefixed name would show up as OPS.OPS.ROI.
    if (name.toUpperCase().startsWith(namespacePrefix)) {
      errors.push(
        `${label}: function "${id}" is named "${name}", which starts with the namespace "${namespace}." (Excel would show ${namespace}.${name})`
      );
    }
  }
  // Excel function names are case-insensitive.
  for (const { value: name, count } of duplicates(
    functions.map((fn) => fn.name),
    (name) => name.toUpperCase()
  )) {
    errors.push(`${label}: duplicate function name "${name}" (${count} functions)`);
  }
  return errors;
}

function checkSameFunctions(
  enFunctions: MetadataFunction[],
  zhFunctions: MetadataFunction[]
): string[] {
  const errors: string[] = [];
  const zhById = new Map(zhFunctions.map((fn) => [fn.id, fn]));
  const enIds = new Set(enFunctions.map((fn) => fn.id));
  for (const fn of zhFunctions) {
    if (!enIds.has(fn.id)) errors.push(`${ZH} has function "${fn.id}", which ${EN} does not`);
  }
  for (const enFunction of enFunctions) {
    const zhFunction = zhById.get(enFunction.id);
    if (!zhFunction) errors.push(`${ZH} lacks function "${enFunction.id}"`);
    else errors.push(...checkSameSignature(enFunction, zhFunction));
  }
  return errors;
}

/** Parameter and result fields that make up a signature, with the defaults Excel assumes when absent. */
function parameterSignature(parameter: MetadataParameter): Record<string, unknown> {
  return {
    type: parameter.type ?? "any",
    dimensionality: parameter.dimensionality ?? "scalar",
    optional: parameter.optional ?? false,
    repeating: parameter.repeating ?? false,
  };
}

function checkSameSignature(enFunction: MetadataFunction, zhFunction: MetadataFunction): string[] {
  const id = enFunction.id;
  if (enFunction.parameters.length !== zhFunction.parameters.length) {
    return [
      `function "${id}": ${ZH} has ${zhFunction.parameters.length} parameters, ${EN} has ${enFunction.parameters.length}`,
    ];
  }
  const errors: string[] = [];
  enFunction.parameters.forEach((enParameter, index) => {
    const enSignature = parameterSignature(enParameter);
    const zhSignature = parameterSignature(zhFunction.parameters[index]);
    for (const field of Object.keys(enSignature)) {
      if (enSignature[field] !== zhSignature[field]) {
        errors.push(
          `function "${id}" parameter ${index + 1} (${String(enParameter.name)}): ${ZH} ${field} is ${JSON.stringify(zhSignature[field])}, ${EN} has ${JSON.stringify(enSignature[field])}`
        );
      }
    }
  });
  const enResult = {
    type: enFunction.result?.type ?? "any",
    dimensionality: enFunction.result?.dimensionality ?? "scalar",
  };
  const zhResult = {
    type: zhFunction.result?.type ?? "any",
    dimensionality: zhFunction.result?.dimensionality ?? "scalar",
  };
  if (enResult.type !== zhResult.type || enResult.dimensionality !== zhResult.dimensionality) {
    errors.push(
      `function "${id}": ${ZH} result ${JSON.stringify(zhResult)} differs from ${EN} ${JSON.stringify(enResult)}`
    );
  }
  return errors;
}

/** Values that occur more than once (compared after `normalize`), each with its count. */
function duplicates(
  values: string[],
  normalize = (value: string) => value
): { value: string; count: number }[] {
  const groups = new Map<string, string[]>();
  for (const value of values)
    groups.set(normalize(value), [...(groups.get(normalize(value)) ?? []), value]);
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ value: group[0], count: group.length }));
}
