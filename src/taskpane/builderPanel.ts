/**
 * The shape of a builder page's custom part (registered by builder id in builderPanels.ts): what a
 * module's field list cannot express, as a section BuilderPage renders, and the build it makes.
 */
import type { ComponentType } from "react";
import type { BuildOutput, BuildRequest } from "../builders/builder";
import type { Locale } from "../i18n/locale";
import type { WorkbookPort } from "../workbook/port";

export interface BuilderSectionProps<State> {
  port: WorkbookPort;
  state: State;
  onChange: (update: (current: State) => State) => void;
}

export interface BuilderPanel<State> {
  /** Input and field ids the section stands in for: the page does not show them. */
  inputs: readonly string[];
  fields: readonly string[];
  initial: State;
  Section: ComponentType<BuilderSectionProps<State>>;
  /** The build from the page's request (its fields and tables) and the section's state. */
  run(request: BuildRequest, state: State): BuildOutput;
  /** The message of an error `run` throws for what the user can fix (besides LocalizedErrors). */
  errorMessage?(error: unknown, locale: Locale): string | undefined;
}
