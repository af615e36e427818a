/** Tags as kept (no zod here: the popup bundles this). */
import { TAG_MAX_LENGTH, TAGS_MAX } from './limits';

/** Trimmed, inner spaces collapsed, lower case, no duplicates, at most TAGS_MAX of TAG_MAX_LENGTH characters. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const t = tag.replace(/\s+/g, ' ').trim().toLowerCase().slice(0, TAG_MAX_LENGTH);
    if (t && !seen.has(t)) seen.add(t);
    if (seen.size >= TAGS_MAX) break;
  }
  return [...seen];
}

/** "a, b ,c" (what a text field gives) -> ["a", "b", "c"]. */
export function parseTagInput(input: string): string[] {
  return normaliseTags(input.split(','));
}
