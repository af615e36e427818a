/**
 * The Instagram grid remembers what each tile said (lib/sites/instagram/grid.ts), so that a growing
 * grid is not read tile by tile again before every report. What it remembers must never outlive the
 * tile's content: a tile the page re-rendered is read again.
 */
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../lib/sites/instagram';
import { gridPosts } from '../../../lib/sites/instagram/grid';
import { siteFixtures } from '../../support/fixtures';

const { doc: load } = siteFixtures('instagram', instagram);
const URL_ = 'https://www.instagram.com/lena.travels/';
const post = (doc: Document, id: string) => instagram.read(doc, URL_)?.posts.find((p) => p.id === id);
const tile = (doc: Document, id: string) => doc.querySelector(`a[href*="${id}"]`)!;

describe('Instagram grid tiles read again when they change', () => {
  it('reads a changed count, not the remembered one', () => {
    const doc = load('profile-logged-in.html');
    expect(post(doc, 'C9pinAAAAAA')?.likes?.value).toBe(12400);
    const likes = Array.from(tile(doc, 'C9pinAAAAAA').querySelectorAll('span.html-span')).find((s) => s.textContent === '12.4K')!;
    likes.textContent = '13.1K';
    expect(post(doc, 'C9pinAAAAAA')?.likes?.value).toBe(13100);
  });

  it('reads a tile whose overlay appeared (pointer over it), and one whose pin went', () => {
    const doc = load('profile-logged-in.html');
    expect(post(doc, 'C9plainBBBB')).toBeUndefined();
    const overlay = doc.createElement('ul');
    for (const text of ['2,001', '45']) {
      const li = overlay.appendChild(doc.createElement('li'));
      li.appendChild(doc.createElement('span')).textContent = text;
    }
    tile(doc, 'C9plainBBBB').firstElementChild!.appendChild(overlay);
    expect(post(doc, 'C9plainBBBB')).toMatchObject({ likes: { value: 2001 }, comments: { value: 45 } });

    expect(post(doc, 'C9pinAAAAAA')?.pinned).toBe(true);
    tile(doc, 'C9pinAAAAAA').querySelector('svg[aria-label="Pinned post icon"]')!.remove();
    expect(post(doc, 'C9pinAAAAAA')?.pinned).toBeUndefined();
  });

  it('does not hand out the remembered post itself: a caller changing it changes nothing', () => {
    const doc = load('profile-logged-in.html');
    const first = gridPosts(doc, 'lena.travels', null, 'en').find((p) => p.id === 'C9pinAAAAAA')!;
    first.likes = undefined;
    expect(gridPosts(doc, 'lena.travels', null, 'en').find((p) => p.id === 'C9pinAAAAAA')?.likes?.value).toBe(12400);
  });

  it('does not serve one account’s tile to another', () => {
    const doc = load('profile-logged-in.html');
    expect(post(doc, 'C9pinAAAAAA')).toBeDefined();
    expect(instagram.read(doc, 'https://www.instagram.com/another.account/')?.posts.find((p) => p.id === 'C9pinAAAAAA')).toBeUndefined();
  });
});
