/**
 * Side-by-side comparison of 2 to 6 shortlisted accounts: one column per account, one row per
 * measure (grade, engagement and its benchmark, audience, flags, growth, campaign, the user's notes).
 * The best value of a row is marked, in words as well as colour, but only among accounts of one
 * platform all graded with more than low confidence (mayCrownBest): never across platforms.
 * The evidence rows (audience sample, sponsored vs organic, comment quality, pods, price band,
 * cadence) never name a best: each is evidence to read, not a ranking.
 */
import type { ComponentChildren } from 'preact';
import type { HistoryRecord } from '../../lib/storage/schema';
import type { EntryView } from '../../lib/storage/store';
import { t } from '../../lib/i18n';
import { word, countTitle, formatMoney, formatNumber, formatRateValue, formatStored, formatTime } from '../format';
import { followerSeries, formatDay, Sparkline } from './GrowthChart';
import { AccountCell, GradeChip } from './ShortlistTable';
import { flagsOf, mayCrownBest } from './shortlist-view';
import { campaignOf } from '../../lib/storage/campaign';
import { Tags } from './Tags';
import { STATUS_KEYS } from '../report/keys';
import { entryEvidence, type EntryExtras } from '../../lib/storage/entry-evidence';
import { AudienceCell, CadenceCell, CommentsCell, PodsCell, PriceCell, SponsoredCell } from './EvidenceCells';

export interface CompareProps {
  entries: EntryView[];
  histories: ReadonlyMap<string, HistoryRecord[]>;
  /** Whether a row may name a best (default: mayCrownBest). */
  crownBest?: boolean;
  headingId?: string;
  /** Each account's audience sample, posts opened and the user's currency (components/vetting/entry-extras.ts). */
  extras?: ReadonlyMap<string, EntryExtras>;
}

const rateOf = (e: EntryView, basis: 'followers' | 'views') => e.summary?.engagement.find((r) => r.basis === basis);

/** Index of the highest value (ties: none marked), or -1. */
function bestIndex(values: (number | undefined)[], higherIsBetter = true): number {
  const known = values.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== undefined);
  if (known.length < 2) return -1;
  const sorted = [...known].sort((a, b) => (higherIsBetter ? b.v - a.v : a.v - b.v));
  return sorted[0].v === sorted[1].v ? -1 : sorted[0].i;
}

export function Row({ label, cells, best = -1, evidence = false }: { label: string; cells: ComponentChildren[]; best?: number; evidence?: boolean }) {
  return (
    <tr class={evidence ? 'vet-ev-row' : undefined}>
      <th scope="row">{label}</th>
      {cells.map((c, i) => (
        <td key={i} class={i === best ? 'vet-best' : undefined}>
          {c}
          {i === best && <span class="vet-best-mark"> {t('vet_best')}</span>}
        </td>
      ))}
    </tr>
  );
}

