/**
 * Which population an account is judged in: a personal account (a few hundred followers, following about as many,
 * ~20% engagement: InstaFake) or a creator (Modash's bands, the genuine creators of Purba 2020: 3.9% at 2k-5k, 1.6% at
 * 5k-20k, 0.9% above 20k). They follow different curves, so an account is judged against the one it belongs to,
 * never against a bridge between the two.
 *
 * Decided from what the page shows (the Snapshot):
 * - creator: verified, or 10k followers or more (Later x Fohr's micro tier starts there), or 2k followers or more
 *   while following fewer than half as many (creators are followed far more than they follow);
 * - personal: under 2k followers (where the personal line is calibrated) and following at least half as many, not
 *   verified;
 * - uncertain: anything else (following unread, 2k-10k followers following many, under 2k following few).
 * Post count and posting cadence are shown beside the decision; a business or creator category and a link in bio are
 * not in the Snapshot, so they cannot count (said in the evidence).
 *
 * What a population changes is only which inflation evidence applies (model.ts): the personal bought-followers check
 * (engagement far below personal accounts with followers out of step with following) runs under 2k followers, where
 * a personal account can be told from a creator; the creator low-engagement check runs everywhere. The grade places
 * engagement on the creator curve for every account, so that buying followers never raises it (grade.ts).
 */
import { num, ph, type Phrase } from '../phrase';
import type { Snapshot } from '../snapshot';
import type { Features } from './features';

export type PopulationId = 'personal' | 'creator' | 'uncertain';

export interface Population {
  id: PopulationId;
  /** The evidence, in plain words, each as read from the page. */
  evidence: Phrase[];
}

/** Under this many followers the personal line is calibrated (InstaFake reaches 1,783) and personal checks apply. */
export const PERSONAL_MAX = 2_000;
/** From here an account is taken for a creator whatever it follows (Later x Fohr 2021: micro tier). */
const CREATOR_MIN = 10_000;
/** Following fewer than this share of followers is the creator pattern (Purba 2020: 71% of genuine 5k-20k accounts). */
const FOLLOW_SHARE = 0.5;


/** Posts per week over the dated recent posts (at least 3), or undefined. */
function cadenceOf(f: Features): number | undefined {
  const times = f.posts.map((p) => (p.postedAt ? Date.parse(p.postedAt) : Number.NaN)).filter(Number.isFinite).sort((a, b) => a - b);
  if (times.length < 3) return undefined;
  const weeks = (times[times.length - 1] - times[0]) / (7 * 86_400_000);
  return weeks > 0 ? (times.length - 1) / weeks : undefined;
}

export function populationOf(snapshot: Snapshot, f: Features): Population {
  const followers = f.followers?.value;
  const following = f.following?.value;
  const verified = snapshot.profile.verified === true;
  const evidence: Phrase[] = [];
  if (followers !== undefined) evidence.push(ph('pop_followers', num(Math.round(followers))));
  if (following !== undefined) evidence.push(ph('pop_following', num(Math.round(following))));
  if (verified) evidence.push(ph('pop_verified'));
  if (snapshot.profile.posts) evidence.push(ph('pop_posts', num(Math.round(snapshot.profile.posts.value))));
  const cadence = cadenceOf(f);
  if (cadence !== undefined) evidence.push(ph('pop_cadence', num(cadence, 1)));
  evidence.push(ph('pop_notRead'));

  let id: PopulationId = 'uncertain';
  if (followers !== undefined) {
    const followsFew = following !== undefined && following < FOLLOW_SHARE * followers;
    if (verified || followers >= CREATOR_MIN || (followers >= PERSONAL_MAX && followsFew)) id = 'creator';
    else if (followers < PERSONAL_MAX && following !== undefined && !followsFew) id = 'personal';
  }
  return { id, evidence };
}
