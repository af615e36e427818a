import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBeyond, postBoundary } from '../../../lib/content/relevance';
import { reportFor, reportKey } from '../../../lib/content/report';
import { MAX_POSTS } from '../../../lib/sites/common';
import type { PageReading } from '../../../lib/sites/read';
import type { Snapshot } from '../../../lib/snapshot';

const count = (n: number) => ({ value: n, exact: true, min: n, max: n, source: 'text' as const, raw: String(n) });

function page(items: number) {
  const cells = Array.from({ length: items }, (_, i) => `<div class="cell"><article><a href="/h/status/10${i}">t</a><span>${i}</span></article></div>`).join('');
  return parseHTML(`<html><body><main><header><a href="/h/followers">5 Followers</a></header><section id="list">${cells}</section></main></body></html>`).document as unknown as Document;
}

function snapshot(posts: number): Snapshot {
  return {
    platform: 'x',
    url: 'https://x.com/h',
    page: 'profile',
    capturedAt: new Date().toISOString(),
    profile: { handle: 'h', followers: count(5) },
    posts: Array.from({ length: posts }, (_, i) => ({ id: `10${i}`, likes: count(i) })),
  };
}

/** A childList record as the browser makes it, for nodes already inserted (or removed). */
const record = (target: Node, added: Node[] = [], removed: Node[] = []) => ({
  target,
  addedNodes: added as unknown as NodeList,
  removedNodes: removed as unknown as NodeList,
  previousSibling: added.length ? added[0].previousSibling : null,
  nextSibling: added.length ? added[added.length - 1].nextSibling : null,
});

describe('reports keep the most recent posts', () => {
  it('keeps MAX_POSTS posts and says how many the page had; the key ignores the page growing', () => {
    const reading = (n: number) => ({ status: 'ok', snapshot: snapshot(n), adapter: {} }) as unknown as PageReading;
    const small = reportFor(reading(12), 'u');
    expect(small?.status === 'ok' && small.snapshot.posts.length).toBe(12);
    const a = reportFor(reading(100), 'u');
    const b = reportFor(reading(2000), 'u');
    expect(a?.status === 'ok' && a.snapshot.posts.length).toBe(MAX_POSTS);
    expect(a?.status === 'ok' && a.snapshot.notes?.at(-1)).toContain('of the 100 posts');
    expect(reportKey(a!)).toBe(reportKey(b!));
    expect(reportKey(a!)).not.toBe(reportKey(small!));
  });
});

describe('changes after the last post kept', () => {
  it('has no boundary while the page shows fewer posts than a report keeps', () => {
    expect(postBoundary(page(30), snapshot(30))).toBeNull();
  });

  it("finds the last kept post's own list item", () => {
    const doc = page(100);
    const b = postBoundary(doc, snapshot(100))!;
    expect(b.className).toBe('cell');
    expect(b.querySelector('a')!.getAttribute('href')).toBe(`/h/status/10${MAX_POSTS - 1}`);
  });

  it('skips posts appended after it, reads anything else', () => {
    const doc = page(100);
    const b = postBoundary(doc, snapshot(100))!;
    const list = doc.getElementById('list')!;
    const appended = doc.createElement('div');
    list.append(appended);
    expect(isBeyond(b, record(list, [appended]))).toBe(true);
    const prepended = doc.createElement('div');
    list.prepend(prepended);
    expect(isBeyond(b, record(list, [prepended])), 'new posts on top').toBe(false);
    const header = doc.querySelector('header')!;
    const inHeader = doc.createElement('span');
    header.append(inHeader);
    expect(isBeyond(b, record(header, [inHeader])), 'the header').toBe(false);
    const inside = doc.createElement('b');
    b.append(inside);
    expect(isBeyond(b, record(b, [inside])), 'inside the last kept post').toBe(false);
    const later = b.nextElementSibling!;
    const lazy = doc.createElement('img');
    later.append(lazy);
    expect(isBeyond(b, record(later, [lazy])), 'inside a later post').toBe(true);
    const earlier = b.previousElementSibling!;
    const early = doc.createElement('img');
    earlier.append(early);
    expect(isBeyond(b, record(earlier, [early])), 'inside an earlier post').toBe(false);
    const between = doc.createElement('div');
    b.after(between);
    expect(isBeyond(b, record(list, [between])), 'inserted right after the last kept post').toBe(true);
    const before = doc.createElement('div');
    b.before(before);
    expect(isBeyond(b, record(list, [before])), 'inserted right before it').toBe(false);
    expect(isBeyond(b, record(list, [], [appended])), 'removals').toBe(false);
    b.remove();
    expect(isBeyond(b, record(list, [appended])), 'a boundary no longer on the page').toBe(false);
  });
});
