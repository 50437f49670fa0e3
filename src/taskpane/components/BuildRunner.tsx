import { useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import type { WorkbookPlan } from "../../plan/types";
import type { ApplyResult, WorkbookPort } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { BuildProgress } from "./BuildProgress";
import { ErrorBar } from "./ErrorBar";
import { countFormulas, overFormulaBudget } from "./formulaBudget";
import { SuccessBar } from "./SuccessBar";
import { throttleProgress, yieldToPage, type WorkProgress } from "./workProgress";

/** What a builder page hands over when Build is pressed. */
export interface PreparedBuild {
  plan: WorkbookPlan;
  /** The plan sheet key "Go to sheet" opens. */
  sheetKey: string;
  /** What the user should know about the result, in their language. */
  notes: string[];
  /**
   * Set when the plan's formulas read the source's rows live: how many rows. On a workbook with a
   * formula budget (the playground) a build over it is not started; the user is offered values-only,
   * so a builder that sets this must honour BuildChoices.valuesOnly.
   */
  liveSourceRows?: number;
}

/** How a build goes ahead: skipInvalid after the user chose to leave unreadable rows out. */
export interface BuildChoices {
  skipInvalid: boolean;
  /** A snapshot of values instead of live formulas, chosen after the formula budget refused them. */
  valuesOnly?: boolean;
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
  | { phase: "building"; progress: WorkProgress }
  | { phase: "tooSlow"; rows: number; seconds: number; choices: BuildChoices }
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
    setState({ phase: "building", progress: { stage: "plan" } });
    try {
      // Let the progress bar paint before the plan is worked out (a daily grid takes a moment).
      await yieldToPage();
      const { plan, sheetKey, notes, liveSourceRows } = prepare(choices);
      const seconds =
        liveSourceRows === undefined
          ? undefined
          : overFormulaBudget(port.formulaBudget, countFormulas(plan), liveSourceRows);
      if (seconds !== undefined) {
        setState({ phase: "tooSlow", rows: liveSourceRows!, seconds, choices });
        return;
      }
      setState({ phase: "building", progress: { stage: "apply" } });
      await yieldToPage();
      const result = await port.applyPlan(plan, {
        locale,
        onProgress: throttleProgress((done, total) =>
          setState({ phase: "building", progress: { stage: "apply", done, total } })
        ),
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
        {state.phase === "building" && <BuildProgress progress={state.progress} />}
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
      {state.phase === "tooSlow" && (
        <MessageBar intent="warning" politeness="polite">
          <MessageBarBody>
            {format(text.tooSlowLive, {
              rows: state.rows.toLocaleString(locale),
              seconds: Math.round(state.seconds).toLocaleString(locale),
              limit: port.formulaBudget?.maxSeconds ?? "",
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void build({ ...state.choices, valuesOnly: true })}>
              {text.buildValuesOnly}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.phase === "failed" && (
        <ErrorBar
          error={state.error}
          message={inputErrorMessage(state.error)}
          onDismiss={() => setState({ phase: "idle" })}
          action={
            isSkippableError(state.error)
              ? {
                  label: text.skipInvalidAndBuild,
                  onClick: () => void build({ skipInvalid: true }),
                }
              : undefined
          }
        />
      )}
    </div>
  );
}
