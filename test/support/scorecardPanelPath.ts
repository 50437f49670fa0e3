/**
 * The Scorecard page's path from its choices to a plan, as BuilderPage takes it: the fields typed in
 * the derived form (period and employee name as the old form held them), the roster as read and
 * mapped, and the page's own part (template, editor, actuals table) through scorecardPanel's run.
 */
import type { BuildOutput } from "../../src/builders/builder";
import type { TypedFields } from "../../src/builders/fields";
import type { ScorecardOptions } from "../../src/builders/scorecard/buildScorecardPlan";
import { scorecardBuilder } from "../../src/builders/scorecard/scorecardModule";
import type { Locale } from "../../src/i18n/locale";
import {
  builderRequest,
  defaultTypedFields,
  prepareBuilderBuild,
  type PageSource,
} from "../../src/taskpane/pages/builderPageModel";
import {
  runScorecardForm,
  scorecardFormOptions,
  type ScorecardFormValues,
} from "../../src/taskpane/pages/scorecardFormModel";

/** The part's values, with the two fields the old form held beside them. */
export type PanelValues = ScorecardFormValues & { period?: string; employeeName?: string };

/** The derived form's fields: defaults, the two the old form held, then any other typed (`more`). */
function typed({ period, employeeName }: PanelValues, more: TypedFields = {}): TypedFields {
  return {
    ...defaultTypedFields(scorecardBuilder.fields),
    period: period ?? "",
    employee: employeeName ?? "",
    ...more,
  };
}

export function prepareScorecards(
  values: PanelValues,
  roster: PageSource | undefined,
  locale: Locale,
  more: TypedFields = {}
): BuildOutput {
  return prepareBuilderBuild(
    scorecardBuilder,
    { roster },
    typed(values, more),
    locale,
    { skipInvalid: false },
    (request) => runScorecardForm(request, values)
  );
}

export function scorecardOptions(
  values: PanelValues,
  roster: PageSource | undefined,
  locale: Locale
): ScorecardOptions {
  const request = builderRequest(scorecardBuilder, { roster }, typed(values), locale, {
    skipInvalid: false,
  });
  return scorecardFormOptions(request, values);
}
