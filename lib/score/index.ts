/**
 * Scoring entry point: Snapshot (+ earlier snapshots of the same account, oldest first) -> Analysis.
 *
 *   features.ts     what the page shows, measured (engagement rates with their rounding intervals)
 *   population.ts   personal account, creator or uncertain, from the page's evidence
 *   benchmarks.ts   what is typical for this platform and size (versioned, cited data + calibrated small accounts)
 *   model.ts        how far the account sits from genuine accounts, in sd units
 *   signals.ts      plain statements when it sits far (one pure function each)
 *   grade.ts        0-100, letter, confidence; every point traceable
 *   risk.ts         0-1 ranking of the strongest evidence
 *   flags.ts        what "flagged" means (product and accuracy benchmark)
 *
 * Pure and deterministic: the same input gives the same output, in the browser and in Node. It says things as
 * message ids and parameters (lib/phrase.ts), never as sentences: the UI words them in the user's language
 * (lib/words.ts), `npm run analyze` in English (lib/words-en.ts).
 */
import type { Snapshot } from '../snapshot';
import { toBenchmark } from './benchmarks';
import { INSTAFAKE_DEV, type Calibration } from './calibration';
import { PURBA_DEV, type CreatorCalibration } from './creators';
import { audienceKey, POST_WINDOW, postsKind } from './engagement';
import { flat, num, ph, type Phrase } from '../phrase';
import { noteOf } from './notes';
import { extractFeatures, type Features } from './features';
import { isFlagged } from './flags';
import { GRADE_ON_REACH, gradeOf } from './grade';
import { MODEL_VERSION, modelTerms, type ModelTerms, type Placement } from './model';
import { populationOf } from './population';
import { riskOf } from './risk';
import { runSignals } from './signals';
import { round } from './stats';
import { tierFor } from './tiers';
import type { Analysis, EngagementRate, ReachRate } from './types';

export type { Analysis } from './types';
export { isFlagged } from './flags';

export function analyzeSnapshot(snapshot: Snapshot, earlier: Snapshot[] = []): Analysis {
  return analyzeWith(INSTAFAKE_DEV, snapshot, earlier);
}

const finite = (x: number, fallback = 0) => (Number.isFinite(x) ? x : fallback);

function cleanRate<R extends EngagementRate | ReachRate>(r: R): R {
  return {
    ...r,
    value: finite(r.value),
    min: finite(r.min),
    max: finite(r.max, finite(r.value)),
    perPost: r.perPost.map((p) => ({ ...p, rate: finite(p.rate) })),
  };
}

function missingOf(snapshot: Snapshot, f: Features, terms: ModelTerms): Phrase[] {
  const out: Phrase[] = (snapshot.notes ?? []).map(noteOf);
  const kind = postsKind(snapshot.platform);
  const audience = audienceKey(snapshot.platform);
  const platform = flat(`platform_${snapshot.platform}`);
  if (!snapshot.profile.followers) out.push(ph('miss_followers'));
  if (snapshot.posts.length === 0) {
    out.push(ph(`miss_noPosts_${kind}`));
  } else if (f.postsWithLikes === 0) {
    if (f.lifetime) out.push(ph('miss_lifetime'));
    else if (f.reach && GRADE_ON_REACH.has(snapshot.platform)) out.push(ph(`miss_reachOnly_${audience}`));
    else out.push(ph('miss_noLikes'));
  }
  if (f.reach && !f.byFollowers && !f.lifetime && GRADE_ON_REACH.has(snapshot.platform)) {
    out.push(ph(`miss_noReachBenchmark_${audience}`, platform));
  }
  if (f.likesHidden > 0) out.push(ph(f.likesHidden === 1 ? 'miss_likesHidden_one' : 'miss_likesHidden_other', num(f.likesHidden)));
  if (snapshot.platform === 'instagram' && !snapshot.profile.following && snapshot.profile.followers) out.push(ph('miss_following'));
  if (snapshot.platform === 'instagram' && f.postsWithLikes > 0 && f.paired === 0) out.push(ph('miss_comments'));
  if ((f.byFollowers ?? f.lifetime) && !terms.byFollowers) out.push(ph('miss_noBenchmark', platform));
  return out;
}

