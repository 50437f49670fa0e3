/**
 * Offline checks of the add-in-only XML manifest. `office-addin-manifest validate` needs an online
 * service, so this covers what breaks Ops Planner in practice: resource ids, the shared runtime,
 * https URLs, zh-CN overrides and the custom functions namespace. Pure: text in, messages out.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ManifestValidationOptions {
  /** A production manifest (dist/manifest.xml) must not point at the local dev server. */
  production: boolean;
  expectedNamespace: string;
}

/** Returns one message per problem; an empty list means the manifest is valid. */
export function validateManifest(xmlText: string, options: ManifestValidationOptions): string[] {
  const wellFormed = XMLValidator.validate(xmlText);
  if (wellFormed !== true) return [describeXmlError(wellFormed.err)];

  const root = parseXml(xmlText).find((element) => element.name === "OfficeApp");
  if (!root) return ["manifest root element must be <OfficeApp>"];

  const resources = collectResources(root);
  const customFunctions = findCustomFunctionsExtensionPoint(root);
  const errors = [
    ...checkResourceIds(root, resources),
    ...checkCustomFunctionsExtensionPoint(customFunctions),
    ...checkSharedRuntime(root, customFunctions),
    ...checkUrls(root, options.production),
    ...checkZhCnOverrides(root, resources, customFunctions),
    ...checkNamespace(resources, customFunctions, options.expectedNamespace),
  ];
  // The same resid referenced from several places would otherwise repeat its message.
  return [...new Set(errors)];
}

// ---------------------------------------------------------------------------------------------
// XML tree

interface XmlElement {
  /** Qualified name as written (bt:Image), for messages. */
  qualifiedName: string;
  /** Name without the namespace prefix (Image), for matching. */
  name: string;
  /** Attributes by local name (xsi:type → type); xmlns declarations dropped. */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type PreservedNode = Record<string, unknown>;

function parseXml(xmlText: string): XmlElement[] {
  // preserveOrder keeps repeated elements in one list, so a generic walk needs no array/object cases.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  return toElements(parser.parse(xmlText) as PreservedNode[]);
}

function toElements(nodes: PreservedNode[]): XmlElement[] {
  return nodes.flatMap((node) => {
    const qualifiedName = Object.keys(node).find((key) => key !== ":@");
    // Skip the <?xml?> declaration, text and comment nodes.
    if (!qualifiedName || qualifiedName.startsWith("?") || qualifiedName.startsWith("#")) return [];
    const content = (node[qualifiedName] ?? []) as PreservedNode[];
    return [
      {
        qualifiedName,
        name: localName(qualifiedName),
        attributes: localAttributes((node[":@"] ?? {}) as Record<string, string>),
        children: toElements(content),
        text: content
          .map((child) => child["#text"])
          .filter((text): text is string => typeof text === "string")
          .join(""),
      },
    ];
  });
}

function localName(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.indexOf(":") + 1);
}

function localAttributes(attributes: Record<string, string>): Record<string, string> {
  const local: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    local[localName(name)] = String(value);
  }
  return local;
}

function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

function descendants(element: XmlElement, matches: (element: XmlElement) => boolean): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(matches(child) ? [child] : []),
    ...descendants(child, matches),
  ]);
}

function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  return descendants(element, (candidate) => candidate.name === name);
}

/** `<Label resid="Group.Label">`-style description of an element for messages. */
function describe(element: XmlElement, attributeName: string): string {
  return `<${element.qualifiedName} ${attributeName}="${element.attributes[attributeName] ?? ""}">`;
}

function describeXmlError(error: { msg: string; line: number; col?: number }): string {
  // fast-xml-parser reports unclosed elements as "Invalid '[ "A", "B" ]' found."; say it in words.
  const unclosed = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(error.msg);
  const detail = unclosed
    ? `unclosed element(s): ${unclosed[1].replace(/[\s"]/g, "").split(",").join(", ")}`
    : error.msg;
  const position =
    error.col === undefined ? `line ${error.line}` : `line ${error.line}, column ${error.col}`;
  return `manifest is not well-formed XML: ${detail} (${position})`;
}

