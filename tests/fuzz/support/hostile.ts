/**
 * Hostile account text (issue 17): an account controls its display name, bio, post text and
 * image alt text, and can fill them with what a page's own labels look like ("Ad", "@victim",
 * "10,000,000 followers", "Like (999 likes)"). Each run writes one such text into one
 * account-controlled place of a saved page (fixture or real page), reads the page again, and
 * undoes it. The oracle is strict: no count may change, appear or disappear, and the account and
 * its list of posts stay the same.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/sites';
import type { Snapshot } from '../../../lib/snapshot';
import { countFields, pagesOf } from './mutate';

export const HOSTILE_TEXTS = [
  '@victim', 'Ad', 'Promoted', 'Anuncio', 'プロモーション', 'Pinned', 'Fijado', '固定', 'Fixado', 'Follows you',
  '10,000,000 followers', '2,362 Followers, 136 Following, 224 Posts', '1.2M posts', '12.4K posts', '4.8万 フォロワー',
  '99 replies, 99 reposts, 99 likes, 99 bookmarks, 99 views', '999 Likes. Like', '999 件のいいね。いいねする',
  'Reply (999 replies)', 'Like (9,999 likes)', 'Reposted by @victim', '@victim reposted', '140 reposts', '23 quotes',
  'x.com/victim/followers', '/profile/victim.bsky.social/followers', '@victim.bsky.social', '٣٤٥ likes', '1,2 Mio.',
  '12万', '\u202eRTL 9\u202c', '\u200f', '<b>9</b>', '"}], "userInteractionCount": 999', 'Mal angezeigt 77',
];

type Mode = 'replace' | 'prepend' | 'append';

export interface Target {
  describe: string;
  /** Writes the text there; returns the undo. */
  write(text: string, mode: Mode): () => void;
}

const combine = (base: string, text: string, mode: Mode) => (mode === 'replace' ? text : mode === 'prepend' ? `${text} ${base}` : `${base} ${text}`);
const bare = (s: string) => s.replace(/[\u202a-\u202e\u200e\u200f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();

function textNodes(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3 && (c as Text).data.trim()) out.push(c as Text);
      else if (c.nodeType === 1 && (c as Element).tagName !== 'SCRIPT' && (c as Element).tagName !== 'STYLE') walk(c);
    }
  };
  walk(root);
  return out;
}

/** The text of every element matching `css` (its text nodes, rewritten together). */
export function textTargets(doc: Document, css: string, label: string): Target[] {
  return Array.from(doc.querySelectorAll(css)).map((el, i) => ({
    describe: `${label} #${i}`,
    write(text, mode) {
      const nodes = textNodes(el);
      const old = nodes.map((n) => n.data);
      if (!nodes.length) {
        const node = doc.createTextNode(text);
        el.appendChild(node);
        return () => node.remove();
      }
      nodes[0].data = combine(old[0], text, mode);
      return () => nodes.forEach((n, j) => (n.data = old[j]));
    },
  }));
}

/** An attribute the account writes (alt text) or that quotes what it writes ("NAME's avatar"). */
export function attributeTargets(doc: Document, css: string, name: string, label: string, part?: string): Target[] {
  return Array.from(doc.querySelectorAll(css)).map((el, i) => ({
    describe: `${label} #${i}`,
    write(text, mode) {
      const old = el.getAttribute(name) ?? '';
      el.setAttribute(name, part && old.includes(part) ? old.replace(part, combine(part, text, mode)) : combine(old, text, mode));
      return () => el.setAttribute(name, old);
    },
  }));
}

/** A display name changed everywhere the page shows it (text and the labels that quote it). */
export function nameEverywhere(doc: Document, name: string | undefined, label: string): Target[] {
  const wanted = bare(name ?? '');
  if (!wanted) return [];
  return [
    {
      describe: `${label} "${wanted}" everywhere`,
      write(text, mode) {
        const undo: (() => void)[] = [];
        const next = combine(wanted, text, mode);
        for (const node of textNodes(doc.body)) {
          if (bare(node.data) !== wanted) continue;
          const old = node.data;
          node.data = next;
          undo.push(() => (node.data = old));
        }
        for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) {
          const old = el.getAttribute('aria-label') ?? '';
          if (!old.includes(wanted) || bare(old) === bare(next)) continue;
          el.setAttribute('aria-label', old.split(wanted).join(next));
          undo.push(() => el.setAttribute('aria-label', old));
        }
        return () => undo.reverse().forEach((u) => u());
      },
    },
  ];
}

