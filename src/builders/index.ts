/**
 * The registry of builder modules (src/builders/builder.ts): the CLI derives a command and the panel a
 * page from each entry, in this order. A new builder is its folder plus one line here.
 */
import type { RegisteredBuilder } from "./builder";
import { customersBuilder } from "./customers";
import { replenishmentBuilder } from "./replenishment";
import { reportBuilder } from "./report";
import { scorecardBuilder } from "./scorecard/scorecardModule";
import { targetsBuilder } from "./targets";

export const BUILDERS: readonly RegisteredBuilder[] = [
  targetsBuilder,
  reportBuilder,
  scorecardBuilder,
  replenishmentBuilder,
  customersBuilder,
];
