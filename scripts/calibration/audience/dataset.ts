/**
 * The InstaFake profile format (Akyon & Kalfaoglu 2019, fake-v1.0; github fcakyon/instafake-dataset):
 * one object per profile with userHasProfilPic, usernameDigitCount, usernameLength and isFake (and
 * fields a followers list does not show, which are ignored here). Used to calibrate the estimator
 * (scripts/calibration/audience/fit.ts) and to measure it (scripts/bench-audience.ts).
 */
import type { FollowerFeatures } from '../../../lib/audience/features';

export interface LabelledFollower extends FollowerFeatures {
  hasPicture: boolean;
  fake: boolean;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000;
const isFlag = (v: unknown): v is 0 | 1 | boolean => v === 0 || v === 1 || v === true || v === false;

/** Keeps the well-formed profiles of a parsed JSON array; anything else is dropped, not guessed. */
export function parseProfiles(json: unknown): LabelledFollower[] {
  if (!Array.isArray(json)) throw new Error('profiles: expected a JSON array');
  const out: LabelledFollower[] = [];
  for (const p of json as Record<string, unknown>[]) {
    if (!p || typeof p !== 'object') continue;
    const { userHasProfilPic: pic, usernameDigitCount: digits, usernameLength: length, isFake: fake } = p;
    if (!isFlag(pic) || !isCount(digits) || !isCount(length) || !isFlag(fake) || digits > length) continue;
    out.push({ hasPicture: Boolean(pic), digits, length, fake: Boolean(fake) });
  }
  return out;
}

/**
 * Two folds, stratified by label, in a fixed order (every other fake, every other real): the same
 * split every run, and each fold has the dev file's mix of fake and real.
 */
export function twoFolds<T extends { fake: boolean }>(rows: readonly T[]): [T[], T[]] {
  const a: T[] = [];
  const b: T[] = [];
  let fakes = 0;
  let reals = 0;
  for (const r of rows) {
    const k = r.fake ? fakes++ : reals++;
    (k % 2 === 0 ? a : b).push(r);
  }
  return [a, b];
}

/** Two folds stratified by label after a seeded shuffle (for repeated cross-validation). */
export function shuffledFolds<T extends { fake: boolean }>(rows: readonly T[], random: () => number): [T[], T[]] {
  const order = rows.map((r) => ({ r, k: random() })).sort((a, b) => a.k - b.k).map((x) => x.r);
  return twoFolds(order);
}
