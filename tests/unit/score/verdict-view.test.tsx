/** The verdict word follows the flags raised; a provisional reading renders grey with its rate and reason (issue 11). */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Breakdown } from '../../../components/Breakdown';
import { analyzeSnapshot } from '../../../lib/score/index';
import type { Analysis, Signal } from '../../../lib/score/types';
import { verdictOf } from '../../../lib/view/verdict';
import { useMessages } from '../ui/support/messages';
import { snap } from './helpers';

const saved = { document: globalThis.document };
afterEach(() => {
  (globalThis as { document: unknown }).document = saved.document;
});

const sig = (severity: Signal['severity'], id = 'x'): Signal => ({ id, severity, title: { msg: 't' }, evidence: [], explanation: { msg: 'e' }, points: 0 });
const graded = (letter: 'A' | 'B' | 'C' | 'D' | 'F', signals: Signal[]) =>
  ({ grade: { letter, score: 50, confidence: 'medium', components: [] }, signals } as unknown as Analysis);

describe('verdict word from the flags raised', () => {
  it('never says "Looks genuine" beside a flag, nor "Signs of inflation" without one', () => {
    expect(verdictOf(graded('B', []))).toBe('good');
    expect(verdictOf(graded('B', [sig('warning')]))).toBe('fair');
    expect(verdictOf(graded('C', [sig('warning')]))).toBe('poor');
    expect(verdictOf(graded('C', [sig('alert')]))).toBe('poor');
    expect(verdictOf(graded('D', []))).toBe('low');
    expect(verdictOf(graded('F', [sig('info'), sig('warning', 'too-little-evidence')]))).toBe('low');
    expect(verdictOf(null)).toBe('unknown');
  });
});

describe('Breakdown of a provisional reading', () => {
  it('shows no letter and no verdict word: the rate, why, and the population', () => {
    const messages = useMessages('en');
    const snapshot = snap({ followers: 3000, following: 400, posts: [{ likes: 110, comments: 4 }, { likes: 120, comments: 5 }] });
    const analysis = analyzeSnapshot(snapshot);
    expect(analysis.grade).toBeNull();
    const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    (globalThis as { document: unknown }).document = document;
    const app = document.getElementById('app') as unknown as HTMLElement;
    render(<Breakdown snapshot={snapshot} analysis={analysis} updatedAt="2025-03-14T10:21:00.000Z" />, app);
    const card = app.querySelector('[data-kind="provisional"]');
    expect(card).not.toBeNull();
    const text = (card?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Provisional');
    expect(text).toContain('Engagement read: 3.98%, not graded.');
    expect(text).toMatch(/only 2 posts with readable likes; a grade needs 6/);
    expect(text).toContain('Judged as: creator');
    for (const word of ['verdict_good', 'verdict_fair', 'verdict_poor', 'verdict_low']) expect(text).not.toContain(messages[word].message);
  });
});
