/**
 * The test doubles themselves: the typed fake refuses what Excel refuses and fails to compile on a
 * misspelt Office.js member; office-addin-mock, with mock data typed against @types/office-js, drives
 * the adapter too.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose dependencies ship ES
// modules this jest setup does not transform; the enum's values are those of office-addin-manifest 2.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { FakeExcel, FakeOfficeError, type MembersOf, type Nav } from "../support/excelMock";

/** Mock data shaped like the Office.js type T: every member optional, methods returning mock data. */
type MockData<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => MockData<R>
  : T extends object
    ? { [K in keyof T]?: MockData<T[K]> }
    : T;

async function rejection(
  batch: (context: Excel.RequestContext) => Promise<unknown>,
  fake = new FakeExcel()
): Promise<FakeOfficeError> {
  const error: unknown = await fake.run(batch).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FakeOfficeError);
  return error as FakeOfficeError;
}

describe("the typed fake behaves like Excel where the adapter could go wrong", () => {
  it("queues calls until sync and refuses reads before load + sync", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("New");
      expect(fake.sheets).toHaveLength(1);
      expect(() => sheets.items).toThrow(/before load/);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["Sheet1", "New"]);
    });
  });

  it("refuses writes to a protected sheet", async () => {
    const error = await rejection(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect();
      sheet.getRange("A1").formulas = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
  });

  it("refuses formulas naming a missing sheet or table, and data of the wrong shape", async () => {
    const missingTable = await rejection(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
        ["=SUM(Nowhere[GMV])"],
      ];
      await context.sync();
    });
    expect(missingTable.message).toContain("Nowhere");
    const missingSheet = await rejection(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["='Gone'!A1"]];
      await context.sync();
    });
    expect(missingSheet.message).toContain("Gone");
    const shape = await rejection(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [[1]];
      await context.sync();
    });
    expect(shape.code).toBe("InvalidArgument");
  });

  it("parses unprefixed text as Excel does: formulas and values", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4").formulas = [
        ["=1+1"],
        ["-12"],
        ["\t=1+1"],
        ["'=1+1"],
      ];
      await context.sync();
    });
    const sheet = fake.sheet("Sheet1");
    expect(["A1", "A2", "A3", "A4"].map((cell) => sheet.content(cell).kind)).toEqual([
      "formula",
      "number",
      "formula",
      "text",
    ]);
  });

  it("refuses a request over 5 MB, applying none of it", async () => {
    const fake = new FakeExcel();
    const error = await rejection(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A200").formulas = Array.from({ length: 200 }, () => ["z".repeat(30_000)]);
      await context.sync();
    }, fake);
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.sheet("Sheet1").input("A1")).toBeUndefined();
  });

  it("applies the first half of a request it is told to fail", async () => {
    const fake = new FakeExcel();
    fake.failOnSyncs.add(1);
    await rejection(async (context) => {
      context.workbook.worksheets.add("One");
      context.workbook.worksheets.add("Two");
      await context.sync();
    }, fake);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "One"]);
  });
});

describe("typing", () => {
  it("fails to compile on members Office.js does not have", () => {
    type Misspelt = MembersOf<
      Excel.Worksheet,
      // @ts-expect-error "freezePane" is not a member of Excel.Worksheet ("freezePanes" is)
      "freezePane"
    >;
    // @ts-expect-error "titel" is not a member of Excel.Chart
    type WrongNav = Nav<Excel.Chart, { titel: unknown }>;
    class WrongParameters implements MembersOf<Excel.Worksheet, "getRange"> {
      // @ts-expect-error getRange takes an address string, not a number
      getRange(address: number) {
        return address;
      }
    }
    const mockData: MockData<Excel.RequestContext> = {
      workbook: {
        // @ts-expect-error the collection is "worksheets"
        worksheet: {},
      },
    };
    const unused: [Misspelt?, WrongNav?] = [];
    expect([unused, new WrongParameters(), mockData]).toHaveLength(3);
  });

  it("fails to compile on a misspelt call against the fake", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      // @ts-expect-error Excel.Worksheet has activate(), not activated()
      expect(() => context.workbook.worksheets.getItem("Sheet1").activated()).toThrow(TypeError);
    });
  });
});

