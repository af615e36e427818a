/**
 * A message whose text breaks a length limit is cut to fit, not refused whole (issue 17, defect 5):
 * an account whose display name is 58 emoji, or a page whose URL is 2,001 characters long, must
 * still get its badge. Strings (text the page and its accounts control) are cut at the limit, never
 * inside a surrogate pair. A list over its bound is not something an adapter sends (they read at
 * most MAX_POSTS posts): like anything else that does not validate, it is refused.
 */

interface Issue {
  code?: string;
  origin?: string;
  maximum?: number | bigint;
  path?: PropertyKey[];
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

const MAX_ROUNDS = 50;

/** The value validated, after cutting what is too long; or the first remaining issue. */
export function fitToSchema<T>(schema: Schema<T>, value: unknown): { success: true; data: T; cut: number } | { success: false; issue: string } {
  let current = value;
  let cut = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return { success: true, data: parsed.data, cut };
    const tooLong = parsed.error.issues.filter((i) => i.code === 'too_big' && i.origin === 'string' && Array.isArray(i.path));
    if (!tooLong.length || tooLong.length !== parsed.error.issues.length) {
      const first = parsed.error.issues.find((i) => !tooLong.includes(i)) ?? parsed.error.issues[0];
      return { success: false, issue: `${first?.code ?? 'invalid'} at ${(first?.path ?? []).map(String).join('.') || 'top level'}` };
    }
    if (round === 0) current = structuredClone(current);
    for (const issue of tooLong) if (shorten(current, issue.path!, Number(issue.maximum))) cut++;
  }
  return { success: false, issue: 'could not be cut to fit' };
}

function shorten(root: unknown, path: PropertyKey[], max: number): boolean {
  if (!path.length || !Number.isFinite(max) || max < 0) return false;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return false;
  const key = path[path.length - 1];
  const v = (parent as Record<PropertyKey, unknown>)[key];
  if (typeof v === 'string' && v.length > max) {
    const end = max > 0 && /[\ud800-\udbff]/.test(v.charAt(max - 1)) ? max - 1 : max;
    (parent as Record<PropertyKey, unknown>)[key] = v.slice(0, end);
    return true;
  }
  return false;
}
