/**
 * Every message the engine can say exists in English and Spanish, and the Spanish says it in Spanish (issue 18).
 *
 * The engine returns message ids and parameters (lib/phrase.ts). The ids it can emit are found two ways: every id
 * written in the engine's sources (literal ids, and ids built from a template, e.g. `where_${kind}`, which must each
 * match catalogue keys), and every id actually emitted when the engine runs over the real saved pages and a grid of
 * made-up accounts (platforms x sizes x posts x history). Then every key of both catalogues is walked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../scripts/analyze-html';
import { priceReport, type PriceInput } from '../../../lib/evidence/price';
import { isPhrase, type Phrase } from '../../../lib/phrase';
import { analyzeSnapshot } from '../../../lib/score/index';
import { noteOf } from '../../../lib/score/notes';
import { PLATFORMS, type Platform, type Snapshot } from '../../../lib/snapshot';
import { englishMessage } from '../../../lib/words-en';
import { readManifest } from '../../support/manifest';
import { hasRealPages, REAL_PAGES_DIR, REPO_ROOT } from '../../support/shared';
import { post, snap, type PostSpec } from '../score/helpers';
import { loadMessages } from './support/messages';

const en = loadMessages('en');
const es = loadMessages('es');

/** Prefixes of the engine's messages (the UI's own keys are checked by locales.test.ts). */
const ENGINE_PREFIXES = ['rule', 'sig', 'sigev', 'comp', 'prov', 'miss', 'hint', 'bench', 'formula', 'note', 'noteCount', 'pop', 'term', 'rounded', 'where', 'grade', 'price', 'words'];
const ENGINE_KEY = new RegExp(`^(?:${ENGINE_PREFIXES.join('|')})_[A-Za-z0-9_]+$`);

/** Words that are the same in both languages: names, and words Spanish shares with English. */
const SAME_IN_BOTH = /^(platform_\w+|tierShort_\w+|verdict_provisional)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** The engine's sources: scoring, evidence, and the phrase helpers' users. */
const ENGINE_SOURCES = [...sourceFiles(resolve(REPO_ROOT, 'lib/score')), ...sourceFiles(resolve(REPO_ROOT, 'lib/evidence'))];

function scanSources() {
  const literal = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const file of ENGINE_SOURCES) {
    const text = readFileSync(file, 'utf8');
    const where = relative(REPO_ROOT, file);
    for (const m of text.matchAll(/'([A-Za-z]+_[A-Za-z0-9_]+)'/g)) if (ENGINE_KEY.test(m[1])) literal.set(m[1], where);
    // The evidence helper prefixes its ids: ev('rateByFollowers', ...) is sigev_rateByFollowers.
    for (const m of text.matchAll(/\bev\(\s*'([A-Za-z0-9]+)'/g)) literal.set(`sigev_${m[1]}`, where);
    for (const m of text.matchAll(/`((?:[A-Za-z]+)_[^`]*\$\{[^`]*)`/g)) {
      if (ENGINE_KEY.test(m[1].replace(/\$\{[^}]*\}/g, 'x'))) templates.set(m[1], where);
    }
  }
  return { literal, templates };
}

/** `where_${postsKind(p)}` -> /^where_[A-Za-z0-9_]*$/ */
const templateRegex = (template: string) =>
  new RegExp(`^${template.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[A-Za-z0-9_]*')}$`);

/** Every message id inside a value, nested arguments and lists included. */
function collectIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) collectIds(v, into);
  else if (value && typeof value === 'object') {
    if (isPhrase(value)) into.add((value as Phrase).msg);
    for (const v of Object.values(value)) collectIds(v, into);
  }
  return into;
}

/** Made-up accounts that reach every branch the engine words: sizes, posts, hidden likes, views only, history. */
function grid(): { snapshot: Snapshot; earlier: Snapshot[] }[] {
  const out: { snapshot: Snapshot; earlier: Snapshot[] }[] = [];
  const sizes = [0, 150, 1_800, 25_000, 400_000, 3_000_000];
  const shapes: ((f: number) => PostSpec[])[] = [
    () => [],
    (f) => Array.from({ length: 3 }, () => ({ likes: Math.round(f * 0.03), comments: Math.round(f * 0.001) })),
    (f) => Array.from({ length: 12 }, (_, i) => ({ likes: Math.round(f * 0.0004) + i, comments: i % 3 })),
    (f) => Array.from({ length: 12 }, (_, i) => ({ likes: Math.round(f * 0.2) + i, comments: 0, shares: 1 })),
    (f) => Array.from({ length: 12 }, (_, i) => ({ likes: Math.round(f * 0.05), comments: Math.round(f * 0.01), views: f * 2, postedAt: `2025-01-${String(20 - i).padStart(2, '0')}T00:00:00Z` })),
    (f) => Array.from({ length: 12 }, (_, i) => (i === 0 ? { likes: f * 3, comments: 10 } : { likes: 2, comments: 1 })),
    (f) => Array.from({ length: 12 }, () => ({ views: Math.max(1, Math.round(f * 0.001)) })),
    () => Array.from({ length: 8 }, (_, i) => (i < 4 ? { likesHidden: true } : { likes: 40, comments: 30 })),
  ];
  for (const platform of PLATFORMS as readonly Platform[]) {
    for (const followers of sizes) {
      for (const shape of shapes) {
        for (const following of [undefined, 10, followers * 2 + 2_000, 5_001]) {
          const snapshot = snap({
            platform,
            followers: followers || undefined,
            following,
            totalLikes: platform === 'tiktok' ? Math.max(1, followers * 4) : undefined,
            postCount: 300,
            posts: shape(followers || 1_000),
            notes: ['Could not read the followers count.', 'Only the 60 most recent posts on the page were read: the score uses the most recent ones.', 'A note no rule knows.'],
          });
          snapshot.posts = snapshot.posts.map((p, i) => ({ ...post({}, i), ...p }));
          const earlier = followers > 0 ? [snap({ platform, followers: Math.round(followers * 0.5), capturedAt: '2024-12-29T00:00:00.000Z', posts: shape(followers) })] : [];
          out.push({ snapshot, earlier });
        }
      }
    }
  }
  return out;
}

