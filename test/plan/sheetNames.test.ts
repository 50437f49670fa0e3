/** Excel's sheet-name rules: ≤ 31 characters, none of [ ] : * ? / \, not blank, not "History"; unique case-insensitively. */
import fc from "fast-check";
import {
  assignSheetNames,
  resolveSheetReferences,
  uniqueSheetName,
  validSheetName,
} from "../../src/plan/sheetNames";

test("forbidden characters are replaced and the name is cut to 31 characters", () => {
  expect(validSheetName("Q1/Q2 [draft]: *final*?")).toBe("Q1_Q2 _draft__ _final__");
  expect(validSheetName("x".repeat(40))).toHaveLength(31);
  expect(validSheetName("   ")).toBe("Sheet");
  expect(validSheetName("'quoted'")).toBe("quoted");
  expect(validSheetName("History")).toBe("Sheet"); // Excel reserves it
});

test("an existing name gets (2), (3): nothing is overwritten, case-insensitively", () => {
  expect(uniqueSheetName("目标拆解", ["目标拆解"])).toBe("目标拆解 (2)");
  expect(uniqueSheetName("Report", ["report", "Report (2)"])).toBe("Report (3)");
  const long = "经营报表".repeat(8); // 32 characters
  const second = uniqueSheetName(long, [validSheetName(long)]);
  expect(second.endsWith(" (2)")).toBe(true);
  expect(Array.from(second)).toHaveLength(31);
});

test("emoji are never cut in half", () => {
  const name = validSheetName("📈".repeat(40));
  expect(Array.from(name).every((ch) => ch === "📈")).toBe(true);
});

test("any wanted name yields a valid name not already taken", () => {
  fc.assert(
    fc.property(
      fc.string(),
      fc.array(fc.string({ maxLength: 35 }), { maxLength: 6 }),
      (wanted, taken) => {
        const name = uniqueSheetName(wanted, taken);
        return (
          name.length > 0 &&
          Array.from(name).length <= 31 &&
          !/[[\]:*?/\\]/.test(name) &&
          !taken.some((t) => t.toLowerCase() === name.toLowerCase())
        );
      }
    )
  );
});

test("plan sheets with the same wanted name get distinct names; references resolve to the final names", () => {
  const names = assignSheetNames(
    [
      { key: "a", name: "Report" },
      { key: "b", name: "Report" },
    ],
    ["Report"]
  );
  expect([...names.values()]).toEqual(["Report (2)", "Report (3)"]);
  expect(resolveSheetReferences("={sheet:a}!B2+{sheet:b}!B2", names)).toBe(
    "='Report (2)'!B2+'Report (3)'!B2"
  );
  expect(() => resolveSheetReferences("={sheet:zz}!A1", names)).toThrow(/unknown plan sheet "zz"/);
});
