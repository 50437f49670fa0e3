/**
 * Rule 4 on failure: a build that stopped part-way removes what it added, in a fresh batch (the failed
 * one may hold half-queued objects), and only what it added — a sheet of the same name that someone
 * else created meanwhile (co-authoring) is left alone:
 *   - once the request that added the sheets has succeeded, the build knows their ids;
 *   - before that, each new sheet is recognised by a sheet-scoped marker name added in the same call as
 *     the sheet (and removed, as the very last call, when the build succeeds).
 * Workbook names are the fitted plan's (fitPlanToWorkbook.ts), which did not exist when the build
 * started. Sheet-scoped names, tables and charts go with their sheets.
 */

export interface CreatedItems {
  /** The names this build chose for its sheets. */
  sheets: readonly string[];
  /** Their ids, once the request that added them has succeeded. */
  sheetIds?: readonly string[];
  workbookNames: readonly string[];
  /** The sheet-scoped name that marks this build's sheets. */
  marker: string;
}

/** A valid Excel name no user would choose, different for every build. */
export function buildMarkerName(): string {
  return `_OpsPlannerBuild_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
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
  await context.sync();
  let sheets = candidates.filter((sheet) => !sheet.isNullObject);
  if (!created.sheetIds && sheets.length > 0) {
    const marked = sheets.map((sheet) => ({
      sheet,
      marker: sheet.names.getItemOrNullObject(created.marker),
    }));
    await context.sync();
    sheets = marked.filter(({ marker }) => !marker.isNullObject).map(({ sheet }) => sheet);
  }
  const present = [...names.filter((name) => !name.isNullObject), ...sheets];
  if (present.length === 0) return;
  // Names first: a name whose sheet is gone would linger as =#REF!.
  for (const item of present) item.delete();
  await context.sync();
}
