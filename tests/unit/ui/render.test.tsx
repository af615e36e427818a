/**
 * The breakdown and the popup states rendered with Preact into a linkedom document,
 * in English and Spanish, with the real messages: what a person reads, and that no message key
 * ever shows instead of a sentence.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Breakdown } from '../../../components/Breakdown';
import { bandPlace, niceStep, scaleMax } from '../../../components/EngagementChart';
import { formatCount, formatEvidence, formatRate } from '../../../components/format';
import { StateMessage, type NonBreakdownState } from '../../../components/StateMessage';
import { Confirm } from '../../../components/vetting/Confirm';
import { VERDICT_COLORS } from '../../../lib/view/verdict';
import { POST_ANALYSIS, POST_SNAPSHOT, SAMPLE_ANALYSIS, SAMPLE_SNAPSHOT, THIN_ANALYSIS, THIN_SNAPSHOT } from './samples';
import { useMessages, type Messages } from './support/messages';
import { mount, restoreDocumentAfterEach } from './support/mount';

let messages: Messages;
restoreDocumentAfterEach();


const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

/** Keys that cannot be ordinary words (camelCase or with an underscore) must never be shown. */
function expectNoKeys(el: Element) {
  const shown = text(el) + ' ' + Array.from(el.querySelectorAll('[aria-label],[title]')).map((e) => `${e.getAttribute('aria-label')} ${e.getAttribute('title')}`).join(' ');
  const leaked = Object.keys(messages).filter((k) => /[A-Z_]/.test(k) && new RegExp(`\\b${k}\\b`).test(shown));
  expect(leaked).toEqual([]);
}

beforeEach(() => {
  messages = useMessages('en');
});

