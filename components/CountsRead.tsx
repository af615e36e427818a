/** The popup's record of what was read: the counts with their sources, and what could not be read and why. */
import type { Analysis } from '../lib/score/types';
import type { Count, Snapshot } from '../lib/snapshot';
import { t, tp } from '../lib/i18n';
import type { BreakdownNotices } from '../lib/view/popup-state';
import { formatCount, formatNumber, isPageNote, word } from './format';

export function CountsRead({ snapshot }: { snapshot: Snapshot }) {
  const p = snapshot.profile;
  const yt = snapshot.platform === 'youtube';
  const rows: [string, Count | undefined][] = [
    [t(yt ? 'count_subscribers' : 'count_followers'), p.followers],
    [t('count_following'), p.following],
    [t(yt ? 'count_videos' : 'count_posts'), p.posts],
    [t('count_likes'), p.likes],
    // Twitch: viewers of the live stream now shown.
    [t('count_liveViewers'), p.liveViewers],
  ];
  const shown = rows.filter((r): r is [string, Count] => !!r[1]);
  const metrics = (['likes', 'comments', 'shares', 'views', 'saves'] as const)
    .map((m) => {
      const counts = snapshot.posts.map((post) => post[m]).filter((c): c is Count => !!c);
      return { m, n: counts.length, rounded: counts.filter((c) => !c.exact).length, sources: [...new Set(counts.map((c) => c.source))] };
    })
    .filter((x) => x.n > 0);
  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading" class="section-heading">
        {t('countsHeading')}
      </h2>
      {shown.length > 0 && (
        <table class="counts">
          <thead>
            <tr>
              <th scope="col">{t('colCount')}</th>
              <th scope="col" class="num">
                {t('colValue')}
              </th>
              <th scope="col">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(([label, c]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td class="num">{formatCount(c)}</td>
                <td>
                  {t(`source_${c.source.replace('-', '_')}`)}
                  {c.exact ? null : <span class="rounded">{t('roundedOnPage', c.raw)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted">{t('postsRead', [formatNumber(snapshot.posts.length)])}</p>
      {metrics.length > 0 && (
        <table class="counts">
          <thead>
            <tr>
              <th scope="col">{t('colPerPost')}</th>
              <th scope="col" class="num">
                {t('colPosts')}
              </th>
              <th scope="col">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((x) => (
              <tr key={x.m}>
                <th scope="row">{t(`metric_${x.m}`)}</th>
                <td class="num">{t('postsOf', [formatNumber(x.n), formatNumber(snapshot.posts.length)])}</td>
                <td>
                  {x.sources.map((s) => t(`source_${s.replace('-', '_')}`)).join(', ')}
                  {x.rounded > 0 && <span class="rounded">{tp('roundedOnPosts', x.rounded, [formatNumber(x.rounded)])}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function CouldNotRead({ analysis, notices }: { analysis: Analysis; notices: BreakdownNotices }) {
  // Worded first, then de-duplicated: two phrases can say the same thing.
  const items: { text: string; page: boolean }[] = [];
  const seen = new Set<string>();
  if (notices.likesHidden) items.push({ text: t('missingLikesHidden', [formatNumber(notices.likesHidden.hidden), formatNumber(notices.likesHidden.total)]), page: false });
  for (const m of analysis.missing) {
    const text = word(m);
    if (text && !seen.has(text)) items.push({ text, page: isPageNote(m) });
    seen.add(text);
  }
  if (!items.length) return null;
  return (
    <section aria-labelledby="missing-heading">
      <h2 id="missing-heading" class="section-heading">
        {t('missingHeading')}
      </h2>
      <ul class="missing">
        {items.map((m) => (
          // A note the page reader wrote in English, kept as written: marked so, and in English for screen readers.
          <li key={m.text} {...(m.page ? { lang: 'en', 'data-page-note': '' } : {})}>{m.text}</li>
        ))}
      </ul>
    </section>
  );
}
