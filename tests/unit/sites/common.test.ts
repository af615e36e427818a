/**
 * Shared adapter helpers (lib/sites/common.ts) where their fast paths could go wrong: the object
 * assigned in an inline script, and lazy walks of live collections.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { assignedJson, firstMatch, inOrder, metaContent } from '../../../lib/sites/common';

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
