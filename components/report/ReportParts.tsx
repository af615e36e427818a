/**
 * The blocks of a printed report: each takes what the shortlist keeps (a Summary) and words it.
 * Every value is rendered as text (names and notes come from pages and from the user).
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { campaignOf } from '../../lib/storage/campaign';
import { isWebUrl, REPORT_SECTIONS, type Brand, type HistoryRecord, type ReportSectionId, type Summary } from '../../lib/storage/schema';
import type { EntryEvidence } from '../../lib/storage/entry-evidence';
import { AudienceCell, CadenceCell, CommentsCell, PodsCell, PriceCell, SponsoredCell } from '../vetting/EvidenceCells';
import type { EntryView } from '../../lib/storage/store';
import { isPageNote, word, formatDateTime, formatEvidence, formatMoney, formatNumber, formatRateValue, formatStored, platformName } from '../format';
import { followerSeries, formatDay, Sparkline } from '../vetting/GrowthChart';
import { GradeChip } from '../vetting/ShortlistTable';
import { PerPostChart } from './PerPostChart';
import { SECTION_KEYS, STATUS_KEYS } from './keys';

export function Section({ id, title, children, wide }: { id: string; title: string; children: ComponentChildren; wide?: boolean }) {
  return (
    <section class={`rep-section${wide ? ' rep-wide' : ''}`} data-section={id} aria-labelledby={`rep-h-${id}`}>
      <h2 id={`rep-h-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

export function ReportHeader({ brand, title, generatedAt }: { brand: Brand; title: string; generatedAt: Date }) {
  return (
    <header class="rep-header">
      <div class="rep-brand">
        {brand.logo && <img src={brand.logo} alt="" class="rep-logo" />}
        <div>
          <p class="rep-brand-name" dir="auto">
            {brand.name || t('rep_noBrand')}
          </p>
          <p class="rep-muted">{t('rep_preparedOn', [formatDay(generatedAt.getTime(), true)])}</p>
        </div>
      </div>
      <h1>{title}</h1>
    </header>
  );
}

export function Identity({ entry }: { entry: EntryView }) {
  const url = entry.url ?? entry.summary?.url;
  const c = campaignOf(entry);
  return (
    <div class="rep-identity">
      <GradeChip entry={entry} />
      <div>
        <p class="rep-name" dir="auto">
          {entry.name ?? entry.summary?.name ?? `@${entry.handle}`}
        </p>
        <p class="rep-muted">
          <span dir="ltr">@{entry.handle}</span> · {platformName(entry.platform)}
          {url && isWebUrl(url) && (
            <>
              {' · '}
              <a href={url} dir="ltr">
                {url}
              </a>
            </>
          )}
        </p>
        <p class="rep-campaign">
          {t(STATUS_KEYS[c.status])}
          {c.rate && ` · ${formatMoney(c.rate.amount, c.rate.currency)}`}
          {c.deliverables && ` · ${c.deliverables}`}
          {(c.start || c.end) && ` · ${[c.start, c.end].map((d) => (d ? formatDay(`${d}T12:00:00`, true) : '…')).join(' – ')}`}
        </p>
      </div>
    </div>
  );
}

export function GradeBlock({ summary }: { summary: Summary | undefined }) {
  if (!summary) return <p class="rep-muted">{t('rep_notChecked')}</p>;
  const g = summary.grade;
  if (!g) return <p>{t('rep_noGrade')}</p>;
  return (
    <p class="rep-grade-line">
      <strong>{t('rep_gradeIs', [g.letter, formatNumber(Math.round(g.score))])}</strong> · {t(`vet_confidence_${g.confidence}`)}
      {summary.tier && <> · {t(`vet_tier_${summary.tier}`)}</>}
    </p>
  );
}

export function Reasons({ summary }: { summary: Summary | undefined }) {
  if (!summary) return <p class="rep-muted">{t('rep_notChecked')}</p>;
  const flags = summary.signals.filter((s) => s.severity !== 'info');
  const notes = summary.signals.filter((s) => s.severity === 'info');
  return (
    <>
      {flags.length === 0 && <p>{t('rep_noFlags')}</p>}
      <ul class="rep-reasons">
        {[...flags, ...notes].map((s) => (
          <li key={s.id} class={`rep-sev-${s.severity}`}>
            <span class="rep-sev">{t(`vet_severity_${s.severity}`)}</span>{' '}
            <span dir="auto">{word(s.title)}</span>
            {s.points ? <span class="rep-muted"> ({t('rep_points', [formatNumber(Math.abs(s.points))])})</span> : null}
            {s.evidence && s.evidence.length > 0 && (
              <span class="rep-evidence">
                {s.evidence.map((e, i) => (
                  <span key={i}>
                    {i > 0 && '; '}
                    {word(e.label)}: <strong>{formatEvidence(e)}</strong>
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Engagement({ summary, idBase }: { summary: Summary | undefined; idBase: string }) {
  const rates = summary?.engagement ?? [];
  if (!summary || !rates.length) return <p class="rep-muted">{t('rep_noEngagement')}</p>;
  const bench = summary.benchmark;
  return (
    <>
      {rates.map((r) => (
        <div key={r.basis} class="rep-rate">
          <p>
            <strong>{formatRateValue(r.value)}</strong> {t(`vet_per_${r.basis}`)}
            <span class="rep-muted"> · {t('vet_postsUsed', [formatNumber(r.postsUsed)])}</span>
          </p>
          {bench && bench.basis === r.basis ? (
            <p class="rep-muted">
              {t('vet_benchmarkLine', [t(`vet_position_${bench.position.replace('-', '_')}`), formatRateValue(bench.typical), word(bench.source), String(bench.year)])}
            </p>
          ) : (
            <p class="rep-muted">{t('rep_noBenchmark')}</p>
          )}
          {r.perPost && r.perPost.length > 0 && <PerPostChart id={`${idBase}-${r.basis}`} rates={r.perPost} median={r.value} band={bench && bench.basis === r.basis ? bench : undefined} />}
        </div>
      ))}
    </>
  );
}

export function Growth({ records, handle }: { records: HistoryRecord[]; handle: string }) {
  const points = followerSeries(records);
  if (points.length < 2) return <p class="rep-muted">{t('vet_growthTooFew')}</p>;
  const first = points[0];
  const last = points[points.length - 1];
  const change = first.value ? (last.value - first.value) / first.value : 0;
  const text = t('vet_growthSummary', [`${change >= 0 ? '+' : '−'}${formatNumber(Math.abs(change) * 100, 1)}%`, formatNumber(points.length), formatDay(first.at, true)]);
  return (
    <div class="rep-growth">
      <Sparkline points={points} label={`@${handle}: ${text}`} width={220} height={44} />
      <p>
        {text}
        <br />
        <span class="rep-muted">{t('rep_followersNow', [formatNumber(last.value)])}</span>
      </p>
    </div>
  );
}

export function WhatWasRead({ entry }: { entry: EntryView }) {
  const s = entry.summary;
  if (!s) return <p class="rep-muted">{t('rep_notChecked')}</p>;
  return (
    <>
      <dl class="rep-facts">
        <dt>{t('rep_checkedAt')}</dt>
        <dd>{formatDateTime(s.checkedAt)}</dd>
        <dt>{t('vet_colFollowers')}</dt>
        <dd>{formatStored(s.followers)}</dd>
        <dt>{t('vet_rowFollowing')}</dt>
        <dd>{formatStored(s.following)}</dd>
        <dt>{t('vet_rowPosts')}</dt>
        <dd>{formatStored(s.posts)}</dd>
        <dt>{t('rep_postsRead')}</dt>
        <dd>{formatNumber(s.postsUsed)}</dd>
      </dl>
      {s.missing && s.missing.length > 0 && (
        <ul class="rep-missing">
          {s.missing.map((m, i) => (
            <li key={i} {...(isPageNote(m) ? { lang: 'en' } : {})}>{word(m)}</li>
          ))}
        </ul>
      )}
      <p class="rep-muted rep-small">{t('rep_readNote')}</p>
    </>
  );
}

/**
 * The evidence sections (audience sample, sponsored vs organic, comment quality with pods, price
 * band with its formula and sources, cadence and trend), from what the summary keeps and the
 * account's stored sample and posts opened (lib/storage/entry-evidence.ts). Each renders only when
 * there is something to show: nothing, not an empty box, otherwise. Summaries that carry worded
 * rows instead (`sections`) still show them.
 */