export function Compare({ entries, histories, crownBest = mayCrownBest(entries), headingId = 'vet-compare-heading', extras }: CompareProps) {
  const evidence = entries.map((e) => entryEvidence(e, extras?.get(e.key)));
  const perFollower = entries.map((e) => rateOf(e, 'followers'));
  const perView = entries.map((e) => rateOf(e, 'views'));
  // Engagement and grades differ by platform (GUIDE section 5), and a low-confidence grade is no
  // ranking: across platforms the benchmark line beside each rate compares, and no row has a best.
  const best = (values: (number | undefined)[], higherIsBetter = true) => (crownBest ? bestIndex(values, higherIsBetter) : -1);
  const bestRate = (rates: (number | undefined)[]) => best(rates);
  const growth = entries.map((e) => followerSeries(histories.get(e.key) ?? []));
  return (
    <div class="vet-compare-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
      <table class="vet-compare">
        <caption class="vet-sr">{t('vet_compareCaption', [String(entries.length)])}</caption>
        <thead>
          <tr>
            <td />
            {entries.map((e) => (
              <th key={e.key} scope="col">
                <AccountCell entry={e} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row
            label={t('vet_colGrade')}
            best={best(entries.map((e) => e.summary?.grade?.score))}
            cells={entries.map((e) => (
              <span class="vet-grade-cell">
                <GradeChip entry={e} />
                {e.summary?.grade && <span class="vet-muted"> {t(`vet_confidence_${e.summary.grade.confidence}`)}</span>}
              </span>
            ))}
          />
          <Row
            label={t('vet_rowEngagementFollowers')}
            best={bestRate(perFollower.map((r) => r?.value))}
            cells={perFollower.map((r, i) => (r ? <RateCell value={r.value} postsUsed={r.postsUsed} entry={entries[i]} basis="followers" /> : '—'))}
          />
          {perView.some(Boolean) && (
            <Row
              label={t('vet_rowEngagementViews')}
              best={bestRate(perView.map((r) => r?.value))}
              cells={perView.map((r, i) => (r ? <RateCell value={r.value} postsUsed={r.postsUsed} entry={entries[i]} basis="views" /> : '—'))}
            />
          )}
          <Row label={t('vet_colFollowers')} cells={entries.map((e) => <span title={countTitle(e.summary?.followers)}>{formatStored(e.summary?.followers)}</span>)} />
          <Row label={t('vet_rowFollowing')} cells={entries.map((e) => formatStored(e.summary?.following))} />
          <Row label={t('vet_rowPosts')} cells={entries.map((e) => formatStored(e.summary?.posts))} />
          <Row label={t('vet_rowTier')} cells={entries.map((e) => (e.summary?.tier ? t(`vet_tier_${e.summary.tier}`) : '—'))} />
          <Row
            label={t('vet_colFlags')}
            best={best(entries.map((e) => (e.summary ? flagsOf(e).length : undefined)), false)}
            cells={entries.map((e) => {
              if (!e.summary) return '—';
              const flags = flagsOf(e);
              if (!flags.length) return <span class="vet-muted">{t('vet_noFlags')}</span>;
              return (
                <ul class="vet-flag-list">
                  {flags.map((f) => (
                    <li key={f.id} class={`vet-sev-${f.severity}`} dir="auto">
                      <span class="vet-sr">{t(`vet_severity_${f.severity}`)}: </span>
                      {word(f.title)}
                    </li>
                  ))}
                </ul>
              );
            })}
          />
          <Row evidence label={t('aud_heading')} cells={evidence.map((ev) => <AudienceCell ev={ev} />)} />
          <Row evidence label={t('ev_sponsoredHeading')} cells={evidence.map((ev) => <SponsoredCell s={ev.sponsored} />)} />
          <Row evidence label={t('ev_commentsHeading')} cells={evidence.map((ev) => <CommentsCell c={ev.comments} />)} />
          <Row evidence label={t('ev_podsHeading')} cells={evidence.map((ev) => <PodsCell ev={ev} />)} />
          <Row evidence label={t('ev_priceHeading')} cells={evidence.map((ev) => <PriceCell price={ev.price} />)} />
          <Row evidence label={t('ev_cadenceHeading')} cells={evidence.map((ev) => <CadenceCell c={ev.cadence} />)} />
          <Row
            label={t('vet_growthHeading')}
            cells={growth.map((points, i) => {
              if (points.length < 2) return <span class="vet-muted">{t('vet_growthTooFew')}</span>;
              const first = points[0];
              const last = points[points.length - 1];
              const change = first.value ? (last.value - first.value) / first.value : 0;
              const text = t('vet_growthSummary', [
                `${change >= 0 ? '+' : '−'}${formatNumber(Math.abs(change) * 100, 1)}%`,
                formatNumber(points.length),
                formatDay(first.at),
              ]);
              return (
                <span class="vet-growth-cell">
                  <Sparkline points={points} label={`${entries[i].handle}: ${text}`} />
                  <span class="vet-muted">{text}</span>
                </span>
              );
            })}
          />
          <Row
            label={t('vet_tags')}
            cells={entries.map((e) =>
              e.tags.length ? <Tags tags={e.tags} /> : '—',
            )}
          />
          <Row
            label={t('rep_h_campaign')}
            cells={entries.map((e) => {
              const c = campaignOf(e);
              return (
                <span>
                  {t(STATUS_KEYS[c.status])}
                  {c.rate && <span class="vet-block">{formatMoney(c.rate.amount, c.rate.currency)}</span>}
                  {c.deliverables && <span class="vet-block vet-muted">{c.deliverables}</span>}
                </span>
              );
            })}
          />
          <Row label={t('vet_note')} cells={entries.map((e) => (e.note ? <span class="vet-note" dir="auto">{e.note}</span> : '—'))} />
          <Row label={t('vet_colChecked')} cells={entries.map((e) => (e.summary ? formatTime(e.summary.checkedAt) : t('vet_notChecked')))} />
        </tbody>
      </table>
    </div>
  );
}

function RateCell({ value, postsUsed, entry, basis }: { value: number; postsUsed: number; entry: EntryView; basis: 'followers' | 'views' }) {
  const bench = entry.summary?.benchmark;
  return (
    <span>
      <strong>{formatRateValue(value)}</strong>
      <span class="vet-muted"> · {t('vet_postsUsed', [formatNumber(postsUsed)])}</span>
      {bench && bench.basis === basis && (
        <span class="vet-muted vet-block">
          {t('vet_benchmarkLine', [t(`vet_position_${bench.position.replace('-', '_')}`), formatRateValue(bench.typical), word(bench.source), String(bench.year)])}
        </span>
      )}
    </span>
  );
}