describe("office-addin-mock with typed mock data", () => {
  function mockedWorkbook(sheetNames: string[], activated: string[]): ExcelWorkbook {
    const data: MockData<Excel.RequestContext> = {
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) => ({
            isNullObject: !sheetNames.includes(name),
            activate: () => void activated.push(name),
          }),
        },
      },
    };
    const context = new OfficeMockObject(data) as unknown as Excel.RequestContext;
    return new ExcelWorkbook({ run: (batch) => batch(context) });
  }

  it("activates an existing sheet in two syncs", async () => {
    const activated: string[] = [];
    const workbook = mockedWorkbook(["Plan"], activated);
    await workbook.activateSheet("Plan");
    expect(activated).toEqual(["Plan"]);
    expect(workbook.stats.syncs).toBe(2);
  });

  it("reports a missing sheet as notFound without activating anything", async () => {
    const activated: string[] = [];
    await expect(mockedWorkbook(["Plan"], activated).activateSheet("Other")).rejects.toMatchObject({
      code: "notFound",
    });
    expect(activated).toEqual([]);
  });
});

describe("the typed fake renames, moves and hides sheets as Excel does", () => {
  it("a renamed sheet takes formulas and names that referred to it along", async () => {
    const fake = new FakeExcel(["Sales 销售", "Links"]);
    fake.seed("Links", "A1", [["='Sales 销售'!B2*2"]]);
    fake.seedName("Sales_B2", "Sales 销售", "B2");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sales 销售").name = "Old";
      await context.sync();
    });
    expect(fake.sheet("Links").input("A1")).toBe("=Old!B2*2");
    expect(fake.names[0].formula).toBe("=Old!$B$2");
  });

  it("refuses a name another sheet has, but not a sheet's own name", async () => {
    const fake = new FakeExcel(["A", "B"]);
    const error = await rejection(async (context) => {
      context.workbook.worksheets.getItem("A").name = "a";
      context.workbook.worksheets.getItem("A").name = "b";
      await context.sync();
    }, fake);
    expect(error.code).toBe("ItemAlreadyExists");
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["a", "B"]);
  });

  it("moves tabs by position and refuses to hide or delete the last visible sheet", async () => {
    const fake = new FakeExcel(["A", "B", "C"]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 0;
      context.workbook.worksheets.getItem("A").visibility = "Hidden";
      context.workbook.worksheets.getItem("B").visibility = "Hidden";
      await context.sync();
    });
    expect(fake.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ["C", "Visible"],
      ["A", "Hidden"],
      ["B", "Hidden"],
    ]);
    expect(
      (
        await rejection(async (context) => {
          context.workbook.worksheets.getItem("C").visibility = "Hidden";
          await context.sync();
        }, fake)
      ).code
    ).toBe("InvalidOperation");
    expect(
      (
        await rejection(async (context) => {
          context.workbook.worksheets.getItem("C").delete();
          await context.sync();
        }, fake)
      ).code
    ).toBe("InvalidOperation");
  });

  it("a name whose sheet is deleted refers to #REF!", async () => {
    const fake = new FakeExcel(["A", "B"]);
    fake.seedName("On_B", "B", "C3");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("B").delete();
      await context.sync();
    });
    expect(fake.names[0].formula).toBe("=#REF!$C$3");
  });
});

/**
 * One refusal per rule Excel documents, each next to an input Excel accepts so a test cannot pass by
 * refusing everything. Sources: MS-XLSB 2.5.166 (defined-name grammar) and support.microsoft.com
 * "Names in formulas" and "Rename an Excel table"; the Excel "Rename a worksheet" rules (31 characters,
 * none of : \ / ? * [ ], not blank, not History); Excel.BuiltInTableStyle / Table.style; Excel's
 * specifications and limits (32,767 characters in a cell); Office.js resource limits (5 MB request).
 */
