/**
 * Reading the structured data pages embed: JSON-LD, app state assigned in scripts, one walker for
 * nested objects, and a per-script memo so a page's large state is parsed once. Pure functions of
 * the document; re-exported by ./common.ts, where the adapters find every shared helper.
 */
type Json = unknown;

/** Every JSON-LD object on the page, with `@graph` arrays flattened. Unparseable blocks are skipped. */
export function jsonLdObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (node: Json) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      out.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    visit(
      // Templates that paste text unescaped (Bluesky puts a bio's raw newlines in "description")
      // break JSON.parse; escaping control characters repairs exactly that and nothing else. A
      // malformed block says nothing we can trust; the other sources still count.
      memoScript(script, 'ld', text, (text) => parseJson(text) ?? parseJson(escapeControlCharsInStrings(text))),
    );
  }
  return out;
}

/**
 * The `userInteractionCount` of a schema.org InteractionCounter of the given action type
 * ("FollowAction", "LikeAction", "CommentAction", "WriteAction", "ShareAction", "WatchAction").
 */
export function interactionCount(obj: Record<string, Json>, action: string): number | undefined {
  const stats = obj.interactionStatistic;
  const list = Array.isArray(stats) ? stats : stats ? [stats] : [];
  for (const stat of list) {
    if (!isRecord(stat)) continue;
    const type = stat.interactionType;
    const typeName = typeof type === 'string' ? type : isRecord(type) ? String(type['@type'] ?? '') : '';
    if (typeName.replace(/^https?:\/\/schema\.org\//, '') !== action) continue;
    const n = Number(stat.userInteractionCount);
    if (Number.isSafeInteger(n) && n >= 0) return n;
  }
  return undefined;
}

/** JSON text with raw control characters inside string literals escaped (whitespace between tokens kept). */
function escapeControlCharsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString && ch === '\\') {
      out += ch + (text[++i] ?? '');
      continue;
    }
    if (ch === '"') inString = !inString;
    const code = ch.charCodeAt(0);
    out += inString && code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---- One walker for the sites' embedded JSON ----

type JsonObject = Record<string, unknown>;

/** Depth-first search for the first object the predicate accepts. */
export function findFirst(root: unknown, pred: (o: JsonObject) => boolean): JsonObject | undefined {
  let found: JsonObject | undefined;
  walk(root, (o) => {
    if (!found && pred(o)) found = o;
    return !!found;
  });
  return found;
}

/** Visits every object under root, depth first; `visit` returning true skips that object's children. */
export function walk(root: unknown, visit: (o: JsonObject) => boolean): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (isRecord(node)) {
      if (visit(node)) continue;
      const values = Object.values(node);
      for (let i = values.length - 1; i >= 0; i--) if (typeof values[i] === 'object') stack.push(values[i]);
    }
  }
}

/** Safe deep property access: dig(obj, 'a', 0, 'b'). */
export function dig(obj: unknown, ...path: (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (Array.isArray(cur) && typeof key === 'number') cur = cur[key];
    else if (isRecord(cur) && typeof key === 'string') cur = cur[key];
    else return undefined;
  }
  return cur;
}

/** The JSON in `<script id="ID">` (TikTok's `__UNIVERSAL_DATA_FOR_REHYDRATION__`, Next.js data), or undefined. */
export function scriptJsonById(doc: Document, id: string): unknown {
  const script = doc.getElementById(id);
  const text = script?.textContent;
  if (!script || !text) return undefined;
  return memoScript(script, 'json', text, parseJson);
}

/**
 * The object literal assigned to a variable in an inline script: `var ytInitialData = {...};`
 * or `window["ytInitialData"] = {...}`. Finds the matching brace (string-aware) and parses it.
 */
export function assignedJson(doc: Document, name: string): unknown {
  const pattern = new RegExp(`(?:var\\s+|window\\[["'])${name}(?:["']\\])?\\s*=\\s*\\{`);
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    // Remembered per script while its text is unchanged, including "not here" (the search).
    const value = memoScript(script, `assigned:${name}`, text, (text) => {
      const m = text.includes(name) ? pattern.exec(text) : null;
      if (!m) return undefined;
      const start = m.index + m[0].length - 1;
      // Usually the object runs to the script's last brace (`var ytInitialData = {...};`): one
      // native parse. Otherwise find its closing brace, a character-by-character scan that costs
      // several milliseconds on YouTube's half-megabyte object.
      return parseJson(text.slice(start, text.lastIndexOf('}') + 1)) ?? parseJson(text.slice(start, matchingBrace(text, start) + 1));
    });
    if (value !== undefined) return value;
  }
  return undefined;
}

