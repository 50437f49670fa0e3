import type { WorkbookPort } from "../../workbook/port";
import { SourcePreviewPage } from "./SourcePreviewPage";
import { TargetsForm } from "./TargetsForm";

// Last year's daily sales are the weights a target is spread by; orders and visitors feed the driver tree.
const KEYWORDS = {
  date: ["date", "day", "日期", "时间", "月份", "month"],
  sales: ["sales", "gmv", "revenue", "amount", "销售额", "成交", "销售", "金额"],
  orders: ["orders", "order", "订单"],
  visitors: ["visitors", "uv", "traffic", "访客", "流量"],
};

export function TargetsPage({ port }: { port: WorkbookPort }) {
  return (
    <SourcePreviewPage
      port={port}
      id="targets"
      heading="targetsHeading"
      intro="targetsIntro"
      meaningLabels={{
        date: "meaningDate",
        sales: "meaningSales",
        orders: "meaningOrders",
        visitors: "meaningVisitors",
      }}
      keywords={KEYWORDS}
    >
      {(source) => <TargetsForm port={port} source={source} />}
    </SourcePreviewPage>
  );
}
