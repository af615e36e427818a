/**
 * The full breakdown for one account, as a marketer reads it: who it is, the grade and what it
 * means, how sure it is, why (each reason with its numbers and the points it cost), engagement
 * against the tier's typical band, the counts read and where each came from, and what could not
 * be read. Used by the toolbar popup and by the same page opened in a tab.
 */
import type { ComponentChildren } from 'preact';
import type { Analysis, EngagementRate, Signal } from '../lib/score/types';
import type { Count, Platform, Snapshot } from '../lib/snapshot';
import { t, tp, uiLocale } from '../lib/i18n';
import { breakdownNotices, SMALL_SAMPLE, type BreakdownNotices } from '../lib/view/popup-state';
import { benchmarkFor, VERDICT_COLORS, verdictOf } from '../lib/view/verdict';
import { AudienceSample } from './AudienceSample';
import { EngagementChart } from './EngagementChart';
import { PopulationLine, Provisional } from './Provisional';
import {
  formatCount,
  formatEvidence,
  formatNumber,
  formatPointsOff,
  formatRate,
  formatRateValue,
  formatSigned,
  formatTime,
  platformName,
  rateIsRange,
} from './format';
import { SeverityIcon, VerifiedIcon } from './icons';
import { AccountGrowth, ShortlistButton } from './vetting';
import { EvidenceSections } from './evidence/EvidenceSections';

export interface BreakdownProps {
  snapshot: Snapshot;
  analysis: Analysis;
  /** When the background scored this page (ISO time). */
  updatedAt?: string;
}

export function Breakdown({ snapshot, analysis, updatedAt }: BreakdownProps) {
  const notices = breakdownNotices(snapshot, analysis);
  return (
    <article class="breakdown">
      <AccountHeader snapshot={snapshot} updatedAt={updatedAt} />
      {analysis.grade ? <GradeCard analysis={analysis} /> : analysis.provisional ? <Provisional analysis={analysis} /> : <NotGraded snapshot={snapshot} notices={notices} />}
      <ShortlistButton snapshot={snapshot} />
      {notices.likesHidden && (analysis.grade || !mostlyHidden(notices)) && (
        <Hint>{t('likesHiddenHint', [formatNumber(notices.likesHidden.hidden), formatNumber(notices.likesHidden.total)])}</Hint>
      )}
      {notices.sample && !notices.tooLittle && (
        <Hint>
          {notices.sample === 'post-page'
            ? t('samplePostPage')
            : tp('sampleSmall', analysis.sample.postsUsed, [formatNumber(analysis.sample.postsUsed), formatNumber(SMALL_SAMPLE)])}
        </Hint>
      )}
      {(analysis.grade || analysis.signals.length > 0) && <Reasons signals={analysis.signals} graded={!!analysis.grade} />}
      <Engagement analysis={analysis} platform={snapshot.platform} />
      <EvidenceSections snapshot={snapshot} analysis={analysis} />
      <AccountGrowth snapshot={snapshot} />
      <AudienceSample snapshot={snapshot} />
      <CountsRead snapshot={snapshot} />
      <CouldNotRead analysis={analysis} notices={notices} />
      <footer class="privacy">{t('footerPrivacy')}</footer>
    </article>
  );
}

function AccountHeader({ snapshot, updatedAt }: { snapshot: Snapshot; updatedAt?: string }) {
  const p = snapshot.profile;
  const time = formatTime(updatedAt ?? snapshot.capturedAt);
  return (
    <header class="account">
      <h1 class="account-name" dir="auto">
        {p.name || `@${p.handle}`}
      </h1>
      <p class="account-meta">
        <span dir="ltr">@{p.handle}</span>
        <span aria-hidden="true"> · </span>
        <span>{platformName(snapshot.platform)}</span>
        {p.verified && (
          <>
            <span aria-hidden="true"> · </span>
            <span class="verified">
              <VerifiedIcon size={13} />
              {t('verified')}
            </span>
          </>
        )}
      </p>
      <p class="muted">
        {t(`readFrom_${snapshot.page}`)}
        {time && ` · ${t('readAt', time)}`}
      </p>
    </header>
  );
}

