/**
 * Stale renderers (issue 12): a page the user left, kept beside the page they are on the way
 * single-page apps keep it: hidden (the `hidden` attribute, `display:none`, a `visibility:hidden`
 * ancestor) or left shown, before or after the new page's renderers (before: a first-match reader
 * meets it first). With `oldHead`, the old page's meta tags and embedded data replace the new
 * page's (Instagram and TikTok keep the first page's). Reading the result at the new URL must give
 * no number of the old page.
 */
import { expect, it } from 'vitest';
import { countFields } from '../fuzz/support/mutate';
import type { SiteAdapter } from '../../lib/sites/common';
import type { Count, Snapshot } from '../../lib/snapshot';
import { parseDoc } from './fixtures';

export const LEFTOVERS = ['shown before', 'shown after', 'display:none', 'hidden attribute', 'visibility:hidden ancestor'] as const;
export type Leftover = (typeof LEFTOVERS)[number];
const HIDDEN: readonly Leftover[] = ['display:none', 'hidden attribute', 'visibility:hidden ancestor'];

const WRAP: Record<Leftover, (old: string) => string> = {
  'shown before': (old) => `<div>${old}</div>`,
  'shown after': (old) => `<div>${old}</div>`,
  'display:none': (old) => `<div style="display: none;">${old}</div>`,
  'hidden attribute': (old) => `<div hidden>${old}</div>`,
  'visibility:hidden ancestor': (old) => `<section style="color: red; visibility:hidden"><div>${old}</div></section>`,
};

function bodyOf(html: string): string {
  const open = /<body[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</body>');
  if (!open || close < 0) throw new Error('fixture without a body');
  return html.slice(open.index + open[0].length, close);
}
const headOf = (html: string) => /<head[^>]*>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';

/** The new page with the old page's body left in it (and, with `oldHead`, the old page's head but the new title). */
export function withLeftover(newHtml: string, oldHtml: string, how: Leftover, options: { oldHead?: boolean } = {}): Document {
  let html = newHtml;
  if (options.oldHead) {
    const oldHead = headOf(oldHtml).replace(/<title>[\s\S]*?<\/title>/i, '');
    const newTitle = /<title>[\s\S]*?<\/title>/i.exec(newHtml)?.[0] ?? '';
    html = html.replace(/(<head[^>]*>)[\s\S]*<\/head>/i, (_m, open: string) => `${open}${oldHead}${newTitle}</head>`);
  }
  const open = /<body[^>]*>/i.exec(html)!;
  const at = how === 'shown after' ? html.lastIndexOf('</body>') : open.index + open[0].length;
  return parseDoc(html.slice(0, at) + WRAP[how](bodyOf(oldHtml)) + html.slice(at));
}

/** The counts of a reading, by field ("profile.followers", "post:<id>.likes"), as plain values. */
export function readingOf(adapter: SiteAdapter, doc: Document, url: string): Record<string, number> | null {
  const snap = adapter.read(doc, url);
  if (!snap) return null;
  return Object.fromEntries([...countFields(snap)].map(([k, c]) => [k, c.value]));
}

const counts = (s: Snapshot | null): Map<string, Count> => (s ? countFields(s) : new Map());

/**
 * What a reading beside a previous page's renderers may hold: only counts the clean reading of the
 * new page has, in the same fields with the same values, and no value only the old page shows.
 * With the old renderers hidden, exactly the clean reading.
 */
export function staleProblems(mixed: Snapshot | null, clean: Snapshot | null, old: Snapshot | null, how: Leftover): string[] {
  const problems: string[] = [];
  const m = counts(mixed);
  const c = counts(clean);
  const cleanValues = new Set([...c.values()].map((x) => x.value));
  const oldOnly = new Set([...counts(old).values()].map((x) => x.value).filter((v) => !cleanValues.has(v)));
  for (const [field, count] of m) {
    const want = c.get(field);
    if (!want || want.value !== count.value || want.exact !== count.exact) problems.push(`${field}: ${count.value} (clean ${want?.value ?? 'none'})`);
    if (oldOnly.has(count.value)) problems.push(`${field}: ${count.value} comes from the previous page`);
  }
  if (mixed && clean && mixed.profile.handle !== clean.profile.handle) problems.push(`handle ${mixed.profile.handle}`);
  if (HIDDEN.includes(how)) {
    if (m.size !== c.size) problems.push(`hidden leftovers changed the reading: ${m.size} counts, clean ${c.size}`);
    if (JSON.stringify(mixed?.posts.map((p) => p.id)) !== JSON.stringify(clean?.posts.map((p) => p.id))) problems.push('posts differ');
  }
  return problems;
}

/** A page read after another page of the same site, whose renderers the app left in the document. */
export interface StaleCase {
  name: string;
  now: string;
  url: string;
  before: string;
  beforeUrl: string;
}

/** One test per case and leftover: the new page is still read, and gives no number of the old one. */
export function itReadsNoStaleNumber(adapter: Pick<SiteAdapter, 'read'>, html: (name: string) => string, cases: readonly StaleCase[], what = 'renderers'): void {
  for (const c of cases) {
    for (const how of LEFTOVERS) {
      it(`${c.name}, old ${what} ${how}: no number of the old page comes out`, () => {
        const clean = adapter.read(parseDoc(html(c.now)), c.url);
        const old = adapter.read(parseDoc(html(c.before)), c.beforeUrl);
        expect(clean && old).toBeTruthy();
        const mixed = adapter.read(withLeftover(html(c.now), html(c.before), how), c.url);
        expect(staleProblems(mixed, clean, old, how)).toEqual([]);
        expect(mixed, 'the new page is still read').not.toBeNull();
      });
    }
  }
}
