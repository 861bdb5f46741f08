/**
 * A break between two tasks of the page's main thread. The page builds itself in several
 * tasks, not one: while one long task runs, nothing else on the main thread can, and that
 * includes the browser telling the page that a Web Worker has loaded. Chromium holds a
 * message to a worker until then, so one long build delayed the first replication by the
 * build's length (a trace: the worker ready at 1.33 s, its work delivered at 1.63 s).
 * It also keeps the page answering input while it builds.
 */
export function nextTask(): Promise<void> {
  // A timer, not a microtask (which runs inside the same task) nor scheduler.yield (whose
  // continuation is put ahead of the tasks this break is for).
  return new Promise((resolve) => setTimeout(resolve, 0));
}
