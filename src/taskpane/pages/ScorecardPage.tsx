import { ROSTER_COLUMNS } from "../../builders/scorecard/roster";
import type { WorkbookPort } from "../../workbook/port";
import { ScorecardForm } from "./ScorecardForm";
import { SourcePreviewPage } from "./SourcePreviewPage";

// A team roster: who, and which role's KPI template each person is scored on; the roster's own synonyms.
const KEYWORDS = {
  employee: ROSTER_COLUMNS.name.headers,
  role: ROSTER_COLUMNS.role.headers,
};

export function ScorecardPage({ port }: { port: WorkbookPort }) {
  return (
    <SourcePreviewPage
      port={port}
      id="scorecard"
      heading="scorecardHeading"
      intro="scorecardIntro"
      meaningLabels={{ employee: "meaningEmployee", role: "meaningRole" }}
      keywords={KEYWORDS}
    >
      {(source) => <ScorecardForm port={port} source={source} />}
    </SourcePreviewPage>
  );
}
