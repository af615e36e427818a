/**
 * Lookups one read of a page repeats, done once per read. An adapter asks for the same element
 * several times in one read (X: the shown main columns and the header block, for the counts, the
 * top bar, the posts and the extras); each ask scanned the whole document, which on a timeline of
 * 2,000 posts is a few milliseconds (`npm run bench:hot` on the bench's flip profile).
 *
 * Remembered only inside `withinRead` (lib/sites/read.ts wraps each read in it) and only for the
 * document being read: the page cannot change during a synchronous read. Outside a read, for
 * example in a test that changes a page between two calls, every lookup runs afresh.
 */
let current: { doc: Document; values: Map<string, unknown> } | undefined;

/** Runs one read of `doc`; what it remembers is forgotten when it returns. */
export function withinRead<T>(doc: Document, read: () => T): T {
  const outer = current;
  current = { doc, values: new Map() };
  try {
    return read();
  } finally {
    current = outer;
  }
}

/** `lookup()`, done once per read of `doc` for each `key`. */
export function oncePerRead<T>(doc: Document, key: string, lookup: () => T): T {
  if (!current || current.doc !== doc) return lookup();
  if (current.values.has(key)) return current.values.get(key) as T;
  const value = lookup();
  current.values.set(key, value);
  return value;
}
