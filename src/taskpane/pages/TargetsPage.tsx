import type { WorkbookPort } from "../../workbook/port";
import { SourcePreviewPage } from "./SourcePreviewPage";

// Last year's daily sales are the weights a target is spread by.
const KEYWORDS = {
  date: ["date", "day", "日期", "时间", "月份", "month"],
  sales: ["sales", "gmv", "revenue", "amount", "销售额", "成交", "销售", "金额"],
  target: ["target", "goal", "目标"],
};

export function TargetsPage({ port }: { port: WorkbookPort }) {
  return (
    <SourcePreviewPage
      port={port}
      id="targets"
      heading="targetsHeading"
      intro="targetsIntro"
      meaningLabels={{ date: "meaningDate", sales: "meaningSales", target: "meaningTarget" }}
      keywords={KEYWORDS}
    />
  );
}
