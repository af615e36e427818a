/**
 * Text bounds shared by the page readers (content scripts: kept tiny, no tables) and the evidence checks.
 */

/** Caption and comment bounds (lib/snapshot.ts allows 500 and 1000; evidence keeps less). */
export const CAPTION_MAX = 500;
export const COMMENT_MAX = 300;
export const QUOTE_MAX = 120;

/** A string cut to `max` characters on a code-point boundary (never half an emoji), trimmed. */
export function clip(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  // Do not leave a lone high surrogate at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

