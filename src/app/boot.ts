/**
 * The page's entry: starts the Web Workers first, so that they load the model while the
 * page loads its own, larger code (charts, controls), then loads the explorer.
 */
import { prewarmWebWorkers } from '../runner/web-workers.ts';
import { openingLink, opensOnToday } from './stored-link.ts';

// Before the first paint, the verdict's room (verdict-view.ts): its numbers come seconds later.
const verdict = document.getElementById('verdict');
if (verdict) verdict.dataset['itself'] = String(opensOnToday(openingLink()));
prewarmWebWorkers();
void import('./main.ts');
// The first number format of a fresh page loads the platform's locale data (ICU), whatever the
// locale: 30 ms here, 130 ms at 4x CPU slowdown. In a task of its own while the explorer's code
// loads, not inside the explorer's build.
setTimeout(() => new Intl.NumberFormat().format(1), 0);
