/**
 * A question computed on a button (which assumptions decide it, the map): the button, a stop
 * button, a progress bar and one status line. One run at a time: starting again or stopping
 * aborts the run under way at once (its requests leave the replicator's queue, and whatever
 * it delivers late is dropped), and so does a change of what it was asked about, so a panel
 * never sticks in "running".
 */
import { isAbortError } from '../runner/abort.ts';
import { formatNumber, t, type Lang, type MessageKey } from './i18n.ts';
import { el } from './dom.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'changed' | 'error';

/** A task: reports progress, honours the signal, resolves with what the panel draws. */
export type Task<T> = (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>;

export interface RunControls {
  /** The row of controls, to place in the panel. */
  readonly element: HTMLElement;
  readonly status: RunStatus;
  /** Milliseconds the last finished run took. */
  readonly elapsed: number;
  /** Starts `task` (aborting any run under way); `apply` gets its result unless it was abandoned. */
  run<T>(task: Task<T>, apply: (value: T) => void): void;
  /** Abandons the run under way: 'cancelled' by the user, 'changed' when its question changed. */
  stop(why: 'cancelled' | 'changed'): void;
  /** Outside a run: whether the result shown was asked for the current controls ('done') or others ('changed'). */
  mark(status: 'done' | 'changed'): void;
  /** Texts in `lang`, and whether the button may start a run. */
  refresh(lang: Lang): void;
}

export interface RunOptions {
  /** Whether the button may start a run now (false while there is no scenario). */
  ready: () => boolean;
  /** Starts a run; called on the button. */
  onCompute: () => void;
  /** The status line while running ("Beregner … 3 af 10 trin"). */
  progressKey: MessageKey;
  /** Called on every change of status (the panel sets data-status, dims a stale chart). */
  onStatus: (status: RunStatus) => void;
}

export function createRunControls(options: RunOptions): RunControls {
  const element = el('div', { className: 'question-run' });
  const compute = el('button', { type: 'button', className: 'compute' });
  const cancel = el('button', { type: 'button', className: 'cancel', hidden: true });
  const progress = el('progress', { max: 1, value: 0, hidden: true });
  const line = el('p', { className: 'run-status' });
  line.setAttribute('role', 'status');
  element.append(compute, cancel, progress, line);

  let lang: Lang = 'da';
  let status: RunStatus = 'idle';
  let controller: AbortController | null = null;
  let done = 0;
  let total = 0;
  let elapsed = 0;
  let error = '';
  let started = 0;

  const show = () => {
    compute.textContent = t(lang, status === 'idle' ? 'run.compute' : 'run.again');
    compute.disabled = !options.ready();
    cancel.textContent = t(lang, 'run.cancel');
    cancel.hidden = status !== 'running';
    progress.hidden = status !== 'running';
    progress.max = Math.max(1, total);
    progress.value = done;
    const texts: Record<RunStatus, string> = {
      idle: t(lang, 'run.idle'),
      running: t(lang, options.progressKey, { done, total }),
      done: t(lang, 'run.done', { seconds: formatNumber(lang, elapsed / 1000, 1) }),
      cancelled: t(lang, 'run.cancelled'),
      changed: t(lang, 'run.changed'),
      error: t(lang, 'run.error', { message: error }),
    };
    line.textContent = texts[status];
    element.dataset['status'] = status;
  };
  const set = (next: RunStatus) => {
    status = next;
    show();
    options.onStatus(status);
  };

  compute.addEventListener('click', () => options.onCompute());
  cancel.addEventListener('click', () => controls.stop('cancelled'));

  const controls: RunControls = {
    element,
    get status() {
      return status;
    },
    get elapsed() {
      return elapsed;
    },
    run(task, apply) {
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      done = 0;
      total = 0;
      started = performance.now();
      set('running');
      task(mine.signal, (d, n) => {
        if (controller !== mine) return;
        done = d;
        total = n;
        show();
      }).then(
        (value) => {
          if (controller !== mine) return;
          controller = null;
          elapsed = performance.now() - started;
          apply(value);
          set('done');
        },
        (reason: unknown) => {
          if (controller !== mine) return;
          controller = null;
          if (isAbortError(reason)) return; // stop() has set the status already
          error = reason instanceof Error ? reason.message : String(reason);
          set('error');
        },
      );
    },
    stop(why) {
      if (!controller) return;
      controller.abort();
      controller = null;
      set(why);
    },
    mark(next) {
      if ((status !== 'done' && status !== 'changed') || status === next) return;
      set(next);
    },
    refresh(next) {
      lang = next;
      show();
    },
  };
  show();
  return controls;
}
