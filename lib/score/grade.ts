/**
 * The grade: 0-100 and a letter, with a confidence. Deterministic, and every point traceable:
 *
 *   score = sum(components.points) - sum(signals.points)
 *
 * Components: `baseline` (80, the counts could be read), `engagement` (the account's place on the creator curve of its
 * platform and size: far below -30, below -15, typical 0, above +5, far above +15, and -45 when over 3 sd below),
 * `cap` when a flag is raised (a warning holds the score under A, 84; an alert under B, 69), and `floor`/`ceiling`.
 * Signals take points off: rule and ratio signals 12 at warning, 25 at alert.
 *
 * No grade, a provisional reading instead (`provisional`: the rate and why), when engagement was not scored: no
 * creator figure for the platform (Bluesky, LinkedIn, YouTube by subscribers), fewer than MIN_GRADE_POSTS posts with
 * readable likes, or only views (reach) on the page. No grade at all without a follower count.
 *
 * What the engagement position rests on, so that likes alone (bought likes) can never raise the grade: on Instagram,
 * where comments are read on 3 posts or more, the engagement the comments imply (model.ts, byConversation: mean
 * comments x 29 / followers, the usual 28 likes per comment); elsewhere the rate itself, with no points above typical.
 *
 * One invariant shapes the policy: buying followers (more followers, the same posts) must never raise the score.
 * The placement can only fall as followers grow (benchmarks.ts keeps every band edge from falling faster than
 * 1/followers), and a signal may carry points or a cap only if it cannot disappear when followers grow:
 * - low-engagement (creator curve) only strengthens as followers grow; it shows the engagement shortfall as its points;
 * - bought-followers (personal accounts, under 2k) stops applying above 2k, so it takes no points of its own (it shows
 *   the shortfall), and is raised only where its cap cannot bind: a warning at typical or lower (<= 80), an alert at
 *   below or lower (<= 65);
 * - mass-following and engagement-far-above fade as followers grow: informational;
 * - likes-comments-ratio, erratic-engagement, views-far-below and growth-spike do not weaken as followers grow.
 *
 * Letters: A >= 85, B >= 70, C >= 55, D >= 40, F below.
 * Confidence: high with >= 9 posts (or the whole window) and counts exact to 10%; medium with >= 6 posts and counts
 * within 50%; low otherwise and for lifetime totals; capped at medium when likes are hidden on some posts, when the
 * population is uncertain, or when the grade rests on likes alone (no comments read).
 */
import type { Platform } from '../snapshot';
import { audienceKey, MIN_AUDIENCE, POST_WINDOW, postsKind } from './engagement';
import { flat, num, pct, ph, text, type Phrase } from '../phrase';
import type { Features } from './features';
import { gradePlacement, MIN_POSTS_FOR_TERMS, type ModelTerms } from './model';
import type { PopulationId } from './population';
import type { Analysis, Confidence, Letter, Position, ScoreComponent, Signal } from './types';
import { isFlagging } from './flags';

export const BASELINE = 80;
export const ENGAGEMENT_POINTS: Readonly<Record<Position, number>> = {
  'far-below': -30, below: -15, typical: 0, above: 5, 'far-above': 15,
};
const SEVERITY_POINTS = { info: 0, warning: 12, alert: 25 } as const;
/** Signals whose points are the engagement shortfall attributed to them (first one raised, in this order). */
const SHORTFALL_SIGNALS: readonly string[] = ['low-engagement', 'bought-followers'];
/** Posts with readable likes a grade needs (below: a provisional reading). */
export const MIN_GRADE_POSTS = 6;
/** Over this many sd below typical, engagement alone takes the grade to F (80 - 45 = 35). */
const SEVERE_Z = -3;
const SEVERE_POINTS = -45;
/** A flag holds the score under A; an alert under B. */
export const CAP_FLAG = 84;
export const CAP_ALERT = 69;
export const LETTERS: readonly [number, Letter][] = [[85, 'A'], [70, 'B'], [55, 'C'], [40, 'D']];

/**
 * Platforms whose profile grid shows views but never likes (TikTok's play counts, a YouTube channel's Videos tab):
 * there, views per follower may carry a grade on the signals alone. Instagram is left out: its grids show likes, and
 * a reel showing views without likes has them hidden on purpose (no grade: likes hidden).
 */
export const GRADE_ON_REACH: ReadonlySet<Platform> = new Set<Platform>(['tiktok', 'youtube']);

/** Why there is no grade when followers are read but nothing else is, per platform (what to open). */
export function noEvidenceReason(platform: Platform): Phrase {
  if (!GRADE_ON_REACH.has(platform)) return ph('grade_noEvidence_default');
  return ph(platform === 'youtube' ? 'grade_noEvidence_youtube' : 'grade_noEvidence_tiktok');
}

export function letterOf(score: number): Letter {
  for (const [min, letter] of LETTERS) if (score >= min) return letter;
  return 'F';
}

export type Grade = NonNullable<Analysis['grade']>;

interface GradeResult {
  grade: Grade | null;
  signals: Signal[];
  /** Why there is no grade (goes to `missing`). */
  reason?: Phrase;
}


function confidenceOf(f: Features, terms: ModelTerms, population: PopulationId): Confidence {
  const rate = f.byFollowers;
  if (!rate) return 'low';
  const n = rate.postsUsed;
  const window = POST_WINDOW[f.platform] ?? POST_WINDOW.default;
  const width = rate.min > 0 ? rate.max / rate.min - 1 : Number.POSITIVE_INFINITY;
  let c: Confidence = n >= Math.min(9, window) && width <= 0.1 ? 'high' : n >= MIN_GRADE_POSTS && width <= 0.5 ? 'medium' : 'low';
  if (c === 'high' && (f.likesHidden > 0 || population === 'uncertain' || !terms.byConversation)) c = 'medium';
  return c;
}

