/** `npm run bench`: prints figures; speed goals are read here, never asserted in tests. */
import { runBundleSizeBench } from "./bundleSizeBench";
import { runCustomersBench } from "./customersBench";
import { runPlanAdaptersBench } from "./planAdaptersBench";
import { runPlaygroundBench } from "./playgroundBench";
import { runPlaygroundReportBench } from "./playgroundReportBench";
import { runReplenishmentBench } from "./replenishmentBench";
import { runReportBench } from "./reportBench";
import { runRfmBench } from "./rfmBench";
import { runScorecardBench } from "./scorecardBench";
import { runTargetsBench } from "./targetsBench";

const only = process.argv[2];

async function main(): Promise<void> {
  if (!only || only === "rfm") runRfmBench();
  if (!only || only === "bundle") runBundleSizeBench();
  if (!only || only === "adapters") runPlanAdaptersBench();
  if (!only || only === "playground") await runPlaygroundBench();
  if (!only || only === "playgroundReport") await runPlaygroundReportBench();
  if (!only || only === "targets") await runTargetsBench();
  if (!only || only === "scorecard") await runScorecardBench();
  if (!only || only === "report") runReportBench();
  if (!only || only === "replenishment") runReplenishmentBench();
  if (!only || only === "customers") await runCustomersBench();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