describe('Breakdown of a graded account', () => {
  it('says who, the grade and what it means, how sure, and why', () => {
    const app = mount(<Breakdown snapshot={SAMPLE_SNAPSHOT} analysis={SAMPLE_ANALYSIS} updatedAt="2025-03-14T10:21:00.000Z" />);
    const t = text(app);
    expect(app.querySelector('h1')?.textContent).toBe('Nora Bakes');
    expect(t).toContain('@nora.bakes');
    expect(t).toContain('Instagram');
    expect(t).toContain('Verified');
    expect(app.querySelector('.grade-letter .letter')?.textContent).toBe('F');
    expect(t).toContain('36/100');
    expect(t).toContain('Signs of inflation');
    expect(t).toContain('Strong signs that followers or engagement were bought.');
    expect(t).toContain('Confidence: medium');
    expect(t).toContain('Points taken off by 1 alert and 2 warnings: 32.');
    // The grade's letter and score are spoken, not only shown in colour.
    expect(app.querySelector('#grade-heading')?.textContent).toContain('Grade F, score 36 of 100');
    // The table adds up to the score: 80 - 12 (engagement) - 32 (the reasons' points) = 36.
    const rows = Array.from(app.querySelectorAll('.components tr')).map(text);
    expect(rows).toEqual([expect.stringMatching(/^Starting point.*\+80$/), expect.stringMatching(/^Engagement for its size.*−12$/), 'Reasons below−32', 'Score36']);
    expectNoKeys(app);
  });

  it('lists each reason with its severity word, sentence, numbers by unit, and points', () => {
    const app = mount(<Breakdown snapshot={SAMPLE_SNAPSHOT} analysis={SAMPLE_ANALYSIS} />);
    const items = Array.from(app.querySelectorAll('.signal'));
    expect(items.map((i) => i.getAttribute('data-severity'))).toEqual(['alert', 'warning', 'warning', 'info']);
    expect(text(items[0])).toContain('Alert');
    expect(text(items[0])).toContain('−18 points');
    expect(text(items[0])).toContain('Engagement far below creators of this size');
    expect(text(items[0])).toMatch(/Engagement rate by followers: ?0\.37%/);
    expect(text(items[0])).toContain('Typical for creators of this size:1.85%');
    expect(text(items[1])).toContain('Following:2,410');
    expect(text(items[1])).toContain('7.8×');
    expect(text(items[3])).toContain('Note');
    expect(text(items[3])).toContain('Rounded counts:followers');
    expect(text(items[3])).toContain('no effect on the score');
  });

  it('shows engagement with formula, tier, benchmark and a chart with a text alternative', () => {
    const app = mount(<Breakdown snapshot={SAMPLE_SNAPSHOT} analysis={SAMPLE_ANALYSIS} />);
    const t = text(app);
    expect(t).toContain('Size tier: micro (10K–100K followers)');
    expect(t).toContain('Engagement per follower');
    expect(t).toContain('far below typical');
    expect(t).toContain('Formula: median of (likes + comments) / followers over the 12 most recent visible posts (pinned left out) · posts with readable likes: 12');
    expect(t).toContain('Typical for micro accounts on Instagram: 1.85% (usual range 0.8%–3.5%).');
    expect(t).toContain('Source: Modash, Instagram engagement rate by follower count ("average" band, 72M profiles), 10,000-50,000 followers: 0.84%-1.11%, 2025.');
    expect(t).toContain('Its formula: median engagement / followers per account');
    const charts = Array.from(app.querySelectorAll('svg[role="img"]'));
    expect(charts).toHaveLength(2);
    for (const svg of charts) {
      const ids = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(ids.map((id) => app.querySelector(`#${id}`)?.textContent?.length ?? 0).every((n) => n > 10)).toBe(true);
    }
    expect(app.querySelector('desc')?.textContent).toContain('12 posts');
    expect(t).toContain('Posts below the typical range: 11; within it: 0; above it: 1.');
    expect(app.querySelectorAll('.chart-table')[0].querySelectorAll('tbody tr')).toHaveLength(12);
    expect(app.querySelectorAll('.chart-bar')).toHaveLength(12 + 5);
  });

  it('shows the counts read, where each came from and which were rounded; and what could not be read', () => {
    const app = mount(<Breakdown snapshot={SAMPLE_SNAPSHOT} analysis={SAMPLE_ANALYSIS} />);
    const rows = Array.from(app.querySelectorAll('.counts')[0].querySelectorAll('tbody tr')).map(text);
    expect(rows[0]).toContain('Followers');
    expect(rows[0]).toContain('18,650–18,749');
    expect(rows[0]).toContain('visible text');
    expect(rows[0]).toContain('rounded on the page: “18.7K”');
    expect(rows[2]).toContain('page description');
    const perPost = text(app.querySelectorAll('.counts')[1]);
    expect(perPost).toContain('13 of 14 posts');
    expect(perPost).toContain('rounded on the page on 1 post');
    const missing = Array.from(app.querySelectorAll('.missing li')).map(text);
    expect(missing).toEqual(['Likes: hidden by the account on 1 of 14 posts.', 'Saves are only shown to the account’s owner.']);
    // A note the page reader wrote that has no message of its own is marked as English.
    expect(app.querySelectorAll('.missing li[lang="en"]')).toHaveLength(1);
    expect(text(app)).toContain('Likes are hidden on 1 of 14 posts');
  });

  it("shows a Twitch channel's live viewers among the counts read", () => {
    const live = { value: 1204, exact: true, min: 1204, max: 1204, source: 'aria' as const, raw: '1,204' };
    const snapshot = { ...SAMPLE_SNAPSHOT, platform: 'twitch' as const, profile: { ...SAMPLE_SNAPSHOT.profile, liveViewers: live } };
    const app = mount(<Breakdown snapshot={snapshot} analysis={SAMPLE_ANALYSIS} />);
    const rows = Array.from(app.querySelectorAll('.counts')[0].querySelectorAll('tbody tr')).map(text);
    expect(rows.find((r) => r.includes('Live viewers now'))).toContain('1,204');
  });

  it('reads in Spanish with Spanish numbers', () => {
    messages = useMessages('es', 'es-ES');
    const app = mount(<Breakdown snapshot={SAMPLE_SNAPSHOT} analysis={SAMPLE_ANALYSIS} />);
    const t = text(app);
    expect(t).toContain('Indicios de inflado');
    expect(t).toContain('Confianza: media');
    expect(t).toContain('Por qué esta calificación');
    expect(t).toContain('Interacción muy por debajo de los creadores de su tamaño');
    expect(t).toContain('Fórmula: mediana de («me gusta» + comentarios) / seguidores');
    expect(t).toContain('Puntos restados por 1 alerta y 2 avisos: 32.');
    expect(t).toContain('18.650–18.749');
    expect(t).toMatch(/0,37\s%/);
    expect(t).toContain('−18 puntos');
    expectNoKeys(app);
  });
});

