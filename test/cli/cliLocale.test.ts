import { localeFromArguments, localeFromEnvironment } from "../../src/cli/cliLocale";
import { CliUserError } from "../../src/cli/cliUserError";

describe("localeFromEnvironment", () => {
  it.each([
    [{ LANG: "zh_CN.UTF-8" }, "zh-CN"],
    [{ LANG: "zh_TW.UTF-8" }, "zh-CN"],
    [{ LANG: "en_US.UTF-8" }, "en-US"],
    [{ LANG: "C" }, "en-US"],
    [{}, "en-US"],
    [{ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.GB18030" }, "zh-CN"],
    [{ LANG: "zh_CN.UTF-8", LC_ALL: "C" }, "en-US"],
    [{ LANG: "zh_CN.UTF-8", LC_ALL: "" }, "zh-CN"],
    [{ LANG: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8" }, "zh-CN"],
  ])("%j → %s", (env, locale) => {
    expect(localeFromEnvironment(env)).toBe(locale);
  });
});

describe("localeFromArguments", () => {
  it("finds --lang wherever it is, in either spelling, any case", () => {
    expect(localeFromArguments(["--lang", "zh-CN", "inspect"], "en-US")).toBe("zh-CN");
    expect(localeFromArguments(["inspect", "--lang=zh-cn"], "en-US")).toBe("zh-CN");
    expect(localeFromArguments(["--lang", "zh-CN", "--lang", "en-US"], "zh-CN")).toBe("en-US");
    expect(localeFromArguments(["inspect"], "zh-CN")).toBe("zh-CN");
  });

  it("ignores what follows --", () => {
    expect(localeFromArguments(["--", "--lang", "zh-CN"], "en-US")).toBe("en-US");
  });

  it("refuses a language it does not speak, in the fallback language", () => {
    expect(() => localeFromArguments(["--lang", "fr"], "zh-CN")).toThrow(CliUserError);
    try {
      localeFromArguments(["--lang", "fr"], "zh-CN");
    } catch (error) {
      expect((error as CliUserError).messageIn("zh-CN")).toBe(
        "选项 --lang 不接受“fr”；可用值：en-US, zh-CN。"
      );
    }
  });
});
