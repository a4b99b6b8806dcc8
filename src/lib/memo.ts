/**
 * `fn` with its results kept per string argument, for pure functions a build calls with few
 * distinct arguments many times (a date per list row, a sentence per abstract per list). The
 * cache is emptied when it reaches `limit` entries, so a long-lived dev server cannot grow it
 * without bound.
 */
export function memoized<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
