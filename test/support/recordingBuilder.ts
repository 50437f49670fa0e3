/**
 * A registered builder that keeps every output it builds, so a parity test can compare the plan the CLI
 * path built with the panel path's. The tests hand it to a jest.mock of the CLI's command list.
 */
import type { BuildOutput, RegisteredBuilder } from "../../src/builders/builder";

export function recordingBuilder(
  builder: RegisteredBuilder,
  built: BuildOutput[]
): RegisteredBuilder {
  return {
    ...builder,
    run: (request) => {
      const output = builder.run(request);
      built.push(output);
      return output;
    },
  };
}
