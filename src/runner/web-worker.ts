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
import { handle, OPENING_WORKER_NAME, transferablesOf, type FromWorker, type ToWorker } from './protocol.ts';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  name: string;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const prefetch = new Prefetch((step) => setTimeout(step, 0));
if (scope.name === OPENING_WORKER_NAME) prefetch.start({ scenario, seed, from: 0, to: replications });

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  const kept = prefetch.take(message);
  if (kept) {
    scope.postMessage({ type: 'result', run: message.run, result: kept, prefetched: true }, transferablesOf(kept));
    return;
  }
  const { reply, transfer } = handle(message);
  scope.postMessage(reply, transfer);
};
