/**
 * RFMTIER speed: the spilled form over 100,000 customers through the Excel-facing function, next to the
 * naive approach that re-derives the thresholds (sorts and means) for every customer, measured on 5,000
 * customers and compared per customer. Prints figures; not a test.
 * Run: npx ts-node --transpile-only -e 'require("./bench/rfmBench").runRfmBench()'
 */
import { performance } from "node:perf_hooks";
import {
  rfmThresholds,
  rfmTier as tierOfCustomer,
  type RfmCustomer,
  type RfmModel,
} from "../src/core/rfm";
import { rfmTier } from "../src/functions/functions";
import { mulberry32 } from "../src/core/seededRandom";

/** A skewed, shop-like list: recency 0–365 days, a few orders each, amounts in cents. */
function customers(count: number, seed: number): RfmCustomer[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    recency: Math.floor(random() * 366),
    frequency: 1 + Math.floor(-Math.log(1 - random()) * 3),
    monetary: Math.round(-Math.log(1 - random()) * 30000) / 100,
  }));
}

/** The three columns as Excel hands a range to a custom function (n×1 arrays). */
function excelColumns(list: readonly RfmCustomer[]): number[][][] {
  return [
    list.map((c) => [c.recency]),
    list.map((c) => [c.frequency]),
    list.map((c) => [c.monetary]),
  ];
}

/** Median of `runs` timings after `warmups` untimed calls, in milliseconds. */
function medianMs(action: () => unknown, runs: number, warmups = 2): number {
  for (let i = 0; i < warmups; i++) action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** For each customer, recompute the population's means and cut points from scratch, then tier. */
function naiveTiers(list: readonly RfmCustomer[], model: RfmModel): (string | number)[] {
  return list.map((customer) => tierOfCustomer(customer, model, "en-US", rfmThresholds(list)));
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

export function runRfmBench(): void {
  const large = customers(100_000, 20240601);
  const [recency, frequency, monetary] = excelColumns(large);
  console.log(
    `RFMTIER spilled over ${large.length.toLocaleString("en-US")} customers (median of 7 runs):`
  );
  const spilledMsPerCustomer: Partial<Record<RfmModel, number>> = {};
  for (const model of ["cn8", "score", "segment"] as const) {
    const ms = medianMs(() => rfmTier(recency, frequency, monetary, model), 7);
    spilledMsPerCustomer[model] = ms / large.length;
    console.log(`  ${model.padEnd(8)} ${fmt(ms)} ms`);
  }

  const small = customers(5_000, 7);
  const [smallRecency, smallFrequency, smallMonetary] = excelColumns(small);
  const spilledSmall = rfmTier(smallRecency, smallFrequency, smallMonetary, "score").map(
    (row) => row[0]
  );
  naiveTiers(small.slice(0, 200), "score"); // warm-up; one timed run is enough at seconds per run
  const start = performance.now();
  const naiveSmall = naiveTiers(small, "score");
  const naiveMs = performance.now() - start;
  const mismatches = naiveSmall.filter((tier, i) => tier !== spilledSmall[i]).length;
  const naivePerCustomer = naiveMs / small.length;
  const spilledPerCustomer = spilledMsPerCustomer.score!;
  console.log(
    `Naive (thresholds re-derived per customer), ${small.length.toLocaleString("en-US")} customers, score:`
  );
  console.log(`  ${fmt(naiveMs)} ms total, ${fmt(naivePerCustomer * 1000, 2)} µs per customer`);
  console.log(`  spilled form: ${fmt(spilledPerCustomer * 1000, 3)} µs per customer (at 100,000)`);
  console.log(
    `  ratio naive / spilled per customer: ${fmt(naivePerCustomer / spilledPerCustomer, 0)}×`
  );
  // Naive cost per customer grows with the population (one sort each), so 100,000 would be ≥ 20× worse again.
  const naiveLargeEstimateS =
    (naivePerCustomer * (large.length / small.length) * large.length) / 1000;
  console.log(`  naive at 100,000 customers, extrapolated: ≥ ${fmt(naiveLargeEstimateS, 0)} s`);
  console.log(
    `  naive and spilled tiers agree on ${small.length - mismatches} of ${small.length} customers`
  );
}
