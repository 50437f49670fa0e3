import type { WorkbookPort } from "../../workbook/port";
import { SourcePreviewPage } from "./SourcePreviewPage";

// "target" before "actual": a header like "目标完成值" should not be taken as the actual.
const KEYWORDS = {
  employee: ["employee", "name", "staff", "员工", "姓名", "人员"],
  role: ["role", "position", "岗位", "职位"],
  kpi: ["kpi", "metric", "indicator", "指标"],
  weight: ["weight", "权重"],
  target: ["target", "goal", "目标"],
  actual: ["actual", "result", "实际", "完成"],
};

export function ScorecardPage({ port }: { port: WorkbookPort }) {
  return (
    <SourcePreviewPage
      port={port}
      id="scorecard"
      heading="scorecardHeading"
      intro="scorecardIntro"
      meaningLabels={{
        employee: "meaningEmployee",
        role: "meaningRole",
        kpi: "meaningKpi",
        weight: "meaningWeight",
        target: "meaningTarget",
        actual: "meaningActual",
      }}
      keywords={KEYWORDS}
    />
  );
}
