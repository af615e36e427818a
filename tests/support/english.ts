/**
 * Finds English in text that should be Spanish (issue 18: the Spanish popup, panel and shortlist show no English
 * except names and what the page says): common English words a Spanish sentence never uses, as whole words.
 */
export const ENGLISH_WORDS =
  /\b(the|and|with|from|posts?|followers?|likes?|views?|videos?|engagement|below|above|typical|grade|score|could|shown|page|only|per|into|of|this|its|were|was|has|count|open|scroll|read|not|rate|signs?)\b/i;

/** The pieces of `text` (split at sentence and clause ends) with an English word, after leaving out `names`. */
export function englishIn(text: string, names: readonly string[] = []): string[] {
  let shown = text;
  for (const name of names) shown = shown.split(name).join(' ');
  return shown
    .replace(/\s+/g, ' ')
    .split(/(?<=[.:;·])\s+|\n/)
    .filter((piece) => ENGLISH_WORDS.test(piece));
}
