/**
 * The registry: every CLI command, in the order help lists them. Every registered builder module
 * (src/builders/index.ts) gets a command derived from it (builderCommand), unless its file read is one
 * the generic command cannot do: the report reads a big export in one pass into its sums (OWN_COMMANDS).
 */
import { BUILDERS } from "../../builders";
import { builderCommand } from "../builderCommand";
import type { CliCommand } from "../command";
import { inspectCommand } from "./inspect";
import { reportCommand } from "./report";

/** Module id → the command that serves it instead of the derived one (it reads the module's fields). */
const OWN_COMMANDS: Record<string, CliCommand> = { [reportCommand.name]: reportCommand };

// In the registry's order, the same as the panel's tabs.
export const COMMANDS: readonly CliCommand[] = [
  inspectCommand,
  ...BUILDERS.map((builder) => OWN_COMMANDS[builder.id] ?? builderCommand(builder)),
];
