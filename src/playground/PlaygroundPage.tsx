/**
 * The playground: the real panel on the left, working against an in-memory workbook; a grid of that
 * workbook on the right, with loading a user's file and downloading the workbook as .xlsx.
 */
import { useRef, useState } from "react";
import {
  Button,
  FluentProvider,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { format, type Locale } from "../i18n/locale";
import { TabularFileError } from "../io/tabularFileError";
import { readNoteLines } from "../builders/readNoteLines";
import { readTabularFile } from "../io/readTabularFile";
import { App } from "../taskpane/App";
import { BuildProgress } from "../taskpane/components/BuildProgress";
import {
  throttleProgress,
  yieldToPage,
  type WorkProgress,
} from "../taskpane/components/workProgress";
import { PanelLocaleProvider } from "../taskpane/panelLocale";
import { addTableSheet, readFileBytes } from "./loadedTables";
import { memoryWorkbookToXlsx, type LoadedTable } from "./memoryWorkbookToXlsx";
import type { ObservedMemoryWorkbook } from "./ObservedMemoryWorkbook";
import { PLAYGROUND_TEXTS } from "./playgroundTexts";
import { SheetGrid } from "./SheetGrid";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  page: { display: "flex", height: "100vh", overflow: "hidden" },
  panel: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  workbook: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
  },
  status: { marginLeft: tokens.spacingHorizontalS },
  progress: { width: "320px" },
  grid: { flexGrow: 1, minHeight: 0 },
});

export interface PlaygroundPageProps {
  workbook: ObservedMemoryWorkbook;
  initialLocale: Locale;
}

export function PlaygroundPage({ workbook, initialLocale }: PlaygroundPageProps) {
  const styles = useStyles();
  const texts = PLAYGROUND_TEXTS[initialLocale];
  const [status, setStatus] = useState<string>();
  // While a file is read and put on a sheet: the stage and how far (bytes, then rows).
  const [progress, setProgress] = useState<WorkProgress>();
  // A file refused for rows that cannot be read whole: kept so the user can open it without them.
  const [skippable, setSkippable] = useState<File>();
  const fileInput = useRef<HTMLInputElement>(null);
  // Tables registered from loaded files, for the download: the memory workbook keeps no plan for them.
  const loadedTables = useRef<LoadedTable[]>([]);

  const openFile = async (file: File, skipInvalid = false) => {
    setStatus(format(texts.loading, { file: file.name }));
    setSkippable(undefined);
    setProgress({ stage: "file", done: 0, total: file.size });
    try {
      const bytes = await readFileBytes(
        file,
        throttleProgress((done, total) => setProgress({ stage: "file", done, total }))
      );
      // Each stage below is one call that holds the page; yielding first lets its label paint.
      setProgress({ stage: "rows" });
      await yieldToPage();
      const table = await readTabularFile(bytes, file.name, { skipInvalid });
      setProgress({ stage: "sheet", done: table.rows.length });
      await yieldToPage();
      const loaded = await addTableSheet(workbook, file.name, table);
      loadedTables.current.push(loaded);
      await workbook.activateSheet(loaded.sheet);
      const notes = readNoteLines(table.notes, initialLocale);
      setStatus(
        [
          format(texts.loaded, { file: file.name, sheet: loaded.sheet, table: loaded.name }),
          ...notes,
        ].join(" ")
      );
    } catch (error) {
      const isFileError = error instanceof TabularFileError;
      if (isFileError && error.code === "wrongFieldCount") setSkippable(file);
      const reason = isFileError ? error.messageIn(initialLocale) : (error as Error).message;
      setStatus(format(texts.loadFailed, { file: file.name, reason }));
    } finally {
      setProgress(undefined);
    }
  };

  const download = async () => {
    try {
      const { bytes, omitted } = await memoryWorkbookToXlsx(workbook, loadedTables.current);
      saveFile(
        new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }),
        "ops-planner-playground.xlsx"
      );
      setStatus(
        omitted.length > 0
          ? format(texts.downloadOmitted, {
              items: omitted.map((item) => item.description).join("; "),
            })
          : undefined
      );
    } catch (error) {
      setStatus(format(texts.downloadFailed, { reason: (error as Error).message }));
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={initialLocale} className={styles.page}>
      <aside className={styles.panel}>
        <App
          port={workbook}
          initialLocale={initialLocale}
          // The panel's "insert formula" writes into the grid's selected cell, as in Excel.
          insertFormula={async (formula: string) => {
            const sheet = workbook.activeSheet();
            workbook.setCellFormula(sheet, workbook.selectedCell(sheet), formula);
          }}
        />
      </aside>
      <main className={styles.workbook}>
        <div className={styles.toolbar}>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.xlsm,.xls,.csv,.tsv,.txt"
            hidden
            data-testid="open-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void openFile(file);
              event.target.value = ""; // the same file can be opened again
            }}
          />
          <Button onClick={() => fileInput.current?.click()}>{texts.openFile}</Button>
          <Button appearance="primary" onClick={() => void download()}>
            {texts.download}
          </Button>
          <div aria-live="polite" className={styles.progress}>
            {progress && (
              <PanelLocaleProvider locale={initialLocale}>
                <BuildProgress progress={progress} />
              </PanelLocaleProvider>
            )}
          </div>
          {status && (
            <Text role="status" className={styles.status}>
              {status}
            </Text>
          )}
          {skippable && (
            <Button onClick={() => void openFile(skippable, true)}>
              {texts.openSkippingInvalid}
            </Button>
          )}
        </div>
        <div className={styles.grid}>
          <SheetGrid workbook={workbook} texts={texts} />
        </div>
      </main>
    </FluentProvider>
  );
}

function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
