/**
 * The scorecard's plug-in to its derived page (registered in ../builderPanels.ts): the template choice
 * and editor and the actuals table stand in for the module's --template and --actuals inputs and its
 * --role field; the build goes through the module's checks with the chosen template handed over.
 */
import type { BuilderPanel } from "../builderPanel";
import { ScorecardSection } from "./ScorecardSection";
import {
  DEFAULT_SCORECARD_FORM,
  ScorecardFormError,
  runScorecardForm,
  type ScorecardFormValues,
} from "./scorecardFormModel";
import { TemplateEditorError } from "./templateEditorModel";

export const scorecardPanel: BuilderPanel<ScorecardFormValues> = {
  inputs: ["template", "actuals"],
  fields: ["role"],
  initial: DEFAULT_SCORECARD_FORM,
  Section: ScorecardSection,
  run: runScorecardForm,
  // Both are worded in the user's language when made (ScorecardErrors are LocalizedErrors' kin).
  errorMessage: (error) =>
    error instanceof ScorecardFormError || error instanceof TemplateEditorError
      ? error.message
      : undefined,
};
