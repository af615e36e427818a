/** Bio links as the profiles show them: redirectors unwrapped, only web addresses kept, bounded. */
import { describe, expect, it } from 'vitest';
import { bioLinkFrom } from '../../../lib/sites/links';
import { linkKey } from '../../../lib/creators';

describe('bioLinkFrom', () => {
  it('unwraps the sites\' redirectors', () => {
    expect(bioLinkFrom('https://l.instagram.com/?u=https%3A%2F%2Fmiacocina.com%2Fshop&e=AT0x')).toBe('https://miacocina.com/shop');
    expect(bioLinkFrom('https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.nintendo.com%2F&h=AT1')).toBe('https://www.nintendo.com/');
    expect(bioLinkFrom('https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.nintendo.com%2F%3Ffbclid%3DIwAR3c&h=AT0')).toBe('https://www.nintendo.com/');
    expect(bioLinkFrom('https://l.threads.com/?u=https%3A%2F%2Flinktr.ee%2Fmia')).toBe('https://linktr.ee/mia');
    expect(bioLinkFrom('https://www.youtube.com/redirect?event=channel_banner&q=https%3A%2F%2Fshop.example.org%2F')).toBe('https://shop.example.org/');
    expect(bioLinkFrom('https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Faudiense.com&urlhash=x')).toBe('https://audiense.com/');
  });

  it('accepts a bare address as shown, refuses other schemes, the site itself and garbage', () => {
    expect(bioLinkFrom('miacocina.com/shop')).toBe('https://miacocina.com/shop');
    expect(bioLinkFrom('javascript:alert(1)')).toBeUndefined();
    expect(bioLinkFrom('mailto:a@b.c')).toBeUndefined();
    expect(bioLinkFrom('https://www.twitch.tv/other', ['www.twitch.tv'])).toBeUndefined();
    expect(bioLinkFrom('not a link')).toBeUndefined();
    expect(bioLinkFrom('https://localhost/')).toBeUndefined();
    expect(bioLinkFrom(`https://example.com/${'a'.repeat(5000)}`)).toBeUndefined();
    expect(bioLinkFrom(undefined)).toBeUndefined();
  });
});

describe('linkKey', () => {
  it('host without www, path without trailing slash, query or fragment, lower case', () => {
    expect(linkKey('https://www.MiaCocina.com/Shop/?utm_source=ig#top')).toBe('miacocina.com/shop');
    expect(linkKey('https://m.facebook.com/Nintendo')).toBe('facebook.com/nintendo');
    expect(linkKey('ftp://example.com/')).toBeUndefined();
    expect(linkKey('nonsense')).toBeUndefined();
  });
});
