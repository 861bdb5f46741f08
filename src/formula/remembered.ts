/**
 * A small memo for the checked and compiled curves. Checking a curve evaluates its formula at a few hundred
 * points, and every parse of a scenario checks each curve at both ends of every assumption's
 * range: on the page's start that was 0.6 s of mathjs on the main thread, repeated on every
 * slider move. The checks are pure functions of their text and parameter, so a result can be
 * reused; the least recently used is forgotten past `limit` entries, so a user who edits a
 * formula for an hour does not grow the page.
 */
export function remembered<T>(limit: number): (key: string, compute: () => T) => T {
  const memo = new Map<string, T>();
  return (key, compute) => {
    if (memo.has(key)) {
      const value = memo.get(key) as T;
      // Re-inserted, so the Map's order is the order of last use.
      memo.delete(key);
      memo.set(key, value);
      return value;
    }
    const value = compute();
    memo.set(key, value);
    if (memo.size > limit) memo.delete(memo.keys().next().value as string);
    return value;
  };
}
