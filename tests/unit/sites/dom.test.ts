import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countBesideWord, isShown } from '../../../lib/sites/dom';

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

describe('isShown', () => {
  it('is false under hidden, aria-hidden and display:none ancestors', () => {
    const { document } = parseHTML('<div hidden><b id=a></b></div><div style="display: none"><b id=b></b></div><div aria-hidden="true"><b id=c></b></div><div><b id=d></b></div>');
    expect(['a', 'b', 'c', 'd'].map((id) => isShown(document.getElementById(id)!))).toEqual([false, false, false, true]);
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
