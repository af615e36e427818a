/**
 * The committed calibration, fitted on ../shared/datasets/instafake-profiles-dev.json (597 InstaFake
 * profiles, 100 fake; Akyon & Kalfaoglu 2019, CC BY-NC 4.0) by scripts/calibration/audience/fit.ts:
 *   npm run bench:audience -- --data ../shared/datasets/instafake-profiles-dev.json --fit
 * tests/unit/audience/calibration.test.ts checks these numbers are what that fit gives.
 */
import type { Calibration } from './model';

export const INSTAFAKE_PROFILES_DEV: Calibration = {
  id: 'instafake-profiles-dev',
  source: 'InstaFake fake-v1.0, every other row (Akyon & Kalfaoglu 2019)',
  // [intercept, no picture, handle has digits, digit share]; flags 64 of 100 fakes, 58 of 497 real.
  withPicture: { weights: [-2.422, 2.9592, 1.464, 0.5914], threshold: 0.286155, flaggedFakes: 64, fakes: 100, flaggedReals: 58, reals: 497 },
  // [intercept, handle has digits, digit share]; flags 51 of 100 fakes, 52 of 497 real.
  handleOnly: { weights: [-2.1612, 1.7171, 1.2217], threshold: 0.412539, flaggedFakes: 51, fakes: 100, flaggedReals: 52, reals: 497 },
};
