/**
 * The texts shared by every builder module: field refusals ({field} is the flag or the label, as the
 * host shows it) and input-table refusals. zh-CN is typed after en-US, so a missing key fails to compile.
 */
import type { FolderTexts } from "../core/localizedError";

const EN = {
  fieldRequired: "{field} is required.",
  fieldNotAmount:
    "{field}: “{value}” is not an amount; write it as 39000000, 39,000,000 or 3900万.",
  fieldNotNumber: "{field}: “{value}” is not a number.",
  fieldNotInteger: "{field}: “{value}” is not a whole number.",
  fieldNotRatio: "{field}: “{value}” is not a ratio; write it as 95% or 0.95.",
  fieldNotDate: "{field}: “{value}” is not a date; write it year first, e.g. 2025-11-03.",
  fieldNotMonth: "{field}: “{value}” is not a month; write it year first, e.g. 2025-11.",
  fieldNotChoice: "{field}: “{value}” is not one of {choices}.",
  fieldBelowMin: "{field}: “{value}” is below the smallest value, {min}.",
  fieldAboveMax: "{field}: “{value}” is above the largest value, {max}.",
  fieldOutOfRange: "{field}: “{value}” is outside {min} to {max}.",
  inputRequired: "{input} is required.",
  columnMissing:
    "{input}: no column for {column} was found (header names such as {synonyms}); columns: {headers}.",
  columnAmbiguous: "{input}: the header “{name}” is used by more than one column; rename one.",
};

export type BuilderTextKey = keyof typeof EN;

export const BUILDER_TEXTS: FolderTexts<BuilderTextKey> = {
  "en-US": EN,
  "zh-CN": {
    fieldRequired: "{field} 为必填项。",
    fieldNotAmount: "{field}：“{value}”不是金额；请写成 39000000、39,000,000 或 3900万。",
    fieldNotNumber: "{field}：“{value}”不是数字。",
    fieldNotInteger: "{field}：“{value}”不是整数。",
    fieldNotRatio: "{field}：“{value}”不是比例；请写成 95% 或 0.95。",
    fieldNotDate: "{field}：“{value}”不是日期；请按年在前的格式书写，如 2025-11-03。",
    fieldNotMonth: "{field}：“{value}”不是月份；请按年在前的格式书写，如 2025-11。",
    fieldNotChoice: "{field}：“{value}”不是可选值之一：{choices}。",
    fieldBelowMin: "{field}：“{value}”小于最小值 {min}。",
    fieldAboveMax: "{field}：“{value}”大于最大值 {max}。",
    fieldOutOfRange: "{field}：“{value}”不在 {min} 到 {max} 之间。",
    inputRequired: "需要提供{input}。",
    columnMissing: "{input}：找不到{column}列（表头如 {synonyms}）；现有的列：{headers}。",
    columnAmbiguous: "{input}：表头“{name}”出现在多列中；请重命名其中一列。",
  },
};
