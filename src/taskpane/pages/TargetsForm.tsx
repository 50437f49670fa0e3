import { useState } from "react";
import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WeekStart } from "../../core/calendar";
import { TargetHistoryError } from "../../builders/targets/targetHistory";
import type { TargetGrain } from "../../builders/targets/targetsOptions";
import { TARGETS_SHEET, buildTargetsPlan } from "../../builders/targets/targetsPlan";
import { TargetsInputError } from "../../builders/targets/targetsTexts";
import { TARGET_GRAINS } from "../../builders/targets/targetsOptions";
import type { WorkbookPort } from "../../workbook/port";
import { BuildRunner, type BuildChoices, type PreparedBuild } from "../components/BuildRunner";
import { usePanelLocale } from "../panelLocale";
import type { LoadedSource } from "./SourcePreviewPage";
import {
  FORM_SEASONAL_METHODS,
  ROUNDING_UNITS,
  defaultTargetsForm,
  targetsRequest,
  type FormSeasonalMethod,
  type TargetsFormValues,
} from "./targetsFormModel";
import { TARGETS_FORM_TEXTS } from "./targetsFormTexts";

const NO_MEMBER = "none";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface TargetsFormProps {
  port: WorkbookPort;
  /** The mapped source; without one the months are weighted equally. */
  source: LoadedSource | undefined;
}

/** The Targets page's options and its Build: an annual target spread over periods and members. */
export function TargetsForm({ port, source }: TargetsFormProps) {
  const { locale } = usePanelLocale();
  const texts = TARGETS_FORM_TEXTS[locale];
  const styles = useStyles();
  const [values, setValues] = useState<TargetsFormValues>(() => defaultTargetsForm(new Date()));
  const set = <K extends keyof TargetsFormValues>(key: K, value: TargetsFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const prepare = (choices: BuildChoices): PreparedBuild => {
    const { options, issues } = targetsRequest(values, source, locale, choices);
    const { plan, notes } = buildTargetsPlan(options);
    return {
      plan,
      sheetKey: TARGETS_SHEET,
      notes: [...issues.map((issue) => issue.message), ...notes],
    };
  };
  const inputErrorMessage = (error: unknown) =>
    error instanceof TargetHistoryError
      ? error.messageIn(locale)
      : error instanceof TargetsInputError
        ? error.message
        : undefined;

  const columns = source?.data.header ?? [];
  return (
    <section className={styles.section} aria-labelledby="targets-options">
      <Subtitle2 as="h3" id="targets-options">
        {texts.optionsHeading}
      </Subtitle2>
      <Field label={texts.annualTarget} hint={texts.annualTargetHint} required>
        <Input
          inputMode="decimal"
          value={values.annualTarget}
          onChange={(_, data) => set("annualTarget", data.value)}
        />
      </Field>
      <Field label={texts.fiscalYear} hint={texts.fiscalYearHint}>
        <Input
          inputMode="numeric"
          value={values.fiscalYear}
          onChange={(_, data) => set("fiscalYear", data.value)}
        />
      </Field>
      <Field label={texts.fiscalStartMonth}>
        <Select
          value={String(values.fiscalStartMonth)}
          onChange={(_, data) => set("fiscalStartMonth", Number(data.value))}
        >
          {texts.months.map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={texts.grain}>
        <RadioGroup
          layout="horizontal"
          value={values.grain}
          onChange={(_, data) => set("grain", data.value as TargetGrain)}
        >
          {TARGET_GRAINS.map((grain) => (
            <Radio key={grain} value={grain} label={texts.grains[grain]} />
          ))}
        </RadioGroup>
      </Field>
      {values.grain === "week" && (
        <Field label={texts.weekStart}>
          <RadioGroup
            layout="horizontal"
            value={values.weekStart}
            onChange={(_, data) => set("weekStart", data.value as WeekStart)}
          >
            <Radio value="monday" label={texts.weekStarts.monday} />
            <Radio value="sunday" label={texts.weekStarts.sunday} />
          </RadioGroup>
        </Field>
      )}
      <Field label={texts.roundingUnit}>
        <Select
          value={String(values.roundingUnit)}
          onChange={(_, data) => set("roundingUnit", Number(data.value))}
        >
          {ROUNDING_UNITS.map((unit) => (
            <option key={unit} value={String(unit)}>
              {unit.toLocaleString(locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={texts.baseRatio}>
        <Input
          inputMode="decimal"
          value={values.basePercent}
          contentAfter="%"
          onChange={(_, data) => set("basePercent", data.value)}
        />
      </Field>
      <Field label={texts.challengeRatio}>
        <Input
          inputMode="decimal"
          value={values.challengePercent}
          contentAfter="%"
          onChange={(_, data) => set("challengePercent", data.value)}
        />
      </Field>
      <Field
        label={texts.seasonality}
        hint={source === undefined ? texts.seasonalityNoSource : undefined}
      >
        <Select
          value={values.seasonality}
          disabled={source === undefined}
          onChange={(_, data) => set("seasonality", data.value as FormSeasonalMethod)}
        >
          {FORM_SEASONAL_METHODS.map((method) => (
            <option key={method} value={method}>
              {texts.seasonalities[method]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={texts.memberColumn} hint={texts.memberColumnHint}>
        <Select
          value={values.memberColumn === null ? NO_MEMBER : String(values.memberColumn)}
          disabled={source === undefined}
          onChange={(_, data) =>
            set("memberColumn", data.value === NO_MEMBER ? null : Number(data.value))
          }
        >
          <option value={NO_MEMBER}>{texts.noMemberColumn}</option>
          {columns.map((name, index) => (
            <option key={index} value={String(index)}>
              {name || `#${index + 1}`}
            </option>
          ))}
        </Select>
      </Field>
      <BuildRunner
        port={port}
        buildLabel={texts.build}
        notesLabel={texts.builtNotes}
        prepare={prepare}
        inputErrorMessage={inputErrorMessage}
      />
    </section>
  );
}