export interface Provisional {
  /** The rate shown (by followers, else by views, else reach), as a fraction. */
  rate?: number;
  basis?: 'followers' | 'views' | 'reach';
  reason: Phrase;
}

interface GradeOutcome extends GradeResult {
  provisional?: Provisional;
}

function pointsFor(z: number, position: Position, likesOnly: boolean): number {
  const p = z < SEVERE_Z ? SEVERE_POINTS : ENGAGEMENT_POINTS[position];
  return likesOnly ? Math.min(0, p) : p;
}

export function gradeOf(f: Features, terms: ModelTerms, signals: readonly Signal[], population: PopulationId = 'uncertain'): GradeOutcome {
  if (!f.followers || !(f.followers.value >= MIN_AUDIENCE)) {
    return { grade: null, signals: [...signals], reason: ph('grade_noFollowers') };
  }
  const lifetime = !f.byFollowers && f.lifetime !== null;
  // No creator figure by followers, but one per view (TikTok, YouTube): the per-view rate is placed instead.
  const perView = !terms.byFollowers && terms.byViews && f.byViews ? f.byViews : null;
  const rate = perView ?? f.byFollowers ?? f.lifetime;
  const shown = rate ? { rate: rate.value, basis: rate.basis } : f.byViews ? { rate: f.byViews.value, basis: 'views' as const } : f.reach ? { rate: f.reach.value, basis: 'reach' as const } : null;
  const provisional = (reason: Phrase): GradeOutcome => ({
    grade: null, signals: signals.map((s) => ({ ...s, points: 0 })), reason, provisional: { ...(shown ?? {}), reason },
  });
  if (!rate) {
    if (shown) return provisional(ph(shown.basis === 'reach' ? `prov_noLikes_reach_${audienceKey(f.platform)}` : 'prov_noLikes_views'));
    return { grade: null, signals: [...signals], reason: noEvidenceReason(f.platform) };
  }
  const used = rate.postsUsed;
  if (!lifetime && used < MIN_GRADE_POSTS) {
    return provisional(ph(used === 1 ? 'prov_fewPosts_one' : 'prov_fewPosts_other', num(used), num(MIN_GRADE_POSTS), flat(`where_${postsKind(f.platform)}`)));
  }
  if (lifetime && used < MIN_POSTS_FOR_TERMS) return provisional(ph(used === 1 ? 'prov_lifetimeFew_one' : 'prov_lifetimeFew_other', num(used)));
  const g = gradePlacement(terms);
  if (!g) {
    return provisional(ph(`prov_noFigure_${audienceKey(f.platform)}${f.byViews ? 'Views' : ''}`, flat(`platform_${f.platform}`)));
  }
  const likesOnly = !terms.byConversation;
  const engagement = pointsFor(g.z, g.position, likesOnly);
  const shortfall = Math.max(0, -engagement);
  let attributed = 0;
  let shortfallTaken = false;

  const scored = signals.map((s): Signal => {
    if (!isFlagging(s)) return { ...s, points: 0 };
    if (SHORTFALL_SIGNALS.includes(s.id)) {
      const points = shortfallTaken ? 0 : shortfall;
      shortfallTaken = true;
      attributed += points;
      return { ...s, points };
    }
    return { ...s, points: SEVERITY_POINTS[s.severity] };
  });

  const components: ScoreComponent[] = [
    { id: 'baseline', label: ph('comp_baseline'), points: BASELINE, detail: ph(lifetime ? 'comp_baseline_detailLifetime' : 'comp_baseline_detail') },
  ];
  const e = g.expectation;
  const on = terms.byConversation
    ? flat('comp_on_conversation', pct(g.rate), pct(rate.value))
    : flat(`comp_on_rate${perView ? 'View' : ''}${likesOnly ? 'LikesOnly' : ''}`, pct(rate.value));
  const position = flat(g.z < SEVERE_Z ? 'comp_severe' : `position_${g.position.replace('-', '_')}`);
  const tail = attributed > 0 ? flat('comp_attributed', num(attributed)) : flat('comp_end');
  components.push({
    id: 'engagement',
    label: ph('comp_engagement'),
    points: engagement + attributed,
    detail: ph(lifetime ? 'comp_engagement_detailLifetime' : 'comp_engagement_detail', on, pct(Math.exp(e.mu)), position, text(`${engagement > 0 ? '+' : engagement < 0 ? '−' : ''}${Math.abs(engagement)}`), tail),
  });
  let raw = components.reduce((a, c) => a + c.points, 0) - scored.reduce((a, s) => a + s.points, 0);
  const flags = scored.filter(isFlagging);
  const cap = flags.some((s) => s.severity === 'alert') ? CAP_ALERT : flags.length ? CAP_FLAG : 100;
  if (raw > cap) {
    components.push({ id: 'cap', label: ph('comp_cap'), points: cap - raw, detail: ph(cap === CAP_ALERT ? 'comp_cap_alert' : 'comp_cap_warning', num(cap)) });
    raw = cap;
  }
  if (raw < 0) components.push({ id: 'floor', label: ph('comp_floor'), points: -raw, detail: ph('comp_floor_detail', num(0)) });
  if (raw > 100) components.push({ id: 'ceiling', label: ph('comp_ceiling'), points: 100 - raw, detail: ph('comp_ceiling_detail', num(100)) });
  const score = Math.min(100, Math.max(0, raw));
  return { grade: { score, letter: letterOf(score), confidence: confidenceOf(f, terms, population), components }, signals: scored };
}
