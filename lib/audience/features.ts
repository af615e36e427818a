/**
 * What a followers list shows of one follower, turned into the cues the estimator weighs.
 *
 * Only the picture and the handle are calibrated (lib/audience/calibration.ts): InstaFake
 * (Akyon & Kalfaoglu 2019) records whether a profile has a picture and its username's digit count
 * and length, which is what a followers list shows. A missing display name or an empty bio are
 * shown as reasons in the popup but do not move the estimate: no data here says how much they
 * weigh, and a wrong weight would be worse than none.
 */
import type { AudienceEntry } from '../snapshot';

export interface HandleShape {
  /** Characters of the handle (Bluesky: the first label of the domain, "name" of "name.bsky.social"). */
  length: number;
  digits: number;
}

/**
 * The part of a handle a username is: "@Name" -> "Name", "name.bsky.social" -> "name". A Facebook
 * account without a username is known by the numeric id Facebook assigned it: no username, so
 * nothing for the handle cues to read (its digits say nothing about the account).
 */
export function usernameOf(handle: string, platform?: string): string {
  const bare = handle.trim().replace(/^@/, '');
  if (platform === 'facebook' && /^\d+$/.test(bare)) return '';
  return platform === 'bluesky' ? bare.split('.')[0] ?? bare : bare;
}

export function handleShape(handle: string, platform?: string): HandleShape {
  const name = usernameOf(handle, platform);
  let digits = 0;
  for (const ch of name) if (ch >= '0' && ch <= '9') digits++;
  return { length: [...name].length, digits };
}

/** The calibrated inputs: InstaFake's userHasProfilPic, usernameDigitCount and usernameLength. */
export interface FollowerFeatures {
  /** undefined when the list does not show whether there is a picture. */
  hasPicture?: boolean;
  digits: number;
  length: number;
}

export function featuresOf(entry: AudienceEntry, platform?: string): FollowerFeatures {
  const shape = handleShape(entry.handle, platform);
  const out: FollowerFeatures = { digits: shape.digits, length: shape.length };
  if (entry.hasPicture !== undefined) out.hasPicture = entry.hasPicture;
  return out;
}

/** The model's inputs, in the order of the weights (after the intercept). */
export function modelInputs(f: FollowerFeatures, withPicture: boolean): number[] {
  const digitShare = f.length > 0 ? Math.min(1, f.digits / f.length) : 0;
  const inputs = [f.digits > 0 ? 1 : 0, digitShare];
  return withPicture ? [f.hasPicture === false ? 1 : 0, ...inputs] : inputs;
}

export type Cue = 'default-picture' | 'digit-heavy-handle' | 'has-digits' | 'no-name' | 'empty-bio';

/** Plain reasons for one follower, for the popup's examples (calibrated and uncalibrated alike). */
export function cuesOf(entry: AudienceEntry, platform?: string): Cue[] {
  const cues: Cue[] = [];
  const shape = handleShape(entry.handle, platform);
  if (entry.hasPicture === false) cues.push('default-picture');
  if (shape.digits >= 4 || (shape.length > 0 && shape.digits / shape.length >= 0.3)) cues.push('digit-heavy-handle');
  else if (shape.digits > 0) cues.push('has-digits');
  const name = entry.name?.trim();
  if (entry.name !== undefined && (!name || name.toLowerCase() === usernameOf(entry.handle, platform).toLowerCase())) cues.push('no-name');
  if (entry.bio !== undefined && !entry.bio.trim()) cues.push('empty-bio');
  return cues;
}
