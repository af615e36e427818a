/**
 * The vetting views rendered into a DOM (linkedom): stored text is shown as text, never as markup;
 * only web links become links; the growth chart is an accessible SVG; the comparison marks the best
 * value in words.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { describe, expect, it } from 'vitest';
import { Compare } from '../../../components/vetting/Compare';
import { GrowthChart } from '../../../components/vetting/GrowthChart';
import { ShortlistTable } from '../../../components/vetting/ShortlistTable';
import type { HistoryRecord, ShortlistEntry } from '../../../lib/storage/schema';
import type { EntryView } from '../../../lib/storage/store';
import { loadSample } from '../storage/support';

function mount(node: ComponentChild): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(node, root);
  return root;
}

const v2 = loadSample('v2.json');
const entries = (v2.local.shortlist as { entries: ShortlistEntry[] }).entries;
const view = (e: ShortlistEntry, over: Partial<EntryView> = {}): EntryView => ({ ...e, key: `${e.platform}:${e.handle}`, sync: 'synced', ...over });
const noop = () => undefined;

describe('stored text is rendered as text', () => {
  const hostile = view(entries[0], {
    note: '<img src=x onerror="alert(1)"><script>alert(2)</script>',
    name: '<b>bold</b><iframe src="https://evil.example/"></iframe>',
    tags: ['<i>tag</i>'],
    url: 'javascript:alert(3)',
    summary: { ...entries[0].summary!, url: 'javascript:alert(4)', signals: [{ id: 'x', severity: 'alert', title: '<svg onload=alert(5)>', points: 5 }] },
  });

  it('in the shortlist table', () => {
    const root = mount(<ShortlistTable entries={[hostile]} sort={{ key: 'added', dir: 'desc' }} onSort={noop} selected={new Set()} onToggle={noop} onEdit={noop} onRemove={noop} />);
    expect(root.querySelectorAll('img, script, b, i, iframe, tbody svg').length).toBe(0);
    expect(root.textContent).toContain('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(root.textContent).toContain('<b>bold</b>');
    expect(root.textContent).toContain('<svg onload=alert(5)>');
    // A script address never becomes a link; the only link is the row's report (an extension page).
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !h.includes('/report.html#account='))).toEqual([]);
    expect(hrefs.some((h) => /^\s*javascript:/i.test(h))).toBe(false);
  });

  it('in the comparison', () => {
    const root = mount(<Compare entries={[hostile, view(entries[1])]} histories={new Map()} />);
    expect(root.querySelectorAll('img, script, b, i, iframe').length).toBe(0);
    expect(root.textContent).toContain('<script>alert(2)</script>');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://x.com/nadia_codes']);
  });
});

describe('the shortlist table', () => {
  it('has sortable headers that say how they sort, and a row per entry', () => {
    const root = mount(
      <ShortlistTable entries={entries.map((e) => view(e))} sort={{ key: 'grade', dir: 'desc' }} onSort={noop} selected={new Set(['x:nadia_codes'])} onToggle={noop} onEdit={noop} onRemove={noop} />,
    );
    expect(root.querySelectorAll('tbody tr').length).toBe(2);
    const sorted = [...root.querySelectorAll('th[aria-sort]')].map((th) => [th.textContent?.replace(/[▲▼↕]/g, '').trim(), th.getAttribute('aria-sort')]);
    expect(sorted).toContainEqual(['vet_colGrade', 'descending']);
    expect(sorted).toContainEqual(['vet_colAccount', 'none']);
    expect(root.querySelector('tr[data-key="x:nadia_codes"] input[type=checkbox]')?.hasAttribute('checked')).toBe(true);
  });
});

describe('the growth chart', () => {
  const records: HistoryRecord[] = [
    { platform: 'x', handle: 'a', day: '2025-03-01', at: '2025-03-01T10:00:00.000Z', followers: { value: 10_000 }, engagement: 0.02 },
    { platform: 'x', handle: 'a', day: '2025-03-03', at: '2025-03-03T10:00:00.000Z', followers: { value: 11_000, min: 10_950, max: 11_049 }, engagement: 0.018 },
    { platform: 'x', handle: 'a', day: '2025-03-09', at: '2025-03-09T10:00:00.000Z', followers: { value: 15_000 }, engagement: 0.015 },
  ];

  it('is two labelled SVG images (followers, engagement) with a point per day and a data table', () => {
    const root = mount(<GrowthChart records={records} idBase="t" />);
    const svgs = [...root.querySelectorAll('svg[role="img"]')];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      const labelled = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(labelled.map((id) => root.querySelector(`#${id}`)?.textContent?.length ?? 0).every((n) => n > 0)).toBe(true);
      expect(svg.querySelectorAll('circle').length).toBe(3);
    }
    expect(svgs[0].querySelectorAll('line.vet-interval').length).toBe(1);
    expect(root.querySelectorAll('table tbody tr').length).toBe(3);
  });

  it('shows nothing for a single day', () => {
    const root = mount(<GrowthChart records={records.slice(0, 1)} />);
    expect(root.innerHTML).toBe('');
  });
});

describe('the comparison', () => {
  it('puts accounts side by side and marks the best value in words', () => {
    const weaker = { ...entries[0].summary!, grade: { letter: 'D' as const, score: 40, confidence: 'medium' as const }, engagement: [{ basis: 'followers' as const, value: 0.001, min: 0.001, max: 0.001, postsUsed: 3 }] };
    const sameSite = view({ ...entries[1], platform: 'instagram', summary: weaker });
    const root = mount(<Compare entries={[view(entries[0]), sameSite]} histories={new Map()} />);
    expect(root.querySelectorAll('thead th[scope="col"]').length).toBe(2);
    const best = [...root.querySelectorAll('td.vet-best')];
    expect(best).toHaveLength(2); // grade and engagement per follower
    expect(best.every((td) => td.textContent?.includes('vet_best'))).toBe(true);
  });

  it('does not call one platform\'s engagement better than another\'s (the benchmark line compares them)', () => {
    const weaker = { ...entries[0].summary!, grade: { letter: 'D' as const, score: 40, confidence: 'low' as const }, engagement: [{ basis: 'followers' as const, value: 0.001, min: 0.001, max: 0.001, postsUsed: 3 }] };
    const root = mount(<Compare entries={[view(entries[0]), view({ ...entries[1], summary: weaker })]} histories={new Map()} />);
    // Issue 18: no best at all across platforms (the grade neither), nor at low confidence.
    expect(root.querySelectorAll('td.vet-best')).toHaveLength(0);
    const sameSiteLow = view({ ...entries[1], platform: 'instagram', summary: weaker });
    expect(mount(<Compare entries={[view(entries[0]), sameSiteLow]} histories={new Map()} />).querySelectorAll('td.vet-best')).toHaveLength(0);
  });
});
