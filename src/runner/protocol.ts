/**
 * Messages between a runner and its workers (Node threads or Web Workers alike). A worker
 * runs one replication per `run` message; the runner hands out the next index as each
 * result comes back, so fast and slow workers stay busy until the queue is empty. Every
 * message carries its run's number, so that a result that arrives after its run was
 * abandoned is recognised and dropped.
 */
import type { ReplicationResult } from '../model/metrics.ts';
import { runReplication } from '../model/run-replication.ts';
import type { Scenario } from '../scenario/types.ts';

export type ToWorker = { type: 'run'; run: number; scenario: Scenario; seed: number; replication: number };

/** The page gave up on run `run`: a Web Worker drops its requests of that run not yet started (request-queue.ts). */
export type AbandonMessage = { type: 'abandon'; run: number };

export type FromWorker =
  | { type: 'result'; run: number; result: ReplicationResult }
  | { type: 'error'; run: number; name: string; message: string; replication: number }
  // A request of an abandoned run, answered without running it.
  | { type: 'dropped'; run: number; replication: number };

/** The buffers of a result, to transfer rather than copy. */
export function transferablesOf(result: ReplicationResult): ArrayBuffer[] {
  return Object.values(result.series).map((series) => series.buffer as ArrayBuffer);
}

/** Runs one request in a worker: the whole worker body, shared by both kinds of worker. */
export function handle(message: ToWorker): { reply: FromWorker; transfer: ArrayBuffer[] } {
  const { run, replication } = message;
  try {
    const result = runReplication(message.scenario, message.seed, replication);
    return { reply: { type: 'result', run, result }, transfer: transferablesOf(result) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { reply: { type: 'error', run, name: e.name, message: e.message, replication }, transfer: [] };
  }
}