// ---------------------------------------------------------------------------------------------
// Resources

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

const RESOURCE_ELEMENT: Record<ResourceKind, string> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "String",
  LongStrings: "String",
};

const RESOURCE_LABEL: Record<ResourceKind, string> = {
  Images: "a bt:Image in bt:Images",
  Urls: "a bt:Url in bt:Urls",
  ShortStrings: "a bt:String in bt:ShortStrings",
  LongStrings: "a bt:String in bt:LongStrings",
};

/** Which resource group a resid on each element must point into (Office rejects e.g. a Label pointing at a URL). */
const EXPECTED_RESOURCE_KIND: Record<string, ResourceKind> = {
  Runtime: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  SupportUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
  IconUrl: "Images",
  HighResolutionIconUrl: "Images",
};

const MAX_RESID_LENGTH = 32;

interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

function collectResources(root: XmlElement): Resource[] {
  const resourcesElement = childNamed(childNamed(root, "VersionOverrides"), "Resources");
  return (Object.keys(RESOURCE_ELEMENT) as ResourceKind[]).flatMap((kind) =>
    childrenNamed(childNamed(resourcesElement, kind), RESOURCE_ELEMENT[kind]).map((element) => ({
      id: element.attributes.id ?? "",
      kind,
      element,
    }))
  );
}

function findResource(resources: Resource[], id: string | undefined): Resource | undefined {
  return resources.find((resource) => resource.id === id);
}

