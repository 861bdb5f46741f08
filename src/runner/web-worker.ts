/** The body of a Web Worker: replications on request, the same code as a Node thread runs. */
import { handle, type AbandonMessage, type FromWorker, type ToWorker } from './protocol.ts';
import { RequestQueue } from './request-queue.ts';
import { compileShippedCurves } from '../scenario/curve-check.ts';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker | AbandonMessage>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const requests = new RequestQueue(
  // Each request in a task of its own, after the messages already received (as a rule: see request-queue.ts).
  (step) => void setTimeout(step, 0),
  (request) => {
    const { reply, transfer } = handle(request);
    scope.postMessage(reply, transfer);
  },
  (request) => scope.postMessage({ type: 'dropped', run: request.run, replication: request.replication }, []),
);
/** Whether the page has sent anything yet. */
let asked = false;
scope.onmessage = (event: MessageEvent<ToWorker | AbandonMessage>) => {
  asked = true;
  requests.receive(event.data);
};
// While the page still builds itself and sends nothing, the shipped curves are compiled
// (curve-check.ts), one a task, until the first request arrives: it waits for one curve at most.
const warming = compileShippedCurves();
const warm = () => {
  if (!asked && !warming.next().done) setTimeout(warm, 0);
};
setTimeout(warm, 0);
