/**
 * Comment quality from the visible top-level comments: how many are generic ("nice pic", "love
 * it", emoji only), duplicates or near-duplicates of another, or in a language unrelated to the
 * caption's. Pure.
 *
 * Reference (GUIDE section 5, HypeAuditor): 1-3 generic comments out of 20 is normal; half is an
 * alarm. Fewer than MIN_COMMENTS comments say too little, and the verdict is left out.
 */
import type { Comment } from '../snapshot';
import { guessLanguage, isEmojiOnly, jaccard, quote, trigrams, words } from './text';

const MIN_COMMENTS = 8;
/** 3 in 20 is still normal; half is the alarm (HypeAuditor, GUIDE section 5). */
const GENERIC_NORMAL_MAX = 3 / 20;
const GENERIC_ALARM = 0.5;
/** Trigram overlap at which two comments count as near-duplicates. */
const NEAR_DUPLICATE = 0.8;
const EXAMPLES = 3;
/** Comments compared pairwise at most (the pairwise check is quadratic). */
const COMPARED_MAX = 300;

/**
 * Whole generic comments and their parts, normalised (lower case, no accents or punctuation).
 * English, Spanish, Portuguese, French, German, Italian, Indonesian, Turkish.
 */
const GENERIC_PHRASES = [
  'nice pic', 'nice picture', 'nice photo', 'nice post', 'nice shot', 'nice one', 'nice video', 'nice', 'love it', 'love this', 'love',
  'loved it', 'so cute', 'cute', 'amazing', 'awesome', 'great post', 'great pic', 'great content', 'great video', 'great shot', 'great', 'beautiful',
  'gorgeous', 'stunning', 'lovely', 'perfect', 'wow', 'cool', 'fire', 'goals', 'omg', 'yes', 'yess', 'super', 'superb', 'incredible',
  'keep it up', 'keep going', 'keep posting', 'well done', 'good job', 'good', 'best', 'the best', 'so good', 'so beautiful', 'so nice',
  'looks great', 'looks amazing', 'looking good', 'check my profile', 'check out my page', 'follow me', 'follow back', 'dm me',
  'dm us', 'collab', 'lit', 'slay', 'queen', 'king', 'legend', 'first', 'top', 'bravo', 'congrats', 'congratulations',
  'me encanta', 'hermoso', 'hermosa', 'precioso', 'preciosa', 'que bonito', 'que bonita', 'bonito', 'bonita', 'genial', 'increible', 'lindo', 'linda',
  'que lindo', 'que linda', 'muy bien', 'guapa', 'guapo', 'espectacular', 'amei', 'perfeito', 'perfeita', 'maravilhoso', 'maravilhosa', 'top demais',
  'magnifique', 'trop beau', 'trop belle', 'j adore', 'superbe', 'sublime', 'magnifica', 'magnifico', 'bellissimo', 'bellissima', 'stupendo',
  'stupenda', 'schon', 'wunderschon', 'toll', 'mega', 'geil', 'hammer', 'krass', 'keren', 'mantap', 'bagus', 'cantik', 'harika', 'cok guzel',
];
/** Compared with every repeated letter folded ("niiiice", "loooove it" and "cool" all match their phrase). */
const fold = (s: string) => s.replace(/(.)\1+/gu, '$1');
const GENERIC = new Set(GENERIC_PHRASES.map(fold));
/** Words that can pad a generic comment without making it specific ("wow so nice!!"). */
const FILLER = new Set((['so', 'very', 'really', 'this', 'is', 'it', 'its', 'the', 'a', 'too', 'soo', 'sooo', 'muy', 'que', 'tres', 'sehr', 'molto', 'so', 'bro', 'sis', 'girl', 'dude', 'man', 'bae', 'babe', 'wow', 'omg', 'haha', 'hahaha', 'lol', 'just', 'and', 'y', 'e', 'et', 'und']).map(fold));

