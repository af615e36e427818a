import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countBesideWord, shownText } from '../../../lib/sites/dom';

const W = 'comments?|comentarios?|commentaires?|kommentare?';
describe('countBesideWord', () => {
  it.each([
    ['75 Comments', 75, true],
    ['1.2K comments', 1200, false],
    ['4,69 mil comentarios', 4690, false],
    ['12 Kommentare', 12, true],
    ['Kommentare: 982', 982, true],
    ['See all · 1 234 commentaires', 1234, true],
  ])('%s', (text, value, exact) => {
    const c = countBesideWord(text, W, 'text', text.includes('mil') ? 'es' : undefined);
    expect(c?.value).toBe(value);
    expect(c?.exact).toBe(exact);
  });
  it('finds nothing without the word or the number', () => {
    expect(countBesideWord('75 shares', W, 'text')).toBeUndefined();
    expect(countBesideWord('Comments', W, 'text')).toBeUndefined();
    expect(countBesideWord('75 commentsxyz', W, 'text')).toBeUndefined();
  });
});

describe('shownText', () => {
  it('is empty for a hidden element, or one holding a hidden old screen', () => {
    const { document } = parseHTML('<div hidden><b id=a>1 follower</b></div><div id=b>2 <i style="display: none">old</i></div><div id=c> 3 <b>followers</b></div>');
    expect(['a', 'b', 'c'].map((id) => shownText(document.getElementById(id)!))).toEqual(['', '', '3 followers']);
  });
});

describe('countLabel', () => {
  it('reads a label that is only a count and its word', async () => {
    const { countLabel } = await import('../../../lib/sites/dom');
    expect(countLabel('75 Comments', W, 'text')?.value).toBe(75);
    expect(countLabel('Kommentare: 1.234', W, 'text', 'de')?.value).toBe(1234);
    expect(countLabel('Read 75 comments about this', W, 'text')).toBeUndefined();
  });
});
