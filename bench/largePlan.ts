/** A plan of `rows` data rows × 10 columns: 6 value columns and 4 formula columns, plus a header. */
import type { PlanCell, WorkbookPlan } from "../src/plan/types";

export function largePlan(rows: number): WorkbookPlan {
  const header: PlanCell[] = [
    "Day",
    "Channel",
    "UV",
    "Orders",
    "GMV",
    "Spend",
    "CR",
    "AOV",
    "ROI",
    "Flag",
  ];
  const body: PlanCell[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const uv = 1_000 + ((i * 7919) % 5_000);
    const orders = 10 + ((i * 104_729) % 300);
    body[i] = [
      45_658 + Math.floor(i / 50),
      ["Tmall", "JD", "Douyin"][i % 3],
      uv,
      orders,
      orders * (80 + (i % 40)),
      200 + ((i * 31) % 900),
      { formula: `=D${r}/C${r}` },
      { formula: `=IFERROR(E${r}/D${r},0)` },
      { formula: `=ROUND(E${r}/F${r},2)` },
      { formula: `=IF(I${r}<1.5,"pause","ok")` },
    ];
  }
  return {
    sheets: [
      {
        key: "data",
        name: "Large",
        blocks: [{ anchor: "A1", rows: [header, ...body] }],
        formats: [
          { range: "A1:J1", style: "header" },
          { range: `A2:A${rows + 1}`, numberFormat: "date" },
          { range: `G2:G${rows + 1}`, numberFormat: "percent1" },
        ],
      },
    ],
    names: [{ name: "Large_GMV", sheet: "data", range: `E2:E${rows + 1}` }],
  };
}
