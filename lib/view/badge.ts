/**
 * What the in-page badge and its panel say, as plain strings: computed where the analysis is made
 * (the background), so that the content script formats nothing. The first Intl.NumberFormat in a
 * page costs 24–34 ms, and the messages, verdicts and scoring types would otherwise ship in every
 * content script; components/badge.ts only puts these strings into the DOM.
 *
 * Pure: no DOM, runs in the service worker and in Node tests.
 */
import type { Analysis, Signal } from '../score/types';
import { t, uiLocale } from '../i18n';
import { words } from '../words';
import { benchmarkFor, formatPercent, headlineRate, VERDICT_COLORS, verdictOf, type Verdict } from './verdict';

interface BadgeReason {
  id: string;
  severity: 'alert' | 'warning';
  severityWord: string;
  title: string;
  points: string;
}

export interface BadgeView {
  verdict: Verdict;
  /** VERDICT_COLORS[verdict]: the pill's and the panel chip's background. */
  color: string;
  /** The grade's letter, or '?' when there is too little to grade. */
  letter: string;
  /** The headline engagement rate, e.g. "1.2%"; absent when none was computed. */
  rate?: string;
  /** The button's accessible name and tooltip. */
  label: string;
  panel: {
    title: string;
    sub: string;
    rateLine?: { value: string; basis: string; typical?: string };
    /** Only for a graded account: an ungraded one has no reasons worth listing. */
    reasons?: { heading: string; items: BadgeReason[]; none?: string; more?: string };
    /** One line per evidence section (lib/evidence/lines.ts), ready to show. */
    evidence?: string[];
    close: string;
    openBreakdown: string;
    /** The panel's "Add to shortlist" action: its words, and whether the account is on it already. */
    shortlist: { on: boolean; add: string; added: string; full: string; failed: string };
  };
}

/** The reasons worth a glance: alerts and warnings first, the heaviest first. */
export function topReasons(signals: Signal[], n = 3): Signal[] {
  const rank = { alert: 0, warning: 1, info: 2 } as const;
  return signals
    .filter((s) => s.severity !== 'info')
    .sort((a, b) => rank[a.severity] - rank[b.severity] || b.points - a.points)
    .slice(0, n);
}

export function badgeView(analysis: Analysis, locale: string | undefined = uiLocale(), shortlisted = false, evidence: string[] = []): BadgeView {
  const verdict = verdictOf(analysis);
  const grade = analysis.grade;
  const letter = grade?.letter ?? '?';
  const rate = headlineRate(analysis, locale);
  const verdictWord = t(`verdict_${verdict}`);
  // The accessible name starts with what the badge shows (WCAG 2.5.3, label in name), then says it in words.
  const shown = rate ? `${letter} ${rate}` : letter;
  const label = `${shown}: ${grade ? t('badgeLabel', [letter, verdictWord, String(grade.score)]) : analysis.provisional ? t('badgeLabelProvisional') : t('badgeLabelUngraded')}`;
  const pct = (fraction: number) => formatPercent(fraction, locale);
  // The engine's phrases, worded here from the browser's messages: the content script gets only the strings.
  const say = words(locale);

  const rateEntry = analysis.engagement[0];
  const bench = rateEntry ? benchmarkFor(analysis, rateEntry.basis) : null;
  const rateLine = rateEntry
    ? {
        value: pct(rateEntry.value),
        basis: t(`basis_${rateEntry.basis}`),
        // Word joiners keep "1.2%–3.4%" on one line.
        ...(bench ? { typical: t('panelTypical', `${pct(bench.ref.low)}\u2060–\u2060${pct(bench.ref.high)}`) } : {}),
      }
    : undefined;

  let reasons: BadgeView['panel']['reasons'];
  if (grade) {
    const top = topReasons(analysis.signals);
    const more = analysis.signals.filter((s) => s.severity !== 'info').length - top.length;
    reasons = {
      heading: t('reasonsHeading'),
      items: top.map((s) => ({
        id: s.id,
        // topReasons never keeps notes.
        severity: s.severity as BadgeReason['severity'],
        severityWord: t(`severity_${s.severity}`),
        title: say(s.title),
        points: formatPointsOff(s.points, locale),
      })),
      ...(top.length ? {} : { none: t('panelNoFlags') }),
      ...(more > 0 ? { more: t('panelMore', String(more)) } : {}),
    };
  }

  return {
    verdict,
    color: VERDICT_COLORS[verdict],
    letter,
    ...(rate ? { rate } : {}),
    label,
    panel: {
      // Provisional (engagement read, not graded): grey, no letter and no verdict word, the rate and why.
      title: grade ? t('panelGradeTitle', [letter, verdictWord]) : analysis.provisional ? t('verdict_provisional') : t('verdict_unknown'),
      sub: grade
        ? `${t('scoreOutOf', String(grade.score))} · ${t('confidenceLabel', t(`confidenceLevel_${grade.confidence}`))}`
        : analysis.provisional ? t('panelProvisional') : t('panelTooLittle'),
      ...(rateLine ? { rateLine } : {}),
      ...(reasons ? { reasons } : {}),
      ...(evidence.length ? { evidence } : {}),
      close: t('panelClose'),
      openBreakdown: t('panelOpenBreakdown'),
      shortlist: { on: shortlisted, add: t('vet_addToShortlist'), added: t('vet_onShortlist'), full: t('vet_error_full'), failed: t('vet_error_failed') },
    },
  };
}

/** Points a signal took off the score: "−12 points", or that it did not change the score (the popup's wording too). */
export function formatPointsOff(points: number, locale: string | undefined = uiLocale()): string {
  if (!points) return t('pointsNone');
  return t(points > 0 ? 'pointsOff' : 'pointsGain', new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(points)));
}
