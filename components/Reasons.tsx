/** The popup's reasons: each signal worded in the UI language, with its numbers and the points it cost. */
import type { Signal } from '../lib/score/types';
import { t } from '../lib/i18n';
import { formatEvidence, formatPointsOff, word } from './format';
import { SeverityIcon, VerifiedIcon } from './icons';

export function Reasons({ signals, graded }: { signals: Signal[]; graded: boolean }) {
  const rank = { alert: 0, warning: 1, info: 2 } as const;
  const sorted = [...signals].sort((a, b) => rank[a.severity] - rank[b.severity] || b.points - a.points);
  return (
    <section aria-labelledby="reasons-heading">
      <h2 id="reasons-heading" class="section-heading">
        {graded ? t('reasonsHeading') : t('reasonsHeadingUngraded')}
      </h2>
      {sorted.length ? (
        <ul class="signals">
          {sorted.map((s) => (
            <li key={s.id} class="signal" data-severity={s.severity}>
              <div class="signal-head">
                <span class="severity">
                  <SeverityIcon severity={s.severity} size={13} />
                  {t(`severity_${s.severity}`)}
                </span>
                <span class="points">{formatPointsOff(s.points)}</span>
              </div>
              <h3 class="signal-title">{word(s.title)}</h3>
              <p class="signal-text">{word(s.explanation)}</p>
              {s.evidence.length > 0 && (
                <dl class="evidence">
                  {s.evidence.map((e, i) => (
                    <div key={i}>
                      <dt>{word(e.label)}:</dt>
                      <dd>{formatEvidence(e)}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="all-clear">
          <VerifiedIcon size={14} />
          {t('noSignals')}
        </p>
      )}
    </section>
  );
}
