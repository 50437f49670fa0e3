import type { WorkbookPort } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { ReportForm } from "./ReportForm";
import { detectReportMapping, reportMeanings } from "./reportFormModel";
import { SourcePreviewPage } from "./SourcePreviewPage";

export function ReportPage({ port }: { port: WorkbookPort }) {
  const { locale } = usePanelLocale();
  return (
    <SourcePreviewPage
      port={port}
      id="report"
      heading="reportHeading"
      intro="reportIntro"
      // The report's own fields and the header synonyms of platform exports (生意参谋, 京东商智, 抖店).
      fields={{ meanings: reportMeanings(locale), detect: detectReportMapping }}
    >
      {(source) => source && <ReportForm port={port} source={source} />}
    </SourcePreviewPage>
  );
}
