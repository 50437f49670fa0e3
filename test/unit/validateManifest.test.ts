/**
 * The real manifest.xml passes; each check is shown to catch its failure by breaking a copy of it.
 */
import { readFileSync } from "fs";
import path from "path";
import { validateManifest } from "../../scripts/manifest/validateManifest";

const MANIFEST = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const DEVELOPMENT = { production: false, expectedNamespace: "OPS" };
const PRODUCTION = { production: true, expectedNamespace: "OPS" };

/** Replaces exactly one occurrence, so a test fails loudly instead of passing if the manifest changes. */
function replaceOnce(text: string, search: string | RegExp, replacement: string): string {
  const count =
    typeof search === "string"
      ? text.split(search).length - 1
      : (text.match(new RegExp(search.source, "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected one match of ${String(search)}, found ${count}`);
  return text.replace(search, () => replacement);
}

function replaceEvery(text: string, search: string, replacement: string): string {
  return text.split(search).join(replacement);
}

/** What `npm run build` does: point every dev-server URL (and the AppDomain origin) at the deployed base URL. */
function asProduction(xml: string): string {
  return replaceEvery(xml, "https://localhost:3000", "https://ops.example.com");
}

describe("validateManifest on the real manifest", () => {
  it("passes in development mode", () => {
    expect(validateManifest(MANIFEST, DEVELOPMENT)).toEqual([]);
  });

  it("passes in production mode once the dev-server URLs point at the deployed base URL", () => {
    expect(validateManifest(asProduction(MANIFEST), PRODUCTION)).toEqual([]);
  });
});

describe("validateManifest: well-formed XML", () => {
  it("reports a truncated manifest with its unclosed elements", () => {
    const truncated = MANIFEST.slice(0, MANIFEST.indexOf("<Resources>"));
    expect(validateManifest(truncated, DEVELOPMENT)).toEqual([
      expect.stringContaining(
        "not well-formed XML: unclosed element(s): OfficeApp, VersionOverrides"
      ),
    ]);
  });

  it("reports an unclosed tag with its line", () => {
    const broken = replaceOnce(
      MANIFEST,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadWriteDocument"
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringMatching(/not well-formed XML: .*'Permissions'.*\(line \d+/),
    ]);
  });
});

describe("validateManifest: resource ids", () => {
  it("reports a resid that no resource defines", () => {
    const broken = replaceOnce(
      MANIFEST,
      '<Label resid="Group.Label"/>',
      '<Label resid="Group.Lable"/>'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining('<Label resid="Group.Lable"> refers to an undefined resource'),
    ]);
  });

  it("reports a resid longer than 32 characters, where defined and where referenced", () => {
    const longId = "Functions.Metadata.Url".padEnd(33, "X");
    const broken = replaceEvery(MANIFEST, '"Functions.Metadata.Url"', `"${longId}"`);
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      `<bt:Url id="${longId}"> is 33 characters long; Office allows at most 32`,
      `<SourceLocation resid="${longId}"> is 33 characters long; Office allows at most 32`,
    ]);
  });

  it("accepts a resid of exactly 32 characters", () => {
    const broken = replaceEvery(
      MANIFEST,
      '"Functions.Metadata.Url"',
      `"${"Functions.Metadata.Url".padEnd(32, "X")}"`
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([]);
  });

  it("reports an id defined twice", () => {
    const broken = replaceOnce(
      MANIFEST,
      "</bt:Urls>",
      '  <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html"/>\n      </bt:Urls>'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining('duplicate resource id "Taskpane.Url": defined 2 times'),
    ]);
  });

  it("reports a resid that points into the wrong kind of resource", () => {
    const broken = replaceOnce(
      MANIFEST,
      '<Label resid="Group.Label"/>',
      '<Label resid="Taskpane.Url"/>'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining(
        '<Label resid="Taskpane.Url"> must refer to a bt:String in bt:ShortStrings'
      ),
    ]);
  });
});

describe("validateManifest: shared runtime", () => {
  it("reports a CustomFunctions page that is not the runtime's page", () => {
    const broken = replaceOnce(
      MANIFEST,
      /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
      '<Page><SourceLocation resid="Functions.Script.Url"/>'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining(
        'shared runtime mismatch: the CustomFunctions <Page><SourceLocation> resid "Functions.Script.Url" differs from the <Runtime> resid "Taskpane.Url"'
      ),
    ]);
  });

  it("reports a FunctionFile that is not the runtime's page", () => {
    const broken = replaceOnce(
      MANIFEST,
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Functions.Script.Url"/>'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining(
        'shared runtime mismatch: <FunctionFile> resid "Functions.Script.Url"'
      ),
    ]);
  });

  it("reports a short runtime lifetime", () => {
    const broken = replaceOnce(MANIFEST, 'lifetime="long"', 'lifetime="short"');
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining('must have lifetime="long"'),
    ]);
  });

  it("reports a missing SharedRuntime requirement set", () => {
    const broken = replaceOnce(MANIFEST, /\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, "");
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining('does not declare <Set Name="SharedRuntime" MinVersion="1.1"/>'),
    ]);
  });
});

