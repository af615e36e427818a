/**
 * `npm run --silent analyze -- FILE --url URL`: reads a saved page with the same adapters and
 * scoring the extension runs, and prints one JSON object: the Snapshot's fields plus `analysis`.
 * Exit 0 when a supported page was read; 2 with a one-line reason on stderr otherwise.
 */
import { readFileSync } from 'node:fs';
import { analyzeHtml } from './analyze-html';
import { inEnglish } from '../lib/words-en';

function fail(reason: string): never {
  process.stderr.write(`${reason}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; url: string } {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') url = argv[++i];
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npm run --silent analyze -- FILE --url URL\n');
      process.exit(0);
    } else if (!file) file = arg;
    else fail(`unexpected argument: ${arg}`);
  }
  if (!file) fail('usage: npm run --silent analyze -- FILE --url URL (missing FILE)');
  if (!url) fail('usage: npm run --silent analyze -- FILE --url URL (missing --url: the address the page was saved from)');
  return { file, url };
}

const { file, url } = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as Error).message}`);
}
const result = analyzeHtml(html, url);
if (result.status !== 'ok') fail(result.message);
// The analysis carries message ids and parameters (lib/phrase.ts): printed in English words.
process.stdout.write(`${JSON.stringify({ ...result.snapshot, analysis: inEnglish(result.analysis) }, null, 2)}\n`);