describe('Breakdown without a grade', () => {
  it('too little data: says so, why, and what to do', () => {
    const app = mount(<Breakdown snapshot={THIN_SNAPSHOT} analysis={THIN_ANALYSIS} />);
    const card = app.querySelector('[data-kind="too-little"]')!;
    expect(text(card)).toContain('Not enough to grade yet');
    expect(text(card)).toContain('What to do:');
    expect(text(card)).toContain('scroll the profile');
    expect(app.querySelector('.grade-letter .letter')?.textContent).toBe('?');
    expect(app.querySelector('.signals')).toBeNull();
    expect(text(app)).toContain('No engagement rate');
    expect(text(app)).toContain('No per-post counts were visible');
    expectNoKeys(app);
  });

  it('likes hidden on every post: the card says that is why', () => {
    const snapshot = { ...THIN_SNAPSHOT, posts: Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, likesHidden: true })) };
    const app = mount(<Breakdown snapshot={snapshot} analysis={THIN_ANALYSIS} />);
    const card = app.querySelector('[data-kind="likes-hidden"]')!;
    expect(text(card)).toContain('Like counts are hidden');
    expect(text(card)).toContain('on 6 of 6 posts read');
    expect(text(card)).toContain('never taken as zero');
    expectNoKeys(app);
  });

  it('a post page: tells to open the profile', () => {
    const app = mount(<Breakdown snapshot={POST_SNAPSHOT} analysis={POST_ANALYSIS} />);
    expect(text(app)).toContain('Read from a post page');
    expect(text(app)).toContain('open the account’s profile');
    expect(text(app)).toContain('Engagement per view');
    expectNoKeys(app);
  });

  it('a small sample on a graded profile gets the scroll hint', () => {
    const analysis = { ...SAMPLE_ANALYSIS, sample: { postsVisible: 5, postsUsed: 5 } };
    const app = mount(<Breakdown snapshot={SAMPLE_SNAPSHOT} analysis={analysis} />);
    // "Posts used" is one count everywhere (issue 18): the hint and the confidence line say the same number.
    expect(text(app)).toContain('5 posts used: scroll the profile to read more (12 or more give a steadier rate).');
    expect(text(app)).toContain('Posts used: 5 of 5 read.');
  });
});

describe('popup states', () => {
  const states: NonBreakdownState[] = [
    { status: 'loading' },
    { status: 'unsupported-site' },
    { status: 'reload-needed' },
    { status: 'reading' },
    { status: 'no-account', platform: 'x', url: 'https://x.com/home', updatedAt: '' },
    { status: 'unrecognised', platform: 'instagram', url: 'https://www.instagram.com/a/', reason: 'This profile page did not show the structured data.', updatedAt: '' },
    { status: 'disabled', platform: 'tiktok', url: 'https://www.tiktok.com/@a', updatedAt: '' },
  ];
  for (const lang of ['en', 'es'] as const) {
    for (const state of states) {
      it(`${state.status} (${lang}) has a title and a sentence, and no key shows`, () => {
        messages = useMessages(lang);
        const app = mount(<StateMessage state={state} onReload={() => undefined} />);
        expect(app.querySelector('h1')?.textContent?.length).toBeGreaterThan(5);
        expect(app.querySelector('h1 + p')?.textContent?.length).toBeGreaterThan(20);
        expectNoKeys(app);
      });
    }
  }

  it('unsupported site lists the supported ones', () => {
    const app = mount(<StateMessage state={{ status: 'unsupported-site' }} />);
    expect(Array.from(app.querySelectorAll('.chips li')).map(text)).toEqual(['Instagram', 'X', 'TikTok', 'YouTube', 'Bluesky', 'Facebook', 'LinkedIn', 'Threads', 'Twitch']);
  });

  it('unrecognised says what was tried and the detail', () => {
    const app = mount(<StateMessage state={states[5]} />);
    expect(text(app)).toContain('Page structure not recognised');
    expect(text(app)).toContain('account page on Instagram');
    expect(app.querySelectorAll('.tried li')).toHaveLength(5);
    expect(text(app)).toContain('Details: This profile page did not show the structured data.');
  });

  it('reload needed offers the reload button', () => {
    let reloaded = 0;
    const app = mount(<StateMessage state={{ status: 'reload-needed' }} onReload={() => reloaded++} />);
    const button = app.querySelector('button')!;
    expect(button.textContent).toBe('Reload the tab');
    button.dispatchEvent(new (button.ownerDocument.defaultView as unknown as typeof globalThis).Event('click'));
    expect(reloaded).toBe(1);
  });

  it('disabled offers the settings', () => {
    const app = mount(<StateMessage state={states[6]} onSettings={() => undefined} />);
    expect(text(app)).toContain('You turned RealReach off for TikTok');
    expect(app.querySelector('button')?.textContent).toBe('Open the settings');
  });

  it('no account names the site', () => {
    const app = mount(<StateMessage state={states[4]} />);
    expect(text(app)).toContain('This X page is not about one account');
  });
});

