/**
 * Mutation fuzzing of the site adapters: a saved page (shared real page or fixture) is parsed once
 * with linkedom and read once (the baseline); each fuzz run applies one small mutation in place,
 * reads the page again, checks the reading against an oracle, and undoes the mutation.
 *
 * Two kinds of mutation, with the oracle each allows:
 * - destructive (remove an element, a text node or an attribute; replace an attribute value, a
 *   text or a script with junk that holds no digit): no number is added to the page, so every count
 *   the adapter reports must be the baseline's count for the same field (same value, or intervals
 *   that agree when one side is abbreviated), or be left out. A post must be one the baseline read.
 * - a digit changed (in text, an attribute, or embedded JSON): the page now shows a different
 *   number at one place. A reported count must be the baseline's, or, when the baseline's count for
 *   that field was the number at the changed place, the new number there.
 * Labels are altered destructively (replaced by junk); swapping one label for another is not done.
 * The adapter must never throw.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { parseCount } from '../../../lib/count';
import { leadingCount, pageLocale } from '../../../lib/sites/common';
import type { Count, Snapshot } from '../../../lib/snapshot';
import { fixturePages, realPages, type SavedPage } from '../../../bench/pages';
import { adapterForUrl, readPage } from '../../../lib/sites';

export interface Prepared {
  page: SavedPage;
  doc: Document;
  locale: string | undefined;
  baseline: Snapshot;
  fields: Map<string, Count>;
  elements: Element[];
  attributes: [Element, string][];
  texts: Text[];
  numbers: NumberSite[];
  scripts: Element[];
  readMs: number;
}

/** A place in the page that holds a digit: a text node, an attribute value, or a script's text. */
type NumberSite = { kind: 'text'; node: Text } | { kind: 'attr'; el: Element; name: string } | { kind: 'script'; el: Element };

const POST_METRICS = ['likes', 'comments', 'shares', 'views', 'saves'] as const;
const PROFILE_COUNTS = ['followers', 'following', 'posts', 'likes'] as const;

