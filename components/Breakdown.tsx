/**
 * The full breakdown for one account, as a marketer reads it: who it is, the grade and what it
 * means, how sure it is, why (each reason with its numbers and the points it cost), engagement
 * against the tier's typical band, the counts read and where each came from, and what could not
 * be read. Used by the toolbar popup and by the same page opened in a tab.
 */
import type { ComponentChildren } from 'preact';
import type { Analysis, Signal } from '../lib/score/types';
import type { Snapshot } from '../lib/snapshot';
import { t, tp, uiLocale } from '../lib/i18n';
import { breakdownNotices, SMALL_SAMPLE, type BreakdownNotices } from '../lib/view/popup-state';
import { gradeMeaningKey, VERDICT_COLORS, verdictOf } from '../lib/view/verdict';
import { AudienceSample } from './AudienceSample';
import { CouldNotRead, CountsRead } from './CountsRead';
import { Engagement } from './EngagementSection';
import { PopulationLine, Provisional, UnknownLetter } from './Provisional';
import { Reasons } from './Reasons';
import { formatNumber, formatSigned, formatTime, platformName, word } from './format';
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
          <p class="grade-meaning">{t(gradeMeaningKey(analysis))}</p>
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
                    {word(c.label)}
                    {c.detail && <span class="muted block">{word(c.detail)}</span>}
                  </th>
                  <td class="num">{formatSigned(c.points)}</td>
                </tr>
              ))}
              {/* The reasons' points, so that the rows add up to the score (score = components - reasons). */}
              {reasonPoints(analysis.signals) !== 0 && (
                <tr>
                  <th scope="row">{t('componentsReasons')}</th>
                  <td class="num">{formatSigned(-reasonPoints(analysis.signals))}</td>
                </tr>
              )}
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

/** The points the reasons took off (a provisional reading's signals carry none). */
function reasonPoints(signals: Signal[]): number {
  return signals.reduce((sum, s) => sum + (Number.isFinite(s.points) ? s.points : 0), 0);
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
        <UnknownLetter />
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

