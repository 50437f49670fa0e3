import type { ErrorMessageKey } from "./errors";
import type { Locale } from "../i18n/locale";

/**
 * Why a function failed. Excel shows these with #VALUE! and #N/A; for #NUM! and #DIV/0! the panel's
 * Functions page shows them (explainCall.ts). {arg} is already a localized parameter name.
 */
export const ERROR_MESSAGES: Record<ErrorMessageKey, Record<Locale, string>> = {
  notANumber: {
    "en-US": '{arg} must be a number, not "{got}".',
    "zh-CN": "{arg} 必须是数字，而不是“{got}”。",
  },
  notAText: {
    "en-US": "{arg} must be text.",
    "zh-CN": "{arg} 必须是文本。",
  },
  blankRequired: {
    "en-US": "{arg} is required but the cell is blank.",
    "zh-CN": "{arg} 为必填项，但单元格为空。",
  },
  mustBePositive: {
    "en-US": "{arg} must be greater than 0.",
    "zh-CN": "{arg} 必须大于 0。",
  },
  mustNotBeNegative: {
    "en-US": "{arg} must not be negative.",
    "zh-CN": "{arg} 不能为负数。",
  },
  openInterval: {
    "en-US": "{arg} must be greater than {min} and less than {max}.",
    "zh-CN": "{arg} 必须大于 {min} 且小于 {max}。",
  },
  halfOpenInterval: {
    "en-US": "{arg} must be greater than {min} and at most {max}.",
    "zh-CN": "{arg} 必须大于 {min} 且不超过 {max}。",
  },
  atLeast: {
    "en-US": "{arg} must be at least {min}.",
    "zh-CN": "{arg} 不能小于 {min}。",
  },
  tooFewNumbers: {
    "en-US": "{arg} needs at least {count} numbers to estimate a standard deviation.",
    "zh-CN": "{arg} 至少需要 {count} 个数字才能估算标准差。",
  },
  lengthMismatch: {
    "en-US": "{arg} and {other} must have the same number of rows.",
    "zh-CN": "{arg} 与 {other} 的行数必须相同。",
  },
  notAColumn: {
    "en-US": "{arg} must be a single column or a single row.",
    "zh-CN": "{arg} 必须是单列或单行区域。",
  },
  unknownOption: {
    "en-US": '{arg} "{got}" is not known; use one of: {options}.',
    "zh-CN": "{arg}“{got}”无法识别；可用值：{options}。",
  },
  divideByZero: {
    "en-US": "{arg} is 0, so the result would divide by zero.",
    "zh-CN": "{arg} 为 0，结果将除以零。",
  },
  thresholdOrder: {
    "en-US": 'With direction "{direction}" the values must satisfy {order}.',
    "zh-CN": "方向为“{direction}”时，取值须满足 {order}。",
  },
  cellNotANumber: {
    "en-US": '{arg}: the value at position {position} is "{got}", not a number.',
    "zh-CN": "{arg}：第 {position} 个值为“{got}”，不是数字。",
  },
  cellNegative: {
    "en-US": "{arg}: the value at position {position} is negative.",
    "zh-CN": "{arg}：第 {position} 个值为负数。",
  },
  needsPopulation: {
    "en-US":
      "{arg} is a single value: give the whole customer list, or the reference columns, to compute thresholds.",
    "zh-CN": "{arg} 只有一个值：请提供完整客户列表或参考列以计算阈值。",
  },
  holdsDoNotMatchTotal: {
    "en-US": "Every period is held, and the held values add up to {held}, not the total {total}.",
    "zh-CN": "所有期间均已锁定，锁定值合计为 {held}，与总额 {total} 不一致。",
  },
  notMultipleOfUnit: {
    "en-US":
      "{arg}: the held value {got} at position {position} is not a multiple of the rounding unit {unit}.",
    "zh-CN": "{arg}：第 {position} 个锁定值 {got} 不是取整单位 {unit} 的整数倍。",
  },
  emptyRange: {
    "en-US": "{arg} contains no numbers.",
    "zh-CN": "{arg} 中没有数字。",
  },
};
