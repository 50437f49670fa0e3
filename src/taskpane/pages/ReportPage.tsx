import type { WorkbookPort } from "../../workbook/port";
import { SourcePreviewPage } from "./SourcePreviewPage";

// Order exports (天猫, 京东, 抖音 …) name these columns in either language.
const KEYWORDS = {
  date: ["date", "day", "日期", "时间"],
  channel: ["channel", "store", "shop", "platform", "渠道", "店铺", "平台"],
  spend: ["spend", "cost", "花费", "消耗", "推广"],
  sales: ["sales", "gmv", "revenue", "amount", "销售额", "成交", "销售", "金额"],
  orders: ["orders", "order", "订单"],
  visitors: ["visitors", "uv", "traffic", "访客", "流量"],
};

export function ReportPage({ port }: { port: WorkbookPort }) {
  return (
    <SourcePreviewPage
      port={port}
      id="report"
      heading="reportHeading"
      intro="reportIntro"
      meaningLabels={{
        date: "meaningDate",
        channel: "meaningChannel",
        spend: "meaningSpend",
        sales: "meaningSales",
        orders: "meaningOrders",
        visitors: "meaningVisitors",
      }}
      keywords={KEYWORDS}
    >
      {() => null}
    </SourcePreviewPage>
  );
}
