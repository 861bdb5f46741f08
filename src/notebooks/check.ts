/**
 * A check as the notebooks show it: a figure, what it is held to and how closely, and the
 * verdict. The same numbers go on the page as `data-*` attributes of the check's `<figure>`
 * (`data-check`, `data-figure`, `data-target`, `data-tolerance`, `data-verdict`), the contract a
 * test or a script reads, as the app's `#results[data-status]` is.
 */
import { Replicator } from '../experiment/replicator.ts';
import { createWebWorkerRunner } from '../runner/web-workers.ts';
import { pageLang, tr, type Lang } from './lang.ts';

export interface Check {
  id: string;
  /** What was measured. */
  figure: number;
  /** What it should be. */
  target: number;
  /** The largest |figure − target| that passes. */
  tolerance: number;
}

export function holds(check: Check): boolean {
  return Number.isFinite(check.figure) && Math.abs(check.figure - check.target) <= check.tolerance;
}

/**
 * The check's `<figure>`: its chart, a line of numbers, and the verdict in words, with the
 * check's numbers as data attributes.
 */
export function checkFigure(check: Check, parts: { chart: Element; numbers: string; verdict: { da: string; en: string } }): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'nb-check';
  figure.dataset['check'] = check.id;
  figure.dataset['figure'] = String(check.figure);
  figure.dataset['target'] = String(check.target);
  figure.dataset['tolerance'] = String(check.tolerance);
  const ok = holds(check);
  figure.dataset['verdict'] = ok ? 'holds' : 'fails';
  const numbers = document.createElement('p');
  numbers.className = 'nb-numbers';
  numbers.textContent = parts.numbers;
  const verdict = document.createElement('figcaption');
  verdict.className = 'nb-verdict';
  verdict.dataset['verdict'] = ok ? 'holds' : 'fails';
  const lang = pageLang();
  verdict.textContent = `${ok ? tr({ da: 'Holder', en: 'Holds' }, lang) : tr({ da: 'Holder ikke', en: 'Fails' }, lang)}: ${tr(parts.verdict, lang)}`;
  figure.append(parts.chart, numbers, verdict);
  return figure;
}

/** A placeholder while a cell computes (a notebook's `.nb-busy` elements are gone when it is done). */
export function busy(text: { da: string; en: string }, done?: number, total?: number): HTMLElement {
  const p = document.createElement('p');
  p.className = 'nb-busy';
  p.setAttribute('role', 'status');
  p.textContent = `${tr(text)}${total ? ` (${done ?? 0}/${total})` : ''} …`;
  return p;
}

/** A simple table: header row, then rows of text. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'nb-scroll';
  const t = wrap.appendChild(document.createElement('table'));
  t.className = 'nb-table';
  const hr = t.createTHead().insertRow();
  for (const h of head) hr.appendChild(document.createElement('th')).textContent = h;
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = cell;
  }
  return wrap;
}

/** An error said in the page, where the figure would have been (a cell's failure must not pass silently). */
export function failure(error: unknown, lang: Lang = pageLang()): HTMLElement {
  const p = document.createElement('p');
  p.className = 'nb-error';
  p.setAttribute('role', 'alert');
  p.textContent = `${tr({ da: 'Kunne ikke beregnes', en: 'Could not be computed' }, lang)}: ${error instanceof Error ? error.message : String(error)}`;
  return p;
}

/**
 * The notebook's replications: Web Workers as the app uses (one per core but one), behind a
 * replicator whose cache and queue every cell shares. Closed when the cell is invalidated.
 */
export function notebookReplicator(invalidation: Promise<unknown>, workers?: number): Replicator {
  const runner = createWebWorkerRunner(workers);
  void invalidation.then(() => runner.close());
  return new Replicator(runner);
}
