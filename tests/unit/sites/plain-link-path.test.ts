/**
 * links.ts plainLinkPath: a plain same-site link's path read without building a URL must be what
 * URL reads, for every href it answers; anything URL would read otherwise it leaves to URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainLinkPath } from '../../../lib/sites/links';

const BASES = ['https://www.instagram.com', 'https://x.com'];

describe('plainLinkPath', () => {
  it('reads the paths of posts and accounts, dropping query and fragment', () => {
    expect(plainLinkPath('/bench.travels/reel/C8000000012/')).toBe('/bench.travels/reel/C8000000012/');
    expect(plainLinkPath('/Kikobeats/status/1759?s=20#x')).toBe('/Kikobeats/status/1759');
    expect(plainLinkPath('/')).toBe('/');
  });

  it('leaves to URL what URL reads otherwise', () => {
    for (const href of ['//evil.example/p/x', 'https://l.instagram.com/?u=1', '/a/../b', '/a/./b', '/..', '/a/.', '\\\\host/p', '/a\\b', '/%2e%2e/p', '/caf\u00e9/', '/a b', '/a"b', '/a{b}', ' /a', 'a/b', '/a\n/b', '']) {
      expect(plainLinkPath(href), JSON.stringify(href)).toBeUndefined();
    }
  });

  it('gives exactly what URL gives, whenever it answers', () => {
    // Paths built from the characters that matter: letters, dots, slashes, separators, escapes, spaces, non-ASCII.
    const piece = fc.constantFrom('a', 'Z', '9', '_', '-', '.', '..', '/', '//', '?', '#', '%', '%2e', '\\', ' ', '\t', '\n', '"', '~', ':', '@', '!', "'", 'é', '{', '`');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...BASES), (pieces, base) => {
        const href = `/${pieces.join('')}`;
        const plain = plainLinkPath(href);
        if (plain === undefined) return;
        const u = new URL(href, base);
        expect(u.origin).toBe(base);
        expect(plain).toBe(u.pathname);
      }),
      { numRuns: 5000 },
    );
  });
});
