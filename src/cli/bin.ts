#!/usr/bin/env node
/** The `ops-planner` executable: wires run() to the process. */
import { run } from "./main";

// `ops-planner inspect … | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then((code) => {
  // exitCode rather than process.exit(): lets a large stdout finish flushing into a pipe.
  process.exitCode = code;
});
