import { Field, ProgressBar } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import { usePanelLocale } from "../panelLocale";

export interface BuildProgressProps {
  /** Work done and total in the adapter's units (ApplyOptions.onProgress); no total: indeterminate. */
  done?: number;
  total?: number;
  /** Defaults to "Building the sheet…". */
  label?: string;
}

export function BuildProgress({ done, total, label }: BuildProgressProps) {
  const { text } = usePanelLocale();
  const fraction = total && done !== undefined ? Math.min(1, Math.max(0, done / total)) : undefined;
  return (
    <Field
      label={label ?? text.buildProgress}
      validationState="none"
      validationMessage={
        fraction === undefined
          ? undefined
          : format(text.buildProgressDone, { percent: Math.round(fraction * 100) })
      }
    >
      <ProgressBar value={fraction} thickness="large" />
    </Field>
  );
}