describe('formatting', () => {
  it('formats evidence by unit', () => {
    expect(formatEvidence({ label: 'x', value: 0.0123, unit: 'percent' })).toBe('1.23%');
    expect(formatEvidence({ label: 'x', value: 12345, unit: 'count' })).toBe('12,345');
    expect(formatEvidence({ label: 'x', value: 3.456, unit: 'ratio' })).toBe('3.46×');
    expect(formatEvidence({ label: 'x', value: 'Pinned', unit: 'text' })).toBe('Pinned');
    expect(formatEvidence({ label: 'x', value: 2.5 })).toBe('2.5');
  });

  it('shows a rounded count as its interval and a rate with its range only when it matters', () => {
    expect(formatCount({ value: 2_200_000, exact: false, min: 2_150_000, max: 2_249_999, source: 'text', raw: '2.2M' })).toBe('2,150,000–2,249,999');
    expect(formatCount({ value: 406, exact: true, min: 406, max: 406, source: 'aria', raw: '406' })).toBe('406');
    expect(formatRate({ value: 0.02, min: 0.0199, max: 0.0201 })).toBe('2%');
    expect(formatRate({ value: 0.02, min: 0.015, max: 0.025 })).toBe('2% (1.5%–2.5%)');
  });

  it('verdict colours carry white text at 4.5:1 or more (WCAG AA)', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    for (const [verdict, colour] of Object.entries(VERDICT_COLORS)) {
      expect(1.05 / (lum(colour) + 0.05), verdict).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('chart scale', () => {
  const bench = SAMPLE_ANALYSIS.benchmark!.ref;
  it('uses round steps', () => {
    expect(niceStep(0.06)).toBeCloseTo(0.02);
    expect(niceStep(0.1)).toBeCloseTo(0.025);
    expect(niceStep(0.007)).toBeCloseTo(0.002);
  });

  it('keeps room for the band and clips a far outlier instead of flattening the rest', () => {
    const max = scaleMax([0.01, 0.012, 0.011, 0.5], bench, 0.0115);
    expect(max).toBeGreaterThanOrEqual(bench.high);
    expect(max).toBeLessThan(0.5);
    expect(scaleMax([0.01, 0.02], null, 0.015)).toBeGreaterThanOrEqual(0.02);
  });

  it('places a post against the band', () => {
    expect(bandPlace(0.001, bench)).toBe('below');
    expect(bandPlace(0.02, bench)).toBe('within');
    expect(bandPlace(0.2, bench)).toBe('above');
  });
});

describe('Confirm (vetting pages: remove, delete all, discard)', () => {
  it('asks in an alert dialog named by its question, and answers through its two buttons', () => {
    const calls: string[] = [];
    const app = mount(<Confirm id="vet-delete" question="Delete everything?" detail="History and shortlist." confirmLabel="Delete" onConfirm={() => calls.push('yes')} onCancel={() => calls.push('no')} />);
    const dialog = app.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('vet-delete-q');
    expect(text(app.querySelector('#vet-delete-q')!)).toBe('Delete everything?');
    expect(dialog.getAttribute('aria-describedby')).toBe('vet-delete-what');
    const [confirm, cancel] = Array.from(app.querySelectorAll('button'));
    expect(text(confirm)).toBe('Delete');
    expect(confirm.className).toContain('vet-danger');
    expect(text(cancel)).toBe('Cancel');
    (confirm as HTMLElement).click();
    (cancel as HTMLElement).click();
    expect(calls).toEqual(['yes', 'no']);
  });

  it('without a detail, describes nothing', () => {
    const app = mount(<Confirm id="vet-discard" question="Discard?" confirmLabel="Discard" onConfirm={() => undefined} onCancel={() => undefined} />);
    expect(app.querySelector('[role="alertdialog"]')!.hasAttribute('aria-describedby')).toBe(false);
    expect(app.querySelector('#vet-discard-what')).toBeNull();
  });
});
