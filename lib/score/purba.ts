/**
 * The Purba 2020 Instagram format (Purba, Asirvatham & Murugesan, "Instagram fake and authentic accounts", IJECE 2020;
 * /work/shared/datasets/purba-2020-dev.csv, see its README) turned into Snapshots, so the creators benchmark
 * (scripts/calibration/score/creators-bench.ts) runs exactly the code the extension runs.
 *
 * The set gives averages only (likes and comments per post as a percentage of followers), so posts are built from
 * them, one way, stated once:
 * - eligible rows: >= 6 posts (`pos`) and >= 50 followers (`flw`);
 * - min(12, pos) posts, most recent first, no dates (the set has none per post);
 * - each post's likes and comments drawn independently, lognormal around the row's mean with log-sd 0.3 (the
 *   lognormal's mean is the row's mean: median = mean * e^(-0.3^2 / 2)), rounded to whole counts;
 * - random numbers from a small seeded generator (mulberry32) seeded by the row's index in the file (0 = first data
 *   row), so every run gives the same posts.
 */
import type { Count, Snapshot } from '../snapshot';

type PurbaClass = 'r' | 'a' | 'i' | 's';

export interface PurbaRow {
  /** Index of the data row in the file (0 = first row after the header): the seed of its posts. */
  index: number;
  posts: number;
  followers: number;
  following: number;
  /** Average likes / comments per post as a percentage of followers. */
  likesPct: number;
  commentsPct: number;
  hasLink: boolean;
  cls: PurbaClass;
}

const PURBA_MIN_POSTS = 6;
const PURBA_MIN_FOLLOWERS = 50;
const PURBA_POSTS = 12;
const PURBA_LOG_SD = 0.3;

const CLASSES: ReadonlySet<string> = new Set(['r', 'a', 'i', 's']);

/** Parses the CSV (header line first); malformed rows are dropped, not guessed. Throws without the needed columns. */
export function parsePurba(text: string): PurbaRow[] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`purba: no column "${name}"`);
    return i;
  };
  const idx = { pos: col('pos'), flw: col('flw'), flg: col('flg'), erl: col('erl'), erc: col('erc'), lin: col('lin'), cls: col('class') };
  const out: PurbaRow[] = [];
  for (let k = 1; k < lines.length; k++) {
    if (!lines[k].trim()) continue;
    const cells = lines[k].split(',');
    const num = (i: number) => Number(cells[i]);
    const row: PurbaRow = {
      index: k - 1,
      posts: num(idx.pos), followers: num(idx.flw), following: num(idx.flg),
      likesPct: num(idx.erl), commentsPct: num(idx.erc), hasLink: cells[idx.lin]?.trim() === '1',
      cls: (cells[idx.cls] ?? '').trim() as PurbaClass,
    };
    const fine = [row.posts, row.followers, row.following, row.likesPct, row.commentsPct].every((x) => Number.isFinite(x) && x >= 0);
    if (fine && CLASSES.has(row.cls)) out.push(row);
  }
  return out;
}

export function isPurbaEligible(r: PurbaRow): boolean {
  return r.posts >= PURBA_MIN_POSTS && r.followers >= PURBA_MIN_FOLLOWERS;
}

/** mulberry32: a tiny deterministic generator, uniform in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box-Muller) from a uniform generator. */
function normals(rand: () => number): () => number {
  return () => {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
}

const exact = (v: number): Count => {
  const n = Math.max(0, Math.round(v));
  return { value: n, exact: true, source: 'embedded-json', raw: String(n), min: n, max: n };
};

export interface PurbaVariant {
  /** Followers shown instead of the row's own. */
  followers?: number;
  /** Every post's likes multiplied by this (comments unchanged). */
  likesFactor?: number;
}

/** The row as an Instagram profile Snapshot (exact counts), or a variant of it; the same posts for the same row. */
export function purbaSnapshot(r: PurbaRow, variant: PurbaVariant = {}): Snapshot {
  const z = normals(seeded(r.index));
  const n = Math.min(PURBA_POSTS, Math.floor(r.posts));
  const meanLikes = (r.likesPct / 100) * r.followers;
  const meanComments = (r.commentsPct / 100) * r.followers;
  const shift = -(PURBA_LOG_SD ** 2) / 2;
  const posts: Snapshot['posts'] = [];
  for (let i = 0; i < n; i++) {
    const likes = meanLikes * Math.exp(PURBA_LOG_SD * z() + shift);
    const comments = meanComments * Math.exp(PURBA_LOG_SD * z() + shift);
    posts.push({ id: `p${i}`, likes: exact(likes * (variant.likesFactor ?? 1)), comments: exact(comments) });
  }
  return {
    platform: 'instagram',
    url: `https://www.instagram.com/purba${r.index}/`,
    page: 'profile',
    capturedAt: '2020-01-01T00:00:00.000Z',
    profile: {
      handle: `purba${r.index}`,
      followers: exact(variant.followers ?? r.followers),
      following: exact(r.following),
      posts: exact(r.posts),
    },
    posts,
  };
}
