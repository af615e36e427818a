/** Where the team's shared real pages and datasets live (beside the repo, never inside it). */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = process.env.REALREACH_SHARED ?? resolve(repoRoot, '../shared');
export const REAL_PAGES_DIR = resolve(SHARED_DIR, 'real-pages');
export const DATASETS_DIR = resolve(SHARED_DIR, 'datasets');
export const hasRealPages = existsSync(resolve(REAL_PAGES_DIR, 'MANIFEST.tsv'));
export const REPO_ROOT = repoRoot;