function GradeCard({ analysis }: { analysis: Analysis }) {
  const grade = analysis.grade!;
  const verdict = verdictOf(analysis);
  const levels = { low: 1, medium: 2, high: 3 } as const;
  const level = levels[grade.confidence];
  return (
    <section class="grade-card" aria-labelledby="grade-heading" data-verdict={verdict}>
      <div class="grade-top">
        <div class="grade-letter" style={{ background: VERDICT_COLORS[verdict] }} aria-hidden="true">
          <span class="letter">{grade.letter}</span>
          <span class="score">{formatNumber(grade.score)}/100</span>
        </div>
        <div class="grade-text">
          <h2 id="grade-heading" class="grade-verdict">
            <span class="visually-hidden">{t('gradeAria', [grade.letter, formatNumber(grade.score)])} </span>
            {t(`verdict_${verdict}`)}
          </h2>
          <p class="grade-meaning">{t(`gradeMeaning_${grade.letter}`)}</p>
        </div>
      </div>
      {analysis.signals.some((s) => s.severity !== 'info') && <p class="grade-why">{reasonsSummary(analysis.signals)}</p>}
      <PopulationLine analysis={analysis} />
      <div class="confidence">
        <p class="confidence-line">
          <span class="meter" aria-hidden="true" data-level={level}>
            <span />
            <span />
            <span />
          </span>
          <strong>{t('confidenceLabel', t(`confidenceLevel_${grade.confidence}`))}</strong>
        </p>
        <p class="muted">
          {t(`confidence_${grade.confidence}`)} {t('confidenceBasis', [formatNumber(analysis.sample.postsUsed), formatNumber(analysis.sample.postsVisible)])}
        </p>
      </div>
      <details class="how">
        <summary>{t('howGradesWork')}</summary>
        <p>{t('gradeScale')}</p>
        {grade.components.length > 0 && (
          <table class="components">
            <caption class="visually-hidden">{t('componentsCaption')}</caption>
            <tbody>
              {grade.components.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.label}
                    {c.detail && <span class="muted block">{c.detail}</span>}
                  </th>
                  <td class="num">{formatSigned(c.points)}</td>
                </tr>
              ))}
              <tr class="total">
                <th scope="row">{t('componentsTotal')}</th>
                <td class="num">{formatNumber(grade.score)}</td>
              </tr>
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}

/** Most posts read hide their likes: that, not a lack of posts, is why there is no grade. */
function mostlyHidden(notices: BreakdownNotices): boolean {
  return !!notices.likesHidden && notices.likesHidden.hidden * 2 >= notices.likesHidden.total;
}

/** Alerts and warnings, and the points they cost: the grade's "why" in one line. */
function reasonsSummary(signals: Signal[]): string {
  const alerts = signals.filter((s) => s.severity === 'alert').length;
  const warnings = signals.filter((s) => s.severity === 'warning').length;
  if (!alerts && !warnings) return t('noSignals');
  const parts = [
    alerts ? tp('nAlerts', alerts, [formatNumber(alerts)]) : '',
    warnings ? tp('nWarnings', warnings, [formatNumber(warnings)]) : '',
  ].filter(Boolean);
  const list = new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(parts);
  const points = signals.reduce((sum, s) => sum + (s.severity === 'info' ? 0 : s.points), 0);
  return t('reasonsSummary', [list, formatNumber(points, 1)]);
}

/**
 * No grade: say so plainly, say why (too few counts, or likes hidden), and what would let
 * RealReach grade the account. Laid out like the grade card, with "?" in place of the letter.
 */
function NotGraded({ snapshot, notices }: { snapshot: Snapshot; notices: BreakdownNotices }) {
  const hidden = mostlyHidden(notices) ? notices.likesHidden : null;
  return (
    <section class="grade-card" data-kind={hidden ? 'likes-hidden' : 'too-little'} data-verdict="unknown" aria-labelledby="grade-heading">
      <div class="grade-top">
        <div class="grade-letter" style={{ background: VERDICT_COLORS.unknown }} aria-hidden="true">
          <span class="letter">?</span>
          <span class="score">{t('noScore')}</span>
        </div>
        <div class="grade-text">
          <h2 id="grade-heading" class="grade-verdict">
            {hidden ? t('likesHiddenTitle') : t('tooLittleTitle')}
          </h2>
          <p class="grade-meaning">{t('verdict_unknown')}</p>
        </div>
      </div>
      <p class="grade-why">
        {hidden ? t('likesHiddenBody', [formatNumber(hidden.hidden), formatNumber(hidden.total)]) : t('tooLittleBody')}
      </p>
      <p class="grade-todo">
        <strong>{t('tooLittleWhatToDo')}</strong>{' '}
        {snapshot.page === 'post' ? t('tooLittleFixPost') : hidden ? t('tooLittleFixHidden') : t('tooLittleFixProfile', formatNumber(SMALL_SAMPLE))}
        {snapshot.page === 'profile' && !hidden && snapshot.platform === 'instagram' && ` ${t('tooLittleFixInstagram')}`}
      </p>
    </section>
  );
}

