/**
 * json.ts firstObjectWith: one object read from around its key in a large JSON text must be what
 * parsing and walking the whole text gives (instagram/embedded.ts used to), on every saved page and
 * fixture that embeds Instagram state; and it must give up (null: the caller parses it all) on text
 * it cannot vouch for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstObjectWith, parseJson, walk } from '../../../lib/sites/json';
import { isMedia, isProfileOf } from '../../../lib/sites/instagram/embedded';
import { FIXTURES_DIR, parseDoc } from '../../support/fixtures';
import { hasRealPages, REAL_PAGES_DIR } from '../../support/shared';

type Obj = Record<string, unknown>;

function firstByWalk(text: string, pred: (o: Obj) => boolean): Obj | undefined {
  let found: Obj | undefined;
  walk(parseJson(text), (o) => {
    if (!found && pred(o)) found = o;
    return false;
  });
  return found;
}

/** The embedded JSON scripts of a saved page, with the handles and post codes named in them. */
function pages(): { name: string; texts: string[] }[] {
  const files = readdirSync(resolve(FIXTURES_DIR, 'instagram')).map((f) => ({ name: `fixture/${f}`, path: resolve(FIXTURES_DIR, 'instagram', f) }));
  if (hasRealPages) {
    for (const f of readdirSync(REAL_PAGES_DIR).filter((f) => f.startsWith('ig_') && f.endsWith('.html'))) files.push({ name: `real/${f}`, path: resolve(REAL_PAGES_DIR, f) });
  }
  return files.map(({ name, path }) => ({
    name,
    texts: Array.from(parseDoc(readFileSync(path, 'utf8')).querySelectorAll('script[type="application/json"]')).map((s) => s.textContent ?? ''),
  }));
}

const values = (text: string, key: string) => [...new Set([...text.matchAll(new RegExp(`"${key}"\\s*:\\s*"([\\w.-]+)"`, 'g'))].map((m) => m[1]))];

