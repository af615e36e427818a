/**
 * The locale files are part of the code: a malformed messages.json stops the extension from
 * loading, and a missing key shows the key to the user. Checks: both languages have the same keys;
 * every $name$ in a message is declared, every declared placeholder is used, contents are $1..$9
 * and agree between languages; and every key the code asks for exists (literal keys found by
 * scanning the sources, keys built from data enumerated in the components).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_DYNAMIC_KEYS } from '../../../components/EngagementChart';
import { DYNAMIC_KEYS } from '../../../components/format';
import { TRIED_KEYS } from '../../../components/StateMessage';
import { REPO_ROOT } from '../../support/shared';
import { formatMessage, loadMessages, LOCALES, type Messages } from './support/messages';

const messages: Record<string, Messages> = Object.fromEntries(LOCALES.map((l) => [l, loadMessages(l)]));
const en = messages.en;

/** Keys a name may hold in Chrome: ASCII letters, digits and underscores. */
const KEY_NAME = /^[A-Za-z0-9_]+$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(tsx?|html)$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const SOURCES = ['components', 'entrypoints', 'lib'].flatMap((d) => sourceFiles(resolve(REPO_ROOT, d))).concat(resolve(REPO_ROOT, 'wxt.config.ts'));

interface Uses {
  literal: Map<string, string[]>;
  plural: Map<string, string[]>;
  templates: Map<string, string[]>;
}

/** Every message key the code names: t('k'), tp('k', ...) and t(`prefix_${x}...`), and __MSG_k__. */
function scanUses(): Uses {
  const uses: Uses = { literal: new Map(), plural: new Map(), templates: new Map() };
  const add = (map: Map<string, string[]>, key: string, file: string) => map.set(key, [...(map.get(key) ?? []), relative(REPO_ROOT, file)]);
  for (const file of SOURCES) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) add(uses.literal, m[2], file);
    // t(cond ? 'a' : 'b', ...)
    for (const m of text.matchAll(/\bt\(\s*[^'"`()]+\?\s*(['"])([^'"]+)\1\s*:\s*(['"])([^'"]+)\3/g)) {
      add(uses.literal, m[2], file);
      add(uses.literal, m[4], file);
    }
    for (const m of text.matchAll(/\btp\(\s*(['"])([^'"]+)\1/g)) add(uses.plural, m[2], file);
    for (const m of text.matchAll(/\bt\(\s*`([^`]*)`/g)) {
      if (m[1].includes('${')) add(uses.templates, m[1], file);
      else add(uses.literal, m[1], file);
    }
    for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) add(uses.literal, m[1], file);
  }
  return uses;
}

const uses = scanUses();
const dynamicKeys = [...Object.values(DYNAMIC_KEYS).flat(), ...CHART_DYNAMIC_KEYS, ...TRIED_KEYS];

describe('locale files', () => {
  it('have the same keys in every language', () => {
    const keys = Object.keys(en).sort();
    for (const lang of LOCALES) {
      expect(Object.keys(messages[lang]).sort(), `${lang} keys`).toEqual(keys);
    }
  });

  it('have valid key names and non-empty messages', () => {
    for (const lang of LOCALES) {
      for (const [key, entry] of Object.entries(messages[lang])) {
        expect(key, `${lang}: key name`).toMatch(KEY_NAME);
        expect(typeof entry.message, `${lang}.${key}`).toBe('string');
        expect(entry.message.trim().length, `${lang}.${key} is empty`).toBeGreaterThan(0);
      }
    }
  });

  it('declare every placeholder they use, use every one they declare, and number them $1..$9', () => {
    for (const lang of LOCALES) {
      for (const [key, entry] of Object.entries(messages[lang])) {
        const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()));
        const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
        expect([...used].sort(), `${lang}.${key}: placeholders used vs declared`).toEqual([...declared].sort());
        for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
          expect(name, `${lang}.${key}: placeholder name`).toMatch(KEY_NAME);
          expect(ph.content, `${lang}.${key}.${name}: content`).toMatch(/^\$[1-9]$/);
        }
        // A "$" that is not part of $name$, $1..$9 or $$ is shown as is by Chrome only by accident.
        const stray = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, '').replace(/\$(\$|[1-9])/g, '');
        expect(stray, `${lang}.${key}: stray $`).not.toContain('$');
      }
    }
  });

  it('map each placeholder to the same substitution in every language', () => {
    for (const [key, entry] of Object.entries(en)) {
      const contents = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
      for (const lang of LOCALES) {
        const other = messages[lang][key];
        if (!other) continue;
        const theirs = Object.fromEntries(Object.entries(other.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
        expect(theirs, `${lang}.${key}: placeholders differ from English`).toEqual(contents);
      }
    }
  });

  it('substitute as Chrome does (sanity check of the test helper)', () => {
    expect(formatMessage(en.pointsOff, '12')).toBe('−12 points');
    expect(formatMessage(messages.es.benchmarkLine, ['micro', 'Instagram', '1,85 %', '0,8 %', '3,5 %'])).toBe(
      'Lo habitual en cuentas micro de Instagram: 1,85 % (rango habitual 0,8 %–3,5 %).',
    );
  });
});

describe('message keys used in the code', () => {
  it('finds the keys it scans for (the scan itself works)', () => {
    expect(uses.literal.size).toBeGreaterThan(40);
    expect(uses.literal.has('reasonsHeading')).toBe(true);
    expect(uses.plural.has('sampleSmall')).toBe(true);
    expect([...uses.templates.keys()]).toContain('severity_${s.severity}');
  });

  it('exist in every language: literal keys', () => {
    const missing = [...uses.literal.keys()].filter((k) => LOCALES.some((l) => !messages[l][k]));
    expect(missing.map((k) => `${k} (${uses.literal.get(k)!.join(', ')})`)).toEqual([]);
  });

  it('exist in every language: plural keys (_one and _other)', () => {
    const missing = [...uses.plural.keys()].flatMap((k) => [`${k}_one`, `${k}_other`]).filter((k) => LOCALES.some((l) => !messages[l][k]));
    expect(missing).toEqual([]);
  });

  it('exist in every language: keys built from data, all enumerated', () => {
    const missing = dynamicKeys.filter((k) => LOCALES.some((l) => !messages[l][k]));
    expect(missing).toEqual([]);
    // Every t(`prefix_${...}`) of the breakdown UI has its keys enumerated (DYNAMIC_KEYS and beside
    // it). Other features' templates (vet_*) must at least match messages that exist.
    for (const [template, files] of uses.templates) {
      const prefix = template.slice(0, template.indexOf('${'));
      const suffix = template.slice(template.lastIndexOf('}') + 1);
      const pool = prefix.startsWith('vet_') ? Object.keys(en) : dynamicKeys;
      const listed = pool.filter((k) => k.startsWith(prefix) && k.endsWith(suffix));
      expect(listed.length, `t(\`${template}\`) in ${files.join(', ')}: enumerate its keys`).toBeGreaterThan(0);
    }
  });
});
