/**
 * The right half of the playground: sheet tabs, a formula bar (FormulaBar.tsx) and a grid of the
 * memory workbook (GridViewport.tsx).
 */
import { useEffect, useMemo, useReducer, useRef, useState, type UIEvent } from "react";
import { Tab, TabList, Text, makeStyles } from "@fluentui/react-components";
import { cellA1 } from "../plan/a1";
import type { PlaygroundTexts } from "./playgroundTexts";
import type { ObservedMemoryWorkbook } from "./ObservedMemoryWorkbook";
import { FormulaBar } from "./FormulaBar";
import { GridViewport, type Selection } from "./GridViewport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minWidth: 0 },
});

export interface SheetGridProps {
  workbook: ObservedMemoryWorkbook;
  texts: PlaygroundTexts;
}

export function SheetGrid({ workbook, texts }: SheetGridProps) {
  const styles = useStyles();
  const [version, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => workbook.subscribe(redraw), [workbook]);

  // Hidden sheets (the kept versions of rebuilt sheets) are not tabs, as in Excel.
  // `version` is what says the sheets changed (a plan applied, a file loaded).
  const sheets = useMemo(() => workbook.visibleSheets(), [workbook, version]);
  const sheet = sheets.length > 0 ? workbook.activeSheet() : undefined;

  const [selection, setSelection] = useState<Selection>({ row: 0, column: 0 });
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);

  // A new active sheet (a tab click, or a plan the panel just built) starts at its top-left cell.
  useEffect(() => {
    setSelection({ row: 0, column: 0 });
    setScrollTop(0);
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [sheet]);

  if (!sheet) return <Text>{texts.emptyWorkbook}</Text>;

  const selectCell = (next: Selection) => {
    setSelection(next);
    workbook.select(sheet, cellA1(next)); // the panel reads "the selection" from here
  };

  return (
    <div className={styles.root}>
      <TabList
        aria-label={texts.sheets}
        size="small"
        selectedValue={sheet}
        onTabSelect={(_, data) => void workbook.activateSheet(String(data.value))}
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <FormulaBar
        workbook={workbook}
        sheet={sheet}
        selection={selection}
        texts={texts}
        version={version}
      />
      <GridViewport
        workbook={workbook}
        sheet={sheet}
        selection={selection}
        onSelect={selectCell}
        scrollTop={scrollTop}
        onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
        viewportRef={viewport}
        version={version}
        texts={texts}
      />
    </div>
  );
}
