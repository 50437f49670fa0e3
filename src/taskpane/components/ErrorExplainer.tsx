import { useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { explainFormula, referencesOf, type Explanation } from "../../functions/explainCall";
import { FUNCTION_TEXTS_ZH } from "../../i18n/functionTexts";
import { format, type Locale } from "../../i18n/locale";
import type { PanelText } from "../../i18n/panelTexts";
import type { WorkbookPort } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  block: { display: "block" },
  button: { alignSelf: "flex-start" },
});

type State =
  | { state: "idle" }
  | { state: "reading" }
  | { state: "explained"; address: string; explanation: Explanation }
  | { state: "failed"; error: unknown };

const TEXT_OF: Record<Explanation["kind"], PanelText> = {
  notOpsCall: "explainNotOpsCall",
  expression: "explainExpression",
  missingReference: "explainMissingReference",
  argumentError: "explainArgumentError",
  result: "explainResult",
  error: "explainError",
};

/** The name the user sees in the formula bar: the id in en-US, the Chinese name in zh-CN Excel. */
function functionName(explanation: Explanation, locale: Locale): string {
  if (explanation.kind === "notOpsCall") return "";
  const id = explanation.functionId;
  return `OPS.${locale === "zh-CN" ? FUNCTION_TEXTS_ZH[id].name : id}`;
}

function explanationText(
  address: string,
  explanation: Explanation,
  locale: Locale,
  template: string
) {
  const { kind: _kind, ...details } = explanation;
  const params: Record<string, string> = { address, function: functionName(explanation, locale) };
  for (const [key, value] of Object.entries(details)) params[key] = String(value);
  return format(template, params);
}

/**
 * Excel drops a custom function's message on #NUM! and #DIV/0!; this re-runs the selected cell's OPS
 * call on its arguments (read through the port) and says why, in the panel's language.
 */
export function ErrorExplainer({ port }: { port: WorkbookPort }) {
  const { locale, text } = usePanelLocale();
  const styles = useStyles();
  const [state, setState] = useState<State>({ state: "idle" });

  const explain = () => {
    setState({ state: "reading" });
    port
      .readSelectedCell(referencesOf)
      .then((cell) =>
        setState({
          state: "explained",
          address: cell.address,
          explanation: explainFormula(cell.formula, cell.references, locale),
        })
      )
      .catch((error: unknown) => setState({ state: "failed", error }));
  };

  return (
    <section aria-labelledby="explain-heading" className={styles.root}>
      <Subtitle2 as="h3" id="explain-heading" className={styles.block}>
        {text.explainHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.block}>
        {text.explainIntro}
      </Body1>
      <Button className={styles.button} onClick={explain} disabled={state.state === "reading"}>
        {text.explainSelected}
      </Button>
      <div aria-live="polite">
        {state.state === "reading" && <Spinner size="tiny" label={text.explainReading} />}
        {state.state === "explained" && (
          <MessageBar intent={state.explanation.kind === "result" ? "info" : "warning"}>
            <MessageBarBody>
              {explanationText(
                state.address,
                state.explanation,
                locale,
                text[TEXT_OF[state.explanation.kind]]
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.state === "failed" && <ErrorBar error={state.error} />}
      </div>
    </section>
  );
}
