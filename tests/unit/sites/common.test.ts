/**
 * Shared adapter helpers (lib/sites/common.ts) where their fast paths could go wrong: the object
 * assigned in an inline script, and lazy walks of live collections.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { assignedJson, countInElement, firstMatch, inOrder, leadingCount, metaContent } from '../../../lib/sites/common';

const page = (body: string, head = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('assignedJson', () => {
  it('reads an object that runs to the end of its script', () => {
    const doc = page(`<script>var ytInitialData = {"a":{"b":"}"}};</script>`);
    expect(assignedJson(doc, 'ytInitialData')).toEqual({ a: { b: '}' } });
  });

  it('reads an object followed by more code and other objects', () => {
    const doc = page(`<script>window["ytInitialData"] = {"a":1,"s":"{"}; var other = {"b":2}; if (x) { y(); }</script>`);
    expect(assignedJson(doc, 'ytInitialData')).toEqual({ a: 1, s: '{' });
  });

  it('gives nothing for a truncated object, and finds the variable in a later script', () => {
    expect(assignedJson(page(`<script>var ytInitialData = {"a":1</script>`), 'ytInitialData')).toBeUndefined();
    const doc = page(`<script>var unrelated = {"z":0};</script><script>var ytInitialData = {"ok":true};</script>`);
    expect(assignedJson(doc, 'ytInitialData')).toEqual({ ok: true });
  });
});

describe('live collection walks', () => {
  it('visit every element in document order, and stop at the first match', () => {
    const doc = page('<a id="1"></a><div><a id="2"></a></div><a id="3"></a>');
    expect([...inOrder(doc.getElementsByTagName('a'))].map((a) => a.id)).toEqual(['1', '2', '3']);
    expect(firstMatch(doc.getElementsByTagName('a'), (a) => a.id !== '1')?.id).toBe('2');
    expect(firstMatch(doc.getElementsByTagName('a'), () => false)).toBeUndefined();
  });
});

describe('metaContent', () => {
  it('reads <head> metas by property or name', () => {
    const doc = page('', '<meta property="og:title" content="T"><meta name="description" content="D">');
    expect(metaContent(doc, 'og:title')).toBe('T');
    expect(metaContent(doc, 'description')).toBe('D');
    expect(metaContent(doc, 'og:url')).toBeUndefined();
  });
});

describe('leadingCount and countInElement: a number beside a unit word (issue 17, defect 1)', () => {
  const value = (text: string, locale?: string) => leadingCount(text, 'text', locale)?.value;

  it('reads the units Intl writes in every language, never the bare number', () => {
    expect(value('412 tūkst.', 'lt')).toBe(412_000);
    expect(value('412 tūkst. sekėjų', 'lt')).toBe(412_000);
    expect(value('12 tūkst. views')).toBe(12_000);
    expect(value('48 હજાર', 'gu')).toBe(48_000);
    expect(value('48 હજાર subscribers')).toBe(48_000);
    expect(value('1,2 mil millones de visualizaciones', 'es')).toBe(1_200_000_000);
    expect(value('১.২ লা.কো.', 'bn')).toBe(1.2e12);
    expect(value('elfu 12 wafuasi', 'sw')).toBe(12_000); // Swahili writes the unit first
    expect(value('Dubu 1.2', 'ha')).toBe(1_200);
  });

  it('refuses a number beside a unit it cannot resolve, or an abbreviation it does not know', () => {
    expect(value('12 mil. views')).toBeUndefined(); // Czech million or Spanish thousand: the page's language decides
    expect(value('12 mil. zhlédnutí', 'cs')).toBe(12_000_000);
    expect(value('12 xyzk. views')).toBeUndefined();
    expect(value('ဋေ ၁ ထ', 'my')).toBeUndefined(); // Burmese, a unit on both sides
    // Ordinary words after a number leave it exact.
    expect(value('224 Beiträge', 'de')).toBe(224);
    expect(value('a este video le gusta a 1.022.656 personas más', 'es')).toBe(1_022_656);
  });

  it('does not take a number from its own element when the unit is in the next one', () => {
    const { document } = parseHTML('<html><body><div id="c"><span>412</span><span>tūkst.</span></div></body></html>');
    expect(countInElement(document.getElementById('c'), 'text', 'lt')?.value).toBe(412_000);
    expect(countInElement(document.getElementById('c'), 'text', 'en')?.value).toBe(412_000);
    document.getElementById('c')!.lastElementChild!.textContent = 'vnt.';
    expect(countInElement(document.getElementById('c'), 'text', 'lt')?.value).toBeUndefined();
  });
});
