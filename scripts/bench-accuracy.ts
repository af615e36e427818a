/**
 * Accuracy benchmark: how often the scoring flags genuine accounts, and how well it catches inflated copies of them.
 *
 *   npm run bench:accuracy -- --data FILE [--fit] [--no-cv]
 *   npx tsx scripts/bench-accuracy.ts --data ../shared/datasets/instafake-engagement-dev.json
 *
 * FILE: a JSON array of accounts {userFollowerCount, userFollowingCount, userMediaCount, mediaLikeNumbers[],
 * mediaCommentNumbers[], mediaCommentsAreDisabled[], mediaUploadTimes[]} (posts most recent first), e.g. InstaFake.
 * Each account with >= 6 posts and >= 50 followers gives a genuine Instagram Snapshot (its 12 most recent posts, exact
 * counts) and four inflated variants: bought followers at 25%, 50% and 75% of the audience (followers / (1 - share),
 * all else unchanged) and bought likes (likes x 3 on every post, comments unchanged). See lib/score/accuracy.ts.
 *
 * "Flagged" is the product's own definition (lib/score/flags.ts): a warning- or alert-level inflation signal.
 * AUC ranks on Analysis.risk. The last line is machine-read:
 *   accuracy: fpr=F tpr25=A tpr50=B tpr75=C tprlikes=D auc50=E auclikes=G
 *
 * --fit prints the calibration refitted on FILE (lib/score/fit.ts) next to the committed one (lib/score/calibration.ts).
 * Unless --no-cv, a 2-fold cross-validation (calibration refitted on one half of FILE, measured on the other half) is
 * printed first, to show how much of the result comes from the calibration having seen these accounts.
 * Deterministic (no randomness); about a second.
 */
import { readFileSync } from 'node:fs';
import { accuracyLine, crossValidate, eligibleAccounts, measure, summarize, VARIANTS, type Summary } from '../lib/score/accuracy';
import { INSTAFAKE_DEV } from '../lib/score/calibration';
import { parseDataset, type DatasetAccount } from '../lib/score/dataset';
import { fitCalibration } from '../lib/score/fit';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: tsx scripts/bench-accuracy.ts --data FILE [--fit] [--no-cv]\n`);
  process.exit(2);
}

const f3 = (x: number) => x.toFixed(3);

function table(title: string, s: Summary): void {
  const row = (cells: string[], widths: number[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('');
  const w = [24, 6, 10, 10, 9, 15, 9];
  console.log(`\n${title}`);
  console.log(row(['set', 'n', 'flagged', 'AUC risk', 'det@5%', '| baseline AUC', 'det@5%'], w));
  console.log(row(['genuine (false flags)', String(s.n), f3(s.fpr)], w));
  for (const v of VARIANTS) {
    console.log(row([v.label, String(s.n), f3(s.tpr[v.id]), f3(s.auc[v.id]), f3(s.detAt5[v.id]), f3(s.baselineAuc[v.id]), f3(s.baselineDetAt5[v.id])], w));
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--data');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (!file) usage('missing --data FILE');
  let accounts: DatasetAccount[] = [];
  try {
    accounts = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    usage(`cannot read ${file}: ${(e as Error).message}`);
  }
  const eligible = eligibleAccounts(accounts);
  if (eligible.length === 0) usage(`${file}: no account with >= 6 posts and >= 50 followers`);
  console.log(`${file}: ${accounts.length} accounts, ${eligible.length} with >= 6 posts and >= 50 followers`);
  console.log(`model calibration: ${INSTAFAKE_DEV.id} (${INSTAFAKE_DEV.accounts} accounts)`);

  if (args.includes('--fit')) {
    console.log('\ncalibration refitted on this file (lib/score/fit.ts) vs committed (lib/score/calibration.ts):');
    console.log(JSON.stringify({ refit: fitCalibration(accounts, 'refit', file), committed: INSTAFAKE_DEV }, null, 2));
  }
  if (!args.includes('--no-cv')) {
    table('2-fold cross-validation (calibration refitted on the other half of this file; for reference):', summarize(crossValidate(eligible)));
  }
  const shipped = summarize(measure(INSTAFAKE_DEV, eligible));
  table('Shipped model (committed calibration):', shipped);
  console.log('\nflagged = a warning/alert inflation signal (lib/score/flags.ts); AUC risk = ROC AUC of Analysis.risk, genuine vs that set;');
  console.log('det@5% = detected when risk exceeds its 95th percentile on genuine accounts (a 5% false-flag rate);');
  console.log("baseline = the log engagement-rate residual alone (against the calibrated line), told each variant's direction.");
  console.log(accuracyLine(shipped));
}

main();
