/**
 * What a browser test tells the fake Office host (fakeOfficeHost.ts) and what it reads back: shared by the
 * test in Node and the host script in the page, so both sides agree on the shape.
 */
import type { CellInput, FakeExcel } from "../../support/excelMock";

export interface FakeSheetSeed {
  name: string;
  /** Cell inputs written from `anchor` (default A1), as a user typed them. */
  rows?: CellInput[][];
  anchor?: string;
  tables?: { name: string; address: string }[];
}

export interface FakeOfficeHostConfig {
  /** Office.context.displayLanguage, e.g. "en-US", "zh-CN". */
  displayLanguage: string;
  /** Office.context.officeTheme; undefined as Excel on the web sometimes reports it (office-js#6134). */
  officeTheme?: Partial<Office.OfficeTheme>;
  sheets: FakeSheetSeed[];
  activeSheet?: string;
  /** The selected range; undefined: a chart or shape is selected (getSelectedRange fails). */
  selection?: { sheet: string; address: string };
}

/** window.fakeOfficeHost in the page. */
export interface FakeOfficeHostHandle {
  excel: FakeExcel;
  /** Ids passed to CustomFunctions.associate, in order. */
  associated: string[];
}