export function ExtraSections({ summary, evidence }: { summary: Summary | undefined; evidence?: EntryEvidence }) {
  const legacy = summary?.sections;
  const structured: Record<ReportSectionId | 'cadence', ComponentChildren | null> = {
    audience: evidence?.audience ? <AudienceCell ev={evidence} /> : null,
    sponsorship: evidence?.sponsored ? <SponsoredCell s={evidence.sponsored} /> : null,
    comments:
      evidence && (evidence.comments || evidence.pods) ? (
        <>
          {evidence.comments && <p><CommentsCell c={evidence.comments} /></p>}
          {evidence.pods && <p><PodsCell ev={evidence} /></p>}
        </>
      ) : null,
    price: evidence?.price?.bands.length ? <PriceCell price={evidence.price} detail /> : null,
    cadence: evidence?.cadence?.perWeek !== undefined ? <CadenceCell c={evidence.cadence} /> : null,
  };
  return (
    <>
      {[...REPORT_SECTIONS, 'cadence' as const].map((id) => {
        const title = id === 'cadence' ? t('ev_cadenceHeading') : t(SECTION_KEYS[id]);
        const body = structured[id];
        if (body) {
          return (
            <Section key={id} id={id} title={title}>
              <div class="rep-evidence-block">{body}</div>
            </Section>
          );
        }
        const rows = id === 'cadence' ? undefined : legacy?.[id];
        if (!rows?.length) return null;
        return (
          <Section key={id} id={id} title={title}>
            <dl class="rep-facts">
              {rows.map((r, i) => (
                <>
                  <dt key={`t${i}`}>{r.label}</dt>
                  <dd key={`d${i}`}>{r.value}</dd>
                </>
              ))}
            </dl>
          </Section>
        );
      })}
    </>
  );
}

export function Disclaimer() {
  return <p class="rep-disclaimer">{t('rep_disclaimer')}</p>;
}
