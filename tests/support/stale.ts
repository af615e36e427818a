/**
 * Stale renderers for the adapter tests (issue 12): a previous page's body put beside the new
 * page's, as single-page apps leave it, shown or hidden in the ways they hide it.
 */
import { parseHTML } from 'linkedom';
import type { Count, Snapshot } from '../../lib/snapshot';

export type Leftover = 'shown before' | 'shown after' | 'display:none' | 'hidden attribute';
export const LEFTOVERS: Leftover[] = ['shown before', 'shown after', 'display:none', 'hidden attribute'];

function bodyOf(html: string): string {
  const open = /<body[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</body>');
  if (!open || close < 0) throw new Error('fixture without a body');
  return html.slice(open.index + open[0].length, close);
}

/** The new page with the old page's body left in it. */
export function withLeftover(newHtml: string, oldHtml: string, how: Leftover): Document {
  const old = bodyOf(oldHtml);
  const wrapped = how === 'display:none' ? `<div style="display: none;">${old}</div>` : how === 'hidden attribute' ? `<div hidden>${old}</div>` : old;
  const open = /<body[^>]*>/i.exec(newHtml)!;
  const at = how === 'shown after' ? newHtml.lastIndexOf('</body>') : open.index + open[0].length;
  return parseHTML(newHtml.slice(0, at) + wrapped + newHtml.slice(at)).document as unknown as Document;
}

/** Every count of a reading by field: "profile.followers", "post:<id>.likes". */
export function counts(s: Snapshot | null): Map<string, Count> {
  const out = new Map<string, Count>();
  if (!s) return out;
  for (const k of ['followers', 'following', 'posts', 'likes'] as const) if (s.profile[k]) out.set(`profile.${k}`, s.profile[k]!);
  for (const p of s.posts) for (const k of ['likes', 'comments', 'shares', 'views', 'saves'] as const) if (p[k]) out.set(`post:${p.id}.${k}`, p[k]!);
  return out;
}

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
  if (how === 'display:none' || how === 'hidden attribute') {
    if (m.size !== c.size) problems.push(`hidden leftovers changed the reading: ${m.size} counts, clean ${c.size}`);
    if (JSON.stringify(mixed?.posts.map((p) => p.id)) !== JSON.stringify(clean?.posts.map((p) => p.id))) problems.push('posts differ');
  }
  return problems;
}
