/**
 * Stale renderers (issue 12, item 2): a page the user left beside the page they are on, the way
 * single-page apps leave it. The previous page's body is put into the new page (before the new
 * renderers, so a first-match reader meets it first), hidden in one of the ways apps hide it, or
 * left shown; its meta tags and embedded data replace the new page's (Instagram and TikTok keep
 * the first page's). Reading the result at the new URL must give exactly what the new page alone
 * gives: no number of the old page may come out.
 */
import { parseHTML } from 'linkedom';
import { countFields } from '../../../fuzz/support/mutate';
import type { SiteAdapter } from '../../../../lib/sites/common';

export const HIDINGS = {
  'hidden attribute': (old: string) => `<div hidden>${old}</div>`,
  'inline display:none': (old: string) => `<div style="display: none;">${old}</div>`,
  'visibility:hidden ancestor': (old: string) => `<section style="color: red; visibility:hidden"><div>${old}</div></section>`,
  'left shown beside': (old: string) => `<div>${old}</div>`,
} as const;

const body = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
const head = (html: string) => /<head[^>]*>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';

/** The new page with the old one's body hidden (or not) before its own, and the old page's head. */
export function besideOld(oldHtml: string, newHtml: string, hide: (old: string) => string): Document {
  const oldHead = head(oldHtml).replace(/<title>[\s\S]*?<\/title>/i, '');
  const newTitle = /<title>[\s\S]*?<\/title>/i.exec(newHtml)?.[0] ?? '';
  const html = newHtml
    .replace(/(<head[^>]*>)[\s\S]*<\/head>/i, (_m, open: string) => `${open}${oldHead}${newTitle}</head>`)
    .replace(/(<body[^>]*>)/i, (open) => `${open}${hide(body(oldHtml))}`);
  return parseHTML(html).document as unknown as Document;
}

/** The counts of a reading, by field ("profile.followers", "post:<id>.likes"), as plain values. */
export function readingOf(adapter: SiteAdapter, doc: Document, url: string): Record<string, number> | null {
  const snap = adapter.read(doc, url);
  if (!snap) return null;
  return Object.fromEntries([...countFields(snap)].map(([k, c]) => [k, c.value]));
}
