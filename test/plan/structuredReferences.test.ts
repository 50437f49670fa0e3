/** Table references found in formula text, and tables renamed in them; strings and quoted sheets kept. */
import {
  renameTablesInFormula,
  rewriteStructuredReferences,
} from "../../src/plan/structuredReferences";
import { uniqueTableName } from "../../src/plan/tableNames";

const references = (formula: string) => {
  const found: string[] = [];
  rewriteStructuredReferences(formula, ({ table, specifier }) => {
    found.push(`${table}|${specifier}`);
    return undefined;
  });
  return found;
};

test("finds each reference with its specifier, nested brackets included", () => {
  expect(references("=SUM(Sales[GMV])+Sales[[#Headers],[A]:[B]]*T.x[@Qty]")).toEqual([
    "Sales|GMV",
    "Sales|[#Headers],[A]:[B]",
    "T.x|@Qty",
  ]);
});

test("string literals and quoted sheet names are not references", () => {
  expect(references(`=IF(A1="Sales[GMV]",'Q[1]'!A1,0)`)).toEqual([]);
});

test("an unclosed bracket is refused", () => {
  expect(() => references("=SUM(Sales[GMV)")).toThrow('"[" without its "]"');
});

test("renaming tables rewrites only references to them, in any case", () => {
  const renames = new Map([["sales", "Sales_2"]]);
  expect(
    renameTablesInFormula(
      '=SUM(Sales[GMV])+COUNT(Other[A])+ROWS(SALES[#All])&"Sales[GMV]"',
      renames
    )
  ).toBe('=SUM(Sales_2[GMV])+COUNT(Other[A])+ROWS(Sales_2[#All])&"Sales[GMV]"');
});

test("a taken table name gets _2, _3, …", () => {
  expect(uniqueTableName("Sales", [])).toBe("Sales");
  expect(uniqueTableName("Sales", ["sales"])).toBe("Sales_2");
  expect(uniqueTableName("Sales", ["SALES", "Sales_2"])).toBe("Sales_3");
});
