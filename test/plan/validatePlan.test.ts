/** The plan's own checks: each kind of mistake is reported in words naming where it is. */
import fc from "fast-check";
import { cellTextProblem, MAX_CELL_TEXT_LENGTH } from "../../src/plan/cellText";
import { validatePlan, isValidExcelName } from "../../src/plan/validatePlan";
import type { ChartPlan, WorkbookPlan } from "../../src/plan/types";
import { samplePlan } from "../support/samplePlan";

const oneSheet = (
  patch: Partial<WorkbookPlan["sheets"][number]>,
  names?: WorkbookPlan["names"]
): WorkbookPlan => ({
  sheets: [{ key: "s", name: "S", blocks: [{ anchor: "A1", rows: [[1, 2]] }], ...patch }],
  names,
});

test("the shared sample plan is valid", () => {
  expect(validatePlan(samplePlan())).toEqual([]);
});

test.each<[string, WorkbookPlan, RegExp]>([
  ["no sheets", { sheets: [] }, /no sheets/],
  [
    "duplicate sheet keys",
    { sheets: [oneSheet({}).sheets[0], oneSheet({}).sheets[0]] },
    /key "s" is used twice/,
  ],
  ["bad anchor", oneSheet({ blocks: [{ anchor: "1A", rows: [[1]] }] }), /anchor "1A"/],
  [
    "ragged block",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[1, 2], [3]] }] }),
    /1 cells in row 2, expected 2/,
  ],
  ["empty block", oneSheet({ blocks: [{ anchor: "A1", rows: [] }] }), /block at A1 is empty/],
  [
    "overlapping blocks",
    oneSheet({
      blocks: [
        { anchor: "A1", rows: [[1, 2]] },
        { anchor: "B1", rows: [[3]] },
      ],
    }),
    /blocks at A1 and B1 overlap/,
  ],
  [
    "block past the last row",
    oneSheet({ blocks: [{ anchor: "A1048576", rows: [[1], [2]] }] }),
    /past the edge/,
  ],
  [
    "formula without =",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "SUM(B1)" }]] }] }),
    /must start with "="/,
  ],
  [
    "unknown sheet key",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "={sheet:nope}!A1" }]] }] }),
    /sheet key "nope"/,
  ],
  [
    "reference outside the grid",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "=B2000000+1" }]] }] }),
    /B2000000, outside the sheet/,
  ],
  [
    "unbalanced parentheses",
    oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: "=SUM(B1" }]] }] }),
    /unbalanced parentheses/,
  ],
  [
    "bad format range",
    oneSheet({ formats: [{ range: "B2:", style: "input" }] }),
    /format range "B2:"/,
  ],
  ["bad colour", oneSheet({ tabColor: "blue" }), /tab colour "blue"/],
  [
    "min above max",
    oneSheet({ validations: [{ range: "A1", rule: { type: "decimal", min: 5, max: 1 } }] }),
    /min 5 above max 1/,
  ],
  [
    "empty list",
    oneSheet({ validations: [{ range: "A1", rule: { type: "list", values: [] } }] }),
    /has no values/,
  ],
  [
    "bad table name",
    oneSheet({ tables: [{ name: "My Table", range: "A1:B1" }] }),
    /table name "My Table"/,
  ],
  [
    "chart without series",
    oneSheet({
      charts: [{ type: "line", title: "T", categories: "A1:B1", series: [], position: "D1:H9" }],
    }),
    /has no series/,
  ],
  ...(
    [
      [
        "chart series longer than its categories",
        {
          type: "column",
          title: "T",
          categories: "A1:B1",
          series: [{ name: "v", values: "A2:C2" }],
        },
        /series "v" has 3 values for 2 categories/,
      ],
      [
        "chart series over a block, not a row or column",
        {
          type: "column",
          title: "T",
          categories: "A1:B1",
          series: [{ name: "v", values: "A1:B2" }],
        },
        /series "v" must be one row or one column/,
      ],
      [
        "chart series outside the sheet's cells",
        { type: "line", title: "T", categories: "A1:B1", series: [{ name: "v", values: "A9:B9" }] },
        /series "v" A9:B9 lies outside the sheet's cells/,
      ],
      [
        "donut with two series",
        {
          type: "donut",
          title: "T",
          categories: "A1:B1",
          series: [
            { name: "a", values: "A2:B2" },
            { name: "b", values: "A2:B2" },
          ],
        },
        /a donut chart shows exactly one series/,
      ],
      [
        "secondary axis on a column chart",
        {
          type: "column",
          title: "T",
          categories: "A1:B1",
          series: [{ name: "r", values: "A2:B2", axis: "secondary" }],
        },
        /only a combo chart has a secondary axis/,
      ],
      [
        "combo without a secondary series",
        {
          type: "combo",
          title: "T",
          categories: "A1:B1",
          series: [{ name: "g", values: "A2:B2" }],
        },
        /a combo chart needs primary and secondary series/,
      ],
    ] as [string, Omit<ChartPlan, "position">, RegExp][]
  ).map(([what, chart, error]): [string, WorkbookPlan, RegExp] => [
    what,
    oneSheet({
      blocks: [
        {
          anchor: "A1",
          rows: [
            ["a", "b", "c"],
            [1, 2, 3],
          ],
        },
      ],
      charts: [{ ...chart, position: "E1:H9" }],
    }),
    error,
  ]),
  [
    "cell-like defined name",
    oneSheet({}, [{ name: "AB12", sheet: "s", range: "A1" }]),
    /"AB12" is not a valid Excel name/,
  ],
  [
    "duplicate defined name",
    oneSheet({}, [
      { name: "Total", sheet: "s", range: "A1" },
      { name: "TOTAL", sheet: "s", range: "B1" },
    ]),
    /"TOTAL" is defined twice/,
  ],
  [
    "name on a missing sheet",
    oneSheet({}, [{ name: "Total", sheet: "x", range: "A1" }]),
    /sheet key "x"/,
  ],
  [
    "name local to a missing sheet",
    oneSheet({}, [{ name: "Total", sheet: "s", range: "A1", scope: "sheet", localTo: "x" }]),
    /local to sheet key "x"/,
  ],
  [
    "localTo on a workbook name",
    oneSheet({}, [{ name: "Total", sheet: "s", range: "A1", localTo: "s" }]),
    /"Total" has localTo but its scope is not "sheet"/,
  ],
  [
    "two names local to the same sheet",
    {
      sheets: [oneSheet({}).sheets[0], { key: "t", name: "T", blocks: [] }],
      names: [
        { name: "Total", sheet: "s", range: "A1", scope: "sheet", localTo: "t" },
        { name: "Total", sheet: "t", range: "A1", scope: "sheet" },
      ],
    },
    /"Total" is defined twice/,
  ],
])("%s is reported", (_what, plan, message) => {
  const errors = validatePlan(plan);
  expect(errors.some((e) => message.test(e))).toBe(true);
});

