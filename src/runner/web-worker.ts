/**
 * The body of a Web Worker: replications on request, the same code as a Node thread runs.
 *
 * A worker named {@link OPENING_WORKER_NAME} starts on the page's opening run as soon as it has
 * loaded (prefetch.ts). Its name tells it so, not a message: messages a page sends a worker
 * before it has loaded are handed over only when the page's main thread is next free, which
 * on first load is half a second after the worker is ready.
 */
import { replications, scenario, seed } from 'virtual:sagstal/opening-run';
import { Prefetch } from './prefetch.ts';
import { handle, OPENING_WORKER_NAME, transferablesOf, type AbandonMessage, type FromWorker, type ToWorker } from './protocol.ts';
import { RequestQueue } from './request-queue.ts';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  name: string;
  onmessage: ((event: MessageEvent<ToWorker | AbandonMessage>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** Runs `step` as a task of its own, after the messages already received (as a rule: see request-queue.ts). */
const later = (step: () => void) => void setTimeout(step, 0);
const prefetch = new Prefetch(later);
if (scope.name === OPENING_WORKER_NAME) prefetch.start({ scenario, seed, from: 0, to: replications });

const requests = new RequestQueue(
  later,
  (request) => {
    const kept = prefetch.take(request);
    if (kept) {
      scope.postMessage({ type: 'result', run: request.run, result: kept, prefetched: true }, transferablesOf(kept));
      return;
    }
    const { reply, transfer } = handle(request);
    scope.postMessage(reply, transfer);
  },
  (request) => scope.postMessage({ type: 'dropped', run: request.run, replication: request.replication }, []),
);
scope.onmessage = (event: MessageEvent<ToWorker | AbandonMessage>) => requests.receive(event.data);
