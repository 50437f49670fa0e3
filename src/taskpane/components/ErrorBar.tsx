import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import type { PanelText } from "../../i18n/panelTexts";
import { WorkbookError } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";

const GUIDANCE: Record<WorkbookError["code"], PanelText> = {
  notFound: "errorNotFound",
  empty: "errorEmpty",
  invalidPlan: "errorInvalidPlan",
  tooLarge: "errorTooLarge",
  applyFailed: "errorApplyFailed",
};

export interface ErrorBarProps {
  error: unknown;
  /**
   * What to do, already in the user's language, for failures whose own message says it (a builder's input
   * error); replaces the generic guidance and the details line.
   */
  message?: string;
  onDismiss?: () => void;
  /** A way forward the error allows (e.g. leaving unreadable rows out), as a button beside Dismiss. */
  action?: { label: string; onClick: () => void };
}

/** Says what to do next; the adapter's own message stays underneath as detail for support. */
export function ErrorBar({ error, message, onDismiss, action }: ErrorBarProps) {
  const { text } = usePanelLocale();
  const reason = error instanceof Error ? error.message : String(error);
  const isWorkbookError = error instanceof WorkbookError;
  const guidance =
    message ??
    (isWorkbookError ? text[GUIDANCE[error.code]] : format(text.errorUnexpected, { reason }));
  return (
    <MessageBar intent="error" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{guidance}</MessageBarTitle>
        {message === undefined && isWorkbookError && reason && (
          <div>{format(text.errorDetails, { message: reason })}</div>
        )}
      </MessageBarBody>
      {(onDismiss || action) && (
        <MessageBarActions>
          {action && <Button onClick={action.onClick}>{action.label}</Button>}
          {onDismiss && (
            <Button appearance="transparent" onClick={onDismiss}>
              {text.dismiss}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
