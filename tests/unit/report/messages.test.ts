/**
 * The report's and the campaign shortlist's words (rep_ keys): every key the code uses exists in
 * English and Spanish with the same placeholders, and the Spanish text is a translation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_STATUSES, REPORT_SECTIONS } from '../../../lib/storage/schema';
import { REPO_ROOT } from '../../support/shared';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(resolve(REPO_ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const used = new Set<string>();
for (const dir of ['components', 'entrypoints', 'lib']) {
  for (const file of sources(resolve(REPO_ROOT, dir))) for (const m of readFileSync(file, 'utf8').matchAll(/'(rep_[A-Za-z0-9_]+)'/g)) used.add(m[1]);
}
for (const s of CAMPAIGN_STATUSES) used.add(`rep_status_${s.replace('-', '_')}`);
for (const s of REPORT_SECTIONS) used.add(`rep_section_${s}`);

describe('report and campaign messages', () => {
  const en = load('en');
  const es = load('es');
  it('every rep_ key used exists in both languages', () => {
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !en[k] || !es[k])).toEqual([]);
  });
  it('the same rep_ keys and placeholders in both languages, and Spanish that is not the English text', () => {
    const rep = (m: Messages) => Object.keys(m).filter((k) => k.startsWith('rep_')).sort();
    expect(rep(es)).toEqual(rep(en));
    for (const k of rep(en)) {
      expect(es[k].placeholders ?? {}, k).toEqual(en[k].placeholders ?? {});
      if (en[k].message.length > 12) expect(es[k].message, k).not.toBe(en[k].message);
    }
  });
});
