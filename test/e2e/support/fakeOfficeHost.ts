/**
 * A fake Office host for the real taskpane.html bundle in Chromium: it stands in for office.js (the
 * browser test serves this script, bundled by fakeOfficeHost.webpack.config.js, when the page asks for
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js). It defines the globals the add-in uses —
 * Office.onReady, Office.context (displayLanguage, officeTheme, diagnostics), Excel.run and
 * CustomFunctions — with Excel.run backed by FakeExcel from test/support/excelMock.ts, the same typed
 * fake the node tests of ExcelWorkbook use. The test sets window.fakeOfficeConfig (page.addInitScript)
 * before this script runs, and reads the workbook afterwards through window.fakeOfficeHost.
 */
import {
  CUSTOM_FUNCTION_ERROR_CODES,
  CustomFunctionsError,
} from "../../../src/workbook/memory/customFunctionsShim";
import { FakeExcel } from "../../support/excelMock";
import type { FakeOfficeHostConfig, FakeOfficeHostHandle } from "./fakeOfficeHostConfig";

type FakeOffice = Pick<typeof Office, "onReady"> & {
  context: Pick<Office.Context, "displayLanguage" | "officeTheme" | "diagnostics">;
};

type FakeCustomFunctions = Pick<typeof CustomFunctions, "associate"> & {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: typeof CUSTOM_FUNCTION_ERROR_CODES;
};

interface FakeHostWindow {
  fakeOfficeConfig?: FakeOfficeHostConfig;
  fakeOfficeHost?: FakeOfficeHostHandle;
  Office?: FakeOffice;
  Excel?: Pick<typeof Excel, "run">;
  CustomFunctions?: FakeCustomFunctions;
}

const scope = window as unknown as FakeHostWindow;
const config = scope.fakeOfficeConfig;
if (!config)
  throw new Error("The fake Office host needs window.fakeOfficeConfig set before it loads.");

const excel = new FakeExcel(config.sheets.map((sheet) => sheet.name));
for (const sheet of config.sheets) {
  if (sheet.rows) excel.seed(sheet.name, sheet.anchor ?? "A1", sheet.rows);
  for (const table of sheet.tables ?? []) excel.seedTable(sheet.name, table.name, table.address);
}
if (config.activeSheet) excel.activeSheet = config.activeSheet;
excel.selection = config.selection;

const associated: string[] = [];
// office.js reports the host as the strings "Excel" and "PC"; the typings declare them as enums.
const info = {
  host: "Excel" as unknown as Office.HostType,
  platform: "PC" as unknown as Office.PlatformType,
};

scope.Office = {
  context: {
    displayLanguage: config.displayLanguage,
    officeTheme: config.officeTheme as Office.OfficeTheme,
    diagnostics: { ...info, version: "16.0.18000.20000" },
  },
  // Like office.js: the callback runs asynchronously once the host is ready, and the promise resolves after it.
  onReady: ((callback?: (ready: typeof info) => unknown) =>
    Promise.resolve().then(() => {
      callback?.(info);
      return info;
    })) as typeof Office.onReady,
};

scope.Excel = { run: excel.run as unknown as typeof Excel.run };

scope.CustomFunctions = {
  // Both forms: associate(id, function) and associate({ id: function, … }).
  associate: ((ids: string | Record<string, unknown>) => {
    associated.push(...(typeof ids === "string" ? [ids] : Object.keys(ids)));
  }) as typeof CustomFunctions.associate,
  Error: CustomFunctionsError,
  ErrorCode: CUSTOM_FUNCTION_ERROR_CODES,
};

scope.fakeOfficeHost = { excel, associated };
