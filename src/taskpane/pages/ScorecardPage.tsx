import type { WorkbookPort } from "../../workbook/port";
import { ScorecardForm } from "./ScorecardForm";
import { SourcePreviewPage } from "./SourcePreviewPage";

// A team roster: who, and which role's KPI template each person is scored on.
const KEYWORDS = {
  employee: ["employee", "name", "staff", "员工", "姓名", "人员"],
  role: ["role", "roleid", "position", "岗位", "职位"],
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
