/**
 * The page's entry: starts the Web Workers first, so that they load the model while the
 * page loads its own, larger code (charts, controls), then loads the explorer.
 */
import { prewarmWebWorkers } from '../runner/web-workers.ts';

prewarmWebWorkers();
void import('./main.ts');