test("a name may be local to a sheet its range is not on, once per sheet", () => {
  const plan = samplePlan();
  plan.names!.push(
    { name: "Local_Target", sheet: "sales", range: "F3", scope: "sheet", localTo: "summary" },
    { name: "Local_Target", sheet: "sales", range: "F3", scope: "sheet", localTo: "channels" }
  );
  expect(validatePlan(plan)).toEqual([]);
});

test("text in string literals is not mistaken for references", () => {
  expect(
    validatePlan(
      oneSheet({ blocks: [{ anchor: "A1", rows: [[{ formula: '="ZZZ9999999 {sheet:none}"' }]] }] })
    )
  ).toEqual([]);
});

test("Excel name rules", () => {
  expect(["Target_Total", "_x", "Report_CR", "a.b"].every(isValidExcelName)).toBe(true);
  expect(["1abc", "A1", "R1C1", "r", "has space", ""].some(isValidExcelName)).toBe(false);
});

describe("text a workbook cannot hold", () => {
  /** XML 1.0's Char production, code point by code point: the independent oracle. */
  const xmlCanHold = (text: string) =>
    [...text].every((ch) => {
      const cp = ch.codePointAt(0)!;
      // A lone surrogate comes out of the iterator as itself, in D800–DFFF, which Char excludes.
      return (
        cp === 0x9 ||
        cp === 0xa ||
        cp === 0xd ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        cp >= 0x10000
      );
    });

  test("every UTF-16 code unit alone, and every pair order of surrogates, as XML 1.0 says", () => {
    const wrong: number[] = [];
    let refused = 0;
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = String.fromCharCode(unit);
      const problem = cellTextProblem(text);
      if (problem !== (xmlCanHold(text) ? undefined : "forbiddenCharacter")) wrong.push(unit);
      if (problem !== undefined) refused++;
    }
    expect(wrong).toEqual([]);
    // 29 C0 controls, 2048 surrogates, U+FFFE and U+FFFF.
    expect(refused).toBe(29 + 2048 + 2);
    expect(cellTextProblem("📈 \uD83D\uDCC8")).toBeUndefined();
    expect(cellTextProblem("\uDCC8\uD83D")).toBe("forbiddenCharacter");
    expect(cellTextProblem("a\uD83Db")).toBe("forbiddenCharacter");
  });

  test("arbitrary UTF-16 strings agree with XML 1.0 (property)", () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) =>
        xmlCanHold(text)
          ? cellTextProblem(text) === undefined
          : cellTextProblem(text) === "forbiddenCharacter"
      ),
      { numRuns: 5000 }
    );
  });

  test("32,767 UTF-16 code units fit a cell, 32,768 do not (an emoji counts as two)", () => {
    expect(MAX_CELL_TEXT_LENGTH).toBe(32_767);
    expect(cellTextProblem("x".repeat(32_767))).toBeUndefined();
    expect(cellTextProblem("x".repeat(32_768))).toBe("tooLong");
    expect(cellTextProblem("📈".repeat(16_383) + "x")).toBeUndefined();
    expect(cellTextProblem("📈".repeat(16_384))).toBe("tooLong");
  });

  const textAt = (text: string, formula = false): WorkbookPlan =>
    oneSheet({
      blocks: [
        { anchor: "A1", rows: [["ok", 1]] },
        { anchor: "B3", rows: [[formula ? { formula: `=IF(A1="${text}",1,0)` } : text]] },
      ],
    });

  test.each<[string, string, RegExp]>([
    ["U+FFFE", "a\uFFFEb", /U\+FFFE \(at character 2\)/],
    ["U+FFFF", "\uFFFF", /U\+FFFF \(at character 1\)/],
    ["U+0001", "x\u0001", /U\+0001 \(at character 2\)/],
    ["U+0000", "\u0000", /U\+0000/],
    ["a lone high surrogate", "ab\uD83D", /U\+D83D \(at character 3\)/],
    ["a lone low surrogate", "\uDCC8", /U\+DCC8/],
    ["32,768 characters", "y".repeat(32_768), /has 32,768 characters; a cell holds at most 32,767/],
  ])(
    "a value cell holding %s is refused, naming the sheet and the cell",
    (_what, text, problem) => {
      const errors = validatePlan(textAt(text));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Sheet "s" cell B3: the text /);
      expect(errors[0]).toMatch(problem);
    }
  );

  test.each([["\uFFFE"], ["\u0001"], ["\uD800"]])(
    "a formula whose string literal holds %j is refused",
    (text) => {
      const errors = validatePlan(textAt(text, true));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Sheet "s" cell B3: the formula holds the character U\+/);
    }
  );

  test("32,767 characters, TAB, LF and CR, emoji and CJK are accepted", () => {
    for (const text of ["z".repeat(32_767), "a\tb\nc\r\nd", "销售 📈", "\uE000\uFFFD"]) {
      expect(validatePlan(textAt(text))).toEqual([]);
      expect(validatePlan(textAt(text.slice(0, 200), true))).toEqual([]);
    }
  });
});