describe('firstObjectWith', () => {
  const all = pages();
  it('finds embedded state in the saved pages (the comparison below is not empty)', () => {
    expect(all.filter((p) => p.texts.some((t) => /"username"/.test(t))).length).toBeGreaterThanOrEqual(3);
  });

  it('gives what a full parse and walk gives, for every username and post code of every page', () => {
    let quick = 0;
    for (const { name, texts } of all) {
      for (const text of texts) {
        for (const handle of values(text, 'username')) {
          const h = handle.toLowerCase();
          const got = firstObjectWith(text, ['username'], h, (o) => isProfileOf(o, h));
          if (got) quick++;
          if (got) expect(got.value, `${name} @${h}`).toEqual(firstByWalk(text, (o) => isProfileOf(o, h)));
        }
        for (const code of values(text, '(?:code|shortcode)')) {
          const pred = (o: Obj) => isMedia(o) && (o.code ?? o.shortcode) === code;
          const got = firstObjectWith(text, ['code', 'shortcode'], code, pred);
          if (got) quick++;
          if (got) expect(got.value, `${name} ${code}`).toEqual(firstByWalk(text, pred));
        }
      }
    }
    // The quick path is taken, not always given up on.
    expect(quick).toBeGreaterThanOrEqual(5);
  });

  const user = { username: 'lena.travels', follower_count: 1200 };
  const isLena = (o: Obj) => isProfileOf(o, 'lena.travels');

  it('takes the first object in document order, outer before inner, and skips near misses', () => {
    const text = JSON.stringify({
      a: { username: 'lena.travels' }, // no follower count: not a profile
      b: { username: 'Lena.Travels', follower_count: 5, inner: { ...user, follower_count: 6 } },
      c: user,
    });
    expect(firstObjectWith(text, ['username'], 'lena.travels', isLena)?.value?.follower_count).toBe(5);
    expect(firstObjectWith(JSON.stringify({ x: [{ username: 'other', follower_count: 1 }] }), ['username'], 'lena.travels', isLena)).toEqual({ value: undefined });
    // Spaces around the colon (pretty-printed state) and a duplicate key (JSON.parse keeps the last).
    expect(firstObjectWith(JSON.stringify({ u: user }, null, 2), ['username'], 'lena.travels', isLena)?.value).toEqual(user);
    expect(firstObjectWith('{"u":{"username":"lena.travels","follower_count":1,"username":"x"}}', ['username'], 'lena.travels', isLena)).toEqual({ value: undefined });
    // Any case, as the walk compares (the Kelvin sign lower-cases to "k"); but only the key as written.
    const kelvin = { username: 'bench.\u212Aitchen', follower_count: 3 };
    expect(firstObjectWith(JSON.stringify({ u: kelvin }), ['username'], 'bench.kitchen', (o) => isProfileOf(o, 'bench.kitchen'))?.value).toEqual(kelvin);
    expect(firstObjectWith('{"u":{"UserName":"lena.travels","follower_count":1}}', ['username'], 'lena.travels', isLena)).toEqual({ value: undefined });
    // With several keys, the first object in the text, whichever key it holds; whitespace JSON allows around the colon.
    const byCode = (o: Obj) => (o.code ?? o.shortcode) === 'C8abc';
    const two = '{"a":{"shortcode" :\n"C8abc","n":1},"b":{"code":"C8abc","n":2}}';
    expect(firstObjectWith(two, ['code', 'shortcode'], 'c8abc', byCode)?.value).toEqual({ shortcode: 'C8abc', n: 1 });
    expect(firstObjectWith('{"a":{"code":"C8abc","n":2},"b":{"shortcode":"C8abc","n":1}}', ['code', 'shortcode'], 'c8abc', byCode)?.value).toEqual({ code: 'C8abc', n: 2 });
    // A key that is only the tail of a longer one, or not followed by a string value, is no match.
    expect(firstObjectWith('{"a":{"xcode":"C8abc"},"b":{"code":3,"c":"C8abc"}}', ['code'], 'c8abc', byCode)).toEqual({ value: undefined });
  });

  it('gives up on text it cannot vouch for', () => {
    const text = JSON.stringify({ pad: 'x', u: user });
    // Truncated inside the object, after it, or cut before its start.
    expect(firstObjectWith(text.slice(0, text.length - 5), ['username'], 'lena.travels', isLena)).toBeNull();
    expect(firstObjectWith(`{"list":[${JSON.stringify(user)}, {"more":`, ['username'], 'lena.travels', isLena)).toBeNull();
    expect(firstObjectWith(text.slice(text.indexOf('"username"')), ['username'], 'lena.travels', isLena)).toBeNull();
    // A brace inside a string between the object's start and its key misleads the brace count.
    expect(firstObjectWith(JSON.stringify({ u: { bio: 'a } b', ...user } }), ['username'], 'lena.travels', isLena)).toBeNull();
    expect(firstObjectWith(JSON.stringify({ u: { bio: 'a { b', ...user } }), ['username'], 'lena.travels', isLena)).toBeNull();
    // The key or handle spelled with escapes elsewhere could be an earlier object.
    expect(firstObjectWith(`{"a":{"user\\u006eame":"lena.travels","follower_count":1},"u":${JSON.stringify(user)}}`, ['username'], 'lena.travels', isLena)).toBeNull();
    expect(firstObjectWith(`{"a":{"username":"lena\\u002Etravels","follower_count":1},"u":${JSON.stringify(user)}}`, ['username'], 'lena.travels', isLena)).toBeNull();
    // A value that is not a plain handle, and a text too large for a bounded walk to see whole.
    expect(firstObjectWith(text, ['username'], 'lena"travels', isLena)).toBeNull();
    expect(firstObjectWith(text + ' '.repeat(1_000_000), ['username'], 'lena.travels', isLena)).toBeNull();
  });

  it('finds nothing (not an error) in hostile text: a handle in a string, a key without an object', () => {
    const bio = JSON.stringify({ u: { bio: JSON.stringify(user), username: 'someone', follower_count: 2 } });
    expect(firstObjectWith(bio, ['username'], 'lena.travels', isLena)).toEqual({ value: undefined });
    expect(firstObjectWith('"username":"lena.travels"', ['username'], 'lena.travels', isLena)).toBeNull();
    expect(firstObjectWith('[{"username":"lena.travels","follower_count":1}', ['username'], 'lena.travels', isLena)).toBeNull();
    // A brace in a string before the object does not matter: the object is found, as a full parse finds it.
    expect(firstObjectWith('{"a":"}","u":{"username":"lena.travels","follower_count":1}}', ['username'], 'lena.travels', isLena)).toEqual({ value: { username: 'lena.travels', follower_count: 1 } });
  });
});
