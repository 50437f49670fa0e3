/**
 * A small builder module used to test the hosts derived from the contract (src/builders/builder.ts):
 * sales rows summed per channel with native SUMIFS over a copy of the rows, a completion rate against a
 * typed target. Every figure it writes is a formula whose value the tests compute by hand.
 */
import { registerBuilder, type BuilderModule, type BuildRequest } from "../../src/builders/builder";
import { LocalizedError } from "../../src/core/localizedError";
import { readNumberCell } from "../../src/core/parseNumberText";
import type { CellValue, WorkbookPlan } from "../../src/plan/types";

export interface FixtureOptions {
  target: number;
  share: number;
  rows: { channel: string; amount: number }[];
  skipped: number;
  note: string;
}

const TEXTS = {
  "en-US": { notNumber: "Line {line}: “{text}” is not an amount." },
  "zh-CN": { notNumber: "第 {line} 行：“{text}”不是金额。" },
};

export const FIXTURE_MODULE: BuilderModule<FixtureOptions> = {
  id: "sales-summary",
  texts: {
    "en-US": {
      name: "Sales summary",
      description: "Sales by channel against a target.",
      build: "Build summary",
    },
    "zh-CN": { name: "销售汇总", description: "按渠道汇总销售额并对比目标。", build: "生成汇总" },
  },
  inputs: [
    {
      id: "sales",
      label: { "en-US": "Sales", "zh-CN": "销售数据" },
      hint: { "en-US": "daily sales export", "zh-CN": "每日销售导出" },
      flag: "sales",
      required: true,
      columns: [
        {
          id: "channel",
          label: { "en-US": "Channel", "zh-CN": "渠道" },
          synonyms: ["渠道", "channel"],
          required: false,
        },
        {
          id: "amount",
          label: { "en-US": "Amount", "zh-CN": "金额" },
          synonyms: ["销售额", "支付金额", "sales", "amount"],
          required: true,
        },
      ],
    },
  ],
  fields: [
    {
      id: "target",
      kind: "amount",
      flag: "target",
      required: true,
      min: 0,
      label: { "en-US": "Target", "zh-CN": "目标" },
      hint: { "en-US": "the target amount", "zh-CN": "目标金额" },
    },
    {
      id: "share",
      kind: "ratio",
      flag: "share",
      default: "80%",
      maxRatio: 1,
      min: 0,
      max: 1,
      label: { "en-US": "Base share", "zh-CN": "基础比例" },
      hint: { "en-US": "base tier", "zh-CN": "基础目标比例" },
    },
    {
      id: "grain",
      kind: "choice",
      flag: "grain",
      default: "month",
      choices: [
        { value: "month", label: { "en-US": "Month", "zh-CN": "月" } },
        { value: "day", label: { "en-US": "Day", "zh-CN": "日" } },
      ],
      label: { "en-US": "Grain", "zh-CN": "粒度" },
      hint: { "en-US": "period", "zh-CN": "期间" },
    },
    {
      id: "note",
      kind: "flag",
      flag: "note",
      label: { "en-US": "Add a note", "zh-CN": "添加说明" },
      hint: { "en-US": "a note line", "zh-CN": "说明行" },
    },
  ],
  toOptions(request: BuildRequest): FixtureOptions {
    const sales = request.tables.sales!;
    const rows: FixtureOptions["rows"] = [];
    let skipped = 0;
    sales.data.rows.forEach((row, i) => {
      const amount = readNumberCell(row[sales.columns.amount!]);
      if (amount === undefined) {
        if (request.skipInvalid) return void skipped++;
        throw new LocalizedError(TEXTS, "notNumber", {
          line: sales.data.rowNumbers?.[i] ?? i + 2,
          text: String(row[sales.columns.amount!]),
        });
      }
      const channel =
        sales.columns.channel === undefined ? "" : String(row[sales.columns.channel] ?? "");
      rows.push({ channel, amount: amount ?? 0 });
    });
    return {
      target: request.values.target as number,
      share: request.values.share as number,
      rows,
      skipped,
      note: request.values.note ? `grain ${String(request.values.grain)}` : "",
    };
  },
  build(options) {
    const channels = [...new Set(options.rows.map((row) => row.channel))];
    const last = options.rows.length + 1;
    const data: CellValue[][] = [
      ["Channel", "Amount"],
      ...options.rows.map((r) => [r.channel, r.amount]),
    ];
    const summary = [
      ...channels.map((channel, i) => [
        channel,
        { formula: `=SUMIFS($H$2:$H$${last},$G$2:$G$${last},A${i + 1})` },
      ]),
      ["Total", { formula: `=SUM(B1:B${channels.length})` }],
      ["Base", { formula: `=${options.target}*${options.share}` }],
    ];
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: "summary",
          name: "Summary",
          blocks: [
            { anchor: "A1", rows: summary },
            { anchor: "G1", rows: data },
          ],
        },
      ],
      names: [{ name: "Summary_Total", sheet: "summary", range: `B${channels.length + 1}` }],
    };
    const notes = [
      `${options.rows.length} rows`,
      ...(options.skipped ? [`${options.skipped} skipped`] : []),
    ];
    if (options.note) notes.push(options.note);
    return { plan, sheetKey: "summary", notes };
  },
};

export const FIXTURE_BUILDER = registerBuilder(FIXTURE_MODULE);