describe("the typed fake refuses what Excel documents it refuses", () => {
  type Batch = (context: Excel.RequestContext) => void;
  const onSheet1 =
    (write: (sheet: Excel.Worksheet) => void): Batch =>
    (context) =>
      write(context.workbook.worksheets.getItem("Sheet1"));
  const nameAdd =
    (name: string): Batch =>
    (context) =>
      context.workbook.names.add(name, "=Sheet1!$A$1");
  const tableNamed = (name: string): Batch =>
    onSheet1((sheet) => (sheet.tables.add(sheet.getRange("A1:B3"), true).name = name));
  const tableStyled = (style: string): Batch =>
    onSheet1((sheet) => (sheet.tables.add(sheet.getRange("A1:B3"), true).style = style));
  const sheetAdd =
    (name: string): Batch =>
    (context) =>
      context.workbook.worksheets.add(name);
  // add("") may mean "a default name"; a rename to "" is what Excel documents as refused.
  const sheetRename = (name: string): Batch => onSheet1((sheet) => (sheet.name = name));
  const formula = (text: string): Batch =>
    onSheet1((sheet) => (sheet.getRange("A1").formulas = [[text]]));

  async function outcome(batch: Batch, fake = new FakeExcel(["Sheet1", "Sales 2024"])) {
    return fake
      .run(async (context) => {
        batch(context);
        await context.sync();
      })
      .then(
        () => "accepted",
        (error: unknown) => (error instanceof FakeOfficeError ? error.code : String(error))
      );
  }

  it.each<[string, Batch, Batch]>([
    ["a defined name that is an A1 reference", nameAdd("A1"), nameAdd("AB_1")],
    [
      "a defined name that is a column-and-row cell (XFD1048576)",
      nameAdd("xfd1048576"),
      nameAdd("XFE1"),
    ],
    ["a defined name that begins with an R1C1 reference", nameAdd("R1C1"), nameAdd("Rate")],
    ["a defined name that begins with a column in R1C1 (C12x)", nameAdd("C12x"), nameAdd("Cost")],
    ["a defined name R or c alone", nameAdd("c"), nameAdd("cc")],
    ["a defined name with a space", nameAdd("Grand total"), nameAdd("Grand_total")],
    ["a defined name starting with a digit", nameAdd("1st"), nameAdd("_1st")],
    ["a defined name TRUE", nameAdd("TRUE"), nameAdd("TRUE_")],
    ["a defined name over 255 characters", nameAdd("n".repeat(256)), nameAdd("n".repeat(255))],
    ["a sheet named History", sheetAdd("history"), sheetAdd("History 2")],
    ["a sheet name with a forbidden character", sheetAdd("Q1/Q2"), sheetAdd("Q1-Q2")],
    ["a sheet name over 31 characters", sheetAdd("s".repeat(32)), sheetAdd("s".repeat(31))],
    ["renaming a sheet to a blank name", sheetRename(""), sheetRename("x")],
    ["a table name starting with a digit", tableNamed("2024Sales"), tableNamed("Sales2024")],
    ["a table name that is a cell reference", tableNamed("T1"), tableNamed("T_1")],
    ["a table name with a space", tableNamed("Daily sales"), tableNamed("Daily_sales")],
    [
      "an unknown table style",
      tableStyled("TableStyleMedium29"),
      tableStyled("TableStyleMedium28"),
    ],
    ["unbalanced parentheses", formula("=SUM("), formula("=SUM(1)")],
    ["a closing parenthesis too many", formula("=SUM(1))"), formula("=(SUM(1))")],
    ["an unclosed string", formula('="abc'), formula('="a""bc"')],
    ["an unquoted reference to a missing sheet", formula("=Gone!A1"), formula("=Sheet1!A1")],
    [
      "a quoted reference to a missing sheet",
      formula("='Sales 2025'!A1"),
      formula("='Sales 2024'!A1"),
    ],
    ["text over 32,767 characters", formula("x".repeat(32_768)), formula("x".repeat(32_767))],
    [
      "a 2-D array that does not match the range",
      onSheet1((sheet) => (sheet.getRange("A1:B2").values = [[1, 2], [3]])),
      onSheet1(
        (sheet) =>
          (sheet.getRange("A1:B2").values = [
            [1, 2],
            [3, 4],
          ])
      ),
    ],
  ])("%s", async (_rule, refused, accepted) => {
    expect(await outcome(refused)).toBe("InvalidArgument");
    expect(await outcome(accepted)).toBe("accepted");
  });

  it("a custom table style of the workbook is accepted", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    fake.customTableStyles.add("opsbanded");
    expect(await outcome(tableStyled("OpsBanded"), fake)).toBe("accepted");
  });

  it("on a protected sheet, writes to locked cells are refused and to unlocked ones accepted", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B3").format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
    });
    expect(await outcome(formula("=1"), fake)).toBe("AccessDenied");
    expect(
      await outcome(
        onSheet1((s) => (s.getRange("B2:B3").values = [[1], [2]])),
        fake
      )
    ).toBe("accepted");
    expect(
      await outcome(
        onSheet1((s) => (s.getRange("B3:B4").values = [[1], [2]])),
        fake
      )
    ).toBe("AccessDenied");
  });

  it("a request past 5 MB is refused, one under it accepted", async () => {
    // 200 cells of 27,000 characters is about 5.4 MB of JSON; 180 of them about 4.9 MB.
    const cells = (count: number) => Array.from({ length: count }, () => ["z".repeat(27_000)]);
    expect(await outcome(onSheet1((s) => (s.getRange("A1:A200").values = cells(200))))).toBe(
      "RequestPayloadSizeLimitExceeded"
    );
    expect(await outcome(onSheet1((s) => (s.getRange("A1:A180").values = cells(180))))).toBe(
      "accepted"
    );
  });
});
