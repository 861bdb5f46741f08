/** The body of a Web Worker: replications on request, the same code as a Node thread runs. */
import { handle, type ToWorker } from './protocol.ts';

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const { reply, transfer } = handle(event.data);
  scope.postMessage(reply, transfer);
};
