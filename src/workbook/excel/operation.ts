/**
 * An operation is one piece of a plan (a block window, a table, a sheet's protection …) that knows how to
 * queue its Office.js calls and what they will cost in request bytes. The apply loop packs operations
 * into requests by cost and queues them in order.
 */

import type { Splittable } from "./requestBudget";

/** What an operation may use while it is queued. */
export interface OperationTarget {
  readonly context: Excel.RequestContext;
  /** New sheets by plan key, filled by the add-sheet operations that come first. */
  readonly sheets: Map<string, Excel.Worksheet>;
}

export interface QueuedOperation {
  /** Names the part of the plan in failure messages, e.g. "Sales!A3:C15 cells", "table ChannelData". */
  readonly label: string;
  /** Estimated request bytes (requestBudget.ts). */
  readonly bytes: number;
  queue(target: OperationTarget): void;
}

export function sheetOf(target: OperationTarget, key: string): Excel.Worksheet {
  const sheet = target.sheets.get(key);
  if (!sheet) throw new Error(`Plan sheet "${key}" is used before it was added.`);
  return sheet;
}

/** What planning produces: operations, and big writes the packer may cut into row windows. */
export type PlannedOperation = QueuedOperation | Splittable<QueuedOperation>;
