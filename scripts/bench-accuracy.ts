/**
 * Accuracy benchmark: how often the scoring flags genuine accounts, and how well it catches inflated copies of them.
 *
 *   npm run bench:accuracy -- --data FILE [--creators FILE] [--fit] [--no-cv]
 *   npx tsx scripts/bench-accuracy.ts --data ../shared/datasets/instafake-engagement-dev.json \
 *     --creators ../shared/datasets/purba-2020-dev.csv
 *
 * --creators FILE (Purba 2020 format, lib/score/purba.ts; either flag may come alone): genuine creators by size and
 * active fakes, see scripts/calibration/score/creators-bench.ts. Its machine-read line:
 *   creators: fp_500_2k=.. fp_2k_5k=.. fp_5k_20k=.. fp_20k_up=.. fp_creatorlike=.. auc_active_fake=..
 * with a 2-fold cross-validation first (the creator calibration, lib/score/creators.ts, refitted on one half of the
 * rows, alternate eligible rows, and measured on the other).
 *
 * FILE: a JSON array of accounts {userFollowerCount, userFollowingCount, userMediaCount, mediaLikeNumbers[],
 * mediaCommentNumbers[], mediaCommentsAreDisabled[], mediaUploadTimes[]} (posts most recent first), e.g. InstaFake.
 * Each account with >= 6 posts and >= 50 followers gives a genuine Instagram Snapshot (its 12 most recent posts, exact
 * counts) and four inflated variants: bought followers at 25%, 50% and 75% of the audience (followers / (1 - share),
 * all else unchanged) and bought likes (likes x 3 on every post, comments unchanged). See scripts/calibration/score/accuracy.ts.
 *
 * "Flagged" is the product's own definition (lib/score/flags.ts): a warning- or alert-level inflation signal.
 * AUC ranks on Analysis.risk. The last line is machine-read:
 *   accuracy: fpr=F tpr25=A tpr50=B tpr75=C tprlikes=D auc50=E auclikes=G
 *
 * --fit prints the calibration refitted on FILE (scripts/calibration/score/fit.ts) next to the committed one (lib/score/calibration.ts).
 * Unless --no-cv, a 2-fold cross-validation (calibration refitted on one half of FILE, measured on the other half) is
 * printed first, to show how much of the result comes from the calibration having seen these accounts.
 * Deterministic (no randomness); about a second.
 */
import { readFileSync } from 'node:fs';
import { accuracyLine, crossValidate, eligibleAccounts, measure, summarize, VARIANTS, type Summary } from './calibration/score/accuracy';
import { INSTAFAKE_DEV } from '../lib/score/calibration';
import { parseDataset, type DatasetAccount } from './calibration/score/dataset';
import { fitCalibration } from './calibration/score/fit';
import { analyzeWith } from '../lib/score/index';
import { PURBA_DEV, fitCreators } from '../lib/score/creators';
import { creatorsLine, measureCreators, summarizeCreators, type CreatorOutcome, type CreatorSummary } from './calibration/score/creators-bench';
import { isPurbaEligible, parsePurba, type PurbaRow } from '../lib/score/purba';

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: tsx scripts/bench-accuracy.ts [--data FILE] [--creators FILE] [--fit] [--no-cv]\n`);
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

function creatorsTable(title: string, s: CreatorSummary): void {
  console.log(`\n${title}`);
  for (const [k, v] of Object.entries(s.fp)) console.log(`  ${k.padEnd(16)} ${String(v.flagged).padStart(4)} of ${String(v.n).padEnd(5)} ${v.share.toFixed(3)}`);
  console.log(`  auc_active_fake  ${s.aucActiveFake.toFixed(3)}`);
  console.log(`  flagged and graded A: ${s.flaggedA}; genuine 2k+ whose score rose: likes x3 ${s.rose.likes3}, followers x2 ${s.rose.followers2} (of ${s.rose.checked})`);
}

function runCreators(file: string, args: string[]): void {
  let rows: PurbaRow[] = [];
  try {
    rows = parsePurba(readFileSync(file, 'utf8'));
  } catch (e) {
    usage(`cannot read ${file}: ${(e as Error).message}`);
  }
  const eligible = rows.filter((r) => isPurbaEligible(r) && (r.cls === 'r' || r.cls === 'a'));
  console.log(`\n${file}: ${rows.length} rows, ${eligible.length} authentic or active-fake with >= 6 posts and >= 50 followers`);
  console.log(`creator calibration: ${PURBA_DEV.id} (${PURBA_DEV.accounts} accounts, low-engagement bar ln ${PURBA_DEV.lowWarn.toFixed(3)})`);
  if (args.includes('--fit')) console.log(JSON.stringify({ refit: fitCreators(rows, 'refit', file), committed: PURBA_DEV }, null, 2));
  if (!args.includes('--no-cv')) {
    const folds = [eligible.filter((_, k) => k % 2 === 0), eligible.filter((_, k) => k % 2 === 1)];
    const pooled: CreatorOutcome[] = [];
    const rose = { likes3: 0, followers2: 0, checked: 0 };
    folds.forEach((test, k) => {
      const ccal = fitCreators(folds[1 - k], `fold${1 - k}`);
      const r = measureCreators((s) => analyzeWith(INSTAFAKE_DEV, s, [], ccal), test);
      pooled.push(...r.outcomes);
      rose.likes3 += r.summary.rose.likes3;
      rose.followers2 += r.summary.rose.followers2;
      rose.checked += r.summary.rose.checked;
    });
    const cv = summarizeCreators(pooled, rose);
    creatorsTable('2-fold cross-validation (creator calibration refitted on the other half):', cv);
    console.log(`cross-validated, ${creatorsLine(cv).replace(/^creators: /, "")}`);
  }
  const shipped = measureCreators((s) => analyzeWith(INSTAFAKE_DEV, s), eligible).summary;
  creatorsTable('Shipped model (committed calibration):', shipped);
  console.log(creatorsLine(shipped));
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--data');
  const file = at >= 0 ? args[at + 1] : undefined;
  const ct = args.indexOf('--creators');
  const creators = ct >= 0 ? args[ct + 1] : undefined;
  if (!file && !creators) usage('missing --data FILE or --creators FILE');
  if (file) runInstaFake(file, args);
  if (creators) runCreators(creators, args);
}

function runInstaFake(file: string, args: string[]): void {
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
    console.log('\ncalibration refitted on this file (scripts/calibration/score/fit.ts) vs committed (lib/score/calibration.ts):');
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
