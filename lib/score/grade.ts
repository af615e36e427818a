/**
 * The grade: 0-100 and a letter, with a confidence. Deterministic, and every point traceable:
 *
 *   score = sum(components.points) - sum(signals.points)
 *
 * Components: `baseline` (80, the counts could be read), `engagement` (the account's place against its size:
 * far below -30, below -15, typical 0, above +5, far above +15; from 3 posts up, 0 without a benchmark) and, when
 * needed, `floor` (the score stops at 0).
 * Signals take points off: rule and ratio signals 12 at warning, 25 at alert.
 *
 * What the grade rests on, first that applies (none: no grade, and `reason` says what to open):
 * - likes on the recent posts: engagement by followers, the median over the window (the usual case);
 * - no post shows likes, but the profile shows total likes and a video count (TikTok): the lifetime rate, (total
 *   likes / videos) / followers, placed against the same by-followers figures. Confidence is low: the totals include
 *   old viral videos and likes earned when the audience was smaller, and hold likes only;
 * - no likes at all, but videos show views (TikTok, YouTube: a profile grid or a channel's Videos tab): reach, views
 *   per follower. No published figure places it against size, so engagement scores 0 and the grade rests on the
 *   signals (views far below followers), with low confidence, as on a page without a benchmark.
 * Subscribers and a video count alone (a YouTube channel's Home tab) show nothing about whether anyone watches or
 * engages: no grade. Which of these applies depends on what the page shows, never on the follower count, so the
 * invariant below holds across them.
 *
 * One invariant shapes the policy: buying followers (more followers, the same posts) must never raise the score.
 * The engagement position can only fall as followers grow (benchmarks.ts keeps every band edge from falling faster
 * than 1/followers), and a signal may carry its own points only if it cannot disappear when followers grow:
 * - low-engagement and mass-following are judged against the follower count in the other direction (the follow-ratio
 *   term fades out for larger accounts; "following near followers" stops holding), so they take no points of their
 *   own: the engagement shortfall (below / far below) is shown on them instead of on the engagement component.
 *   The total is the same whether they fire or not.
 * - engagement-far-above fires only at "far above" and costs exactly the extra points far above earns over above
 *   (15 - 5 = 10), so the account keeps the "above" score and loses nothing more when followers grow.
 * - likes-comments-ratio, erratic-engagement, views-far-below and growth-spike do not weaken as followers grow.
 *
 * Letters: A >= 85, B >= 70, C >= 55, D >= 40, F below.
 * Confidence: high with >= 9 posts (or the whole window) and counts exact to 10%; medium with >= 5 posts and counts
 * within 50%; low otherwise, and always low when no post shows likes (lifetime totals or reach alone);
 * capped at medium when likes are hidden on some posts, when no benchmark exists for the
 * platform, when the account sits far (over 3x in size) from every figure its benchmark rests on, or when its benchmark
 * bridges the calibrated small-account line and the published creator figures (Instagram, ~2k-21k followers).
 */
import type { Platform } from '../snapshot';
import { audienceWord, MIN_AUDIENCE, POST_WINDOW, POSTS_WHERE } from './engagement';
import type { Features } from './features';
import { MIN_POSTS_FOR_TERMS, type ModelTerms } from './model';
import type { Analysis, Confidence, Letter, Position, ScoreComponent, Signal } from './types';
import { isFlagging } from './flags';

export const BASELINE = 80;
export const ENGAGEMENT_POINTS: Readonly<Record<Position, number>> = {
  'far-below': -30, below: -15, typical: 0, above: 5, 'far-above': 15,
};
export const SEVERITY_POINTS = { info: 0, warning: 12, alert: 25 } as const;
/** Signals whose points are the engagement shortfall attributed to them (first one raised, in this order). */
export const SHORTFALL_SIGNALS: readonly string[] = ['low-engagement', 'mass-following'];
/** Bought engagement: exactly the bonus "far above" earns over "above". */
export const FAR_ABOVE_SIGNAL = 'engagement-far-above';
export const LETTERS: readonly [number, Letter][] = [[85, 'A'], [70, 'B'], [55, 'C'], [40, 'D']];

/**
 * Platforms whose profile grid shows views but never likes (TikTok's play counts, a YouTube channel's Videos tab):
 * there, views per follower may carry a grade on the signals alone. Instagram is left out: its grids show likes, and
 * a reel showing views without likes has them hidden on purpose (no grade: likes hidden).
 */
export const GRADE_ON_REACH: ReadonlySet<Platform> = new Set<Platform>(['tiktok', 'youtube']);

/** Why there is no grade when followers are read but nothing else is, per platform (what to open). */
export function noEvidenceReason(platform: Platform): string {
  if (!GRADE_ON_REACH.has(platform)) return 'No grade: no post with a readable like count (no posts on the page, or likes hidden).';
  const where = (POSTS_WHERE[platform] ?? POSTS_WHERE.default).where;
  return platform === 'youtube'
    ? `No grade: no video with a readable view or like count. Subscribers and the video count alone do not show whether anyone watches: ${where}.`
    : `No grade: no video with a readable view or like count, and no total likes with a video count: ${where}.`;
}

export function letterOf(score: number): Letter {
  for (const [min, letter] of LETTERS) if (score >= min) return letter;
  return 'F';
}

export type Grade = NonNullable<Analysis['grade']>;

export interface GradeResult {
  grade: Grade | null;
  signals: Signal[];
  /** Why there is no grade (goes to `missing`). */
  reason?: string;
}

const POSITION_WORDS: Record<Position, string> = {
  'far-below': 'far below', below: 'below', typical: 'typical', above: 'above', 'far-above': 'far above',
};

