/** Rule 5 through the Excel adapter: whatever text a plan holds lands as exactly that text. */
import fc from "fast-check";
import type { PlanCell, WorkbookPlan } from "../../src/plan/types";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { MAX_CELL_TEXT_LENGTH } from "../../src/workbook/excel/excelLimits";
import { literalText, needsTextPrefix } from "../../src/workbook/excel/userText";
import { WorkbookError } from "../../src/workbook/port";
import { cellContent, FakeExcel } from "../support/excelMock";
import { HOSTILE_TEXTS } from "../support/samplePlan";

const DDE_PAYLOADS = [
  "=cmd|'/C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C notepad'!A0",
];
const VALUE_LOOKALIKES = [
  "12",
  "-12",
  "+12",
  "1e5",
  "50%",
  "1,234",
  "$12",
  "¥12",
  "2024-01-01",
  "1/2",
  "12:30",
  "TRUE",
  "false",
  "#N/A",
  "#DIV/0!",
];
const EDGE_PREFIXES = [
  "'quoted",
  "''twice",
  " =1+1",
  "\n=1+1",
  "\uFEFF=1+1",
  "\u200B=A+B",
  "＝1+1",
  "＋1",
  "１２",
  "-",
  "=",
  "@",
];
const LONGEST = "=" + "A".repeat(MAX_CELL_TEXT_LENGTH - 1);
/** Text that needs nothing: written exactly as it is. */
const PLAIN = [
  "Month",
  "Sales 销售",
  "📈 增长 🚀",
  "مرحبا بالعالم",
  "שלום עולם",
  "a\u200Db",
  "x".repeat(MAX_CELL_TEXT_LENGTH),
];
const CORPUS = [
  ...HOSTILE_TEXTS,
  ...DDE_PAYLOADS,
  ...VALUE_LOOKALIKES,
  ...EDGE_PREFIXES,
  LONGEST,
  ...PLAIN,
];

function planOf(texts: string[]): WorkbookPlan {
  return {
    sheets: [
      {
        key: "t",
        name: "Texts",
        blocks: [{ anchor: "A1", rows: texts.map((text): PlanCell[] => [text]) }],
      },
    ],
  };
}

async function apply(plan: WorkbookPlan) {
  const fake = new FakeExcel();
  await new ExcelWorkbook({ run: fake.run }).applyPlan(plan);
  return fake.sheet("Texts");
}

describe("user text stays text", () => {
  it("lands every string of the hostile corpus as exactly that text", async () => {
    const sheet = await apply(planOf(CORPUS));
    CORPUS.forEach((text, i) => {
      const content = sheet.content(`A${i + 1}`);
      expect({ text, content }).toEqual({
        text,
        content: expect.objectContaining({ kind: "text", text }),
      });
    });
  });

  it("prefixes only what Excel would evaluate or convert; plain text is written unchanged", async () => {
    const sheet = await apply(planOf(CORPUS));
    PLAIN.forEach((text) => expect(needsTextPrefix(text)).toBe(false));
    CORPUS.forEach((text, i) =>
      expect(sheet.input(`A${i + 1}`)).toBe(needsTextPrefix(text) ? `'${text}` : text)
    );
    [...HOSTILE_TEXTS, ...DDE_PAYLOADS, ...VALUE_LOOKALIKES, ...EDGE_PREFIXES].forEach((text) =>
      expect(needsTextPrefix(text)).toBe(true)
    );
  });

  it("keeps any string text, for arbitrary Unicode (property)", () => {
    const tricky = fc.constantFrom(
      "=",
      "+",
      "-",
      "@",
      "'",
      "\t",
      "\r",
      "\n",
      " ",
      "#",
      "１",
      "＝",
      "1",
      "TRUE",
      ""
    );
    fc.assert(
      fc.property(tricky, fc.string({ unit: "binary", maxLength: 40 }), (lead, rest) => {
        const text = lead + rest;
        const content = cellContent(literalText(text));
        return text === ""
          ? content.kind === "blank"
          : content.kind === "text" && content.text === text;
      }),
      { numRuns: 2000 }
    );
  });

  it("refuses text longer than a cell holds instead of cutting it, writing nothing", async () => {
    const fake = new FakeExcel();
    const before = fake.snapshot();
    const tooLong = "y".repeat(MAX_CELL_TEXT_LENGTH + 1);
    const error: unknown = await new ExcelWorkbook({ run: fake.run })
      .applyPlan(planOf(["ok", tooLong]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    // validatePlan refuses it for every adapter (the sheet named by its plan key).
    expect(error).toMatchObject({
      code: "invalidPlan",
      message: expect.stringMatching(/"t" cell A2: the text has 32,768 characters.*32,767/),
    });
    expect(fake.syncCount).toBe(0);
    expect(fake.snapshot()).toEqual(before);
  });

  it("refuses a formula longer than Excel allows", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "t",
          name: "Texts",
          blocks: [{ anchor: "A1", rows: [[{ formula: "=" + "1+".repeat(4100) + "1" }]] }],
        },
      ],
    };
    await expect(
      new ExcelWorkbook({ run: new FakeExcel().run }).applyPlan(plan)
    ).rejects.toMatchObject({ code: "tooLarge" });
  });

  it("refuses a list validation whose source Excel would read as a formula or split at a comma", async () => {
    const withList = (values: string[]): WorkbookPlan => ({
      sheets: [
        {
          key: "t",
          name: "Texts",
          blocks: [{ anchor: "A1", rows: [["x"]] }],
          validations: [{ range: "A1", rule: { type: "list", values } }],
        },
      ],
    });
    const workbook = new ExcelWorkbook({ run: new FakeExcel().run });
    await expect(workbook.applyPlan(withList(["=cmd|'/C calc'!A0", "b"]))).rejects.toMatchObject({
      code: "invalidPlan",
    });
    await expect(workbook.applyPlan(withList(["a,b", "c"]))).rejects.toMatchObject({
      code: "invalidPlan",
    });
    await expect(workbook.applyPlan(withList(["a", "-5"]))).resolves.toBeDefined();
  });
});
