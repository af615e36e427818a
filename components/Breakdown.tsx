/**
 * The full breakdown for one account: grade, reasons, engagement, the counts read and where
 * each came from, and what could not be read. Used by the popup and the breakdown page.
 */
import type { Analysis } from '../lib/score/types';
import type { Count, Snapshot } from '../lib/snapshot';
import { t } from '../lib/i18n';
import { VERDICT_COLORS, verdictOf } from '../lib/verdict';
import { formatCount, formatRate } from './format';

export function Breakdown({ snapshot, analysis }: { snapshot: Snapshot; analysis: Analysis }) {
  const verdict = verdictOf(analysis);
  const p = snapshot.profile;
  return (
    <article class="breakdown">
      <header class="account">
        <div>
          <h1>{p.name ?? p.handle}</h1>
          <p class="muted">
            @{p.handle} · {snapshot.platform}
            {p.verified ? ` · ${t('verified')}` : ''}
          </p>
        </div>
        <div class="grade" style={{ background: VERDICT_COLORS[verdict] }} aria-label={t('gradeAria', [analysis.grade?.letter ?? '?'])}>
          {analysis.grade?.letter ?? '?'}
          {analysis.grade && <small>{analysis.grade.score}/100</small>}
        </div>
      </header>
      {analysis.grade ? (
        <p>{t('confidence_' + analysis.grade.confidence)}</p>
      ) : (
        <p class="notice">{t('notGraded')}</p>
      )}

      <section>
        <h2>{t('reasonsHeading')}</h2>
        {analysis.signals.length ? (
          <ul class="signals">
            {analysis.signals.map((s) => (
              <li key={s.id} data-severity={s.severity}>
                <strong>
                  {t('severity_' + s.severity)}: {s.title}
                </strong>
                <p>{s.explanation}</p>
                <p class="muted">{s.evidence.map((e) => `${e.label}: ${e.value}`).join(' · ')}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noSignals')}</p>
        )}
      </section>

      <section>
        <h2>{t('engagementHeading')}</h2>
        {analysis.engagement.length ? (
          <ul>
            {analysis.engagement.map((r) => (
              <li key={r.basis}>
                <strong>{formatRate(r)}</strong> {r.formula} ({t('postsUsed', [String(r.postsUsed)])})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noEngagement')}</p>
        )}
      </section>

      <section>
        <h2>{t('countsHeading')}</h2>
        <table class="counts">
          <tbody>
            {(['followers', 'following', 'posts', 'likes'] as const).map((k) => (
              <CountRow key={k} label={t('count_' + k)} count={p[k]} />
            ))}
          </tbody>
        </table>
        <p class="muted">{t('postsRead', [String(snapshot.posts.length)])}</p>
      </section>

      {analysis.missing.length > 0 && (
        <section>
          <h2>{t('missingHeading')}</h2>
          <ul>
            {analysis.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function CountRow({ label, count }: { label: string; count: Count | undefined }) {
  if (!count) return null;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatCount(count)}</td>
      <td class="muted">
        {t('source_' + count.source.replace('-', '_'))}
        {count.exact ? '' : ` · ${t('roundedOnPage', [count.raw])}`}
      </td>
    </tr>
  );
}
