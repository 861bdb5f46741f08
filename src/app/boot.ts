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
