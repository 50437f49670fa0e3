/** `npm run bench`: prints figures; speed goals are read here, never asserted in tests. */
import { runBundleSizeBench } from "./bundleSizeBench";
import { runRfmBench } from "./rfmBench";

runRfmBench();
console.log();
runBundleSizeBench();
