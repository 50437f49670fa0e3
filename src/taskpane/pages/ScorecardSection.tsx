import { useCallback, useEffect, useState } from "react";
import { Button, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import { BUILT_IN_ROLE_IDS, builtInTemplate } from "../../builders/scorecard/builtInTemplates";
import type { BuilderSectionProps } from "../builderPanel";
import { ErrorBar } from "../components/ErrorBar";
import { usePanelLocale } from "../panelLocale";
import {
  BY_ROSTER_ROLE,
  readActualsTable,
  readTemplateTable,
  tableTemplateChoice,
  templateTableOf,
  type ScorecardFormValues,
  type TableRead,
} from "./scorecardFormModel";
import { SCORECARD_FORM_TEXTS } from "./scorecardFormTexts";
import { TemplateEditor } from "./TemplateEditor";
import { templateDraft } from "./templateEditorModel";

const NO_ACTUALS = "";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * The Scorecard page's own part (scorecardPanel.ts): the KPI template (each person's role, a built-in
 * role's or a workbook table's, adjustable in the editor) and the table to prefill actuals from.
 */
export function ScorecardSection({
  port,
  state: values,
  onChange,
}: BuilderSectionProps<ScorecardFormValues>) {
  const { locale } = usePanelLocale();
  const texts = SCORECARD_FORM_TEXTS[locale];
  const styles = useStyles();
  const setValues = onChange;
  const [tables, setTables] = useState<{ name: string; sheet: string }[]>([]);
  const [readError, setReadError] = useState<unknown>();
  const set = <K extends keyof ScorecardFormValues>(key: K, value: ScorecardFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const refreshTables = useCallback(async () => {
    setReadError(undefined);
    try {
      setTables(await port.listTables());
    } catch (failure) {
      setReadError(failure);
    }
  }, [port]);
  useEffect(() => {
    void refreshTables();
  }, [refreshTables]);

  // A role's template comes with a fresh draft for the editor; "each person's role" has none to edit;
  // a table's template gets its draft once it is read (and none when the builder refuses it).
  const chooseTemplate = async (template: string) => {
    const table = templateTableOf(template);
    setValues((current) => ({
      ...current,
      template,
      tableTemplate: undefined,
      edits:
        template === BY_ROSTER_ROLE || table !== undefined
          ? undefined
          : templateDraft(builtInTemplate(template)),
    }));
    if (table === undefined) return;
    const read = await readChosen(() => readTemplateTable(port, table, locale));
    if (!read) return;
    // Only if the choice is still this table: a slow read must not overwrite a later choice.
    setValues((current) =>
      current.template !== template
        ? current
        : {
            ...current,
            tableTemplate: read,
            edits: "value" in read ? templateDraft(read.value) : undefined,
          }
    );
  };

  const chooseActuals = async (table: string) => {
    setValues((current) => ({ ...current, actualsTable: table, actuals: undefined }));
    if (table === NO_ACTUALS) return;
    const read = await readChosen(() => readActualsTable(port, table, locale));
    if (!read) return;
    setValues((current) =>
      current.actualsTable !== table ? current : { ...current, actuals: read }
    );
  };

  /** The read, or undefined after showing why the workbook could not give the table. */
  const readChosen = async <T,>(read: () => Promise<TableRead<T>>) => {
    setReadError(undefined);
    try {
      return await read();
    } catch (failure) {
      setReadError(failure);
      return undefined;
    }
  };

  const templateTable = templateTableOf(values.template);
  return (
    <section className={styles.section} aria-labelledby="scorecard-options">
      <Subtitle2 as="h3" id="scorecard-options">
        {texts.optionsHeading}
      </Subtitle2>
      <Field
        label={texts.template}
        hint={texts.templateHint}
        validationState={
          values.tableTemplate && "problem" in values.tableTemplate ? "error" : "none"
        }
        validationMessage={
          templateTable === undefined
            ? undefined
            : readStatus(values.tableTemplate, templateTable, texts.templateRead)
        }
      >
        <Select value={values.template} onChange={(_, data) => void chooseTemplate(data.value)}>
          <option value={BY_ROSTER_ROLE}>{texts.byRosterRole}</option>
          <optgroup label={texts.builtInGroup}>
            {BUILT_IN_ROLE_IDS.map((id) => (
              <option key={id} value={id}>
                {builtInTemplate(id).name[locale]}
              </option>
            ))}
          </optgroup>
          {tables.length > 0 && (
            <optgroup label={texts.tableGroup}>
              {tables.map((table) => (
                <option key={table.name} value={tableTemplateChoice(table.name)}>
                  {`${table.name} (${table.sheet})`}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      {values.edits && (
        <TemplateEditor
          draft={values.edits}
          onChange={(draft) => set("edits", draft)}
          origin={templateTable === undefined ? "role" : "table"}
        />
      )}
      <Field
        label={texts.actualsTable}
        hint={texts.actualsHint}
        validationState={values.actuals && "problem" in values.actuals ? "error" : "none"}
        validationMessage={
          values.actualsTable
            ? readStatus(values.actuals, values.actualsTable, texts.actualsRead)
            : undefined
        }
      >
        <Select
          value={values.actualsTable ?? NO_ACTUALS}
          onChange={(_, data) => void chooseActuals(data.value)}
        >
          <option value={NO_ACTUALS}>{texts.noActuals}</option>
          {tables.map((table) => (
            <option key={table.name} value={table.name}>
              {`${table.name} (${table.sheet})`}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button size="small" onClick={() => void refreshTables()}>
          {texts.refreshTables}
        </Button>
      </div>
      {readError !== undefined && (
        <ErrorBar error={readError} onDismiss={() => setReadError(undefined)} />
      )}
    </section>
  );

  /** Under a table dropdown: reading, what was read (`readText`), or the builder's refusal. */
  function readStatus<T>(read: TableRead<T> | undefined, table: string, readText: string) {
    if (read === undefined || read.table !== table) return format(texts.readingTable, { table });
    if ("problem" in read) return read.problem;
    return format(readText, { table, rows: read.rows });
  }
}