/** Every count of a reading, keyed by field: "profile.followers", "post:<id>.likes". */
export function countFields(s: Snapshot): Map<string, Count> {
  const out = new Map<string, Count>();
  for (const k of PROFILE_COUNTS) if (s.profile[k]) out.set(`profile.${k}`, s.profile[k]!);
  s.posts.forEach((p, i) => {
    for (const k of POST_METRICS) if (p[k]) out.set(`post:${p.id ?? `#${i}`}.${k}`, p[k]!);
  });
  return out;
}

function read(doc: Document, url: string): { snap?: Snapshot; error?: string } {
  const r = readPage(doc, url);
  if (r.status === 'ok') return { snap: r.snapshot };
  if (r.status === 'unrecognised' && r.reason.startsWith('Reading the page failed')) return { error: r.reason };
  return {};
}

const INTERESTING_ATTRS = /^(aria-label|title|href|content|data-testid|data-e2e|datetime|id|role|lang|type|property|name|rel|hidden|is-active|page-subtype|video-id|overlay-style|dir|src)$/;

export function prepare(page: SavedPage): Prepared | undefined {
  const doc = parseHTML(page.html).document as unknown as Document;
  const first = read(doc, page.url);
  if (!first.snap) return undefined;
  // Warm read time (the first read compiles the adapters), to size a page's share of the runs.
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    read(doc, page.url);
    return performance.now() - start;
  });
  const readMs = times.sort((a, b) => a - b)[1];
  const elements: Element[] = [];
  const attributes: [Element, string][] = [];
  const texts: Text[] = [];
  const numbers: NumberSite[] = [];
  const scripts: Element[] = [];
  const interesting = new Set<Element>();
  const all = Array.from(doc.querySelectorAll('*')) as Element[];
  for (const el of all) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      const text = el.textContent ?? '';
      if (/ld\+json|application\/json/.test(el.getAttribute('type') ?? '') || /ytInitial|SIGI_STATE|__NEXT_DATA__|__UNIVERSAL_DATA/.test(text.slice(0, 2000)) || el.id) {
        if (text.length > 20) {
          scripts.push(el);
          if (/\d/.test(text)) numbers.push({ kind: 'script', el });
        }
      }
      continue;
    }
    if (tag === 'style') continue;
    let marked = false;
    for (const name of el.getAttributeNames()) {
      if (!INTERESTING_ATTRS.test(name) && !name.startsWith('aria-') && !name.startsWith('data-')) continue;
      attributes.push([el, name]);
      marked = true;
      if (/\d/.test(el.getAttribute(name) ?? '') && name !== 'class' && name !== 'style') numbers.push({ kind: 'attr', el, name });
    }
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 3) continue;
      const data = (child as Text).data;
      if (!data.trim()) continue;
      texts.push(child as Text);
      if (/\d/.test(data)) {
        numbers.push({ kind: 'text', node: child as Text });
        marked = true;
      }
    }
    if (marked || tag === 'meta' || tag === 'time' || tag === 'article' || tag === 'li' || tag === 'ul') {
      for (let e: Element | null = el, d = 0; e && d < 4; e = e.parentElement, d++) interesting.add(e);
    }
  }
  for (const el of all) {
    const tag = el.tagName.toLowerCase();
    if (interesting.has(el) && tag !== 'html' && tag !== 'head' && tag !== 'body') elements.push(el);
  }
  return {
    page,
    doc,
    locale: pageLocale(doc),
    baseline: first.snap,
    fields: countFields(first.snap),
    elements,
    attributes,
    texts,
    numbers,
    scripts,
    readMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations (each returns its undo)

export type Mutation =
  | { op: 'remove-element'; target: number }
  | { op: 'remove-attribute'; target: number }
  | { op: 'junk-attribute'; target: number; junk: string }
  | { op: 'junk-text'; target: number; junk: string }
  | { op: 'remove-text'; target: number }
  | { op: 'break-script'; target: number; keep: number; junk: string }
  | { op: 'change-digit'; target: number; at: number; digit: number };

export interface Applied {
  undo: () => void;
  /** Text the mutation took off the page (a removed element's or text node's, a replaced text). */
  removedText?: string;
  /** For a digit change: the text around the change, before and after. */
  changed?: { before: string; after: string };
  describe: string;
}

/**
 * Junk holds no digit, and starts with "·" unless empty, so it neither adds a number nor turns a
 * number beside it into another ("96" + "万" would show 960,000: that is a changed number, which
 * the digit changes cover, not a destroyed label).
 */
export function cleanJunk(junk: string): string {
  const clean = junk.replace(/[\d٠-٩۰-۹０-９]/g, 'x');
  return clean ? `·${clean}` : clean;
}

/** Replaces a script element by a copy with other text (so caches keyed on the element see a new one). */
function swapScript(el: Element, text: string): () => void {
  const copy = el.cloneNode(false) as Element;
  copy.textContent = text;
  el.replaceWith(copy);
  return () => copy.replaceWith(el);
}

const pick = <T,>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

export function apply(p: Prepared, m: Mutation): Applied | undefined {
  switch (m.op) {
    case 'remove-element': {
      const el = pick(p.elements, m.target);
      if (!el?.parentNode) return undefined;
      const parent = el.parentNode;
      const next = el.nextSibling;
      el.remove();
      return { undo: () => parent.insertBefore(el, next), removedText: el.textContent ?? '', describe: `removed <${el.tagName.toLowerCase()}> ${outline(el)}` };
    }
    case 'remove-attribute':
    case 'junk-attribute': {
      const entry = pick(p.attributes, m.target);
      if (!entry) return undefined;
      const [el, name] = entry;
      const old = el.getAttribute(name);
      if (old === null) return undefined;
      const junk = m.op === 'junk-attribute' ? cleanJunk(m.junk) : undefined;
      if (junk === undefined) el.removeAttribute(name);
      else el.setAttribute(name, junk);
      return {
        undo: () => el.setAttribute(name, old),
        describe: `${junk === undefined ? 'removed' : `set to ${JSON.stringify(junk)}`} ${name}=${JSON.stringify(old.slice(0, 80))} on <${el.tagName.toLowerCase()}>`,
      };
    }
    case 'junk-text':
    case 'remove-text': {
      const node = pick(p.texts, m.target);
      if (!node?.parentNode) return undefined;
      const old = node.data;
      if (m.op === 'junk-text') {
        node.data = cleanJunk(m.junk);
        return { undo: () => (node.data = old), removedText: old, describe: `text ${JSON.stringify(old.slice(0, 80))} -> ${JSON.stringify(node.data)}` };
      }
      const parent = node.parentNode;
      const next = node.nextSibling;
      node.remove();
      return { undo: () => parent.insertBefore(node, next), removedText: old, describe: `removed text ${JSON.stringify(old.slice(0, 80))}` };
    }
    case 'break-script': {
      const el = pick(p.scripts, m.target);
      if (!el?.parentNode) return undefined;
      const text = el.textContent ?? '';
      const cut = text.slice(0, m.keep % (text.length + 1)) + cleanJunk(m.junk);
      return { undo: swapScript(el, cut), describe: `script cut at ${m.keep % (text.length + 1)} of ${text.length}, then ${JSON.stringify(cleanJunk(m.junk))}` };
    }
    case 'change-digit': {
      const site = pick(p.numbers, m.target);
      if (!site) return undefined;
      const before = site.kind === 'text' ? site.node.data : site.kind === 'attr' ? site.el.getAttribute(site.name) ?? '' : site.el.textContent ?? '';
      const digits = [...before.matchAll(/\d/g)].map((x) => x.index ?? 0);
      if (!digits.length) return undefined;
      const at = digits[m.at % digits.length];
      const old = before[at];
      let digit = String(m.digit % 10);
      if (digit === old) digit = String((m.digit + 1) % 10);
      // A leading zero would make a different kind of text ("0123"): change a leading digit to 1-9.
      const leading = at === 0 || !/[\d.,]/.test(before[at - 1]);
      if (leading && digit === '0') digit = old === '1' ? '2' : '1';
      const after = before.slice(0, at) + digit + before.slice(at + 1);
      let undo: () => void;
      if (site.kind === 'text') {
        site.node.data = after;
        undo = () => (site.node.data = before);
      } else if (site.kind === 'attr') {
        site.el.setAttribute(site.name, after);
        undo = () => site.el.setAttribute(site.name, before);
      } else {
        if (!site.el.parentNode) return undefined;
        undo = swapScript(site.el, after);
      }
      return {
        undo,
        changed: { before: around(before, at), after: around(after, at) },
        describe: `${site.kind} digit ${old} -> ${digit}: ${JSON.stringify(around(before, at))} -> ${JSON.stringify(around(after, at))}`,
      };
    }
  }
}

function outline(el: Element): string {
  const attrs = el.getAttributeNames().slice(0, 3).map((n) => `${n}="${(el.getAttribute(n) ?? '').slice(0, 30)}"`).join(' ');
  return attrs;
}

/** The number token around a position and the words after it: "2,230,586", "2.2M followers". */
function around(text: string, at: number): string {
  let start = at;
  let end = at + 1;
  const part = /[\d.,'\u00a0\u202f\u2009 ]/;
  while (start > 0 && part.test(text[start - 1]) && at - start < 40) start--;
  while (end < text.length && part.test(text[end]) && end - at < 40) end++;
  return text.slice(start, Math.min(text.length, end + 16));
}

// ---------------------------------------------------------------------------------------------
// The oracle

/** Whether two counts can describe the same number (exact ones equal; intervals agree). */
export function agree(a: Count | { value: number; exact: boolean; min: number; max: number }, b: typeof a): boolean {
  if (a.exact && b.exact) return a.value === b.value;
  if (b.exact) return a.min <= b.value && b.value <= a.max;
  if (a.exact) return b.min <= a.value && a.value <= b.max;
  return a.min <= b.max && b.min <= a.max;
}

/** Every number the text around a changed digit can be read as. */
function readings(text: string, locale: string | undefined) {
  const out: { value: number; exact: boolean; min: number; max: number }[] = [];
  const tokens = new Set<string>([text.trim()]);
  for (const m of text.matchAll(/\d[\d.,'\u00a0\u202f\u2009 ]*/g)) {
    const run = m[0].trim().replace(/[.,]$/, '');
    tokens.add(run);
    // with the word after it ("3.4K", "1,2 Mio.", "12万"), cut where the word ends
    const word = /^[\d.,'\u00a0\u202f\u2009 ]*[\p{L}\p{M}]*\.?/u.exec(text.slice(m.index))?.[0];
    if (word) tokens.add(word.trim());
    tokens.add(run.replace(/\D/g, ''));
    for (const piece of run.split(/[\s,]+/)) tokens.add(piece);
    tokens.add(text.slice(m.index));
  }
  for (const t of tokens) {
    for (const loc of [locale, undefined]) {
      const p = parseCount(t, { locale: loc });
      if (p) out.push(p);
      const l = leadingCount(t, 'text', loc);
      if (l) out.push(l);
    }
    if (/^\d{1,15}$/.test(t)) out.push({ value: Number(t), exact: true, min: Number(t), max: Number(t) });
  }
  return out;
}

/** Post ids that differ in one character (a digit changed inside the id). */
function oneOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/**
 * The baseline counts a field can be compared with: its own, and where a digit change hit a post's
 * id, the counts of the post whose id differs in that one character.
 */
function baselineFields(p: Prepared, field: string, digitChanged: boolean): Count[] {
  const out: Count[] = [];
  const direct = p.fields.get(field);
  if (direct) out.push(direct);
  const m = /^post:(.+)\.(\w+)$/.exec(field);
  if (!m || !digitChanged) return out;
  for (const [key, count] of p.fields) {
    const k = /^post:(.+)\.(\w+)$/.exec(key);
    if (k && k[2] === m[2] && oneOff(k[1], m[1])) out.push(count);
  }
  return out;
}

/** Null when the reading after the mutation is acceptable, else what is wrong. */
export function judge(p: Prepared, applied: Applied): string | null {
  const after = read(p.doc, p.page.url);
  if (after.error) return `the adapter threw: ${after.error}`;
  if (!after.snap) return null; // nothing read: allowed
  const postIds = new Set(p.baseline.posts.map((x, i) => x.id ?? `#${i}`));
  for (const [i, post] of after.snap.posts.entries()) {
    const id = post.id ?? `#${i}`;
    if (!postIds.has(id) && !(applied.changed && [...postIds].some((b) => oneOff(b, id)))) {
      const counts = POST_METRICS.filter((k) => post[k]).map((k) => `${k}=${post[k]!.value}`);
      if (counts.length) return `a post the page did not have as this account's: ${id} (${counts.join(', ')})`;
    }
  }
  const before = applied.changed ? readings(applied.changed.before, p.locale) : [];
  const now = applied.changed ? readings(applied.changed.after, p.locale) : [];
  // "friend and 1,233 others" is 1,234 likes: a count may be the number shown plus one.
  const shows = (list: ReturnType<typeof readings>, c: Count) =>
    list.some((r) => agree(c, r) || (c.value >= 1 && agree({ ...c, value: c.value - 1, min: c.min - 1, max: c.max - 1 }, r)));
  const digitsOf = (t: string) => t.replace(/\D/g, '');
  const removedDigits = digitsOf(applied.removedText ?? '');
  for (const [field, count] of countFields(after.snap)) {
    const bases = baselineFields(p, field, !!applied.changed);
    if (bases.some((b) => agree(count, b))) continue;
    // Sites leave zero counts out (X, Bluesky): with the number taken off the page, the page now
    // shows what a zero count shows, and reading zero is right.
    if (count.value === 0 && bases.some((b) => removedDigits && digitsOf(b.raw) && removedDigits.includes(digitsOf(b.raw)))) continue;
    // "Liked by friend and 1,233 others" is 1,234 likes; with the friend's link gone it reads 1,233.
    if (bases.some((b) => b.value === count.value + 1 && digitsOf(b.raw) === digitsOf(count.raw))) continue;
    if (applied.changed) {
      const wasHere = !bases.length || bases.some((b) => shows(before, b));
      if (wasHere && shows(now, count)) continue;
    }
    return `${field}: read ${describeCount(count)} (raw ${JSON.stringify(count.raw)}), baseline ${bases.length ? bases.map(describeCount).join(' or ') : 'none'}`;
  }
  return null;
}

function describeCount(c: Count): string {
  return c.exact ? String(c.value) : `${c.value} [${c.min}, ${c.max}]`;
}

/** The page reads as it did before any mutation (the undo is complete). */
export function intact(p: Prepared): boolean {
  const r = read(p.doc, p.page.url);
  if (!r.snap) return false;
  const a = countFields(r.snap);
  if (a.size !== p.fields.size) return false;
  for (const [k, v] of a) {
    const b = p.fields.get(k);
    if (!b || b.value !== v.value || b.exact !== v.exact) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// What is fuzzed

const junk = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('likes', 'Followers', 'K', 'M', 'mil', '万', 'views', 'Reply', '@', '/', ' ', '\u200f', '<b>', 'null', '{}', '"'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** One mutation, digit changes and removals weighted highest. */
export const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('remove-element' as const), target: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove-attribute' as const), target: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('junk-attribute' as const), target: fc.nat(), junk }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('junk-text' as const), target: fc.nat(), junk }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove-text' as const), target: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('break-script' as const), target: fc.nat(), keep: fc.nat(), junk }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('change-digit' as const), target: fc.nat(), at: fc.nat(), digit: fc.nat({ max: 9 }) }) },
);

export function pagesOf(site: string): SavedPage[] {
  return [...realPages(), ...fixturePages().pages].filter((p) => adapterForUrl(p.url)?.platform === site);
}