/** A string field of the page's JSON-LD ("name", "description", "text"), written in valid JSON. */
export function jsonLdTargets(doc: Document, fields: string[]): Target[] {
  const out: Target[] = [];
  for (const [i, script] of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).entries()) {
    for (const field of fields) {
      const pattern = new RegExp(`("${field}"\\s*:\\s*)"((?:[^"\\\\]|\\\\.)*)"`);
      if (!pattern.test(script.textContent ?? '')) continue;
      out.push({
        describe: `JSON-LD #${i} "${field}"`,
        write(text, mode) {
          const old = script.textContent ?? '';
          const copy = script.cloneNode(false) as Element; // a new element: parse caches see new text
          copy.textContent = old.replace(pattern, (_, key: string, value: string) => `${key}${JSON.stringify(combine(value, text, mode))}`);
          script.replaceWith(copy);
          return () => copy.replaceWith(script);
        },
      });
    }
  }
  return out;
}

function read(doc: Document, url: string): Snapshot | undefined {
  const r = readPage(doc, url);
  return r.status === 'ok' ? r.snapshot : undefined;
}

/** What changed between two readings, or null when nothing the oracle watches did. */
export function changes(before: Snapshot, after: Snapshot | undefined): string | null {
  if (!after) return 'the page was no longer read';
  if (after.profile.handle !== before.profile.handle) return `handle ${before.profile.handle} -> ${after.profile.handle}`;
  const ids = (s: Snapshot) => s.posts.map((p) => `${p.id}${p.pinned ? '(pinned)' : ''}`).join(' ');
  if (ids(after) !== ids(before)) return `posts [${ids(before)}] -> [${ids(after)}]`;
  const a = countFields(before);
  const b = countFields(after);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (!x || !y || x.value !== y.value || x.exact !== y.exact) return `${key}: ${x ? x.value : 'none'} -> ${y ? y.value : 'none'}`;
  }
  return null;
}

export const MIN_RUNS = 10_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20250317);

/** Fuzzes one site: `targets` lists the account-controlled places of a parsed page. */
export function fuzzHostileText(site: string, targets: (doc: Document) => Target[]) {
  describe(`${site}: hostile account text changes no count`, () => {
    const pages = pagesOf(site)
      .map((page) => {
        const doc = parseHTML(page.html).document as unknown as Document;
        const baseline = read(doc, page.url);
        const start = performance.now();
        read(doc, page.url);
        return baseline ? { page, doc, baseline, places: targets(doc), ms: performance.now() - start } : undefined;
      })
      .filter((p): p is NonNullable<typeof p> => !!p && p.places.length > 0);
    const real = pages.filter((p) => p.page.kind === 'real');
    const fixtures = pages.filter((p) => p.page.kind === 'fixture');
    const plan = new Map<(typeof pages)[number], number>();
    let realRuns = 0;
    for (const p of real) {
      const runs = Math.max(50, Math.min(1_500, Math.floor(1_500 / Math.max(p.ms, 0.05))));
      plan.set(p, runs);
      realRuns += runs;
    }
    for (const p of fixtures) plan.set(p, Math.max(1_000, Math.ceil((MIN_RUNS - realRuns) / Math.max(1, fixtures.length))));

    it('has pages with account-controlled text, and 10,000+ runs', () => {
      expect(fixtures.length).toBeGreaterThan(1);
      expect([...plan.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(MIN_RUNS);
    });

    for (const [p, runs] of plan) {
      it(`${p.page.name}: ${runs} insertions into ${p.places.length} places, no count changes`, () => {
        const run = fc.record({ place: fc.nat(), text: fc.nat(), mode: fc.constantFrom<Mode>('replace', 'prepend', 'append') });
        fc.assert(
          fc.property(run, ({ place, text, mode }) => {
            const target = p.places[place % p.places.length];
            const hostile = HOSTILE_TEXTS[text % HOSTILE_TEXTS.length];
            const undo = target.write(hostile, mode);
            let problem: string | null;
            try {
              problem = changes(p.baseline, read(p.doc, p.page.url));
            } finally {
              undo();
            }
            if (problem) throw new Error(`${target.describe} ${mode} ${JSON.stringify(hostile)}\n-> ${problem}`);
          }),
          { seed: SEED, numRuns: runs },
        );
        expect(changes(p.baseline, read(p.doc, p.page.url)), 'the page reads as before after every undo').toBeNull();
      }, 120_000);
    }
  });
}
