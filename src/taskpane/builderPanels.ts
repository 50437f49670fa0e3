/**
 * Custom parts of builder pages, by builder id: what a module's field list cannot express (the
 * scorecard's template choice and editor, its tables from the workbook). A builder cannot import React,
 * so its plug-in is registered here, in the task pane; BuilderPage renders the section, leaves out the
 * inputs and fields it shows, and builds through its `run` (builderPanel.ts).
 */
import type { BuilderPanel } from "./builderPanel";
import { scorecardPanel } from "./pages/scorecardPanel";

/** A plug-in as the page holds it: its state is its own, passed back to it untouched. */
function opaque<State>(panel: BuilderPanel<State>): BuilderPanel<unknown> {
  return panel as unknown as BuilderPanel<unknown>;
}

export const BUILDER_PANELS: Record<string, BuilderPanel<unknown>> = {
  scorecard: opaque(scorecardPanel),
};
