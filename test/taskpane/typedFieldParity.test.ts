/**
 * One parser for what people type: the CLI's options and the panel's fields accept and refuse exactly
 * the same strings, with the same values (issue 12). Both hosts read the targets module's fields
 * (builders/targets/fieldSpecs.ts): each text goes through the CLI's reading of its option values
 * (readFields over the flags' strings) and the panel's request (builderRequest), then the module's
 * toOptions.
 */
import { targetsBuilder, targetsOptions } from "../../src/builders/targets";
import { readFields } from "../../src/builders/fields";
import { defaultFiscalYear } from "../../src/builders/targets/targetsFields";
import { isLocalizedError } from "../../src/core/localizedError";
import { builderRequest, defaultTypedFields } from "../../src/taskpane/pages/builderPageModel";
import { NUMBER_RULES } from "../support/typedTextRules";

const TODAY = new Date(2025, 10, 22);

function refusedOr<T>(work: () => T): T | "refused" {
  try {
    return work();
  } catch (error) {
    if (isLocalizedError(error)) return "refused";
    throw error;
  }
}

/** As the CLI reads it: only the options given, the rest the fields' defaults. */
function viaCli(options: Record<string, string>) {
  return refusedOr(() => {
    const values = readFields(targetsBuilder.fields, { annual: "1000", ...options });
    return targetsOptions({ locale: "en-US", values, tables: {}, skipInvalid: false, today: TODAY })
      .options;
  });
}

/** As the panel reads it: the form's typed fields, starting from the defaults it shows. */
function viaPanel(values: Record<string, string>, today = TODAY) {
  return refusedOr(() => {
    const typed = { ...defaultTypedFields(targetsBuilder.fields), annual: "1000", ...values };
    const request = builderRequest(targetsBuilder, {}, typed, "en-US", {
      skipInvalid: false,
      today,
    });
    return targetsOptions(request).options;
  });
}

const TIER_TEXTS = [
  "80%",
  "0.8",
  "80",
  "８０％",
  "100",
  "1",
  "0",
  "150",
  "-0.8",
  "80.5%",
  "1,5",
  "eighty",
];
const CHALLENGE_TEXTS = [
  "120%",
  "1.2",
  "120",
  "500",
  "5",
  "501",
  "90%",
  "0.9",
  "1",
  "1,2",
  "１２０",
];
const YEAR_TEXTS = ["2026", "２０２６", " 2027 ", "26", "1900", "9999", "2026.0", "二〇二六"];

describe("CLI and panel read typed fields alike", () => {
  it.each(NUMBER_RULES.map(([text]) => text))("annual target %j", (text) => {
    const cli = viaCli({ annual: text });
    const panel = viaPanel({ annual: text });
    if (cli === "refused") expect(panel).toBe("refused");
    else expect(panel).toMatchObject({ annualTarget: cli.annualTarget });
  });

  it("the annual target 5850万 is 58,500,000 in both", () => {
    expect(viaCli({ annual: "5850万" })).toMatchObject({ annualTarget: 58_500_000 });
    expect(viaPanel({ annual: "5850万" })).toMatchObject({ annualTarget: 58_500_000 });
    expect(viaPanel({ annual: "1,5" })).toBe("refused");
  });

  it.each(TIER_TEXTS)("base tier %j", (text) => {
    const cli = viaCli({ base: text });
    const panel = viaPanel({ base: text });
    if (cli === "refused") expect(panel).toBe("refused");
    else expect(panel).toMatchObject({ base: cli.base });
  });

  it.each(CHALLENGE_TEXTS)("challenge tier %j", (text) => {
    const cli = viaCli({ challenge: text });
    const panel = viaPanel({ challenge: text });
    if (cli === "refused") expect(panel).toBe("refused");
    else expect(panel).toMatchObject({ challenge: cli.challenge });
  });

  it("80, 80% and 0.8 are the same base tier; 120 and 1.2 the same challenge", () => {
    for (const text of ["80", "80%", "0.8"])
      expect(viaPanel({ base: text })).toMatchObject({ base: { ratio: 0.8 } });
    for (const text of ["120", "120%", "1.2"])
      expect(viaCli({ challenge: text })).toMatchObject({ challenge: { ratio: 1.2 } });
  });

  it.each(YEAR_TEXTS)("fiscal year %j", (text) => {
    const cli = viaCli({ year: text });
    const panel = viaPanel({ year: text });
    if (cli === "refused") expect(panel).toBe("refused");
    else expect(panel).toMatchObject({ fiscalYear: cli.fiscalYear });
  });
});

describe("one fiscal-year default", () => {
  it.each([
    [new Date(2026, 10, 22), 1, 2027],
    [new Date(2026, 1, 10), 4, 2027], // FY ending March: February 2026 is in FY2026, so FY2027 is next
    [new Date(2026, 4, 10), 4, 2028],
  ])(
    "today %s, fiscal start %i → FY%i, in the CLI's rule and the panel's form",
    (today, start, year) => {
      expect(defaultFiscalYear(today, start)).toBe(year);
      if (start === 1) expect(viaPanel({}, today)).toMatchObject({ fiscalYear: year });
    }
  );

  it("with history: the fiscal year after the one holding its last month", () => {
    expect(defaultFiscalYear(new Date(2030, 0, 1), 1, { year: 2025, month: 12 })).toBe(2026);
    expect(defaultFiscalYear(new Date(2030, 0, 1), 4, { year: 2026, month: 2 })).toBe(2027);
  });
});
