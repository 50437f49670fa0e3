/**
 * The registry: every CLI command, in the order help lists them. A new command is a module in this
 * folder exporting a CliCommand, plus one line here.
 */
import type { CliCommand } from "../command";
import { inspectCommand } from "./inspect";
import { reportCommand } from "./report";
import { scorecardCommand } from "./scorecard";
import { targetsCommand } from "./targets";

export const COMMANDS: readonly CliCommand[] = [
  inspectCommand,
  targetsCommand,
  scorecardCommand,
  reportCommand,
];
