/**
 * In Spanish, the popup's breakdown, the in-page panel's words and the shortlist show no English (issue 18): only
 * names and what the page itself says (an adapter's note no message covers, marked lang="en"). The analyses are the
 * engine's own, on accounts that reach its different sentences (flags, provisional, lifetime totals, views only, a
 * post page, history), worded with the real Spanish messages.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Breakdown } from '../../../components/Breakdown';
import { Reasons as ReportReasons, Engagement as ReportEngagement, WhatWasRead } from '../../../components/report/ReportParts';
import { Compare } from '../../../components/vetting/Compare';
import { ShortlistTable } from '../../../components/vetting/ShortlistTable';
import { badgeView } from '../../../lib/view/badge';
import { analyzeSnapshot } from '../../../lib/score/index';
import type { Analysis } from '../../../lib/score/types';
import type { Snapshot } from '../../../lib/snapshot';
import type { EntryView } from '../../../lib/storage/store';
import { summaryFrom } from '../../../lib/storage/shortlist';
import { snap } from '../score/helpers';
import { SAMPLE_ANALYSIS, SAMPLE_SNAPSHOT } from './samples';
import { useMessages } from './support/messages';
import { englishIn } from '../../support/english';

const saved = { document: globalThis.document };
afterEach(() => {
  (globalThis as { document: unknown }).document = saved.document;
});
beforeEach(() => {
  useMessages('es', 'es-ES');
});

function mount(node: ComponentChild): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  (globalThis as { document: unknown }).document = document;
  const app = document.getElementById('app') as unknown as HTMLElement;
  render(node, app);
  return app;
}

/** The text a person reads (aria labels and titles too), leaving out what is marked as English and the names given. */
function shownText(el: Element, names: string[]): string {
  for (const marked of Array.from(el.querySelectorAll('[lang="en"]'))) marked.remove();
  let shown = `${el.textContent ?? ''} ${Array.from(el.querySelectorAll('[aria-label],[title]')).map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`).join(' ')}`;
  for (const name of names) shown = shown.split(name).join(' ');
  return shown.replace(/\s+/g, ' ');
}

const posts = (n: number, likes: number, comments: number, extra: Record<string, number> = {}) =>
  Array.from({ length: n }, (_, i) => ({ likes: likes + i, comments, ...extra, postedAt: `2025-01-${String(28 - i).padStart(2, '0')}T00:00:00Z` }));

/** Accounts that reach the engine's different sentences. */
const CASES: { name: string; snapshot: Snapshot; earlier?: Snapshot[] }[] = [
  { name: 'instagram flagged', snapshot: snap({ platform: 'instagram', handle: 'nora.bakes', followers: 48_000, following: 6_000, posts: posts(12, 90, 1) }) },
  {
    name: 'instagram growth spike',
    snapshot: snap({ platform: 'instagram', handle: 'nora.bakes', followers: 30_000, following: 200, posts: posts(12, 600, 20), capturedAt: '2025-01-05T00:00:00.000Z' }),
    earlier: [snap({ platform: 'instagram', handle: 'nora.bakes', followers: 10_000, posts: posts(12, 600, 20), capturedAt: '2025-01-01T00:00:00.000Z' })],
  },
  { name: 'provisional, few posts', snapshot: snap({ platform: 'instagram', handle: 'nora.bakes', followers: 5_000, following: 300, posts: posts(3, 200, 5) }) },
  { name: 'tiktok lifetime and views', snapshot: snap({ platform: 'tiktok', handle: 'nora.bakes', followers: 200_000, totalLikes: 4_000_000, postCount: 300, posts: Array.from({ length: 20 }, () => ({ views: 900 })) }) },
  { name: 'youtube views only', snapshot: snap({ platform: 'youtube', handle: 'nora.bakes', followers: 1_200_000, postCount: 412, posts: Array.from({ length: 12 }, () => ({ views: 3_000 })) }) },
  { name: 'bluesky, no figure', snapshot: snap({ platform: 'bluesky', handle: 'nora.bakes', followers: 8_000, following: 7_900, posts: posts(12, 40, 4) }) },
  { name: 'no followers, notes', snapshot: snap({ platform: 'x', handle: 'nora.bakes', page: 'post', posts: [{ likes: 27, comments: 10, views: 11_424 }], notes: ['Follower count is not shown on a post page: open the profile to read it.', 'Could not read the followers count.'] }) },
];

const NAMES = ['nora.bakes', 'Nora Bakes', 'Influencer Marketing Hub', 'Later x Fohr', 'Rival IQ', 'Sprout Social', 'Social Media Industry Benchmark Report', 'InstaFake', 'Modash', 'SociaVault', 'Purba', 'Social Cat'];

describe('in Spanish, no English', () => {
  const analyses: { name: string; snapshot: Snapshot; analysis: Analysis }[] = [
    { name: 'sample', snapshot: SAMPLE_SNAPSHOT, analysis: SAMPLE_ANALYSIS },
    ...CASES.map((c) => ({ name: c.name, snapshot: c.snapshot, analysis: analyzeSnapshot(c.snapshot, c.earlier ?? []) })),
  ];

  it('reaches the sentences it means to (flags, provisional, no grade)', () => {
    const ids = new Set(analyses.flatMap((a) => a.analysis.signals.map((s) => s.id)));
    expect([...ids]).toEqual(expect.arrayContaining(['mass-following', 'growth-spike', 'views-far-below', 'too-little-evidence']));
    expect(analyses.some((a) => a.analysis.provisional)).toBe(true);
    expect(analyses.some((a) => !a.analysis.grade && !a.analysis.provisional)).toBe(true);
    expect(analyses.some((a) => a.analysis.grade)).toBe(true);
  });

  it('finds English where there is some (the same breakdown in English)', () => {
    useMessages('en');
    const app = mount(<Breakdown snapshot={SAMPLE_SNAPSHOT} analysis={SAMPLE_ANALYSIS} />);
    expect(englishIn(shownText(app, NAMES)).length).toBeGreaterThan(20);
  });

  it.each(analyses.map((a) => [a.name, a] as const))('the popup breakdown: %s', (_name, { snapshot, analysis }) => {
    const app = mount(<Breakdown snapshot={snapshot} analysis={analysis} updatedAt="2025-03-14T10:21:00.000Z" />);
    if (process.env.SHOW_ES) console.log(_name, shownText(app, NAMES));
    expect(englishIn(shownText(app, NAMES))).toEqual([]);
  });

  it.each(analyses.map((a) => [a.name, a] as const))('the in-page panel’s words: %s', (_name, { analysis }) => {
    const v = badgeView(analysis, 'es-ES');
    const p = v.panel;
    const words = [v.label, p.title, p.sub, p.rateLine?.basis, p.rateLine?.typical, p.reasons?.heading, p.reasons?.none, p.reasons?.more, ...(p.reasons?.items ?? []).flatMap((r) => [r.title, r.severityWord, r.points]), p.close, p.openBreakdown, p.shortlist.add, p.shortlist.added];
    const shown = words.filter(Boolean).join(' · ');
    expect(englishIn(shown)).toEqual([]);
  });

  it('the shortlist table, the comparison and the report, from summaries of these analyses', () => {
    const at = new Date('2025-03-14T10:21:00.000Z');
    const entries: EntryView[] = analyses.map(({ snapshot, analysis }, i) => ({
      platform: snapshot.platform,
      handle: `${snapshot.profile.handle}${i}`,
      note: '',
      tags: [],
      addedAt: at.toISOString(),
      updatedAt: at.toISOString(),
      summary: summaryFrom(snapshot, analysis, at),
      key: `${snapshot.platform}:${snapshot.profile.handle}${i}`,
      sync: 'off',
    }));
    const names = [...NAMES, ...entries.map((e) => e.handle)];
    const noop = () => undefined;
    const table = mount(<ShortlistTable entries={entries} sort={{ key: 'added', dir: 'desc' }} onSort={noop} selected={new Set()} onToggle={noop} onEdit={noop} onRemove={noop} />);
    expect(englishIn(shownText(table, names))).toEqual([]);
    const compare = mount(<Compare entries={entries.slice(0, 4)} histories={new Map()} />);
    expect(englishIn(shownText(compare, names))).toEqual([]);
    for (const e of entries) {
      const report = mount(
        <div>
          <ReportReasons summary={e.summary} />
          <ReportEngagement summary={e.summary} idBase="r" />
          <WhatWasRead entry={e} />
        </div>,
      );
      expect(englishIn(shownText(report, names)), e.handle).toEqual([]);
    }
  });
});
