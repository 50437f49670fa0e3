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
  onDismiss?: () => void;
}

/** Says what to do next; the adapter's own message stays underneath as detail for support. */
export function ErrorBar({ error, onDismiss }: ErrorBarProps) {
  const { text } = usePanelLocale();
  const reason = error instanceof Error ? error.message : String(error);
  const isWorkbookError = error instanceof WorkbookError;
  const guidance = isWorkbookError
    ? text[GUIDANCE[error.code]]
    : format(text.errorUnexpected, { reason });
  return (
    <MessageBar intent="error" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{guidance}</MessageBarTitle>
        {isWorkbookError && reason && <div>{format(text.errorDetails, { message: reason })}</div>}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" onClick={onDismiss}>
            {text.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
