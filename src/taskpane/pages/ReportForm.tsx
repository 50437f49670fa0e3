import { useState } from "react";
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FieldSpec } from "../../builders/builder";
import { reportBuilder } from "../../builders/report";
import { isLocalizedError } from "../../core/localizedError";
import type { WorkbookPort } from "../../workbook/port";
import { BuildRunner } from "../components/BuildRunner";
import { usePanelLocale } from "../panelLocale";
import type { LoadedSource } from "./SourcePreviewPage";
import { defaultReportForm, prepareReport, type ReportFormValues } from "./reportFormModel";
import { REPORT_FORM_TEXTS } from "./reportFormTexts";

/** The report module's field of that id: its label and choices are what the form shows. */
const field = (id: string): FieldSpec => reportBuilder.fields.find((spec) => spec.id === id)!;

const NONE = "none";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  range: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  // An <input> keeps its intrinsic width (about 20 characters) unless told it may shrink to its column.
  dateInput: { minWidth: "0", width: "100%" },
});

/** The Report page's options and its Build, once a source is read: periods as columns, rows by member. */
export function ReportForm({ port, source }: { port: WorkbookPort; source: LoadedSource }) {
  const { locale, text } = usePanelLocale();
  const texts = REPORT_FORM_TEXTS[locale];
  const label = (id: string) => field(id).label[locale];
  const styles = useStyles();
  const [values, setValues] = useState<ReportFormValues>(() => defaultReportForm(source.mapping));
  const setBy = (position: 0 | 1, value: string) =>
    setValues((current) => {
      const by: ReportFormValues["by"] = [...current.by];
      by[position] = value === NONE ? null : Number(value);
      return { ...current, by };
    });
  // A breakdown is named by its header (the module's field), so a column without one is not offered.
  const columnOptions = source.data.header.map(
    (name, index) =>
      name.trim() !== "" && (
        <option key={index} value={String(index)}>
          {name}
        </option>
      )
  );

  return (
    <section className={styles.section} aria-labelledby="report-options">
      <Subtitle2 as="h3" id="report-options">
        {text.optionsHeading}
      </Subtitle2>
      <Field label={label("grain")}>
        <RadioGroup
          layout="horizontal"
          value={values.grain}
          onChange={(_, data) => setValues((c) => ({ ...c, grain: data.value }))}
        >
          {(field("grain").choices ?? []).map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label[locale]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={label("by")} hint={texts.breakdownHint}>
        <Select
          value={values.by[0] === null ? NONE : String(values.by[0])}
          onChange={(_, data) => setBy(0, data.value)}
        >
          <option value={NONE}>{texts.noBreakdown}</option>
          {columnOptions}
        </Select>
      </Field>
      {values.by[0] !== null && (
        <Field label={label("thenBy")}>
          <Select
            value={values.by[1] === null ? NONE : String(values.by[1])}
            onChange={(_, data) => setBy(1, data.value)}
          >
            <option value={NONE}>{texts.noBreakdown}</option>
            {columnOptions}
          </Select>
        </Field>
      )}
      <div className={styles.range}>
        <Field label={label("from")}>
          <Input
            className={styles.dateInput}
            value={values.from}
            placeholder="2025-01-01"
            onChange={(_, data) => setValues((c) => ({ ...c, from: data.value }))}
          />
        </Field>
        <Field label={label("to")}>
          <Input
            className={styles.dateInput}
            value={values.to}
            placeholder="2025-12-31"
            onChange={(_, data) => setValues((c) => ({ ...c, to: data.value }))}
          />
        </Field>
      </div>
      <Caption1 as="p">{texts.rangeHint}</Caption1>
      <Checkbox
        checked={values.snapshot}
        label={label("values")}
        onChange={(_, data) => setValues((c) => ({ ...c, snapshot: data.checked === true }))}
      />
      <Checkbox
        checked={values.dashboard}
        label={label("dashboard")}
        onChange={(_, data) => setValues((c) => ({ ...c, dashboard: data.checked === true }))}
      />
      <BuildRunner
        port={port}
        buildLabel={reportBuilder.texts[locale].build}
        notesLabel={text.builtNotes}
        prepare={(choices) => prepareReport(values, source, locale, choices)}
        inputErrorMessage={(error) =>
          isLocalizedError(error) ? error.messageIn(locale) : undefined
        }
      />
    </section>
  );
}
