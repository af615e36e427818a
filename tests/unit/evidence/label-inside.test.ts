import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { labelInside } from '../../../lib/sites/extras';

const LABELS = ['Paid partnership', 'Colaboración pagada', 'Διαφήμιση'];
const root = (body: string) => parseHTML(`<html><body><article>${body}</article></body></html>`).document.querySelector('article')!;

describe('labelInside: a platform label shown in a post', () => {
  it('finds the label in any case, whitespace folded, and keeps its own words', () => {
    expect(labelInside(root('<div><span>Photo of a lake</span><span>PAID\u00a0 partnership</span></div>'), LABELS)).toBe('PAID partnership');
    expect(labelInside(root('<p>Paid partnership with glowlab</p>'), LABELS)).toBe('Paid partnership with glowlab');
  });

  it('a post whose text holds no label, or holds it only inside a longer sentence, has none', () => {
    expect(labelInside(root('<div><span>Morning walk</span><span>12K likes</span></div>'), LABELS)).toBeUndefined();
    expect(labelInside(root('<span>I never do a paid partnership</span>'), LABELS)).toBeUndefined();
  });

  it('a label hidden by the page is not read', () => {
    expect(labelInside(root('<div hidden><span>Paid partnership</span></div>'), LABELS)).toBeUndefined();
  });

  it('a label in its own element counts even when the next element starts with no space between them', () => {
    expect(labelInside(root('<span>Colaboración pagada</span><span>Marca</span>'), LABELS)).toBe('Colaboración pagada');
  });

  it('a Greek label ending in final sigma is found where the page text runs on without a space', () => {
    // Upper-case text lower-cases by context: ΠΡΟΩΘΗΣΗΣ alone ends in ς, followed by a letter in σ.
    expect(labelInside(root('<span>ΠΡΟΩΘΗΣΗΣ</span><span>Brand</span>'), ['Προωθησης'])).toBe('ΠΡΟΩΘΗΣΗΣ');
  });
});
