/**
 * The playground's formula bar: the selected cell's address and its formula or value, editable; Enter
 * writes a formula or a typed value into the memory workbook, a refused formula shows why.
 */
import { useEffect, useMemo, useState } from "react";
import { Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { cellA1 } from "../plan/a1";
import type { CellValue } from "../plan/types";
import type { PlaygroundTexts } from "./playgroundTexts";
import type { ObservedMemoryWorkbook } from "./ObservedMemoryWorkbook";
import type { Selection } from "./GridViewport";

const useStyles = makeStyles({
  formulaBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
  },
  address: { width: "90px" },
  formula: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  message: { color: tokens.colorPaletteRedForeground1, padding: `0 ${tokens.spacingHorizontalS}` },
});

export interface FormulaBarProps {
  workbook: ObservedMemoryWorkbook;
  sheet: string;
  selection: Selection;
  texts: PlaygroundTexts;
  version: number;
}

export function FormulaBar({ workbook, sheet, selection, texts, version }: FormulaBarProps) {
  const styles = useStyles();
  const address = cellA1(selection);
  const current = useMemo(
    () => workbook.getFormula(sheet, address) ?? editableText(workbook.getValue(sheet, address)),
    [workbook, sheet, address, version]
  );
  const [draft, setDraft] = useState(current);
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    setDraft(current);
    setMessage(undefined);
  }, [current]);

  const apply = () => {
    try {
      if (draft.startsWith("=")) workbook.setCellFormula(sheet, address, draft);
      else workbook.setCellValue(sheet, address, typedValue(draft));
      setMessage(undefined);
    } catch (error) {
      setMessage(texts.formulaRefused.replace("{reason}", (error as Error).message));
    }
  };

  return (
    <>
      <div className={styles.formulaBar}>
        <Input className={styles.address} aria-label={texts.cellAddress} value={address} readOnly />
        <Input
          className={styles.formula}
          aria-label={texts.formulaBar}
          title={texts.formulaBar}
          value={draft}
          onChange={(_, data) => setDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") apply();
            if (event.key === "Escape") setDraft(current);
          }}
        />
      </div>
      {message && (
        <Text role="alert" className={styles.message}>
          {message}
        </Text>
      )}
    </>
  );
}

function editableText(value: ReturnType<ObservedMemoryWorkbook["getValue"]>): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

/** What a typed value is: a number when it reads as one, TRUE/FALSE, blank, else text. */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  const number = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(number) && /\d/.test(trimmed) ? number : text;
}
