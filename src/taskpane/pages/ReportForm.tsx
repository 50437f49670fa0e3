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
import type { Grain } from "../../core/calendar";
import { REPORT_GRAINS, ReportInputError } from "../../builders/report";
import type { WorkbookPort } from "../../workbook/port";
import { BuildRunner } from "../components/BuildRunner";
import { usePanelLocale } from "../panelLocale";
import type { LoadedSource } from "./SourcePreviewPage";
import {
  ReportFormError,
  defaultReportForm,
  prepareReport,
  type ReportFormValues,
} from "./reportFormModel";
import { REPORT_FORM_TEXTS } from "./reportFormTexts";

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
  const { locale } = usePanelLocale();
  const texts = REPORT_FORM_TEXTS[locale];
  const styles = useStyles();
  const [values, setValues] = useState<ReportFormValues>(() => defaultReportForm(source.mapping));
  const setBy = (position: 0 | 1, value: string) =>
    setValues((current) => {
      const by: ReportFormValues["by"] = [...current.by];
      by[position] = value === NONE ? null : Number(value);
      return { ...current, by };
    });
  const columnOptions = source.data.header.map((name, index) => (
    <option key={index} value={String(index)}>
      {name || `#${index + 1}`}
    </option>
  ));

  return (
    <section className={styles.section} aria-labelledby="report-options">
      <Subtitle2 as="h3" id="report-options">
        {texts.optionsHeading}
      </Subtitle2>
      <Field label={texts.grain}>
        <RadioGroup
          layout="horizontal"
          value={values.grain}
          onChange={(_, data) => setValues((c) => ({ ...c, grain: data.value as Grain }))}
        >
          {REPORT_GRAINS.map((grain) => (
            <Radio key={grain} value={grain} label={texts.grains[grain]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={texts.breakdown} hint={texts.breakdownHint}>
        <Select
          value={values.by[0] === null ? NONE : String(values.by[0])}
          onChange={(_, data) => setBy(0, data.value)}
        >
          <option value={NONE}>{texts.noBreakdown}</option>
          {columnOptions}
        </Select>
      </Field>
      {values.by[0] !== null && (
        <Field label={texts.secondBreakdown}>
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
        <Field label={texts.from}>
          <Input
            className={styles.dateInput}
            value={values.from}
            placeholder="2025-01-01"
            onChange={(_, data) => setValues((c) => ({ ...c, from: data.value }))}
          />
        </Field>
        <Field label={texts.to}>
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
        label={texts.snapshot}
        onChange={(_, data) => setValues((c) => ({ ...c, snapshot: data.checked === true }))}
      />
      <Checkbox
        checked={values.dashboard}
        label={texts.dashboard}
        onChange={(_, data) => setValues((c) => ({ ...c, dashboard: data.checked === true }))}
      />
      <BuildRunner
        port={port}
        buildLabel={texts.build}
        notesLabel={texts.builtNotes}
        prepare={(choices) => prepareReport(values, source, locale, choices)}
        inputErrorMessage={(error) =>
          error instanceof ReportInputError
            ? error.messageIn(locale)
            : error instanceof ReportFormError
              ? error.message
              : undefined
        }
      />
    </section>
  );
}
