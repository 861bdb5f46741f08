/**
 * Long computations as notebook values: {@link track} turns work into an async generator of
 * states (running with a count, then done or failed), so a cell that reads it redraws as the
 * work goes and the page never waits on a blank cell. The work is aborted when the cell that
 * started it is invalidated (its inputs changed), so stale replications leave the queue.
 */
import { isAbortError } from '../runner/abort.ts';
import { busy, failure } from './check.ts';

export type Tracked<T> =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; value: T }
  | { status: 'error'; error: unknown };

export type Progress = (done: number, total: number) => void;

export async function* track<T>(invalidation: Promise<unknown>, work: (progress: Progress, signal: AbortSignal) => Promise<T>): AsyncGenerator<Tracked<T>> {
  const controller = new AbortController();
  void invalidation.then(() => controller.abort());
  let latest: Tracked<T> = { status: 'running', done: 0, total: 0 };
  let finished = false;
  let dirty = false;
  let wake: (() => void) | null = null;
  const bump = () => {
    dirty = true;
    wake?.();
    wake = null;
  };
  work((done, total) => {
    if (!finished) latest = { status: 'running', done, total };
    bump();
  }, controller.signal)
    .then(
      (value) => (latest = { status: 'done', value }),
      (error: unknown) => (latest = { status: 'error', error }),
    )
    .finally(() => {
      finished = true;
      bump();
    });
  for (;;) {
    // Read before yielding: once finished, `latest` is the final state, and this yield its last.
    const last = finished;
    yield latest;
    if (last) return;
    if (!dirty) await new Promise<void>((resolve) => (wake = resolve));
    dirty = false;
  }
}

/**
 * The element for a tracked value: a busy line while running, the error if it failed, else
 * `render(value)`; marked `data-state` running, error or done (what a test waits for).
 */
export function show<T>(state: Tracked<T>, label: { da: string; en: string }, render: (value: T) => Element): Element {
  const mark = (element: Element, s: 'running' | 'error' | 'done') => {
    element.setAttribute('data-state', s);
    return element;
  };
  if (state.status === 'running') return mark(busy(label, state.done, state.total), 'running');
  if (state.status === 'error') return isAbortError(state.error) ? mark(busy(label), 'running') : mark(failure(state.error), 'error');
  try {
    return mark(render(state.value), 'done');
  } catch (error) {
    return mark(failure(error), 'error');
  }
}
