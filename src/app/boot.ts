/**
 * The page's entry: starts the Web Workers first, so that they load the model while the
 * page loads its own, larger code (charts, controls), then loads the explorer. When the page
 * opens on today, the first worker starts on today's replications as soon as it has loaded
 * (runner/prefetch.ts): the explorer asks for them a moment later, once its code has loaded.
 */
import { preset, seed } from 'virtual:sagstal/opening-run';
import { prewarmWebWorkers } from '../runner/web-workers.ts';
import { openingLink, opensOnRun, opensOnToday } from './stored-link.ts';

const link = openingLink();
// Before the first paint, the verdict's room (verdict-view.ts): its numbers come seconds later.
const verdict = document.getElementById('verdict');
if (verdict) verdict.dataset['itself'] = String(opensOnToday(link));
prewarmWebWorkers(undefined, opensOnRun(link, { preset, seed }));
void import('./main.ts');
