/** Sponsored vs organic posts, and possible undisclosed sponsorships with the evidence quoted. */
import type { SponsoredReport } from '../../lib/evidence/sponsored';
import { t } from '../../lib/i18n';
import { formatNumber, formatRateValue, word } from '../format';

export function SponsoredSection({ report }: { report: SponsoredReport }) {
  const side = (label: string, s: SponsoredReport['sponsored']) => (
    <li>
      {label}: {s.median !== undefined ? <strong>{formatRateValue(s.median)}</strong> : t('ev_noRate')} ·{' '}
      {t('ev_postsRested', [formatNumber(s.rated), formatNumber(s.posts)])}
    </li>
  );
  return (
    <section aria-labelledby="ev-sponsored-heading" data-section="sponsored">
      <h2 id="ev-sponsored-heading" class="section-heading">
        {t('ev_sponsoredHeading')}
      </h2>
      {report.known === 0 ? (
        <p class="muted">{t('ev_sponsoredUnknown')}</p>
      ) : (
        <>
          <p>{t('ev_sponsoredShare', [formatRateValue(report.share ?? 0), formatNumber(report.sponsored.posts), formatNumber(report.known)])}</p>
          <ul class="ev-list">
            {side(t('ev_sponsoredSide'), report.sponsored)}
            {side(t('ev_organicSide'), report.organic)}
          </ul>
          <p class="muted">{report.basis === 'views' ? t('ev_rateFormulaViews') : t('ev_rateFormulaFollowers')}</p>
        </>
      )}
      {report.disclosed.length > 0 && (
        <details class="about">
          <summary>{t('ev_disclosedList', formatNumber(report.disclosed.length))}</summary>
          <ul class="ev-list">
            {report.disclosed.slice(0, 10).map((d) => (
              <li key={d.post}>
                <span dir="auto">“{d.disclosure}”</span> <span class="muted ev-ref">{d.post}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.undisclosed.map((f) => (
        <div class="ev-flag" role="note" key={f.post} data-flag="undisclosed">
          <p>
            <strong>{t('ev_undisclosedTitle')}</strong> <span class="muted ev-ref">{f.post}</span>
          </p>
          <ul class="ev-list">
            {f.evidence.map((e) => (
              <li key={e} dir="auto">
                “{e}”
              </li>
            ))}
          </ul>
          {f.brands.length > 0 && <p class="muted">{t('ev_brandsMentioned', f.brands.map((b) => `@${b}`).join(', '))}</p>}
          <p class="muted">{t('ev_undisclosedRule', report.rules.map(word).join('; '))}</p>
        </div>
      ))}
    </section>
  );
}
