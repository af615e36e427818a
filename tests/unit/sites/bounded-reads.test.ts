/**
 * A read's work is bounded by what the report keeps, not by how long the page has grown
 * (issue 16: `npm run bench:hot` on the bench's flip profiles found X's evidence reader walking a
 * 2,000-post timeline on every read, and Instagram's count links found by walking every tile).
 * These tests put traps in the part of a page a read has no reason to visit: an element whose
 * lookups throw. A reader that walks there loses its result (or throws), and the test fails.
 */
import { describe, expect, it, vi } from 'vitest';
import { bestCount, bestCountOf, firstShown, isShown, outermost } from '../../../lib/sites/common';
import { instagram } from '../../../lib/sites/instagram';
import { oncePerRead, withinRead } from '../../../lib/sites/read-scope';
import { x } from '../../../lib/sites/x';
import { readExtras } from '../../../lib/sites/x/extras';
import { parseDoc, siteFixtures } from '../../support/fixtures';

/** An element every lookup of which throws: a reader that reaches it fails. */
function trap(el: Element): Element {
  for (const name of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'closest']) {
    Object.defineProperty(el, name, { value: () => { throw new Error(`read past the kept posts (${name})`); } });
  }
  return el;
}

describe('lookups shared within one read (lib/sites/read-scope.ts)', () => {
  it('runs a lookup once per read and key, and afresh outside a read', () => {
    const doc = parseDoc('<main></main>');
    const lookup = vi.fn(() => doc.querySelector('main'));
    withinRead(doc, () => {
      oncePerRead(doc, 'main', lookup);
      oncePerRead(doc, 'main', lookup);
      oncePerRead(doc, 'other', lookup);
    });
    expect(lookup).toHaveBeenCalledTimes(2);
    oncePerRead(doc, 'main', lookup);
    oncePerRead(doc, 'main', lookup);
    expect(lookup).toHaveBeenCalledTimes(4);
  });

  it('forgets at the end of the read, after a throw too, and never answers for another document', () => {
    const a = parseDoc('<p>a</p>');
    const b = parseDoc('<p>b</p>');
    const text = (doc: Document) => oncePerRead(doc, 'p', () => doc.querySelector('p')?.textContent);
    expect(() => withinRead(a, () => { text(a); throw new Error('adapter failed'); })).toThrow('adapter failed');
    a.querySelector('p')!.textContent = 'changed';
    expect(withinRead(a, () => [text(a), text(b)])).toEqual(['changed', 'b']);
  });
});

describe('firstShown', () => {
  const doc = parseDoc('<div><b hidden>1</b><b class="n">2</b><b class="n">3</b></div>');
  const root = doc.querySelector('div')!;

  it('answers from the first match without listing all of them', () => {
    const all = vi.spyOn(root, 'querySelectorAll');
    expect(firstShown(root, 'b.n')?.textContent).toBe('2');
    expect(all).not.toHaveBeenCalled();
  });

  it('goes on in page order when the first match is hidden or refused', () => {
    expect(firstShown(root, 'b')?.textContent).toBe('2');
    expect(firstShown(root, 'b', undefined, (el) => el.textContent === '3')?.textContent).toBe('3');
    expect(firstShown(root, 'b', undefined, () => false)).toBeUndefined();
    expect(firstShown(root, 'i')).toBeUndefined();
  });
});

describe('outermost', () => {
  it('finds the containers in page order without looking inside them', () => {
    const doc = parseDoc('<nav><i class="c">1</i></nav><main><i class="c">2<b><i class="c">nested</i></b></i></main><i class="c">3</i>');
    const inner = doc.querySelector('b')!;
    // Looking inside a container found would reach the trap.
    Object.defineProperty(inner, 'firstElementChild', { get: () => { throw new Error('looked inside a container'); } });
    expect(outermost(doc, (el) => el.matches('i.c')).map((el) => el.firstChild?.textContent)).toEqual(['1', '2', '3']);
  });
});

describe("X's evidence reader stops at the kept posts", () => {
  const { readPage } = siteFixtures('x', x);

  it('finds every kept post\'s text without walking the posts below them', () => {
    const { doc, snap } = readPage('profile.html', 'https://x.com/Nadia_Codes');
    const before = readExtras(doc, snap);
    const captions = before.posts?.map((p) => p?.caption);
    expect(captions?.filter(Boolean).length).toBeGreaterThan(0);
    // The timeline grows by 300 posts below the kept ones, each a trap.
    const articles = doc.querySelectorAll('article[data-testid="tweet"]');
    const last = articles[articles.length - 1];
    for (let i = 0; i < 300; i++) last.parentElement!.append(trap(last.cloneNode(true) as Element));
    expect(readExtras(doc, snap).posts?.map((p) => p?.caption)).toEqual(captions);
  });
});

