/**
 * The popup's audience section: how many followers of this account the user has seen in its
 * followers list, about what share of them look fake (with the interval), a few examples with the
 * reasons, and a prompt to scroll for more when the sample is small. The estimate is computed in
 * the background (lib/audience/summary.ts); this only words it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AudienceSummary } from '../lib/audience/summary';
import type { Cue } from '../lib/audience/features';
import type { Snapshot } from '../lib/snapshot';
import { t } from '../lib/i18n';
import { SITES } from '../lib/sites/list';
import { formatNumber } from './format';
import { ask, watchStorage } from './vetting/client';

/** Sites whose followers list RealReach reads (lib/sites/list.ts `followers`). */
const AUDIENCE_PLATFORMS = new Set<string>(SITES.filter((s) => s.followers).map((s) => s.platform));

const pct = (fraction: number) => formatNumber(Math.round(fraction * 100));

function cueText(cue: Cue): string {
  switch (cue) {
    case 'default-picture':
      return t('aud_cueDefaultPicture');
    case 'digit-heavy-handle':
      return t('aud_cueDigitHeavy');
    case 'has-digits':
      return t('aud_cueDigits');
    case 'no-name':
      return t('aud_cueNoName');
    case 'empty-bio':
      return t('aud_cueEmptyBio');
  }
}

export function AudienceView({ summary }: { summary: AudienceSummary | null }) {
  if (!summary) return <p class="vet-muted">{t('aud_none')}</p>;
  const e = summary.estimate;
  return (
    <>
      <p class="audience-line">
        {e
          ? t('aud_line', [formatNumber(summary.seen), pct(e.share), pct(e.low), pct(e.high)])
          : t('aud_lineNoEstimate', [formatNumber(summary.seen)])}
      </p>
      {summary.small && <p class="hint">{t('aud_scrollMore')}</p>}
      {e && e.examples.length > 0 && (
        <>
          <h3 class="audience-examples-heading">{t('aud_examples')}</h3>
          <ul class="audience-examples">
            {e.examples.map((x) => (
              <li key={x.handle}>
                <bdi>@{x.handle}</bdi>: {x.cues.map(cueText).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="vet-muted">{e?.basis === 'handle-only' ? t('aud_basisHandle') : t('aud_basisPicture')}</p>
    </>
  );
}

export function AudienceSample({ snapshot }: { snapshot: Snapshot }) {
  const account = { platform: snapshot.platform, handle: snapshot.profile.handle };
  const [summary, setSummary] = useState<AudienceSummary | null | undefined>(undefined);
  const supported = AUDIENCE_PLATFORMS.has(account.platform);
  useEffect(() => {
    if (!supported) return;
    let live = true;
    const load = () =>
      ask({ type: 'audience-get', account })
        .then((answer) => live && setSummary('none' in answer ? null : answer))
        .catch(() => live && setSummary(null));
    void load();
    const key = `audience:${account.platform}:${account.handle.replace(/^@/, '').toLowerCase()}`;
    const stop = watchStorage(() => void load(), [key]);
    return () => {
      live = false;
      stop();
    };
  }, [account.platform, account.handle]);

  if (!supported || summary === undefined) return null;
  return (
    <section class="audience" aria-labelledby="audience-heading">
      <h2 id="audience-heading" class="section-heading">{t('aud_heading')}</h2>
      <AudienceView summary={summary} />
    </section>
  );
}
