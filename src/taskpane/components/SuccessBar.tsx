import { useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import type { WorkbookPort } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { ErrorBar } from "./ErrorBar";

export interface SuccessBarProps {
  port: WorkbookPort;
  /** The final sheet name the build produced (ApplyResult.sheetNames), not the wanted one. */
  sheetName: string;
  /** Defaults to "Built the sheet “{sheet}”." */
  message?: string;
}

export function SuccessBar({ port, sheetName, message }: SuccessBarProps) {
  const { text } = usePanelLocale();
  const [failure, setFailure] = useState<unknown>();
  const goToSheet = () => {
    setFailure(undefined);
    // The user may have deleted or renamed the sheet since the build: say so rather than fail silently.
    port.activateSheet(sheetName).catch(setFailure);
  };
  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody>
          {message ?? format(text.buildSucceeded, { sheet: sheetName })}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={goToSheet}
            aria-label={format(text.goToSheetLabel, { sheet: sheetName })}
          >
            {text.goToSheet}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {failure !== undefined && (
        <ErrorBar error={failure} onDismiss={() => setFailure(undefined)} />
      )}
    </>
  );
}
