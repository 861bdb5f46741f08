/**
 * simjs ships one browserify bundle whose only export is `window.Sim`. Where no `window`
 * exists (Node, Web Workers) we lend it a plain object for the duration of its evaluation.
 * This module must be imported before `simjs` itself: ES modules evaluate in import order.
 */
const scope = globalThis as { window?: unknown };

/** True when this module created the stand-in `window` and must remove it again. */
export const lentWindow = scope.window === undefined;
if (lentWindow) scope.window = {};
