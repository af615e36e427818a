import { describe, expect, it } from 'vitest';
import { commentQuality, isGeneric } from '../../../lib/evidence/comments';
import { guessLanguage, isEmojiOnly } from '../../../lib/evidence/text';
import { comment } from './helpers';

describe('generic comments', () => {
  it.each(['nice pic', 'Love it!!', '😍😍😍', '🔥', 'wow so beautiful', 'Amazing 👏', 'me encanta ❤️', 'Trop beau', 'niiiice', 'great post bro', '🇧🇷🇧🇷'])('%s is generic', (t) =>
    expect(isGeneric(t)).toBe(true),
  );
  it.each(['Where did you buy that jacket?', 'The light on the left hill is stunning at 6am', 'Nice pic, what lens did you use?', 'I tried this recipe and it burned', '12'])(
    '%s is specific',
    (t) => expect(isGeneric(t)).toBe(false),
  );
  it('emoji only', () => {
    expect(isEmojiOnly('❤️🔥')).toBe(true);
    expect(isEmojiOnly('ok 👍')).toBe(false);
    expect(isEmojiOnly('!!!')).toBe(false);
  });
});

describe('comment quality', () => {
  const specific = (i: number) => comment(`fan${i}`, `Question ${i}: which camera and lens did you use for shot number ${i}?`);
  it('1-3 generic in 20 is normal, half is an alarm (GUIDE section 5)', () => {
    const normal = [...Array.from({ length: 17 }, (_, i) => specific(i)), comment('a', 'nice pic'), comment('b', '🔥'), comment('c', 'love it')];
    const q = commentQuality(normal);
    expect(q.total).toBe(20);
    expect(q.generic.count).toBe(3);
    expect(q.verdict).toBe('normal');
    const alarm = [...Array.from({ length: 10 }, (_, i) => specific(i)), ...Array.from({ length: 10 }, (_, i) => comment(`bot${i}`, ['nice pic', 'love it', '😍', 'amazing', 'wow'][i % 5]))];
    const a = commentQuality(alarm);
    expect(a.generic.share).toBe(0.5);
    expect(a.verdict).toBe('alarm');
    expect(a.generic.examples).toHaveLength(3);
    expect(a.generic.examples[0]).toEqual({ author: 'bot0', text: 'nice pic' });
    expect(commentQuality(normal.slice(0, 5)).verdict).toBe('too-few');
  });

  it('finds exact and near duplicates, with the comment they repeat', () => {
    const list = [
      comment('a', 'This is the best tutorial on the whole platform'),
      comment('b', 'this is the best tutorial on the whole platform!!'),
      comment('c', 'This is the best tutorial on the whole platfrom 🙌'),
      comment('d', 'My cat watched the whole video with me'),
      comment('e', '🔥'),
      comment('f', '🔥'),
    ];
    const q = commentQuality(list);
    expect(q.duplicates.count).toBe(2);
    expect(q.duplicates.examples[0]).toMatchObject({ author: 'b', of: 'This is the best tutorial on the whole platform' });
  });

  it('counts comments in a language unrelated to the caption', () => {
    const list = [
      comment('a', 'this is so good and you are the best', 0),
      comment('b', 'очень красивое фото, спасибо', 0),
      comment('c', 'que linda foto, me encanta mucho esta', 0),
      comment('d', '🔥', 0),
    ];
    const q = commentQuality(list, ['Sunset at the lake with my dog, this was the best evening of the year']);
    expect(q.unrelatedLanguage.captionLanguage).toBe('en');
    expect(q.unrelatedLanguage.checked).toBe(3);
    expect(q.unrelatedLanguage.count).toBe(2);
    expect(q.unrelatedLanguage.examples.map((e) => e.author)).toEqual(['b', 'c']);
    // Without a caption language nothing is judged.
    expect(commentQuality(list).unrelatedLanguage.checked).toBe(0);
  });

  it('guesses languages coarsely and says nothing when unsure', () => {
    expect(guessLanguage('this is the best thing you have made')).toBe('en');
    expect(guessLanguage('esta es la mejor foto que has hecho para mi')).toBe('es');
    expect(guessLanguage('das ist sehr schön und ich mag es')).toBe('de');
    expect(guessLanguage('素晴らしい写真ですね')).toBe('ja');
    expect(guessLanguage('wow')).toBeUndefined();
  });
});
