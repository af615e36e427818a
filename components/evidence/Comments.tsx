/** Comment quality on the page, and pods named across the posts of this account the user opened. */
import type { CommentExample, CommentQuality } from '../../lib/evidence/comments';
import type { PodReport } from '../../lib/evidence/pods';
import { t } from '../../lib/i18n';
import { formatNumber, formatRateValue } from '../format';

function Examples({ list }: { list: CommentExample[] }) {
  if (!list.length) return null;
  return (
    <ul class="ev-examples">
      {list.map((e, i) => (
        <li key={i} dir="auto">
          <span class="ev-author">{e.author}</span>: “{e.text}”{e.of && <span class="muted"> ({t('ev_repeats', e.of)})</span>}
        </li>
      ))}
    </ul>
  );
}

const VERDICT_TEXT = {
  normal: () => t('ev_commentsNormal'),
  elevated: () => t('ev_commentsElevated'),
  alarm: () => t('ev_commentsAlarm'),
  'too-few': () => t('ev_commentsTooFew'),
} as const;

export function CommentsSection({ quality }: { quality: CommentQuality | null }) {
  return (
    <section aria-labelledby="ev-comments-heading" data-section="comments">
      <h2 id="ev-comments-heading" class="section-heading">
        {t('ev_commentsHeading')}
      </h2>
      {!quality ? (
        <p class="muted">{t('ev_commentsNone')}</p>
      ) : (
        <>
          <p class="ev-verdict" data-verdict={quality.verdict}>{VERDICT_TEXT[quality.verdict]()}</p>
          <p>{t('ev_genericLine', [formatNumber(quality.generic.count), formatNumber(quality.total), formatRateValue(quality.generic.share)])}</p>
          <Examples list={quality.generic.examples} />
          <p>{t('ev_duplicateLine', [formatNumber(quality.duplicates.count), formatNumber(quality.total)])}</p>
          <Examples list={quality.duplicates.examples} />
          {quality.unrelatedLanguage.checked > 0 && (
            <>
              <p>{t('ev_languageLine', [formatNumber(quality.unrelatedLanguage.count), formatNumber(quality.unrelatedLanguage.checked)])}</p>
              <Examples list={quality.unrelatedLanguage.examples} />
            </>
          )}
          <p class="muted">{t('ev_commentsReference')}</p>
        </>
      )}
    </section>
  );
}

export function PodsSection({ pods }: { pods: PodReport | null }) {
  return (
    <section aria-labelledby="ev-pods-heading" data-section="pods">
      <h2 id="ev-pods-heading" class="section-heading">
        {t('ev_podsHeading')}
      </h2>
      {!pods || pods.postsSeen < 3 ? (
        <p class="muted">{t('ev_podsTooFew', formatNumber(pods?.postsSeen ?? 0))}</p>
      ) : pods.members.length === 0 ? (
        <p>{t('ev_podsNone', formatNumber(pods.postsSeen))}</p>
      ) : (
        <>
          <p>{pods.likelyPod ? t('ev_podsLikely', formatNumber(pods.postsSeen)) : t('ev_podsRegulars', formatNumber(pods.postsSeen))}</p>
          <table class="ev-table">
            <thead>
              <tr>
                <th scope="col">{t('ev_podsAccount')}</th>
                <th scope="col">{t('ev_podsPosts')}</th>
                <th scope="col">{t('ev_podsEarly')}</th>
                <th scope="col">{t('ev_podsGeneric')}</th>
              </tr>
            </thead>
            <tbody>
              {pods.members.map((m) => (
                <tr key={m.handle} data-pod={m.podPattern ? 'yes' : 'no'}>
                  <th scope="row" dir="auto" title={m.example}>
                    {m.handle}
                  </th>
                  <td>
                    {formatNumber(m.posts)}/{formatNumber(pods.postsSeen)}
                  </td>
                  <td>{formatNumber(m.early)}</td>
                  <td>{formatNumber(m.generic)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">{t('ev_podsMethod')}</p>
        </>
      )}
    </section>
  );
}
