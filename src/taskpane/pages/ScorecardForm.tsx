import { useState } from "react";
import { Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { BUILT_IN_ROLE_IDS, builtInTemplate } from "../../builders/scorecard/builtInTemplates";
import { ScorecardError } from "../../builders/scorecard/scorecardError";
import type { WorkbookPort } from "../../workbook/port";
import { BuildRunner } from "../components/BuildRunner";
import { usePanelLocale } from "../panelLocale";
import type { LoadedSource } from "./SourcePreviewPage";
import {
  BY_ROSTER_ROLE,
  DEFAULT_SCORECARD_FORM,
  ScorecardFormError,
  prepareScorecards,
  type ScorecardFormValues,
} from "./scorecardFormModel";
import { SCORECARD_FORM_TEXTS } from "./scorecardFormTexts";
import { TemplateEditor } from "./TemplateEditor";
import { TemplateEditorError, templateDraft } from "./templateEditorModel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ScorecardFormProps {
  port: WorkbookPort;
  /** A team roster read and mapped above; without one a single scorecard is built. */
  source: LoadedSource | undefined;
}

/** The Scorecard page's options and its Build: one scorecard per person plus a summary, or one card. */
export function ScorecardForm({ port, source }: ScorecardFormProps) {
  const { locale } = usePanelLocale();
  const texts = SCORECARD_FORM_TEXTS[locale];
  const styles = useStyles();
  const [values, setValues] = useState<ScorecardFormValues>(DEFAULT_SCORECARD_FORM);
  const set = <K extends keyof ScorecardFormValues>(key: K, value: ScorecardFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  // A role's template comes with a fresh draft for the editor; "each person's role" has none to edit.
  const chooseTemplate = (template: string) =>
    setValues((current) => ({
      ...current,
      template,
      edits: template === BY_ROSTER_ROLE ? undefined : templateDraft(builtInTemplate(template)),
    }));
  const inputErrorMessage = (error: unknown) =>
    error instanceof ScorecardError
      ? error.messageIn(locale)
      : error instanceof ScorecardFormError || error instanceof TemplateEditorError
        ? error.message
        : undefined;

  return (
    <section className={styles.section} aria-labelledby="scorecard-options">
      <Subtitle2 as="h3" id="scorecard-options">
        {texts.optionsHeading}
      </Subtitle2>
      <Field label={texts.template} hint={texts.templateHint}>
        <Select value={values.template} onChange={(_, data) => chooseTemplate(data.value)}>
          <option value={BY_ROSTER_ROLE}>{texts.byRosterRole}</option>
          {BUILT_IN_ROLE_IDS.map((id) => (
            <option key={id} value={id}>
              {builtInTemplate(id).name[locale]}
            </option>
          ))}
        </Select>
      </Field>
      {values.edits && (
        <TemplateEditor draft={values.edits} onChange={(draft) => set("edits", draft)} />
      )}
      <Field label={texts.period} hint={texts.periodHint}>
        <Input value={values.period} onChange={(_, data) => set("period", data.value)} />
      </Field>
      {source === undefined && (
        <Field label={texts.employeeName} hint={texts.employeeNameHint}>
          <Input
            value={values.employeeName}
            onChange={(_, data) => set("employeeName", data.value)}
          />
        </Field>
      )}
      <BuildRunner
        port={port}
        buildLabel={texts.build}
        notesLabel={texts.builtNotes}
        prepare={() => prepareScorecards(values, source, locale)}
        inputErrorMessage={inputErrorMessage}
      />
    </section>
  );
}
