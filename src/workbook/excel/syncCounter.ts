/**
 * Counts every context.sync() of the adapter's batches, with the request size the adapter estimated for
 * it (stats for tests and the benchmark). It wraps the context's own sync, so code keeps writing the
 * idiomatic `await context.sync()` and no sync — a helper's, or Excel.run's own final one — goes uncounted.
 */
import { operationBytes } from "./requestBudget";

export interface SyncStats {
  /** context.sync() calls of the last operation, a rollback's included. */
  syncs: number;
  /** Estimated request bytes of each of those syncs, in order. */
  requestBytes: number[];
}

/** What a sync without an announced estimate carries: a few loads or calls. */
const SMALL_REQUEST_BYTES = operationBytes(3);

export class SyncCounter {
  private counted: SyncStats = { syncs: 0, requestBytes: [] };
  private announced?: number;

  get stats(): SyncStats {
    return { syncs: this.counted.syncs, requestBytes: [...this.counted.requestBytes] };
  }

  reset(): void {
    this.counted = { syncs: 0, requestBytes: [] };
    this.announced = undefined;
  }

  /** The estimated size of the request the next sync sends. */
  announce(bytes: number): void {
    this.announced = bytes;
  }

  attach(context: Excel.RequestContext): Excel.RequestContext {
    const sync = context.sync.bind(context);
    context.sync = <T>(passThroughValue?: T): Promise<T> => {
      this.counted.syncs++;
      this.counted.requestBytes.push(this.announced ?? SMALL_REQUEST_BYTES);
      this.announced = undefined;
      return sync(passThroughValue);
    };
    return context;
  }
}