function placementOut(p: Placement) {
  return { ref: toBenchmark(p.expectation), position: p.position, z: round(p.z, 3) };
}

/** The engine with an explicit calibration (the accuracy benchmark cross-validates with refitted ones). */
export function analyzeWith(cal: Calibration, snapshot: Snapshot, earlier: readonly Snapshot[] = [], creators: CreatorCalibration = PURBA_DEV): Analysis {
  const f = extractFeatures(snapshot);
  const population = populationOf(snapshot, f);
  const terms = modelTerms(f, cal, population);
  const raised = runSignals({ snapshot, earlier, features: f, terms, cal, creators, population });
  const graded = gradeOf(f, terms, raised, population.id);
  const risk = riskOf(terms, graded.signals, creators);
  const followers = f.followers?.value;
  const tier = followers !== undefined && followers > 0 ? tierFor(followers) : null;

  const engagement = [f.byFollowers ?? f.lifetime, f.byViews].filter((r): r is EngagementRate => r !== null).map(cleanRate);
  const benchmarks = [terms.byFollowers, terms.byViews].filter((p): p is Placement => p !== undefined).map(placementOut);
  const missing = missingOf(snapshot, f, terms);
  if (graded.reason) missing.push(graded.reason);

  const window = POST_WINDOW[snapshot.platform] ?? POST_WINDOW.default;
  // Posts read from the page (the lifetime rate rests on the profile's totals, not on posts read).
  const used = f.byFollowers?.postsUsed ?? f.byViews?.postsUsed ?? f.reach?.postsUsed ?? 0;
  const modelTermsOut: { id: string; label: Phrase; z: number }[] = [];
  // Each term's label is the message term_<id> with the dashes left out ('follow-ratio' -> term_followRatio).
  const add = (id: string, z: number | undefined) => {
    if (z !== undefined && Number.isFinite(z)) modelTermsOut.push({ id, label: ph(`term_${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`), z: round(z, 3) });
  };
  add('engagement-shortfall', terms.byFollowers ? -terms.byFollowers.z : undefined);
  add('conversation-shortfall', terms.byConversation ? -terms.byConversation.z : undefined);
  add('personal-shortfall', terms.zPersonal !== undefined ? -terms.zPersonal : undefined);
  add('follow-ratio', terms.zFollowRatio);
  add('bought-followers', terms.boughtFollowers);
  add('fake-account', terms.fakeAccount);
  add('likes-model', terms.zLikes);
  add('likes-per-comment', terms.zLikesPerComment);

  return {
    platform: snapshot.platform,
    handle: snapshot.profile.handle,
    followers,
    tier: tier ? { id: tier.id, label: tier.label } : null,
    engagement,
    ...(f.reach ? { reach: cleanRate(f.reach) } : {}),
    benchmark: benchmarks[0] ? { ref: benchmarks[0].ref, position: benchmarks[0].position } : null,
    benchmarks,
    signals: graded.signals,
    grade: graded.grade,
    ...(graded.provisional ? { provisional: graded.provisional } : {}),
    population: { id: population.id, evidence: population.evidence },
    risk: finite(risk.risk),
    flagged: isFlagged(graded.signals),
    riskDriver: risk.driver,
    model: { version: MODEL_VERSION, calibration: `${cal.id}+${creators.id}`, terms: modelTermsOut },
    missing,
    sample: {
      postsVisible: snapshot.posts.length,
      postsUsed: used,
      ...(used < window
        ? { hint: used === 0 ? ph(`hint_none_${postsKind(snapshot.platform)}`) : ph(`hint_some_${postsKind(snapshot.platform) === 'default' ? 'posts' : 'videos'}`, num(used), num(window)) }
        : {}),
    },
  };
}