function priceInputs(): PriceInput[] {
  const out: PriceInput[] = [];
  for (const platform of PLATFORMS as readonly Platform[]) {
    out.push({ platform, followers: 20_000, medianViews: { value: 5_000, posts: 6 }, liveViewers: 120, engagementPosition: 'far-below', confidence: 'low', commentVerdict: 'alarm', likelyPod: true });
    out.push({ platform, followers: 20_000, medianViews: { value: 5_000, posts: 6 }, liveViewers: 120 });
  }
  return out;
}

const { literal, templates } = scanSources();
const emitted = new Set<string>();
for (const { snapshot, earlier } of grid()) collectIds(analyzeSnapshot(snapshot, earlier), emitted);
for (const row of hasRealPages ? readManifest() : []) {
  const html = readFileSync(resolve(REAL_PAGES_DIR, row.file), 'utf8');
  const result = analyzeHtml(html, row.url);
  if (result.status === 'ok') collectIds(result.analysis, emitted);
}
for (const input of priceInputs()) collectIds(priceReport(input), emitted);

describe('the engine’s messages', () => {
  it('are found in its sources and when it runs (enough of them to mean something)', () => {
    expect(literal.size).toBeGreaterThan(150);
    expect(templates.size).toBeGreaterThan(8);
    expect(emitted.size).toBeGreaterThan(120);
    console.log(`engine messages: ${literal.size} literal ids, ${templates.size} templates, ${emitted.size} ids emitted on ${grid().length} made-up accounts + real pages`);
  });

  it('exist in English and Spanish: every literal id, every id emitted, and keys for every template', () => {
    const missing: string[] = [];
    for (const [id, file] of literal) for (const [lang, m] of [['en', en], ['es', es]] as const) if (!m[id]) missing.push(`${lang}: ${id} (${file})`);
    for (const id of emitted) for (const [lang, m] of [['en', en], ['es', es]] as const) if (!m[id]) missing.push(`${lang}: ${id} (emitted)`);
    for (const [template, file] of templates) {
      const re = templateRegex(template);
      const keys = Object.keys(en).filter((k) => re.test(k));
      if (!keys.length) missing.push(`no key for template ${template} (${file})`);
      for (const k of keys) if (!es[k]) missing.push(`es: ${k} (template ${template})`);
    }
    expect(missing).toEqual([]);
  });

  it('are all used: every engine key in the catalogue is named in the sources or built by one of their templates', () => {
    const regexes = [...templates.keys()].map(templateRegex);
    const unused = Object.keys(en).filter((k) => ENGINE_KEY.test(k) && !literal.has(k) && !emitted.has(k) && !regexes.some((re) => re.test(k)));
    expect(unused).toEqual([]);
  });

  it('word in English without a missing substitution (what `npm run analyze` prints)', () => {
    for (const id of [...literal.keys(), ...emitted]) {
      const words = englishMessage(id, ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
      expect(words, id).not.toBe(id);
      expect(words, id).not.toMatch(/\$[A-Za-z0-9_]+\$/);
    }
  });

  it('give the common adapter notes an id, and keep the others as written, marked', () => {
    expect(noteOf('Could not read the followers count.')).toEqual({ msg: 'note_unread', args: [{ msg: 'noteCount_followers' }] });
    expect(noteOf('Only the 60 most recent posts on the page were read: the score uses the most recent ones.')).toEqual({ msg: 'note_capped', args: [{ num: 60 }] });
    expect(noteOf('A note no rule knows.')).toEqual({ msg: 'note_page', args: [{ text: 'A note no rule knows.' }] });
  });
});

describe('every catalogue key', () => {
  it('is in both languages, and the Spanish differs from the English except names and words both share', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    const same = Object.keys(en).filter((k) => {
      if (en[k].message !== es[k].message) return false;
      // Only placeholders and punctuation: nothing to translate.
      const words = en[k].message.replace(/\$[A-Za-z0-9_@]+\$/g, '').replace(/[\W\d_]/g, '');
      return words.length > 0 && !SAME_IN_BOTH.test(k);
    });
    expect(same).toEqual([]);
  });

  it('in Spanish says "Calificación" for the grade, never "Nota" (the user’s note is "nota")', () => {
    for (const k of ['panelGradeTitle', 'gradeAria', 'badgeLabel', 'reasonsHeading', 'vet_colGrade', 'vet_filterGrade', 'howGradesWork']) {
      expect(es[k].message, k).toMatch(/calificaci[oó]n/i);
      expect(es[k].message, k).not.toMatch(/\bnota\b/i);
    }
    expect(es.vet_note.message).toBe('Nota');
    expect(es.severity_info.message).not.toMatch(/\bnota\b/i);
  });
});
