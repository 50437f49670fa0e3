import { useState } from "react";
import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import type { WorkbookPlan } from "../../plan/types";
import type { ApplyResult, WorkbookPort } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { BuildProgress } from "./BuildProgress";
import { ErrorBar } from "./ErrorBar";
import { SuccessBar } from "./SuccessBar";

/** What a builder page hands over when Build is pressed. */
export interface PreparedBuild {
  plan: WorkbookPlan;
  /** The plan sheet key "Go to sheet" opens. */
  sheetKey: string;
  /** What the user should know about the result, in their language. */
  notes: string[];
}

/** How a build goes ahead: skipInvalid after the user chose to leave unreadable rows out. */
export interface BuildChoices {
  skipInvalid: boolean;
}

/**
 * A refusal the user may override by leaving the offending rows out (a builder's input error with
 * `skippable`): the error bar then offers to build again with skipInvalid.
 */
export function isSkippableError(error: unknown): boolean {
  return (error as { skippable?: unknown } | null)?.skippable === true;
}

export interface BuildRunnerProps {
  port: WorkbookPort;
  buildLabel: string;
  notesLabel: string;
  /** Makes the plan from the page's choices; throws when they cannot make one. */
  prepare: (choices: BuildChoices) => PreparedBuild;
  /** The user-facing message of an error `prepare` throws on bad input; undefined for any other error. */
  inputErrorMessage: (error: unknown) => string | undefined;
}

type BuildState =
  | { phase: "idle" }
  | { phase: "building"; done?: number; total?: number }
  | { phase: "built"; result: ApplyResult; sheetKey: string; notes: string[] }
  | { phase: "failed"; error: unknown };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** The Build button and what follows it: progress, then the sheet built and its notes, or what to fix. */
export function BuildRunner({
  port,
  buildLabel,
  notesLabel,
  prepare,
  inputErrorMessage,
}: BuildRunnerProps) {
  const { locale, text } = usePanelLocale();
  const styles = useStyles();
  const [state, setState] = useState<BuildState>({ phase: "idle" });

  const build = async (choices: BuildChoices = { skipInvalid: false }) => {
    setState({ phase: "building" });
    try {
      // Let the progress bar paint before the plan is worked out (a daily grid takes a moment).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { plan, sheetKey, notes } = prepare(choices);
      const result = await port.applyPlan(plan, {
        locale,
        onProgress: (done, total) => setState({ phase: "building", done, total }),
      });
      // A rebuild in place keeps the sheet it replaced: say where, first, so nobody thinks it is lost.
      const kept = Object.values(result.previousVersions ?? {}).map((backup) =>
        format(text.previousVersionKept, { backup })
      );
      setState({ phase: "built", result, sheetKey, notes: [...kept, ...notes] });
    } catch (error) {
      setState({ phase: "failed", error });
    }
  };

  const builtSheet = state.phase === "built" ? state.result.sheetNames[state.sheetKey] : undefined;
  return (
    <div className={styles.root}>
      <div>
        <Button
          appearance="primary"
          onClick={() => void build()}
          disabled={state.phase === "building"}
        >
          {buildLabel}
        </Button>
      </div>
      <div aria-live="polite" className={styles.root}>
        {state.phase === "building" && <BuildProgress done={state.done} total={state.total} />}
        {state.phase === "built" && builtSheet !== undefined && (
          <SuccessBar port={port} sheetName={builtSheet} />
        )}
        {state.phase === "built" && state.notes.length > 0 && (
          <section aria-label={notesLabel}>
            <Subtitle2 as="h4">{notesLabel}</Subtitle2>
            <ul className={styles.notes}>
              {state.notes.map((note) => (
                <li key={note}>
                  <Body1>{note}</Body1>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      {state.phase === "failed" && (
        <ErrorBar
          error={state.error}
          message={inputErrorMessage(state.error)}
          onDismiss={() => setState({ phase: "idle" })}
          action={
            isSkippableError(state.error)
              ? { label: text.skipInvalidAndBuild, onClick: () => void build({ skipInvalid: true }) }
              : undefined
          }
        />
      )}
    </div>
  );
}
