import { useCallback, useEffect, useState } from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import type { TableData, WorkbookPort } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { BuildProgress } from "./BuildProgress";
import { ErrorBar } from "./ErrorBar";
import { throttleProgress, type WorkProgress } from "./workProgress";

type SourceKind = "table" | "selection" | "sheet";

export interface SourcePickerProps {
  port: WorkbookPort;
  /** Called with the rows read (header first) each time the user reads a source. */
  onLoad: (data: TableData) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
});

interface WorkbookLists {
  tables: { name: string; sheet: string }[];
  sheets: string[];
}

/** Reads a table, the region around the selection, or a sheet's used range through the port. */
export function SourcePicker({ port, onLoad }: SourcePickerProps) {
  const { text } = usePanelLocale();
  const styles = useStyles();
  const [lists, setLists] = useState<WorkbookLists>({ tables: [], sheets: [] });
  const [kind, setKind] = useState<SourceKind>("table");
  const [table, setTable] = useState<string>();
  const [sheet, setSheet] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Rows read so far while a large range comes in windows (the Excel adapter reports each window).
  const [progress, setProgress] = useState<WorkProgress>({ stage: "rows" });
  const [error, setError] = useState<unknown>();
  const [loaded, setLoaded] = useState<TableData>();

  const refreshLists = useCallback(async () => {
    setError(undefined);
    try {
      const [tables, sheets] = await Promise.all([port.listTables(), port.listSheets()]);
      setLists({ tables, sheets });
      // Tables are the sturdiest source; a workbook without any starts on the selection instead.
      if (tables.length === 0) setKind((current) => (current === "table" ? "selection" : current));
    } catch (failure) {
      setError(failure);
    }
  }, [port]);

  useEffect(() => {
    void refreshLists();
  }, [refreshLists]);

  const canRead = !busy && (kind === "selection" || (kind === "table" ? !!table : !!sheet));

  const read = async () => {
    setBusy(true);
    setError(undefined);
    setProgress({ stage: "rows" });
    const options = {
      onProgress: throttleProgress((done, total) => setProgress({ stage: "rows", done, total })),
    };
    try {
      const data =
        kind === "table"
          ? await port.readTable(table!, options)
          : kind === "sheet"
            ? await port.readUsedRange(sheet!, options)
            : await port.readSelectionRegion(options);
      setLoaded(data);
      onLoad(data);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={text.sourceKind}>
        <RadioGroup value={kind} onChange={(_, data) => setKind(data.value as SourceKind)}>
          <Radio value="table" label={text.sourceTable} />
          <Radio value="selection" label={text.sourceSelection} />
          <Radio value="sheet" label={text.sourceSheet} />
        </RadioGroup>
      </Field>
      {kind === "table" && (
        <Field label={text.tableLabel} hint={lists.tables.length === 0 ? text.noTables : undefined}>
          <Dropdown
            placeholder={text.tablePlaceholder}
            value={table ?? ""}
            selectedOptions={table ? [table] : []}
            onOptionSelect={(_, data) => setTable(data.optionValue)}
            disabled={lists.tables.length === 0}
          >
            {lists.tables.map((option) => (
              <Option key={option.name} value={option.name} text={option.name}>
                {`${option.name} (${option.sheet})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {kind === "sheet" && (
        <Field label={text.sheetLabel}>
          <Dropdown
            placeholder={text.sheetPlaceholder}
            value={sheet ?? ""}
            selectedOptions={sheet ? [sheet] : []}
            onOptionSelect={(_, data) => setSheet(data.optionValue)}
          >
            {lists.sheets.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {kind === "selection" && <Caption1 as="p">{text.selectionHint}</Caption1>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={read} disabled={!canRead}>
          {text.readSource}
        </Button>
        <Button onClick={refreshLists} disabled={busy}>
          {text.refreshLists}
        </Button>
      </div>
      <div aria-live="polite">
        {busy && <BuildProgress progress={progress} />}
        {loaded && !busy && !error && (
          <Caption1>
            {format(text.sourceLoaded, { rows: loaded.rows.length, source: loaded.source })}
          </Caption1>
        )}
      </div>
      {error !== undefined && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
    </div>
  );
}