export function confidenceOf(f: Features, terms: ModelTerms): Confidence {
  const rate = f.byFollowers;
  // No post shows likes: the grade rests on lifetime totals or on reach, both rough (see the header).
  if (!rate) return 'low';
  const n = rate.postsUsed;
  const window = POST_WINDOW[f.platform] ?? POST_WINDOW.default;
  const width = rate.min > 0 ? rate.max / rate.min - 1 : Number.POSITIVE_INFINITY;
  let c: Confidence = n >= Math.min(9, window) && width <= 0.1 ? 'high' : n >= 5 && width <= 0.5 ? 'medium' : 'low';
  const p = terms.byFollowers;
  const x = Math.log(f.followers?.value ?? 1);
  const e = p?.expectation;
  // (along the calibrated line the fit itself covers the range: no figure needs to be near)
  const onLine = e ? e.lower.row.tier === 'calibrated' && e.upper.row.tier === 'calibrated' && x >= e.lower.x && x <= e.upper.x : false;
  const farFromFigures = e ? !onLine && Math.min(Math.abs(x - e.lower.x), Math.abs(x - e.upper.x)) > Math.log(3) : true;
  // Between the calibrated small-account line and the first published creator figure (Instagram, ~2k-21k followers)
  // the expectation bridges two populations: never more than medium confidence there.
  const bridging = e ? e.t > 0 && e.t < 1 && (e.lower.row.tier === 'calibrated') !== (e.upper.row.tier === 'calibrated') : false;
  if (c === 'high' && (f.likesHidden > 0 || !p || farFromFigures || bridging)) c = 'medium';
  return c;
}

export function gradeOf(f: Features, terms: ModelTerms, signals: readonly Signal[]): GradeResult {
  if (!f.followers || !(f.followers.value >= MIN_AUDIENCE)) {
    return { grade: null, signals: [...signals], reason: 'No grade: the follower count could not be read, so engagement cannot be put against the audience.' };
  }
  // The by-followers rate the grade uses: recent posts, else the lifetime totals; else reach alone, where allowed.
  const rate = f.byFollowers ?? f.lifetime;
  const lifetime = !f.byFollowers && f.lifetime !== null;
  const reach = !rate && f.reach && GRADE_ON_REACH.has(f.platform) ? f.reach : null;
  if (!rate && !reach) return { grade: null, signals: [...signals], reason: noEvidenceReason(f.platform) };
  // Engagement is put against size from MIN_POSTS_FOR_TERMS posts up: one or two posts are an anecdote, not a rate
  // (for the lifetime rate: videos in the total).
  const enough = (rate?.postsUsed ?? 0) >= MIN_POSTS_FOR_TERMS;
  const p = enough ? terms.byFollowers : undefined;
  const engagement = p ? ENGAGEMENT_POINTS[p.position] : 0;
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
    if (s.id === FAR_ABOVE_SIGNAL) return { ...s, points: ENGAGEMENT_POINTS['far-above'] - ENGAGEMENT_POINTS.above };
    return { ...s, points: SEVERITY_POINTS[s.severity] };
  });

  const components: ScoreComponent[] = [
    {
      id: 'baseline', label: 'Starting point', points: BASELINE,
      detail: lifetime
        ? "Every account whose followers and likes could be read starts here (here the profile's total likes: no video on the page shows its likes)."
        : reach
          ? 'Every account whose followers and video views could be read starts here (no video on the page shows its likes).'
          : 'Every account whose followers and likes could be read starts here.',
    },
  ];
  if (p) {
    const e = p.expectation;
    const shown = `${((rate?.value ?? 0) * 100).toFixed(2)}% against a typical ${(Math.exp(e.mu) * 100).toFixed(2)}% for this size`;
    components.push({
      id: 'engagement',
      label: 'Engagement for its size',
      points: engagement + attributed,
      detail: (lifetime ? 'Lifetime average likes per video (total likes ÷ videos) / followers: ' : '') +
        `${shown}: ${POSITION_WORDS[p.position]} (${engagement >= 0 ? '+' : ''}${engagement})` +
        (attributed > 0 ? `; the ${attributed} points are shown on the signal that explains the shortfall.` : '.') +
        (lifetime ? ' The totals include old viral videos and likes earned when the audience was smaller, and hold likes only: a rough measure, so confidence stays low.' : ''),
    });
  } else {
    components.push({
      id: 'engagement', label: 'Engagement for its size', points: 0,
      detail: reach
        ? `No video on the page shows its likes, so engagement is not measured, and no published figure places views per ${audienceWord(f.platform, 1)} against size: ` +
          `the grade rests on the signals. Reach: ${(reach.value * 100).toFixed(2)}% (${reach.formula}).`
        : terms.byFollowers
          ? lifetime
            ? `Only ${rate?.postsUsed ?? 0} video(s) in the lifetime totals: too few to score engagement against size.`
            : `Only ${f.byFollowers?.postsUsed ?? 0} post(s) with readable likes: too few to score engagement against size.`
          : `No benchmark for ${f.platform} by followers, so engagement is not scored against size.`,
    });
  }
  const raw = components.reduce((a, c) => a + c.points, 0) - scored.reduce((a, s) => a + s.points, 0);
  if (raw < 0) components.push({ id: 'floor', label: 'Floor', points: -raw, detail: 'The score stops at 0.' });
  if (raw > 100) components.push({ id: 'ceiling', label: 'Ceiling', points: 100 - raw, detail: 'The score stops at 100.' });
  const score = Math.min(100, Math.max(0, raw));
  return { grade: { score, letter: letterOf(score), confidence: confidenceOf(f, terms), components }, signals: scored };
}
