/**
 * Audience benchmark: how well the followers-list estimator (lib/audience) recovers an account's
 * fake-follower share.
 *
 *   npm run bench:audience -- --data FILE [--fit] [--no-cv] [--seed N] [--repeat N]
 *
 * FILE: a JSON array of InstaFake profiles {userHasProfilPic, usernameDigitCount, usernameLength,
 * isFake, ...} (other fields are ignored: a followers list shows only the picture and the handle).
 * Audiences of 300 followers are drawn with replacement at true fake shares 0, 10, 30, 50 and 70%
 * (200 each, seeded) and estimated with the committed calibration (lib/audience/calibration.ts).
 * auc: per-follower ROC AUC of the score on FILE's profiles; mae: mean absolute error of the
 * estimated share; coverage: share of audiences whose 95% interval holds the true share.
 *
 * Unless --no-cv, a 2-fold cross-validation runs first (calibration refitted on one half of FILE,
 * measured on the other), to show what the result owes to the calibration having seen FILE.
 * --repeat N adds N random stratified 2-fold splits (both directions each) and says how often each
 * target held.
 * --fit prints the calibration refitted on all of FILE (what lib/audience/calibration.ts holds).
 * The last line is machine-read:  audience: auc=A mae=M coverage=C
 */
import { readFileSync } from 'node:fs';
import { INSTAFAKE_PROFILES_DEV } from '../lib/audience/calibration';
import { parseProfiles, shuffledFolds, twoFolds, type LabelledFollower } from './calibration/audience/dataset';
import { fitModel } from './calibration/audience/fit';
import { benchLine, runBench, seededRandom, type BenchResult } from './calibration/audience/simulate';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: tsx scripts/bench-audience.ts --data FILE [--fit] [--no-cv] [--seed N] [--repeat N]\n`);
  process.exit(2);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(r: BenchResult): void {
  console.log('  true share   mean est    mae   coverage  mean width');
  for (const s of r.byShare) {
    console.log(`  ${pct(s.share)}    ${pct(s.meanEstimate)}  ${s.mae.toFixed(3)}    ${s.coverage.toFixed(3)}     ${s.meanWidth.toFixed(3)}`);
  }
  if (r.failed) console.log(`  ${r.failed} audiences could not be estimated (counted as errors of 1)`);
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const file = value('--data');
  if (!file) usage('missing --data FILE');
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(seed)) usage('--seed takes an integer');
  let rows: LabelledFollower[] = [];
  try {
    rows = parseProfiles(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    usage(`cannot read ${file}: ${(e as Error).message}`);
  }
  const fakes = rows.filter((r) => r.fake).length;
  if (!fakes || fakes === rows.length) usage(`${file}: needs both fake and real profiles`);
  console.log(`${file}: ${rows.length} profiles, ${fakes} fake`);

  if (args.includes('--fit')) {
    const fitted = { withPicture: fitModel(rows, true), handleOnly: fitModel(rows, false) };
    console.log(`calibration fitted on ${file}:\n${JSON.stringify(fitted, null, 2)}`);
  }

  if (!args.includes('--no-cv')) {
    const folds = twoFolds(rows);
    const results = [0, 1].map((k) => {
      const train = folds[k];
      const test = folds[1 - k];
      const r = runBench(test, fitModel(train, true), { seed });
      console.log(`\n2-fold CV, fitted on half ${k + 1} (${train.length}), measured on half ${2 - k} (${test.length}): ${benchLine(r)}`);
      table(r);
      return r;
    });
    const mean = (f: (r: BenchResult) => number) => (f(results[0]) + f(results[1])) / 2;
    console.log(`2-fold CV mean: auc=${mean((r) => r.auc).toFixed(3)} mae=${mean((r) => r.mae).toFixed(3)} coverage=${mean((r) => r.coverage).toFixed(3)}`);
  }

  const repeat = Number(value('--repeat') ?? 0);
  if (repeat > 0) {
    // Repeated 2-fold CV over random stratified splits: how often each target holds when the
    // calibration has seen half the data, i.e. how much the fixed split above owes to luck.
    const random = seededRandom(seed + 1000);
    const runs: BenchResult[] = [];
    for (let i = 0; i < repeat; i++) {
      const [a, b] = shuffledFolds(rows, random);
      runs.push(runBench(b, fitModel(a, true), { seed: seed + i, perShare: 100 }), runBench(a, fitModel(b, true), { seed: seed + i, perShare: 100 }));
    }
    const share = (ok: (r: BenchResult) => boolean) => (runs.filter(ok).length / runs.length).toFixed(2);
    const avg = (f: (r: BenchResult) => number) => (runs.reduce((s, r) => s + f(r), 0) / runs.length).toFixed(3);
    console.log(`\nrepeated 2-fold CV, ${repeat} random splits (${runs.length} runs, 100 audiences per share): mean auc=${avg((r) => r.auc)} mae=${avg((r) => r.mae)} coverage=${avg((r) => r.coverage)}`);
    console.log(`  runs meeting auc>=0.75: ${share((r) => r.auc >= 0.75)}, mae<=0.06: ${share((r) => r.mae <= 0.06)}, coverage>=0.90: ${share((r) => r.coverage >= 0.9)}`);
  }

  const handleOnly = runBench(rows, INSTAFAKE_PROFILES_DEV.handleOnly, { seed, withPicture: false });
  console.log(`\nhandle only (lists that show no picture), committed calibration: ${benchLine(handleOnly)}`);
  const result = runBench(rows, INSTAFAKE_PROFILES_DEV.withPicture, { seed });
  console.log(`\npicture and handle, committed calibration (${INSTAFAKE_PROFILES_DEV.id}):`);
  table(result);
  console.log(benchLine(result));
}

main();
