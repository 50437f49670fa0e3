import { useState } from "react";
import {
  Body1,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FieldSpec, InputSpec, RegisteredBuilder } from "../../builders/builder";
import type { TypedFields } from "../../builders/fields";
import { detectInputColumns } from "../../builders/inputTables";
import { isLocalizedError } from "../../core/localizedError";
import type { Locale } from "../../i18n/locale";
import type { TableData } from "../../table/tableData";
import type { WorkbookPort } from "../../workbook/port";
import { BuildRunner } from "../components/BuildRunner";
import { ColumnMapping, type ColumnMappingValue } from "../components/ColumnMapping";
import { PreviewTable } from "../components/PreviewTable";
import { SourcePicker } from "../components/SourcePicker";
import type { BuilderPanel } from "../builderPanel";
import { usePanelLocale } from "../panelLocale";
import { defaultTypedFields, prepareBuilderBuild, type PageSource } from "./builderPageModel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  // An <input> keeps its intrinsic width unless told it may shrink to its column.
  input: { minWidth: "0", width: "100%" },
});

/**
 * The page of a registered builder module, derived from its description: one source per input table
 * (read from the workbook, columns found by the module's synonyms and adjustable), one control per
 * field, and Build through the same path the CLI takes (builderPageModel).
 */
export function BuilderPage(props: {
  port: WorkbookPort;
  builder: RegisteredBuilder;
  /** The builder's custom part (builderPanels.ts), if it has one. */
  panel?: BuilderPanel<unknown>;
}) {
  const { port, builder, panel } = props;
  const { locale, text } = usePanelLocale();
  const styles = useStyles();
  const [sources, setSources] = useState<Record<string, PageSource | undefined>>({});
  const [typed, setTyped] = useState<TypedFields>(() => defaultTypedFields(builder.fields));
  const [panelState, setPanelState] = useState<unknown>(panel?.initial);
  const inputs = builder.inputs.filter((input) => !panel?.inputs.includes(input.id));
  const fields = builder.fields.filter((field) => !panel?.fields.includes(field.id));
  const texts = builder.texts[locale];
  const id = `builder-${builder.id}`;
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={`${id}-heading`}>
        <Subtitle1 as="h2" id={`${id}-heading`}>
          {texts.name}
        </Subtitle1>
        <Body1 as="p">{texts.description}</Body1>
      </section>
      {inputs.map((input) => (
        <InputSource
          key={input.id}
          id={`${id}-${input.id}`}
          port={port}
          input={input}
          locale={locale}
          source={sources[input.id]}
          onChange={(source) => setSources((current) => ({ ...current, [input.id]: source }))}
        />
      ))}
      {panel && (
        <panel.Section
          port={port}
          state={panelState}
          onChange={(update) => setPanelState((current: unknown) => update(current))}
        />
      )}
      <section className={styles.section} aria-labelledby={`${id}-options`}>
        <Subtitle2 as="h3" id={`${id}-options`}>
          {text.optionsHeading}
        </Subtitle2>
        <div className={styles.fields}>
          {fields.map((field) => (
            <FieldControl
              key={field.id}
              field={field}
              locale={locale}
              value={typed[field.id]}
              columns={field.input ? sources[field.input]?.data.header : undefined}
              className={styles.input}
              onChange={(value) => setTyped((current) => ({ ...current, [field.id]: value }))}
            />
          ))}
        </div>
      </section>
      <BuildRunner
        port={port}
        buildLabel={texts.build}
        notesLabel={text.builtNotes}
        prepare={(choices) =>
          prepareBuilderBuild(
            builder,
            sources,
            typed,
            locale,
            choices,
            panel && ((request) => panel.run(request, panelState))
          )
        }
        inputErrorMessage={(error) =>
          isLocalizedError(error) ? error.messageIn(locale) : panel?.errorMessage?.(error, locale)
        }
      />
    </div>
  );
}

function InputSource(props: {
  id: string;
  port: WorkbookPort;
  input: InputSpec;
  locale: Locale;
  source: PageSource | undefined;
  onChange: (source: PageSource) => void;
}) {
  const { id, port, input, locale, source, onChange } = props;
  const { text } = usePanelLocale();
  const styles = useStyles();
  const load = (data: TableData) => {
    const found = detectInputColumns(input, data.header);
    const mapping: ColumnMappingValue = Object.fromEntries(
      input.columns.map(({ id: column }) => [column, found[column] ?? null])
    );
    onChange({ data, mapping });
  };
  return (
    <section className={styles.section} aria-labelledby={`${id}-source`}>
      <Subtitle2 as="h3" id={`${id}-source`}>
        {input.label[locale]}
      </Subtitle2>
      <Caption1 as="p">{input.hint[locale]}</Caption1>
      <SourcePicker port={port} onLoad={load} />
      {source && (
        <>
          <Caption1 as="p">{text.mappingIntro}</Caption1>
          <ColumnMapping
            columns={source.data.header}
            meanings={input.columns.map((column) => ({
              id: column.id,
              label: column.label[locale],
            }))}
            mapping={source.mapping}
            onChange={(mapping) => onChange({ ...source, mapping })}
          />
          <PreviewTable data={source.data} />
        </>
      )}
    </section>
  );
}

function FieldControl(props: {
  field: FieldSpec;
  locale: Locale;
  value: string | boolean | undefined;
  /** A column field's choices: the headers of its input's source, once read. */
  columns?: readonly string[];
  className: string;
  onChange: (value: string | boolean) => void;
}) {
  const { field, locale, value, columns, className, onChange } = props;
  const { text } = usePanelLocale();
  const label = field.label[locale];
  const hint = field.hint[locale];
  if (field.kind === "flag")
    return (
      <Checkbox
        checked={value === true}
        label={label}
        onChange={(_, data) => onChange(data.checked === true)}
      />
    );
  if (field.kind === "column")
    return (
      <Field label={label} hint={hint}>
        <Select
          className={className}
          value={String(value ?? "")}
          onChange={(_, data) => onChange(data.value)}
        >
          <option value="">{text.fieldNoColumn}</option>
          {(columns ?? []).map((name, index) => (
            <option key={index} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
    );
  if (field.kind === "choice")
    return (
      <Field label={label} hint={hint}>
        <Select
          className={className}
          value={String(value ?? "")}
          onChange={(_, data) => onChange(data.value)}
        >
          {/* Without a default the module decides (e.g. from the history): the form says so. */}
          {field.default === undefined && <option value="">{text.fieldAutomatic}</option>}
          {(field.choices ?? []).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label[locale]}
            </option>
          ))}
        </Select>
      </Field>
    );
  return (
    <Field label={label} hint={hint} required={field.required}>
      <Input
        className={className}
        type={field.secret ? "password" : "text"}
        value={String(value ?? "")}
        placeholder={field.default}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