function checkResourceIds(root: XmlElement, resources: Resource[]): string[] {
  const errors: string[] = [];

  const definitionsById = new Map<string, Resource[]>();
  for (const resource of resources) {
    if (resource.id === "") {
      errors.push(`<${resource.element.qualifiedName}> in ${resource.kind} has no id`);
      continue;
    }
    definitionsById.set(resource.id, [...(definitionsById.get(resource.id) ?? []), resource]);
    if (resource.id.length > MAX_RESID_LENGTH) {
      errors.push(
        `${describe(resource.element, "id")} is ${resource.id.length} characters long; Office allows at most ${MAX_RESID_LENGTH}`
      );
    }
  }
  for (const [id, definitions] of definitionsById) {
    if (definitions.length > 1) {
      const where = definitions.map((resource) => resource.kind).join(", ");
      errors.push(
        `duplicate resource id "${id}": defined ${definitions.length} times (${where}); each id must be defined once`
      );
    }
  }

  for (const reference of descendants(root, (element) => element.attributes.resid !== undefined)) {
    const resid = reference.attributes.resid;
    if (resid.length > MAX_RESID_LENGTH) {
      errors.push(
        `${describe(reference, "resid")} is ${resid.length} characters long; Office allows at most ${MAX_RESID_LENGTH}`
      );
    }
    const definitions = definitionsById.get(resid);
    if (!definitions) {
      errors.push(
        `${describe(reference, "resid")} refers to an undefined resource: no bt:Image, bt:Url or bt:String has id "${resid}"`
      );
      continue;
    }
    const expectedKind = EXPECTED_RESOURCE_KIND[reference.name];
    if (expectedKind && !definitions.some((resource) => resource.kind === expectedKind)) {
      errors.push(
        `${describe(reference, "resid")} must refer to ${RESOURCE_LABEL[expectedKind]}, but "${resid}" is ${RESOURCE_LABEL[definitions[0].kind]}`
      );
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Custom functions and the shared runtime

interface CustomFunctionsResids {
  script?: string;
  page?: string;
  metadata?: string;
  namespace?: string;
}

function findCustomFunctionsExtensionPoint(root: XmlElement): CustomFunctionsResids | undefined {
  const extensionPoint = descendants(
    root,
    (element) => element.name === "ExtensionPoint" && element.attributes.type === "CustomFunctions"
  )[0];
  if (!extensionPoint) return undefined;
  const sourceLocationResid = (container: string) =>
    childNamed(childNamed(extensionPoint, container), "SourceLocation")?.attributes.resid;
  return {
    script: sourceLocationResid("Script"),
    page: sourceLocationResid("Page"),
    metadata: sourceLocationResid("Metadata"),
    namespace: childNamed(extensionPoint, "Namespace")?.attributes.resid,
  };
}

function checkCustomFunctionsExtensionPoint(
  customFunctions: CustomFunctionsResids | undefined
): string[] {
  if (!customFunctions) {
    return ['no <ExtensionPoint xsi:type="CustomFunctions">: the OPS functions would not load'];
  }
  const required: [keyof CustomFunctionsResids, string][] = [
    ["script", "<Script><SourceLocation resid>"],
    ["page", "<Page><SourceLocation resid>"],
    ["metadata", "<Metadata><SourceLocation resid>"],
    ["namespace", "<Namespace resid>"],
  ];
  return required
    .filter(([key]) => !customFunctions[key])
    .map(([, element]) => `the CustomFunctions extension point has no ${element}`);
}

const SHARED_RUNTIME_VERSION = "1.1";

function checkSharedRuntime(
  root: XmlElement,
  customFunctions: CustomFunctionsResids | undefined
): string[] {
  const errors = checkSharedRuntimeRequirement(root);

  const runtimes = descendantsNamed(root, "Runtime");
  if (runtimes.length !== 1) {
    errors.push(
      `expected exactly one <Runtime> in <Runtimes> (shared runtime), found ${runtimes.length}`
    );
    return errors;
  }
  const runtime = runtimes[0];
  const runtimeResid = runtime.attributes.resid;
  if (runtime.attributes.lifetime !== "long") {
    // A short lifetime unloads the runtime with the task pane, taking the custom functions with it.
    errors.push(
      `${describe(runtime, "resid")} must have lifetime="long" (found "${runtime.attributes.lifetime ?? ""}")`
    );
  }

  // Every page of the add-in must be the runtime's page, or Office starts separate runtimes.
  const mustShareRuntime: { what: string; resid: string | undefined }[] = [];
  if (customFunctions?.page) {
    mustShareRuntime.push({
      what: "the CustomFunctions <Page><SourceLocation>",
      resid: customFunctions.page,
    });
  }
  for (const functionFile of descendantsNamed(root, "FunctionFile")) {
    mustShareRuntime.push({ what: "<FunctionFile>", resid: functionFile.attributes.resid });
  }
  const showTaskpaneActions = descendants(
    root,
    (element) => element.name === "Action" && element.attributes.type === "ShowTaskpane"
  );
  for (const action of showTaskpaneActions) {
    mustShareRuntime.push({
      what: "the ShowTaskpane <Action><SourceLocation>",
      resid: childNamed(action, "SourceLocation")?.attributes.resid,
    });
  }
  for (const { what, resid } of mustShareRuntime) {
    if (resid !== runtimeResid) {
      errors.push(
        `shared runtime mismatch: ${what} resid "${resid ?? ""}" differs from the <Runtime> resid "${runtimeResid}"`
      );
    }
  }
  return errors;
}

function checkSharedRuntimeRequirement(root: XmlElement): string[] {
  const sets = childNamed(childNamed(root, "Requirements"), "Sets");
  const sharedRuntime = childrenNamed(sets, "Set").find(
    (set) => set.attributes.Name === "SharedRuntime"
  );
  if (!sharedRuntime) {
    return [
      `<Requirements> does not declare <Set Name="SharedRuntime" MinVersion="${SHARED_RUNTIME_VERSION}"/>`,
    ];
  }
  const version = sharedRuntime.attributes.MinVersion ?? sets?.attributes.DefaultMinVersion;
  if (version !== SHARED_RUNTIME_VERSION) {
    return [
      `the SharedRuntime requirement set has version "${version ?? ""}"; expected "${SHARED_RUNTIME_VERSION}"`,
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// URLs

/** Elements whose DefaultValue (and Override Values) are URLs. */
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Url",
  "Image",
]);

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

interface ManifestUrl {
  where: string;
  url: string;
}

function collectUrls(root: XmlElement): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  for (const element of descendants(root, (candidate) => URL_ELEMENTS.has(candidate.name))) {
    // Elements that reference a resource (resid) carry no URL themselves.
    if (element.attributes.DefaultValue === undefined) continue;
    const owner = element.attributes.id ? describe(element, "id") : `<${element.qualifiedName}>`;
    urls.push({ where: `${owner} DefaultValue`, url: element.attributes.DefaultValue });
    for (const override of childrenNamed(element, "Override")) {
      urls.push({
        where: `${owner} ${override.attributes.Locale ?? ""} Override Value`,
        url: override.attributes.Value ?? "",
      });
    }
  }
  for (const appDomain of descendantsNamed(root, "AppDomain")) {
    urls.push({ where: "<AppDomain>", url: appDomain.text });
  }
  return urls;
}

function checkUrls(root: XmlElement, production: boolean): string[] {
  return collectUrls(root).flatMap(({ where, url }) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return [`${where} "${url}" is not a valid absolute URL`];
    }
    // Office loads add-in pages and resources over https only, in development too.
    if (parsed.protocol !== "https:") return [`${where} "${url}" is not https`];
    if (production && LOCAL_HOSTS.has(parsed.hostname)) {
      return [
        `${where} "${url}" points at localhost; a production manifest needs the deployed base URL`,
      ];
    }
    return [];
  });
}

// ---------------------------------------------------------------------------------------------
// zh-CN overrides and the namespace

const ZH_CN = "zh-cn";

function zhCnOverride(element: XmlElement): XmlElement | undefined {
  return childrenNamed(element, "Override").find(
    (override) => override.attributes.Locale?.toLowerCase() === ZH_CN
  );
}

function missingZhCnOverride(element: XmlElement, what: string): string[] {
  const override = zhCnOverride(element);
  if (!override) return [`${what} has no zh-CN <Override>`];
  if (!override.attributes.Value?.trim()) return [`${what} has an empty zh-CN <Override> Value`];
  return [];
}

function checkZhCnOverrides(
  root: XmlElement,
  resources: Resource[],
  customFunctions: CustomFunctionsResids | undefined
): string[] {
  const errors: string[] = [];
  for (const name of ["DisplayName", "Description"]) {
    const element = childNamed(root, name);
    if (element) errors.push(...missingZhCnOverride(element, `<${name}>`));
    else errors.push(`manifest has no <${name}>`);
  }

  for (const resource of resources.filter(
    ({ kind }) => kind === "ShortStrings" || kind === "LongStrings"
  )) {
    const what = describe(resource.element, "id");
    if (resource.id === customFunctions?.namespace) {
      // Formulas are typed as OPS.ROI in every language; a localized namespace would break shared workbooks.
      if (childrenNamed(resource.element, "Override").length > 0) {
        errors.push(
          `${what} is the custom functions namespace and must not be overridden: it is the same in every language`
        );
      }
    } else {
      errors.push(...missingZhCnOverride(resource.element, what));
    }
  }

  const metadataUrl = findResource(resources, customFunctions?.metadata);
  if (metadataUrl) {
    // Without it, Chinese Excel shows the English function names and descriptions.
    errors.push(
      ...missingZhCnOverride(
        metadataUrl.element,
        `${describe(metadataUrl.element, "id")} (functions metadata URL)`
      )
    );
  }
  return errors;
}

const NAMESPACE_PATTERN = /^[A-Za-z0-9.]{1,32}$/;

function checkNamespace(
  resources: Resource[],
  customFunctions: CustomFunctionsResids | undefined,
  expectedNamespace: string
): string[] {
  const namespaceString = findResource(resources, customFunctions?.namespace);
  if (!namespaceString) return []; // reported as an undefined resid or a missing <Namespace>
  const namespace = namespaceString.element.attributes.DefaultValue ?? "";
  const errors: string[] = [];
  if (!NAMESPACE_PATTERN.test(namespace)) {
    errors.push(
      `custom functions namespace "${namespace}" must be 1–32 letters, digits or periods`
    );
  }
  if (namespace !== expectedNamespace) {
    errors.push(`custom functions namespace is "${namespace}"; expected "${expectedNamespace}"`);
  }
  return errors;
}
