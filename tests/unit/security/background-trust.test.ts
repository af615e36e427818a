/**
 * Issue 17, defects 5 and 9 (background side): a page report over a length limit is cut to fit,
 * never refused whole, and one that still cannot be accepted gives the popup a reason instead of
 * "Reading the page..." for ever; a report is accepted only for the platform of the tab that sent
 * it; the host list the background uses is the adapters' own.
 */
import { describe, expect, it } from 'vitest';
import { fitToSchema } from '../../../lib/background/fit';
import { refusedReportState, reportFitsSender } from '../../../lib/background/vetting';
import { platformOfUrl } from '../../../lib/hosts';
import { RequestSchema, type PageReport } from '../../../lib/messages';
import { SITES } from '../../../lib/sites/list';

const snapshot = (over: Record<string, unknown> = {}, profile: Record<string, unknown> = {}) => ({
  platform: 'bluesky',
  url: 'https://bsky.app/profile/someone.bsky.social',
  page: 'profile',
  capturedAt: '2025-03-10T12:00:00.000Z',
  profile: { handle: 'someone.bsky.social', followers: { value: 1200, exact: true, source: 'aria', raw: '1,200', min: 1200, max: 1200 }, ...profile },
  posts: [],
  ...over,
});

describe('limits cut, they never refuse the whole report (defect 5)', () => {
  it('a display name of 100 emoji graphemes (700 UTF-16 units, over the 300 limit) is cut at the limit, never inside a pair', () => {
    const name = '👩🏽‍🚀'.repeat(100);
    expect(RequestSchema.safeParse({ type: 'page-report', report: { status: 'ok', snapshot: snapshot({}, { name }) } }).success).toBe(false);
    const fitted = fitToSchema(RequestSchema, { type: 'page-report', report: { status: 'ok', snapshot: snapshot({}, { name }) } });
    expect(fitted.success).toBe(true);
    if (!fitted.success || fitted.data.type !== 'page-report' || fitted.data.report.status !== 'ok') throw new Error('not fitted');
    const cut = fitted.data.report.snapshot.profile.name!;
    expect(name.startsWith(cut)).toBe(true);
    expect(/[\ud800-\udbff]$/.test(cut)).toBe(false);
    expect(fitted.data.report.snapshot.profile.followers?.value).toBe(1200);
  });

  it('a page URL over 2,000 characters is cut; the counts stay', () => {
    const url = `https://bsky.app/profile/someone.bsky.social?${'q'.repeat(5000)}`;
    const fitted = fitToSchema(RequestSchema, { type: 'page-report', report: { status: 'ok', snapshot: snapshot({ url }) } });
    expect(fitted.success).toBe(true);
    const unrecognised = fitToSchema(RequestSchema, { type: 'page-report', report: { status: 'unrecognised', platform: 'x', url, reason: 'r'.repeat(9000) } });
    expect(unrecognised.success).toBe(true);
  });

  it('anything else that does not validate is still refused, with the first issue named', () => {
    const bad = fitToSchema(RequestSchema, { type: 'page-report', report: { status: 'ok', snapshot: snapshot({ platform: 'myspace' }) } });
    expect(bad.success).toBe(false);
    const negative = fitToSchema(RequestSchema, { type: 'page-report', report: { status: 'ok', snapshot: snapshot({}, { followers: { value: -5, exact: true, source: 'text', raw: '-5', min: -5, max: -5 } }) } });
    expect(negative.success).toBe(false);
  });

  it('a report that cannot be accepted still leaves "Reading the page..." with a reason', () => {
    const state = refusedReportState({ url: 'https://bsky.app/profile/x', tab: { id: 3 } }, 'invalid_type at report.snapshot', new Date('2025-03-10T12:00:00Z'));
    expect(state).toMatchObject({ status: 'unrecognised', platform: 'bluesky', url: 'https://bsky.app/profile/x' });
    expect(state && state.status === 'unrecognised' && state.reason).toMatch(/could not be accepted/);
    expect(refusedReportState({ url: 'https://evil.example/' }, 'x', new Date())).toBeNull();
  });
});

describe('page reports only for the platform of the tab that sent them (defect 9)', () => {
  const ok = (platform: string, url: string) => ({ status: 'ok', snapshot: snapshot({ platform, url }) }) as unknown as PageReport;

  it('accepts a report about the sender\'s own site, refuses any other', () => {
    expect(reportFitsSender(ok('bluesky', 'https://bsky.app/profile/a'), { url: 'https://bsky.app/profile/a', tab: { id: 1 } })).toBe(true);
    expect(reportFitsSender(ok('instagram', 'https://www.instagram.com/a/'), { url: 'https://x.com/a', tab: { id: 1 } })).toBe(false);
    expect(reportFitsSender(ok('x', 'https://www.instagram.com/a/'), { url: 'https://x.com/a', tab: { id: 1 } })).toBe(false);
    expect(reportFitsSender(ok('x', 'https://x.com/a'), { tab: { id: 1, url: 'https://twitter.com/a' } })).toBe(true);
    expect(reportFitsSender(ok('x', 'https://x.com/a'), { tab: { id: 1 } })).toBe(false); // no URL: nothing to check against
    expect(reportFitsSender({ status: 'no-account', platform: 'youtube', url: 'https://www.youtube.com/' } as PageReport, { url: 'https://m.youtube.com/' })).toBe(true);
    expect(reportFitsSender({ status: 'no-account', platform: 'youtube', url: 'https://www.youtube.com/' } as PageReport, { url: 'http://m.youtube.com/' })).toBe(false);
  });

  it('knows every host of the site list, and nothing else', () => {
    for (const site of SITES) for (const host of site.hosts) expect(platformOfUrl(`https://${host}/a`)).toBe(site.platform);
    expect(platformOfUrl('https://www.instagram.com.evil.example/')).toBeUndefined();
    expect(platformOfUrl('not a url')).toBeUndefined();
  });
});

describe('what the in-page panel can open is rate-limited (defect 4)', () => {
  it('once per tab every two seconds, six a minute in all', async () => {
    const { createOpenLimiter } = await import('../../../lib/background/vetting');
    let t = 0;
    const may = createOpenLimiter(() => t);
    expect(may(1)).toBe(true);
    expect(may(1)).toBe(false);
    t += 2_000;
    expect(may(1)).toBe(true);
    let opened = 2;
    for (let tab = 2; tab < 100; tab++) if (may(tab)) opened++;
    expect(opened).toBe(6);
    t += 60_000;
    expect(may(1)).toBe(true);
  });
});