describe("Instagram's count links are looked for in the account's header first", () => {
  const { readPage } = siteFixtures('instagram', instagram);

  it('reads the counts without a scan of the whole page when the header has them', () => {
    const { doc, snap } = readPage('reels-tab.html', 'https://www.instagram.com/lena.travels/reels/');
    expect(snap.profile.followers?.value).toBeGreaterThan(0);
    // Every way to list the page's links from the top: none may be used for the count links.
    const selectorScans = vi.spyOn(doc, 'querySelectorAll');
    const tagScans = vi.spyOn(doc, 'getElementsByTagName');
    const again = instagram.read(doc, 'https://www.instagram.com/lena.travels/reels/');
    expect(again?.profile.followers).toEqual(snap.profile.followers);
    expect(selectorScans.mock.calls.filter(([selector]) => String(selector).includes('/followers'))).toEqual([]);
    expect(tagScans.mock.calls.filter(([tag]) => tag === 'a')).toEqual([]);
  });
});

describe('isShown within one read', () => {
  const page = () =>
    parseDoc(`<main><div id="grid"><div class="row"><a id="a1">1</a><a id="a2" hidden>2</a></div>
      <div class="row" style="display: none"><a id="a3">3</a></div><div id="box"><a id="a4">4</a></div></div></main>`);

  it('climbs each ancestor once per read, and still finds what is hidden', () => {
    const doc = page();
    const grid = doc.getElementById('grid')!;
    const hasAttribute = vi.spyOn(grid, 'hasAttribute');
    withinRead(doc, () => {
      expect(isShown(doc.getElementById('a1'))).toBe(true);
      expect(isShown(doc.getElementById('a2'))).toBe(false); // its own attribute
      expect(isShown(doc.getElementById('a3'))).toBe(false); // a hidden row, below a known grid
      expect(isShown(doc.getElementById('a4'))).toBe(true);
    });
    expect(hasAttribute).toHaveBeenCalledTimes(1);
  });

  it('remembers nothing checked only up to `within`, nor after the read', () => {
    const doc = page();
    const box = doc.getElementById('box')!;
    withinRead(doc, () => {
      expect(isShown(doc.getElementById('a4'), box)).toBe(true);
      box.setAttribute('hidden', ''); // only a test changes a page during a read
      expect(isShown(doc.getElementById('a4'))).toBe(false);
    });
    box.removeAttribute('hidden');
    doc.getElementById('grid')!.setAttribute('hidden', '');
    expect(isShown(doc.getElementById('a1'))).toBe(false);
  });
});

describe('an Instagram profile whose embedded user has every count exact', () => {
  const { doc: load } = siteFixtures('instagram', instagram);
  const URL_ = 'https://www.instagram.com/cafe.ritual/';
  // The header as rendered, beside the embedded user: its links show rounded counts.
  const withHeader = (html: string) =>
    html.replace(
      '<body>',
      `<body><main><header><h2><span>cafe.ritual</span></h2><ul><li><span>961</span> posts</li>
        <li><a href="/cafe.ritual/followers/"><span>48K</span> followers</a></li><li><a href="/cafe.ritual/following/"><span>510</span> following</a></li></ul></header></main>`,
    );

  it('is read from the user object alone: neither the meta description nor the header links are looked at', () => {
    const doc = load('profile-embedded.html', withHeader);
    const meta = doc.querySelector('meta[property="og:description"]')!;
    const link = doc.querySelector('a[href="/cafe.ritual/followers/"]')!;
    const metaRead = vi.spyOn(meta, 'getAttribute');
    const linkRead = vi.spyOn(link, 'querySelectorAll');
    const snap = instagram.read(doc, URL_)!;
    expect(snap.profile).toMatchObject({ name: 'Café Ritual', verified: false, followers: { value: 48213, exact: true }, following: { value: 510 }, posts: { value: 961 } });
    expect(metaRead).not.toHaveBeenCalled();
    expect(linkRead).not.toHaveBeenCalled();
  });

  it('still reads the header when the user object lacks an exact count', () => {
    const doc = load('profile-embedded.html', (h) => withHeader(h).replace('"follower_count":48213,', ''));
    const linkRead = vi.spyOn(doc.querySelector('a[href="/cafe.ritual/followers/"]')!, 'querySelectorAll');
    const snap = instagram.read(doc, URL_)!;
    expect(snap.profile.followers).toMatchObject({ value: 48000, exact: false });
    expect(linkRead).toHaveBeenCalled();
  });
});

describe('bestCountOf', () => {
  const c = (value: number, exact: boolean) => ({ value, exact, min: value, max: value, source: 'text' as const, raw: String(value) });

  it('answers as bestCount over every source, reading none after the first exact count', () => {
    const cases = [[undefined, c(5, false), c(6, true), c(7, true)], [c(1, false), c(2, false)], [undefined, undefined], [c(3, true)], []];
    for (const counts of cases) {
      const sources = counts.map((count) => vi.fn(() => count));
      expect(bestCountOf(...sources)).toBe(bestCount(...counts));
      const firstExact = counts.findIndex((x) => x?.exact);
      sources.forEach((s, i) => expect(s).toHaveBeenCalledTimes(firstExact >= 0 && i > firstExact ? 0 : 1));
    }
  });
});