test("cells with text a workbook cannot hold are listed per sheet up to 20, then counted", () => {
  const rows = Array.from({ length: 25 }, (_, i) => [`bad\u0002${i}`, { formula: '="\uFFFF"' }]);
  const errors = validatePlan(oneSheet({ blocks: [{ anchor: "A1", rows }] }));
  expect(errors).toHaveLength(21);
  expect(errors[0]).toMatch(/^Sheet "s" cell A1: the text holds the character U\+0002/);
  expect(errors[1]).toMatch(/^Sheet "s" cell B1: the formula holds the character U\+FFFF/);
  expect(errors[19]).toMatch(/^Sheet "s" cell B10: /);
  expect(errors[20]).toBe('Sheet "s": 30 more cells hold text a workbook cannot store.');
});

test("prompts, list values, rule formulas and chart titles holding a forbidden character are refused", () => {
  const errors = validatePlan(
    oneSheet({
      validations: [
        { range: "A1", rule: { type: "list", values: ["ok", "b\u0003d"] }, prompt: "p\uFFFE" },
      ],
      conditionalFormats: [
        { range: "B1", rule: { type: "expression", formula: 'A1="\uD800"', fill: "#FF0000" } },
      ],
      charts: [
        {
          type: "column",
          title: "t\u0001",
          categories: "A1:B1",
          series: [{ name: "s", values: "A1:B1" }],
          position: "D1:H9",
        },
      ],
    })
  );
  expect(errors).toEqual([
    'Sheet "s": the prompt of the validation on A1 holds the character U+FFFE, which a workbook cannot store.',
    'Sheet "s": a list value on A1 holds the character U+0003, which a workbook cannot store.',
    'Sheet "s": the conditional format on B1 holds the character U+D800, which a workbook cannot store.',
    'Sheet "s": a chart title or series name holds the character U+0001, which a workbook cannot store.',
  ]);
});
