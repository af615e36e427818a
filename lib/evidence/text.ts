/**
 * Text helpers for the evidence checks (captions, comments): bounding, normalising, emoji-only and
 * a coarse language guess. Pure, no DOM, no Intl: the content script's readers use `clip` too.
 */

export { CAPTION_MAX, clip, COMMENT_MAX, QUOTE_MAX } from './bounds';
import { clip, QUOTE_MAX } from './bounds';

/** A quote for the evidence lists: short, on one line, with an ellipsis when cut. */
export function quote(text: string, max = QUOTE_MAX): string {
  const s = clip(text, max + 1);
  return s.length > max ? `${clip(s, max - 1)}…` : s;
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Emoji, their modifiers and joiners, regional flags, and the punctuation people put between them. */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u200D\uFE0E\uFE0F\u20E3\s!.?,❤♥])+$/u;

/** True for a comment made only of emoji (at least one), such as "🔥🔥🔥" or "😍 ❤️". */
export function isEmojiOnly(text: string): boolean {
  const s = text.trim();
  return s.length > 0 && EMOJI_ONLY.test(s) && (PICTOGRAPH.test(s) || /\p{Regional_Indicator}/u.test(s));
}

/**
 * Lower case, accents removed, emoji, mentions, links and punctuation dropped, spaces collapsed:
 * what two comments are compared on ("Love it!! 😍" and "love it" are the same words).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@[\p{L}\p{N}_.]+/gu, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/**
 * Character trigrams of the normalised text: near-duplicates ("Great video bro!!" and "great video
 * bro") share most of them.
 */
export function trigrams(text: string): Set<string> {
  const s = ` ${normalise(text)} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Language, coarsely: the writing system first (Cyrillic, Arabic, Hangul...), then for Latin text
 * the language whose common short words appear most. Undefined when unsure: fewer than three
 * words, or no clear winner. Only used to notice comments in a language unrelated to the caption.
 */
type Lang = string;

const SCRIPTS: [RegExp, Lang][] = [
  [/[\u3040-\u30FF]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Greek}/u, 'el'],
];

const STOPWORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'is', 'you', 'this', 'that', 'for', 'with', 'are', 'it', 'my', 'of', 'to', 'so', 'was', 'what', 'have', 'your', 'just', 'in'],
  es: ['el', 'la', 'que', 'y', 'es', 'los', 'las', 'por', 'para', 'con', 'una', 'muy', 'pero', 'mi', 'tu', 'del', 'como', 'esta', 'este', 'en'],
  pt: ['o', 'a', 'que', 'e', 'não', 'nao', 'uma', 'com', 'para', 'muito', 'você', 'voce', 'do', 'da', 'meu', 'minha', 'isso', 'esse', 'em', 'mais'],
  fr: ['le', 'la', 'les', 'et', 'est', 'je', 'tu', 'vous', 'une', 'des', 'pour', 'avec', 'pas', 'que', 'qui', 'du', 'ce', 'cette', 'mais', 'sur'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'du', 'nicht', 'mit', 'ein', 'eine', 'auf', 'für', 'fur', 'sehr', 'auch', 'den', 'dem', 'zu', 'wie'],
  it: ['il', 'lo', 'che', 'e', 'non', 'una', 'per', 'con', 'sono', 'molto', 'questo', 'questa', 'della', 'del', 'gli', 'di', 'ma', 'mi', 'ti', 'anche'],
  id: ['yang', 'dan', 'ini', 'itu', 'aku', 'kamu', 'dengan', 'untuk', 'tidak', 'ada', 'sangat', 'bagus', 'di', 'ke', 'dari', 'juga', 'saya', 'banget', 'bisa', 'kak'],
  tr: ['bir', 've', 'bu', 'çok', 'cok', 'için', 'icin', 'ne', 'ben', 'sen', 'da', 'de', 'gibi', 'ama', 'daha', 'olan', 'mi', 'mı', 'ile', 'var'],
};
const STOP_SETS = Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list)] as const);

export function guessLanguage(text: string): Lang | undefined {
  for (const [re, lang] of SCRIPTS) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const inScript = text.match(new RegExp(re.source, 'gu'))?.length ?? 0;
    if (letters >= 2 && inScript / letters >= 0.5) return lang;
  }
  const w = words(text);
  if (w.length < 3) return undefined;
  const scores = STOP_SETS.map(([lang, set]) => [lang, w.filter((x) => set.has(x)).length] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  // Two hits at least, and clearly ahead: short words are shared between Romance languages.
  if (best[1] >= 2 && best[1] >= second[1] * 2) return best[0];
  return undefined;
}
