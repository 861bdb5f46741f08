/**
 * A Web Worker's idle time before its first request, put to use. The page's own code takes a
 * second or more to load and build before it asks for anything, and its worker is ready well
 * before that; the first replication a fresh worker runs is also its slowest (the code is not
 * yet optimised). Told what the page will most likely ask first, the worker runs those
 * replications meanwhile, one task at a time, and answers from them when asked.
 *
 * A replication is a pure function of (scenario, seed, index), so an answer kept is exactly
 * the answer computed on request. A request for any other scenario or seed ends the prefetch
 * (its kept results are dropped) and is answered as usual; at worst it waits for the one
 * replication in progress.
 */
import type { ReplicationResult } from '../model/metrics.ts';
import { runReplication } from '../model/run-replication.ts';
import type { Scenario } from '../scenario/types.ts';
import type { PrefetchRequest, ToWorker } from './protocol.ts';

/** A lossless key: JSON alone would write Infinity, NaN and −0 as null and 0. */
const keyOf = (scenario: Scenario, seed: number) =>
  `${seed}:${JSON.stringify(scenario, (_, v: unknown) => (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `#${Object.is(v, -0) ? '-0' : v}` : v))}`;

export class Prefetch {
  /** What is being prefetched (null: nothing, or it ended). */
  private key: string | null = null;
  private request: PrefetchRequest | null = null;
  private next = 0;
  private readonly kept = new Map<number, ReplicationResult>();

  /** `later` runs a step as a task of its own, so that requests are read between replications. */
  constructor(private readonly later: (step: () => void) => void) {}

  start(request: PrefetchRequest): void {
    this.key = keyOf(request.scenario, request.seed);
    this.request = request;
    this.next = request.from;
    this.kept.clear();
    this.later(this.step);
  }

  /**
   * The kept answer to a request, or null to compute it as usual. A request for anything else
   * ends the prefetch; one for an index not reached yet moves the prefetch past it.
   */
  take(message: ToWorker): ReplicationResult | null {
    if (this.key === null) return null;
    if (keyOf(message.scenario, message.seed) !== this.key) {
      this.stop();
      return null;
    }
    const kept = this.kept.get(message.replication) ?? null;
    this.kept.delete(message.replication);
    if (message.replication >= this.next) this.next = message.replication + 1;
    if (this.kept.size === 0 && this.next >= (this.request?.to ?? 0)) this.stop();
    return kept;
  }

  private stop(): void {
    this.key = null;
    this.request = null;
    this.kept.clear();
  }

  private readonly step = (): void => {
    const request = this.request;
    if (!request || this.next >= request.to) return;
    const replication = this.next++;
    try {
      this.kept.set(replication, runReplication(request.scenario, request.seed, replication));
    } catch {
      // The request will meet the same error when it is asked for, and report it then.
      this.stop();
      return;
    }
    if (this.next < request.to) this.later(this.step);
  };
}