describe("validateManifest: URLs", () => {
  it("reports an http URL in development too", () => {
    const broken = replaceOnce(
      MANIFEST,
      '"https://localhost:3000/functions.js"',
      '"http://localhost:3000/functions.js"'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      '<bt:Url id="Functions.Script.Url"> DefaultValue "http://localhost:3000/functions.js" is not https',
    ]);
  });

  it("reports localhost URLs in production, including Override values and AppDomains", () => {
    const errors = validateManifest(MANIFEST, PRODUCTION);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '<bt:Url id="Taskpane.Url"> DefaultValue "https://localhost:3000/taskpane.html" points at localhost'
        ),
        expect.stringContaining(
          '<bt:Url id="Functions.Metadata.Url"> zh-CN Override Value "https://localhost:3000/functions.zh-CN.json" points at localhost'
        ),
        expect.stringContaining('<AppDomain> "https://localhost:3000" points at localhost'),
      ])
    );
    expect(errors.every((error) => error.includes("points at localhost"))).toBe(true);
  });

  it("reports a single 127.0.0.1 URL left in a production manifest", () => {
    const broken = replaceOnce(
      asProduction(MANIFEST),
      "https://ops.example.com/assets/icon-64.png",
      "https://127.0.0.1:3000/assets/icon-64.png"
    );
    expect(validateManifest(broken, PRODUCTION)).toEqual([
      expect.stringContaining(
        '<HighResolutionIconUrl> DefaultValue "https://127.0.0.1:3000/assets/icon-64.png" points at localhost'
      ),
    ]);
  });
});

describe("validateManifest: zh-CN overrides", () => {
  it("reports a DisplayName without a zh-CN override", () => {
    const broken = replaceOnce(MANIFEST, /\s*<Override Locale="zh-CN" Value="运营规划助手"\/>/, "");
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      "<DisplayName> has no zh-CN <Override>",
    ]);
  });

  it("reports a short string without a zh-CN override", () => {
    const broken = replaceOnce(MANIFEST, /\s*<bt:Override Locale="zh-CN" Value="运营规划"\/>/, "");
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      '<bt:String id="Group.Label"> has no zh-CN <Override>',
    ]);
  });

  it("reports a functions metadata URL without a zh-CN override", () => {
    const broken = replaceOnce(
      MANIFEST,
      /\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>/,
      ""
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      '<bt:Url id="Functions.Metadata.Url"> (functions metadata URL) has no zh-CN <Override>',
    ]);
  });

  it("reports an overridden namespace", () => {
    const broken = replaceOnce(
      MANIFEST,
      '<bt:String id="Functions.Namespace" DefaultValue="OPS"/>',
      '<bt:String id="Functions.Namespace" DefaultValue="OPS"><bt:Override Locale="zh-CN" Value="运营"/></bt:String>'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      expect.stringContaining(
        '<bt:String id="Functions.Namespace"> is the custom functions namespace and must not be overridden'
      ),
    ]);
  });
});

describe("validateManifest: namespace", () => {
  it("reports a namespace other than the expected one", () => {
    const broken = replaceOnce(
      MANIFEST,
      '<bt:String id="Functions.Namespace" DefaultValue="OPS"/>',
      '<bt:String id="Functions.Namespace" DefaultValue="OPX"/>'
    );
    expect(validateManifest(broken, DEVELOPMENT)).toEqual([
      'custom functions namespace is "OPX"; expected "OPS"',
    ]);
  });

  it("reports a namespace with characters Excel does not allow", () => {
    const broken = replaceOnce(
      MANIFEST,
      '<bt:String id="Functions.Namespace" DefaultValue="OPS"/>',
      '<bt:String id="Functions.Namespace" DefaultValue="OPS-1"/>'
    );
    expect(validateManifest(broken, { ...DEVELOPMENT, expectedNamespace: "OPS-1" })).toEqual([
      'custom functions namespace "OPS-1" must be 1–32 letters, digits or periods',
    ]);
  });
});
