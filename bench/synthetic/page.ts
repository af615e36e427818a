/**
 * Synthetic heavy pages for the browser benchmark. Each page is a static shell (profile header,
 * empty list) plus a small page script that builds list items with DOM APIs, as a site's own
 * framework commits them on scroll. The benchmark drives it through `window.__bench`:
 *
 *   __bench.grow(k)   appends k items in one task (one "page of results" arriving on scroll)
 *   __bench.run(total, batch, interval)   grows to total from the page's own timers
 *   __bench.flip()    puts new own posts of the other engagement cluster on top (newest first),
 *                     and returns { at: performance.now(), wall: Date.now(), added }
 *   __bench.count()   items on the page
 *
 * Own posts alternate between a low- and a high-engagement cluster, so during growth the rate over
 * the most recent posts is stable (so is the badge), and a flip changes what the badge shows: that
 * is how the time from "posts appear" to "badge updated" is measured.
 */

export type SiteId = 'x' | 'instagram' | 'tiktok' | 'youtube';

export interface SyntheticPage {
  site: SiteId;
  /** The real URL the page is served at. */
  url: string;
  /** Items to grow to, and how many arrive per batch. */
  total: number;
  batch: number;
  /** Items present in the initial HTML render (built by the page script on load). */
  initial: number;
  /** Does the badge text depend on the posts (under the current scoring)? */
  badgeDependsOnPosts: boolean;
  html: string;
}

export interface ItemSpec {
  /**
   * Source of `function item(i, kind, h, t)` returning one list element: `i` is the item's index,
   * `t` its posting time (ms since 1970, for sites that show one),
   * `kind` 'low' | 'high' for an own post or 'other' for an item that is not the account's own
   * (a repost, an ad) and must not count. `h(tag, attrs, ...children)` builds elements. It may
   * also define `function kindOf(i)` ('own' | 'other' for item i during growth; default 'own').
   */
  itemSource: string;
  /** CSS selector of the element items are appended to. */
  container: string;
}

/** The page script: a tiny element builder, the item generator and the growth controls. */
/** Posts a flip puts on top: the largest recent-posts window of the scoring (TikTok's 30). */
export const WINDOW = 30;

export function pageScript(spec: ItemSpec, initial: number): string {
  return `(() => {
  const h = (tag, attrs, ...kids) => {
    const el = document.createElement(tag);
    if (attrs) for (const k in attrs) el.setAttribute(k, attrs[k]);
    for (const c of kids) if (c !== null && c !== undefined && c !== false) el.append(c);
    return el;
  };
  ${spec.itemSource}
  ${spec.itemSource.includes('function kindOf') ? '' : 'function kindOf(i) { return "own"; }'}
  let n = 0, low = 0, high = 0, fresh = 0, front = 'mixed';
  const T0 = Date.UTC(2025, 0, 1);
  const container = () => document.querySelector(${JSON.stringify(spec.container)});
  // Growth loads older posts (an hour apart, going back); fresh posts are newer than all of them.
  const make = (forced) => {
    const i = n++;
    let kind = forced;
    if (!kind) kind = kindOf(i) === 'other' ? 'other' : (low <= high ? 'low' : 'high');
    if (kind === 'low') low++;
    if (kind === 'high') high++;
    const t = forced ? T0 + ++fresh * 3600e3 : T0 - i * 3600e3;
    return item(i, kind, h, t);
  };
  const fragment = (els) => {
    const frag = document.createDocumentFragment();
    for (const el of els) frag.append(el);
    return frag;
  };
  window.__bench = {
    count: () => n,
    grow(k) {
      const els = [];
      for (let j = 0; j < k; j++) els.push(make());
      container().append(fragment(els));
      return n;
    },
    // Grows to \`total\` in batches of \`batch\` every \`interval\` ms, driven by the page's own
    // timers (as results arriving on scroll are), so its work counts as the page's scripting.
    run(total, batch, interval) {
      return new Promise((resolve) => {
        const step = () => {
          if (n >= total) return resolve(n);
          window.__bench.grow(Math.min(batch, total - n));
          setTimeout(step, interval);
        };
        setTimeout(step, interval);
      });
    },
    // New posts at the top (newest first), all of the other engagement cluster: the recent-posts
    // window the score uses (12 posts, 30 on TikTok) then holds only them, so the rate changes.
    flip(k = ${WINDOW}) {
      const kind = front === 'high' ? 'low' : 'high';
      front = kind;
      const els = [];
      for (let j = 0; j < k; j++) els.unshift(make(kind));
      container().prepend(fragment(els));
      return { at: performance.now(), wall: Date.now(), added: k, front: kind };
    },
  };
  // Boot as the sites' apps do: read the state the server embedded (Instagram's data-sjs blocks,
  // TikTok's rehydration data; YouTube's ytInitialData is a script that already ran), then render.
  window.__hydrated = Array.from(document.querySelectorAll('script[type="application/json"]')).map((s) => JSON.parse(s.textContent || 'null'));
  window.__bench.grow(${initial});
})();`;
}

/** Deterministic pseudo-random text so pages are identical across runs. */
export function lorem(seed: number, words: number): string {
  const vocab = ['coffee', 'launch', 'thread', 'today', 'new', 'video', 'recipe', 'travel', 'notes', 'build', 'ship', 'weekend', 'morning', 'city', 'story', 'light', 'again', 'finally', 'small', 'big'];
  let x = seed * 2654435761 >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(vocab[x % vocab.length]);
  }
  return out.join(' ');
}

/**
 * Embedded JSON of realistic size (config, feature flags, translations) such as the sites put in
 * `<script type="application/json">` blocks: the adapters must skip or parse these on every read.
 */
export function filler(seed: number, approxBytes: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const entries: Record<string, unknown> = { ...extra };
  let size = JSON.stringify(entries).length;
  for (let i = 0; size < approxBytes; i++) {
    const key = `module_${seed}_${i}`;
    const value = {
      id: `${seed}${i}`.padStart(12, '0'),
      enabled: i % 3 === 0,
      country_code: ['US', 'DE', 'ES', 'JP', 'BR'][i % 5],
      params: Array.from({ length: 6 }, (_, j) => ({ key: `p${j}`, value: lorem(seed * 1000 + i * 10 + j, 4) })),
      tracking: 'CAAQ' + 'x'.repeat(40 + (i % 30)),
    };
    entries[key] = value;
    size += key.length + JSON.stringify(value).length + 4;
  }
  return entries;
}

/** JSON for an inline script: "</" cannot close the element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/<\//g, '<\\/');
}
