/**
 * The vetting UI's message keys: every key it builds from data exists in English and Spanish
 * (literal keys are checked for the whole code base by tests/unit/ui/locales.test.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VET_DYNAMIC_KEYS } from '../../../components/vetting/keys';
import { REPO_ROOT } from '../../support/shared';

const load = (lang: string) => JSON.parse(readFileSync(resolve(REPO_ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('vetting messages', () => {
  const en = load('en');
  const es = load('es');

  it('exist in both languages for every key built from data', () => {
    expect(VET_DYNAMIC_KEYS.filter((k) => !en[k] || !es[k])).toEqual([]);
  });

  it('are the same set of vet_ keys in both languages, with the same placeholders', () => {
    const vet = (m: Record<string, unknown>) => Object.keys(m).filter((k) => k.startsWith('vet_')).sort();
    expect(vet(es)).toEqual(vet(en));
    for (const k of vet(en)) expect(es[k].placeholders ?? {}, k).toEqual(en[k].placeholders ?? {});
  });
});
