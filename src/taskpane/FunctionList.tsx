import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../i18n/locale";
import { format } from "../i18n/locale";
import { usePanelLocale } from "./panelLocale";
import { FUNCTION_EXAMPLES } from "../functions/examples";
import type { FunctionsMetadata } from "../i18n/localizeFunctionsMetadata";
import type { WorkbookPort } from "../workbook/port";
import { ErrorExplainer } from "./components/ErrorExplainer";

const METADATA_FILE: Record<Locale, string> = {
  "en-US": "functions.json",
  "zh-CN": "functions.zh-CN.json",
};
const NAMESPACE = "OPS";

const useStyles = makeStyles({
  // Fluent typography renders inline even as h2/p; the heading and its intro need lines of their own.
  block: { display: "block" },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: { listStyleType: "none" },
  formula: { fontFamily: tokens.fontFamilyMonospace, display: "block" },
  insert: { alignSelf: "flex-start" },
});

export interface FunctionListProps {
  /** Reads the selected cell for "explain the selected cell"; absent, that part is hidden. */
  port?: WorkbookPort;
  /** Writes a formula into the selected cell; absent where the host cannot (the button is then hidden). */
  insertFormula?: (formula: string) => Promise<void>;
}

type Insertion = { formula: string; failure?: unknown };

type Load =
  | { state: "loading" }
  | { state: "ready"; metadata: FunctionsMetadata }
  | { state: "failed"; reason: string };

/** Lists the functions from the same metadata files Excel registers, so the panel never drifts from Excel. */
export function FunctionList({ port, insertFormula }: FunctionListProps) {
  const { locale, text } = usePanelLocale();
  const styles = useStyles();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [insertion, setInsertion] = useState<Insertion>();

  const insert = (formula: string) => {
    if (!insertFormula) return;
    setInsertion(undefined);
    insertFormula(formula)
      .then(() => setInsertion({ formula }))
      .catch((failure: unknown) => setInsertion({ formula, failure }));
  };

  useEffect(() => {
    let current = true;
    setLoad({ state: "loading" });
    fetch(METADATA_FILE[locale])
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<FunctionsMetadata>;
      })
      .then((metadata) => current && setLoad({ state: "ready", metadata }))
      .catch((error: Error) => current && setLoad({ state: "failed", reason: error.message }));
    return () => {
      current = false;
    };
  }, [locale]);

  return (
    <section aria-labelledby="functions-heading">
      <Subtitle1 as="h2" id="functions-heading" className={styles.block}>
        {text.functionsHeading}
      </Subtitle1>
      <Body1 as="p" className={styles.block}>
        {text.functionsIntro}
      </Body1>
      {port && <ErrorExplainer port={port} />}
      {load.state === "loading" && <Spinner size="tiny" label={text.loadingFunctions} />}
      {load.state === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {format(text.functionsUnavailable, { reason: load.reason })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite">
        {insertion && !insertion.failure && (
          <MessageBar intent="success">
            <MessageBarBody>
              {format(text.formulaInserted, { formula: insertion.formula })}
            </MessageBarBody>
          </MessageBar>
        )}
        {insertion?.failure !== undefined && (
          <MessageBar intent="error">
            <MessageBarBody>
              {format(text.formulaNotInserted, {
                reason:
                  insertion.failure instanceof Error
                    ? insertion.failure.message
                    : String(insertion.failure),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {load.state === "ready" && (
        <ul className={styles.list}>
          {load.metadata.functions.map((fn) => {
            const signature = fn.parameters
              .map((p) => (p.optional ? `[${p.name}]` : p.name))
              .join(", ");
            const example = FUNCTION_EXAMPLES.find((e) => e.id === fn.id);
            return (
              <li key={fn.id} className={styles.item}>
                <Card appearance="subtle">
                  <CardHeader
                    header={
                      <Text weight="semibold">{`${NAMESPACE}.${fn.name}(${signature})`}</Text>
                    }
                  />
                  <Body1>{fn.description}</Body1>
                  {example && (
                    <Caption1>
                      {text.example}: <code className={styles.formula}>{example.formula}</code>
                      {example.explanation[locale]}
                    </Caption1>
                  )}
                  {example && insertFormula && (
                    <Button
                      className={styles.insert}
                      size="small"
                      onClick={() => insert(example.formula)}
                      aria-label={format(text.insertFormulaLabel, { formula: example.formula })}
                    >
                      {text.insertFormula}
                    </Button>
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