function Hint({ children }: { children: ComponentChildren }) {
  return (
    <p class="hint" role="note">
      <SeverityIcon severity="info" size={14} />
      <span>{children}</span>
    </p>
  );
}

function Reasons({ signals, graded }: { signals: Signal[]; graded: boolean }) {
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
              <h3 class="signal-title">{s.title}</h3>
              <p class="signal-text">{s.explanation}</p>
              {s.evidence.length > 0 && (
                <dl class="evidence">
                  {s.evidence.map((e, i) => (
                    <div key={i}>
                      <dt>{e.label}:</dt>
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

function Engagement({ analysis, platform }: { analysis: Analysis; platform: Platform }) {
  const tier = analysis.tier;
  return (
    <section aria-labelledby="engagement-heading">
      <h2 id="engagement-heading" class="section-heading">
        {t('engagementHeading')}
      </h2>
      {tier && <p class="tier">{t('tierLine', t(`tier_${tier.id}`))}</p>}
      {analysis.engagement.length ? (
        analysis.engagement.map((r) => (
          <RateBlock key={r.basis} rate={r} analysis={analysis} platform={platform} bench={benchmarkFor(analysis, r.basis)} />
        ))
      ) : (
        <p>{t('noEngagement')}</p>
      )}
    </section>
  );
}

function RateBlock({
  rate,
  analysis,
  platform,
  bench,
}: {
  rate: EngagementRate;
  analysis: Analysis;
  platform: Platform;
  bench: Analysis['benchmark'];
}) {
  const ref = bench?.ref ?? null;
  return (
    <div class="rate-block">
      <h3 class="rate-label">{t(`rateLabel_${rate.basis}`)}</h3>
      <p class="rate-value">
        <strong>{formatRateValue(rate.value)}</strong>
        {bench && (
          <span class="position" data-position={bench.position}>
            {t(`position_${bench.position.replace('-', '_')}`)}
          </span>
        )}
      </p>
      {rateIsRange(rate) && <p class="muted">{t('rateRange', [formatRateValue(rate.min), formatRateValue(rate.max)])}</p>}
      <p class="muted">
        {t('formulaLine', rate.formula)} · {t('postsUsed', formatNumber(rate.postsUsed))}
      </p>
      {ref && (
        <p class="benchmark">
          {t('benchmarkLine', [
            t(`tierShort_${ref.tier}`),
            platformName(ref.platform ?? platform),
            formatRateValue(ref.typical),
            formatRateValue(ref.low),
            formatRateValue(ref.high),
          ])}
        </p>
      )}
      {ref && (
        <details class="about">
          <summary>{t('benchmarkAbout')}</summary>
          <p>{t('benchmarkSource', [ref.source, String(ref.year)])}</p>
          <p>{t('benchmarkFormula', ref.formula)}</p>
          {ref.note && <p>{ref.note}</p>}
        </details>
      )}
      {!ref && analysis.engagement.length > 0 && <p class="muted">{t('noBenchmark')}</p>}
      <EngagementChart rate={rate} bench={ref} idBase={`chart-${rate.basis}`} />
    </div>
  );
}

function CountsRead({ snapshot }: { snapshot: Snapshot }) {
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

function CouldNotRead({ analysis, notices }: { analysis: Analysis; notices: BreakdownNotices }) {
  const items = [...new Set(analysis.missing)];
  if (notices.likesHidden) items.unshift(t('missingLikesHidden', [formatNumber(notices.likesHidden.hidden), formatNumber(notices.likesHidden.total)]));
  if (!items.length) return null;
  return (
    <section aria-labelledby="missing-heading">
      <h2 id="missing-heading" class="section-heading">
        {t('missingHeading')}
      </h2>
      <ul class="missing">
        {items.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}
