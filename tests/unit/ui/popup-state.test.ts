import { describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/messages';
import { breakdownNotices, isSupportedUrl, isTransient, resolvePopupState, type PopupDeps } from '../../../lib/view/popup-state';
import { POST_ANALYSIS, POST_SNAPSHOT, SAMPLE_ANALYSIS, SAMPLE_SNAPSHOT, THIN_ANALYSIS, THIN_SNAPSHOT } from './samples';

const deps = (state: TabState | null, alive: boolean | Error): PopupDeps => ({
  getTabState: async () => state,
  pingTab: async () => {
    if (alive instanceof Error) throw alive;
    return alive;
  },
});

const ok: TabState = { status: 'ok', snapshot: SAMPLE_SNAPSHOT, analysis: SAMPLE_ANALYSIS, updatedAt: '2025-03-14T10:21:00.000Z' };

describe('resolvePopupState', () => {
  it('shows what the background knows about the tab', async () => {
    expect(await resolvePopupState({ id: 3, url: 'https://www.instagram.com/nora.bakes/' }, deps(ok, true))).toBe(ok);
    const none: TabState = { status: 'no-account', platform: 'x', url: 'https://x.com/home', updatedAt: '' };
    expect(await resolvePopupState({ id: 3, url: 'https://x.com/home' }, deps(none, true))).toBe(none);
  });

  it('says "unsupported" without a tab, without a URL (no host access) and on other sites', async () => {
    expect(await resolvePopupState(undefined, deps(null, true))).toEqual({ status: 'unsupported-site' });
    expect(await resolvePopupState({ id: 4 }, deps(null, true))).toEqual({ status: 'unsupported-site' });
    expect(await resolvePopupState({ id: 4, url: 'https://example.com/' }, deps(null, true))).toEqual({ status: 'unsupported-site' });
  });

  it('says "reading" when the content script is alive but has not reported', async () => {
    expect(await resolvePopupState({ id: 5, url: 'https://x.com/kikobeats' }, deps(null, true))).toEqual({ status: 'reading' });
  });

  it('says "reload" when no content script answers on a supported site (opened before an update)', async () => {
    expect(await resolvePopupState({ id: 5, url: 'https://x.com/kikobeats' }, deps(null, false))).toEqual({ status: 'reload-needed' });
    expect(await resolvePopupState({ id: 5, url: 'https://bsky.app/profile/a.bsky.social' }, deps(null, new Error('Could not establish connection')))).toEqual({
      status: 'reload-needed',
    });
  });

  it('survives a background that does not answer', async () => {
    const broken: PopupDeps = { getTabState: () => Promise.reject(new Error('no worker')), pingTab: async () => true };
    expect(await resolvePopupState({ id: 6, url: 'https://www.tiktok.com/@a' }, broken)).toEqual({ status: 'reading' });
  });

  it('marks the states worth asking again about', () => {
    expect(isTransient({ status: 'loading' })).toBe(true);
    expect(isTransient({ status: 'reading' })).toBe(true);
    expect(isTransient({ status: 'reload-needed' })).toBe(false);
    expect(isTransient(ok)).toBe(false);
  });
});

describe('isSupportedUrl', () => {
  it('matches the content script hosts only', () => {
    for (const url of ['https://www.instagram.com/x/', 'https://x.com/a', 'https://twitter.com/a', 'https://www.tiktok.com/@a', 'https://www.youtube.com/@a', 'https://m.youtube.com/', 'https://bsky.app/profile/a', 'https://www.facebook.com/a', 'https://m.facebook.com/a', 'https://www.linkedin.com/company/a/', 'https://www.threads.com/@a', 'https://www.threads.net/@a', 'https://www.twitch.tv/a']) {
      expect(isSupportedUrl(url), url).toBe(true);
    }
    for (const url of ['https://instagram.com.evil.example/', 'https://www.facebook.com.evil.example/', 'https://clips.twitch.tv/a', 'http://x.com/a', 'https://example.com/', 'chrome://newtab/', 'not a url', undefined]) {
      expect(isSupportedUrl(url), String(url)).toBe(false);
    }
  });
});

describe('breakdownNotices', () => {
  it('a graded profile with 12 posts used and one hidden like count', () => {
    expect(breakdownNotices(SAMPLE_SNAPSHOT, SAMPLE_ANALYSIS)).toEqual({ tooLittle: false, likesHidden: { hidden: 1, total: 14 }, sample: null });
  });

  it('a profile with nothing to grade: too little, small sample', () => {
    expect(breakdownNotices(THIN_SNAPSHOT, THIN_ANALYSIS)).toEqual({ tooLittle: true, likesHidden: null, sample: 'small' });
  });

  it('a post page', () => {
    expect(breakdownNotices(POST_SNAPSHOT, POST_ANALYSIS).sample).toBe('post-page');
  });
});
