/**
 * Keys a scenario never uses, refused wherever a path or a parsed object is walked. Assigning
 * through `__proto__` reaches Object.prototype, and `constructor`/`prototype` lead to it, so a
 * single link such as `?__proto__.polluted=1` would otherwise change every object in the page
 * (measured: it did, and the saved link brought it back on every visit).
 */

const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `key` may never be a field name, an id or a path segment. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN.has(key);
}

/** The reason, to follow the path in a message: "`<path>` is refused: …". */
export function refusedKey(key: string): string {
  return `is refused: ${key} can never be a field or an id`;
}
