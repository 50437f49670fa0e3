/**
 * The registry: every CLI command, in the order help lists them. Every registered builder module
 * (src/builders/index.ts) gets a command derived from it (builderCommand), unless its file read is one
 * the generic command cannot do: the report reads a big export in one pass into its sums (OWN_COMMANDS).
 * The builders with commands of their own that predate the contract are listed after them.
 */
import { BUILDERS } from "../../builders";
import { builderCommand } from "../builderCommand";
import type { CliCommand } from "../command";
import { inspectCommand } from "./inspect";
import { reportCommand } from "./report";
import { scorecardCommand } from "./scorecard";

/** Module id → the command that serves it instead of the derived one (it reads the module's fields). */
const OWN_COMMANDS: Record<string, CliCommand> = { [reportCommand.name]: reportCommand };

// The own commands come last, where `report` always was in help and in "the commands are: …".
export const COMMANDS: readonly CliCommand[] = [
  inspectCommand,
  ...BUILDERS.filter((builder) => !OWN_COMMANDS[builder.id]).map((b) => builderCommand(b)),
  scorecardCommand,
  ...BUILDERS.flatMap((builder) => OWN_COMMANDS[builder.id] ?? []),
];
