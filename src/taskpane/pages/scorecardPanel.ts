/**
 * The scorecard's plug-in to its derived page (registered in ../builderPanels.ts): the template choice
 * and editor and the actuals table stand in for the module's --template and --actuals inputs and its
 * --role field; the build goes through the module's checks with the chosen template handed over.
 */
import type { BuilderPanel } from "../builderPanel";
import { ScorecardSection } from "./ScorecardSection";
import {
  DEFAULT_SCORECARD_FORM,
  runScorecardForm,
  type ScorecardFormValues,
} from "./scorecardFormModel";

export const scorecardPanel: BuilderPanel<ScorecardFormValues> = {
  inputs: ["template", "actuals"],
  fields: ["role"],
  initial: DEFAULT_SCORECARD_FORM,
  Section: ScorecardSection,
  run: runScorecardForm,
  // Its refusals (ScorecardFormError, TemplateEditorError, ScorecardError) are LocalizedErrors, which
  // the page words in its language itself: no errorMessage of its own.
};
