import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { AUDIENCE_ENTRIES_MAX, createFollowersTracker, toAudience } from '../../../lib/audience/read';
import { instagramFollowers } from '../../../lib/sites/instagram/followers';

const URL_ = new URL('https://www.instagram.com/potterypam/followers/');

function row(name: string, pic = true): string {
  return `<div><div><a href="/${name}/"><img src="https://scontent.cdninstagram.com/${pic ? name : '44884218_345707102882519_2446069589734326272_n'}.jpg"></a></div>` +
    `<div><a href="/${name}/"><span>${name}</span></a><span>Name ${name}</span></div><button>Remove</button></div>`;
}

function dialog(names: string[]): Document {
  return parseHTML(`<html><body><div role="dialog"><h1>Followers</h1><div id="list">${names.map((n) => row(n)).join('')}</div></div></body></html>`).document as unknown as Document;
}

describe('following a growing followers list', () => {
  it('reads each new row once as the list grows in three steps, and reports each follower once', () => {
    const doc = dialog(['a1', 'b2', 'c3']);
    const list = doc.getElementById('list')!;
    const tracker = createFollowersTracker(instagramFollowers);
    const first = tracker.read(doc, URL_)!;
    expect(first.added.map((e) => e.handle)).toEqual(['a1', 'b2', 'c3']);
    expect(first.read).toBe(3);

    // The user scrolls: three more rows appear below.
    const more = parseHTML(`<div>${['d4', 'e5', 'f6'].map((n) => row(n)).join('')}</div>`).document.querySelector('div')!;
    for (const el of Array.from(more.children)) list.appendChild(doc.importNode(el, true));
    const second = tracker.read(doc, URL_)!;
    expect(second.added.map((e) => e.handle)).toEqual(['d4', 'e5', 'f6']);
    expect(second.read).toBe(3); // the first three rows were not read again

    // Virtualised: the top rows leave, a row is recycled for someone new, and one already seen comes back.
    list.removeChild(list.children[0]);
    const recycled = list.children[0];
    for (const a of Array.from(recycled.querySelectorAll('a'))) a.setAttribute('href', '/g7/');
    const back = parseHTML(row('a1')).document.querySelector('div')!;
    list.appendChild(doc.importNode(back, true));
    const third = tracker.read(doc, URL_)!;
    expect(third.added.map((e) => e.handle)).toEqual(['g7']);
    expect(third.read).toBe(2); // the recycled row and the returning one
    expect(tracker.reportedCount).toBe(7);

    // Nothing changed: nothing read.
    expect(tracker.read(doc, URL_)!.read).toBe(0);
  });

  it('starts afresh on another account\'s list', () => {
    const doc = dialog(['a1']);
    const tracker = createFollowersTracker(instagramFollowers);
    tracker.read(doc, URL_);
    const other = tracker.read(doc, new URL('https://www.instagram.com/someoneelse/followers/'))!;
    expect(other.owner).toBe('someoneelse');
    expect(other.added.map((e) => e.handle)).toEqual(['a1']);
  });

  it('returns null off a followers list', () => {
    expect(createFollowersTracker(instagramFollowers).read(dialog(['a1']), new URL('https://www.instagram.com/potterypam/'))).toBeNull();
  });
});

describe('toAudience', () => {
  it('deduplicates by handle whatever the case and bounds the entries', () => {
    const a = toAudience([{ handle: 'Kate' }, null, { handle: '@kate' }, { handle: 'sam' }]);
    expect(a).toEqual({ source: 'followers-list', seen: 2, entries: [{ handle: 'Kate' }, { handle: 'sam' }] });
    const many = toAudience(Array.from({ length: AUDIENCE_ENTRIES_MAX + 10 }, (_, i) => ({ handle: `u${i}` })));
    expect(many.seen).toBe(AUDIENCE_ENTRIES_MAX + 10);
    expect(many.entries).toHaveLength(AUDIENCE_ENTRIES_MAX);
  });
});
