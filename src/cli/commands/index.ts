/**
 * The registry: every CLI command, in the order help lists them. The builders with commands of their own
 * are modules in this folder; every registered builder module (src/builders/index.ts) gets a command
 * derived from it (builderCommand), with nothing to add here.
 */
import { BUILDERS } from "../../builders";
import { builderCommand } from "../builderCommand";
import type { CliCommand } from "../command";
import { inspectCommand } from "./inspect";
import { reportCommand } from "./report";

export const COMMANDS: readonly CliCommand[] = [
  inspectCommand,
  ...BUILDERS.map((builder) => builderCommand(builder)),
  reportCommand,
];
