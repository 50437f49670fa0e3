/**
 * Run as an unprivileged user by prepareOutput.test.ts (root writes anywhere, so the permission case
 * cannot be seen as root): prepares `locked/plan.xlsx` in the folder given as the first argument, whose
 * `locked` subfolder the test made read-only, and prints what the write reported as JSON.
 */
import { prepareOutput } from "../../../src/cli/prepareOutput";
import type { LocalizedError } from "../../../src/cli/cliUserError";

async function probe(folder: string): Promise<void> {
  try {
    // The folder may be refused already when the output is prepared (before any work), or at write.
    const output = await prepareOutput("locked/plan.xlsx", false, folder);
    await output.write(Uint8Array.from([1, 2, 3]));
    process.stdout.write(JSON.stringify({ uid: process.getuid?.(), written: true }));
  } catch (error) {
    const message = (error as Partial<LocalizedError>).messageIn?.("en-US");
    // Anything without a user message is a bug: let it fail the child with its stack.
    if (message === undefined) throw error;
    process.stdout.write(JSON.stringify({ uid: process.getuid?.(), message }));
  }
}

void probe(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
