import type { WorkbookPort } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { ReportForm } from "./ReportForm";
import { detectReportMapping, reportMeanings } from "./reportFormModel";
import { SourcePreviewPage } from "./SourcePreviewPage";

/**
 * The report module's page (App's OWN_PAGES): the source with the module's columns, whose synonyms
 * detect them (生意参谋, 京东商智, 抖店 …), then the form, which builds through the module.
 */
export function ReportPage({ port }: { port: WorkbookPort }) {
  const { locale } = usePanelLocale();
  return (
    <SourcePreviewPage
      port={port}
      id="report"
      heading="reportHeading"
      intro="reportIntro"
      fields={{ meanings: reportMeanings(locale), detect: detectReportMapping }}
    >
      {(source) => source && <ReportForm port={port} source={source} />}
    </SourcePreviewPage>
  );
}
