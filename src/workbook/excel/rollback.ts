/**
 * Rule 4 on failure: a build that stopped part-way removes what it added, in a fresh batch (the failed
 * one may hold half-queued objects), and only what it added — a sheet of the same name that someone
 * else created meanwhile (co-authoring) is left alone:
 *   - once the request that added the sheets has succeeded, the build knows their ids;
 *   - before that, each new sheet is recognised by a workbook-scoped marker name that refers to it, added
 *     in the same call as the sheet (and removed, as the very last call, when the build succeeds). Not a
 *     sheet-scoped name: on Mac, worksheet.names throws InvalidSelection while the user views another
 *     workbook, where workbook.names keeps working (office-js#6365).
 * Workbook names are the fitted plan's (fitPlanToWorkbook.ts), which did not exist when the build
 * started. Sheet-scoped names, tables and charts go with their sheets.
 *
 * A rebuild in place also changed what was there: the replaced sheet, known by its id, is shown again,
 * gets its name and tab back once the new sheet is gone, and its visibility; re-pointed names get their
 * formulas back last, when those name the old sheet again.
 */

/** An existing sheet a plan sheet replaces, as the build found it (what undoing needs). */
export interface ReplacedSheet {
  id: string;
  /** Its name before the build, which the new sheet takes. */
  name: string;
  /** The name it is kept under, hidden. */
  backup: string;
  position: number;
  visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
}

export interface CreatedItems {
  /** The names this build chose for its sheets. */
  sheets: readonly string[];
  /** Their ids, once the request that added them has succeeded. */
  sheetIds?: readonly string[];
  workbookNames: readonly string[];
  /** The stem of the workbook names that mark this build's sheets (sheetMarkerName). */
  marker: string;
  /** Sheets this build renamed, moved and hid (rebuild in place). */
  replaced?: readonly ReplacedSheet[];
  /** Workbook names this build re-pointed, with the formulas they had. */
  repointed?: readonly { name: string; formula: string }[];
}

/** A valid Excel name no user would choose, different for every build. */
export function buildMarkerName(): string {
  return `_OpsPlannerBuild_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** The workbook name that marks the build's `index`-th new sheet (0-based) while the build runs. */
export function sheetMarkerName(marker: string, index: number): string {
  return `${marker}_${index + 1}`;
}

export async function removeCreated(
  context: Excel.RequestContext,
  created: CreatedItems
): Promise<void> {
  const names = created.workbookNames.map((name) =>
    context.workbook.names.getItemOrNullObject(name)
  );
  const candidates = (created.sheetIds ?? created.sheets).map((key) =>
    context.workbook.worksheets.getItemOrNullObject(key)
  );
  const replaced = (created.replaced ?? []).map((old) => ({
    old,
    sheet: context.workbook.worksheets.getItemOrNullObject(old.id),
  }));
  const repointed = (created.repointed ?? []).map((name) => ({
    name,
    item: context.workbook.names.getItemOrNullObject(name.name),
  }));
  const markers = created.sheets.map((_, index) =>
    context.workbook.names.getItemOrNullObject(sheetMarkerName(created.marker, index))
  );
  await context.sync();
  const markersFound = markers.filter((item) => !item.isNullObject);
  let sheets = candidates.filter((sheet) => !sheet.isNullObject);
  if (!created.sheetIds) {
    // The sheets the markers point at are this build's, whatever they are called now.
    const marked = markersFound.map((item) => item.getRange().worksheet.load("id"));
    if (marked.length > 0) await context.sync();
    sheets = marked.map((sheet) => context.workbook.worksheets.getItem(sheet.id));
  }
  const present = [...names.filter((name) => !name.isNullObject), ...markersFound, ...sheets];
  const olds = replaced.filter(({ sheet }) => !sheet.isNullObject);
  const renamedNames = repointed.filter(({ item }) => !item.isNullObject);
  if (present.length + olds.length + renamedNames.length === 0) return;
  // Excel refuses to delete the last visible sheet, and the old versions may be the only others.
  for (const { sheet } of olds) sheet.visibility = "Visible";
  // Names first: a name whose sheet is gone would linger as =#REF!.
  for (const item of present) item.delete();
  // Lowest tab first, so each old sheet's position is counted among sheets already back in place.
  for (const { old, sheet } of [...olds].sort((a, b) => a.old.position - b.old.position)) {
    sheet.name = old.name;
    // Fetched again by id: on the web a proxy used after renaming its sheet fails "Invalid sheet"
    // (office-js#3218).
    const renamed = context.workbook.worksheets.getItem(old.id);
    renamed.position = old.position;
    renamed.visibility = old.visibility;
  }
  for (const { name, item } of renamedNames) item.formula = name.formula;
  await context.sync();
}
