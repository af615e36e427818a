/**
 * Lookups one read of a page repeats, done once per read. An adapter asks for the same element
 * several times in one read (X: the shown main columns and the header block, for the counts, the
 * top bar, the posts and the extras); each ask scanned the whole document, which on a timeline of
 * 2,000 posts is a few milliseconds (`npm run bench:hot` on the bench's flip profile).
 *
 * Remembered only inside `withinRead` (lib/sites/read.ts wraps each read in it) and only for the
 * document being read: the page cannot change during a synchronous read. Outside a read, for
 * example in a test that changes a page between two calls, every lookup runs afresh.
 *
 * The read under way is a global of the extension's isolated world, not of this module: a reader
 * that came in a part loaded on demand (lib/sites/page-kinds.ts) has its own copy of this module,
 * and still shares the content script's read.
 */
interface Scope {
  doc: Document;
  values: Map<string, unknown>;
}
const READ_SCOPE = '__realreachRead';
const scopes = globalThis as { [READ_SCOPE]?: Scope };

/** Runs one read of `doc`; what it remembers is forgotten when it returns. */
export function withinRead<T>(doc: Document, read: () => T): T {
  const outer = scopes[READ_SCOPE];
  scopes[READ_SCOPE] = { doc, values: new Map() };
  try {
    return read();
  } finally {
    scopes[READ_SCOPE] = outer;
  }
}

/** `lookup()`, done once per read of `doc` for each `key`. */
export function oncePerRead<T>(doc: Document, key: string, lookup: () => T): T {
  const current = scopes[READ_SCOPE];
  if (!current || current.doc !== doc) return lookup();
  if (current.values.has(key)) return current.values.get(key) as T;
  const value = lookup();
  current.values.set(key, value);
  return value;
}