/** JSON.parse, or undefined for empty or malformed text (a malformed block says nothing we can trust). */
export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

const memo = new WeakMap<Element, Map<string, { text: string; value: unknown }>>();

/**
 * `compute(text)` for a script element, remembered per element and `key` while its text stays the
 * same: embedded app state (YouTube's ytInitialData, TikTok's rehydration data: hundreds of kB) is
 * read again on every page change but parsed once. The value is shared between reads: read-only.
 */
export function memoScript<T>(script: Element, key: string, text: string, compute: (text: string) => T): T {
  let byKey = memo.get(script);
  const hit = byKey?.get(key);
  if (hit && hit.text === text) return hit.value as T;
  const value = compute(text);
  if (!byKey) memo.set(script, (byKey = new Map()));
  byKey.set(key, { text, value });
  return value;
}

// ---- Reading one object out of a large JSON text without parsing all of it ----

type Found = { value: JsonObject | undefined } | null;

/**
 * The first object, in document order (the order `walk` visits), of the JSON `text` that holds one
 * of `keys` with the string `value` (compared case-insensitively) and passes `pred`: found from
 * where that key stands in the text, by parsing only the objects around it. Returns `{ value }`
 * (value undefined: no such object), or null when the text cannot be read this way and the caller
 * must parse it whole: an occurrence whose object does not check out (braces inside strings
 * around it, truncated or malformed text), escapes that could spell the key or value, or a text
 * large enough for the caller's walk budget to matter, a text whose first and last brackets do not
 * pair (cut short). Otherwise assumes the text is valid JSON, as JSON.parse would check: each
 * object returned parses, and the key found stands at depth one inside it, outside any string.
 */
export function firstObjectWith(text: string, keys: string[], value: string, pred: (o: JsonObject) => boolean): Found {
  // A walk bounded at 500,000 objects (instagram/embedded.ts) sees all of a text under 1 MB.
  if (text.length >= 1_000_000 || ![...keys, value].every((s) => /^[\w.-]+$/.test(s)) || NEEDLE_ESCAPES.test(text)) return null;
  // A text cut short (the commonest damage) is one JSON.parse refuses: so is it here.
  if (!/^\s*(?:\{[^]*\}|\[[^]*\])\s*$/.test(text.length > 64 ? text.slice(0, 32) + text.slice(-32) : text)) return null;
  // Keys as written (JSON keys are case-sensitive); the value compared in any case after each: a
  // case-insensitive pattern searches a megabyte several times slower.
  const pattern = new RegExp(`"(?:${keys.map(escapeRegExp).join('|')})"\\s*:\\s*"`, 'g');
  const wanted = `${value.toLowerCase()}"`;
  let best: { start: number; value: JsonObject } | undefined;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const at = m.index + m[0].length;
    if (text.slice(at, at + wanted.length).toLowerCase() !== wanted) continue;
    const start = enclosingObjectStart(text, m.index);
    if (start < 0) return null;
    const end = closingOf(text, start, m.index);
    if (end < 0) return null;
    const obj = parseJson(text.slice(start, end + 1));
    if (!isRecord(obj)) return null;
    // Objects nest: the one that opens first comes first in document order.
    if (pred(obj) && (!best || start < best.start)) best = { start, value: obj };
  }
  return { value: best?.value };
}

/**
 * `\uXXXX` escapes of the characters keys and handles are made of (and of the Kelvin sign, which
 * lower-cases to "k"): the text's own spelling would differ. Case-sensitive with both cases of the
 * hex digits written out: the `i` flag makes a pattern search a megabyte several times slower.
 */
const NEEDLE_ESCAPES = /\\u(?:00(?:2[deDE]|3\d|4[1-9a-fA-F]|5[0-9afAF]|6[1-9a-fA-F]|7[0-9aA])|212[aA])/;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The nearest unclosed `{` before `at`, counting braces only (strings are checked by `closingOf`); -1 if none within reach. */
function enclosingObjectStart(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1, stop = Math.max(0, at - 300_000); i >= stop; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 0x7d) depth++;
    else if (ch === 0x7b && depth-- === 0) return i;
  }
  return -1;
}

/**
 * Where the object opening at `start` closes, scanning strings properly; -1 unless `key` (a key's
 * opening quote) stands directly inside that object, outside any string.
 */
function closingOf(text: string, start: number, key: number): number {
  let depth = 0;
  let inString = false;
  let keyChecked = false;
  for (let i = start; i < text.length; i++) {
    if (i === key) {
      if (inString || depth !== 1) return -1;
      keyChecked = true;
    }
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) depth++;
    else if ((ch === 0x7d || ch === 0x5d) && --depth === 0) return keyChecked ? i : -1;
  }
  return -1;
}
