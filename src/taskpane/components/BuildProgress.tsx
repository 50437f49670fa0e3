import { Field, ProgressBar } from "@fluentui/react-components";
import { usePanelLocale } from "../panelLocale";
import { progressView, type WorkProgress } from "./workProgress";

export interface BuildProgressProps {
  /** The stage and how far it is (workProgress.ts); no total: the bar is indeterminate. */
  progress: WorkProgress;
}

/** A labelled Fluent progress bar; put it inside an aria-live="polite" region so stages are announced. */
export function BuildProgress({ progress }: BuildProgressProps) {
  const { locale } = usePanelLocale();
  const view = progressView(progress, locale);
  return (
    <Field label={view.label} validationState="none" validationMessage={view.detail}>
      <ProgressBar value={view.value} thickness="large" />
    </Field>
  );
}
