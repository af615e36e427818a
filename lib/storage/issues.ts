/**
 * zod issues in plain words, for the reasons stored beside data set aside and the errors the
 * pages show. zod/mini ships without its English messages (they would weigh on every bundle), so
 * its issues read "Invalid input"; the issue's code says more.
 */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  values?: readonly unknown[];
}

/** One zod issue in plain words. */
export function describeIssue(issue: IssueLike): string {
  const n = (v: number | bigint | undefined) => String(v);
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `text longer than ${n(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `more than ${n(issue.maximum)} items`
          : `a number above ${n(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1
          ? 'empty text'
          : `text shorter than ${n(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `fewer than ${n(issue.minimum)} items`
          : `a number below ${n(issue.minimum)}`;
    case 'invalid_type':
      return `expected ${issue.expected === 'nonoptional' ? 'a value' : (issue.expected ?? 'another type')}`;
    case 'invalid_value':
      return `expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return 'not in the expected format';
    case 'invalid_union':
      return 'does not match any accepted form';
    case 'not_multiple_of':
      return 'expected a whole number';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
  }
}

/** The first problem zod found, as "path: what is wrong" (e.g. "shortlist.3.note: text longer than 2000 characters"). */
export function firstIssue(error: { issues: readonly IssueLike[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${describeIssue(issue)}` : describeIssue(issue);
}