/** True for a comment that could sit under any post: emoji only, or only stock praise and filler. */
export function isGeneric(text: string): boolean {
  if (isEmojiOnly(text)) return true;
  const w = words(text).map(fold);
  if (!w.length || w.length > 6) return false;
  // Consume the longest generic phrase at each position; anything else makes it specific.
  let i = 0;
  let praise = false;
  while (i < w.length) {
    let matched = 0;
    for (let len = Math.min(3, w.length - i); len >= 1; len--) {
      if (GENERIC.has(w.slice(i, i + len).join(' '))) {
        matched = len;
        break;
      }
    }
    if (matched) {
      praise = true;
      i += matched;
    } else if (FILLER.has(w[i])) i++;
    else return false;
  }
  return praise;
}

export interface CommentExample {
  author: string;
  text: string;
  /** For duplicates: the comment it repeats. */
  of?: string;
}

export interface CommentQuality {
  /** Comments looked at (top-level, non-empty). */
  total: number;
  generic: { count: number; share: number; examples: CommentExample[] };
  /** Comments that repeat another's words exactly (after normalising) or nearly (trigram overlap >= 0.8). */
  duplicates: { count: number; share: number; examples: CommentExample[] };
  /** Comments whose language clearly differs from the caption's; checked only when the caption's is known. */
  unrelatedLanguage: { count: number; checked: number; captionLanguage?: string; examples: CommentExample[] };
  /** 'normal' (<= 3 in 20 generic), 'elevated', 'alarm' (>= half), or 'too-few' below MIN_COMMENTS. */
  verdict: 'normal' | 'elevated' | 'alarm' | 'too-few';
}

/**
 * Quality of a post's (or several posts') comments. `captions[i]` is the caption of post i: a
 * comment's language is compared with the caption of the post it belongs to.
 */
export function commentQuality(comments: readonly Comment[], captions: readonly (string | undefined)[] = []): CommentQuality {
  const list = comments.filter((c) => c.text.trim().length > 0);
  const total = list.length;
  const generic = list.filter((c) => isGeneric(c.text));

  const duplicates: CommentExample[] = [];
  const compared = list.slice(0, COMPARED_MAX).map((c) => ({ c, key: words(c.text).join(' '), grams: trigrams(c.text) }));
  const dupCount = compared.filter((x, i) => {
    // Emoji-only and one-word comments repeat naturally ("🔥"): those count as generic, not duplicates.
    if (x.key.split(' ').length < 3) return false;
    const earlier = compared.slice(0, i).find((y) => y.key === x.key || jaccard(x.grams, y.grams) >= NEAR_DUPLICATE);
    if (earlier && duplicates.length < EXAMPLES) duplicates.push({ author: x.c.author, text: quote(x.c.text), of: quote(earlier.c.text, 60) });
    return Boolean(earlier);
  }).length;

  const captionLang = captions.map((c) => (c ? guessLanguage(c) : undefined));
  let checked = 0;
  const unrelated: CommentExample[] = [];
  let unrelatedCount = 0;
  for (const c of list) {
    const expected = captionLang[c.post ?? 0];
    if (!expected) continue;
    const lang = guessLanguage(c.text);
    if (!lang) continue;
    checked++;
    if (lang !== expected) {
      unrelatedCount++;
      if (unrelated.length < EXAMPLES) unrelated.push({ author: c.author, text: quote(c.text) });
    }
  }
  const languages = [...new Set(captionLang.filter((l): l is string => !!l))];

  const share = total ? generic.length / total : 0;
  const verdict = total < MIN_COMMENTS ? 'too-few' : share >= GENERIC_ALARM ? 'alarm' : share > GENERIC_NORMAL_MAX ? 'elevated' : 'normal';
  return {
    total,
    generic: { count: generic.length, share, examples: generic.slice(0, EXAMPLES).map((c) => ({ author: c.author, text: quote(c.text) })) },
    duplicates: { count: dupCount, share: total ? dupCount / total : 0, examples: duplicates },
    unrelatedLanguage: { count: unrelatedCount, checked, ...(languages.length === 1 ? { captionLanguage: languages[0] } : {}), examples: unrelated },
    verdict,
  };
}
