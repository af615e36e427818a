/**
 * Hand-built Snapshots and Analyses for the UI tests: every part of the breakdown filled in (a
 * graded account with alerts, warnings and a note, two rates, a benchmark, rounded counts, hidden
 * likes), and the thin cases (nothing to grade, a post page). Shapes follow lib/score/types.ts and
 * lib/snapshot.ts; the numbers are made up but consistent (the score is the components' sum minus the reasons' points).
 * Words are the engine's phrases (message ids and parameters), so the popup shows them in its language.
 */
import type { Analysis } from '../../../lib/score/types';
import type { Count, Snapshot } from '../../../lib/snapshot';
import { flat, num, pct, ph, text } from '../../../lib/phrase';
import { noteOf } from '../../../lib/score/notes';

const exact = (value: number, source: Count['source'] = 'text', raw = String(value)): Count => ({ value, exact: true, min: value, max: value, source, raw });
const rounded = (value: number, min: number, max: number, raw: string, source: Count['source'] = 'text'): Count => ({ value, exact: false, min, max, source, raw });

const LIKES = [61, 88, 47, 120, 74, 52, 69, 940, 58, 81, 66, 49];
const COMMENTS = [3, 4, 1, 6, 2, 2, 3, 37, 1, 5, 2, 1];
const FOLLOWERS = 18_742;

export const SAMPLE_SNAPSHOT: Snapshot = {
  platform: 'instagram',
  url: 'https://www.instagram.com/nora.bakes/',
  page: 'profile',
  capturedAt: '2025-03-14T10:21:00.000Z',
  profile: {
    handle: 'nora.bakes',
    name: 'Nora Bakes',
    verified: true,
    followers: rounded(18_700, 18_650, 18_749, '18.7K'),
    following: exact(2_410, 'text', '2,410'),
    posts: exact(318, 'meta', '318'),
  },
  posts: [
    { id: 'C9pin', url: 'https://www.instagram.com/nora.bakes/p/C9pin/', likes: exact(2_210), comments: exact(87), pinned: true },
    ...LIKES.map((l, i) => ({
      id: `C9p${i}`,
      url: `https://www.instagram.com/nora.bakes/p/C9p${i}/`,
      likes: i === 7 ? rounded(940, 935, 944, '940') : exact(l),
      comments: exact(COMMENTS[i]),
      ...(i < 5 ? { views: exact([2_100, 3_050, 1_720, 4_400, 2_600][i]) } : {}),
    })),
    { id: 'C9hid', url: 'https://www.instagram.com/nora.bakes/p/C9hid/', likesHidden: true, comments: exact(4) },
  ],
  notes: ['Saves are only shown to the account’s owner.'],
};

const perFollower = LIKES.map((l, i) => ({ id: `C9p${i}`, url: `https://www.instagram.com/nora.bakes/p/C9p${i}/`, rate: (l + COMMENTS[i]) / FOLLOWERS }));
const sortedRates = perFollower.map((p) => p.rate).sort((a, b) => a - b);
const median = (sortedRates[5] + sortedRates[6]) / 2;

export const SAMPLE_ANALYSIS: Analysis = {
  platform: 'instagram',
  handle: 'nora.bakes',
  followers: 18_700,
  tier: { id: 'micro', label: 'micro (10k-100k)' },
  engagement: [
    {
      basis: 'followers',
      formula: ph('formula_followers', flat('formula_parts'), num(12)),
      value: median,
      min: median * 0.997,
      max: median * 1.003,
      postsUsed: 12,
      perPost: perFollower,
    },
    {
      basis: 'views',
      formula: ph('formula_views', num(5)),
      value: 0.0278,
      min: 0.0278,
      max: 0.0278,
      postsUsed: 5,
      perPost: [0.0305, 0.0302, 0.028, 0.0286, 0.0278].map((rate, i) => ({ id: `C9p${i}`, rate })),
    },
  ],
  benchmark: {
    ref: {
      platform: 'instagram',
      tier: 'micro',
      basis: 'followers',
      typical: 0.0185,
      low: 0.008,
      high: 0.035,
      source: ph('bench_src_modashIg', num(10_000), num(50_000), pct(0.0084), pct(0.0111)),
      year: 2025,
      formula: ph('bench_formula_modashIg'),
      note: [ph('bench_note_spreadIg')],
    },
    position: 'far-below',
  },
  signals: [
    {
      id: 'engagement-low',
      severity: 'alert',
      title: ph('sig_lowEngagement_title'),
      explanation: ph('sig_lowEngagement_text', pct(median), num(5), pct(0.0185), num(99)),
      evidence: [
        { label: ph('sigev_rateByFollowers'), value: median, unit: 'percent' },
        { label: ph('sigev_typicalCreators'), value: 0.0185, unit: 'percent' },
        { label: ph('sigev_postsWithLikes'), value: 12, unit: 'count' },
      ],
      points: 18,
    },
    {
      id: 'mass-following',
      severity: 'warning',
      title: ph('sig_massFollowing_title'),
      explanation: ph('sig_massFollowing_text', num(2_410)),
      evidence: [
        { label: ph('sigev_following'), value: 2_410, unit: 'count' },
        { label: ph('sigev_followersPerFollowed'), value: 7.8, unit: 'ratio' },
      ],
      points: 8,
    },
    {
      id: 'spike',
      severity: 'warning',
      title: ph('sig_erratic_title'),
      explanation: ph('sig_erratic_text', num(2), num(12), pct(0.41)),
      evidence: [
        { label: ph('sigev_topShare', num(2), num(12)), value: 0.41, unit: 'percent' },
        { label: ph('sigev_genuineP995'), value: 0.45, unit: 'percent' },
      ],
      points: 6,
    },
    {
      id: 'comments-normal',
      severity: 'info',
      title: ph('sig_little_title'),
      explanation: ph('sig_little_text', { list: [flat('sig_little_rounded')] }),
      evidence: [{ label: ph('sigev_rounded'), value: ph('words_list', { list: [flat('rounded_followers')] }), unit: 'text' }],
      points: 0,
    },
  ],
  grade: {
    score: 36,
    letter: 'F',
    confidence: 'medium',
    components: [
      { id: 'baseline', label: ph('comp_baseline'), points: 80, detail: ph('comp_baseline_detail') },
      {
        id: 'engagement',
        label: ph('comp_engagement'),
        points: -12,
        detail: ph('comp_engagement_detail', flat('comp_on_rate', pct(median)), pct(0.0185), flat('position_far_below'), text('−30'), flat('comp_attributed', num(18))),
      },
    ],
  },
  risk: 0.42,
  flagged: true,
  riskDriver: 'engagement-low',
  benchmarks: [],
  model: {
    version: 'sample',
    calibration: 'hand-built sample',
    terms: [
      { id: 'engagement-shortfall', label: ph('term_engagementShortfall'), z: 1.9 },
      { id: 'follow-ratio', label: ph('term_followRatio'), z: 1.1 },
      { id: 'likes-per-comment', label: ph('term_likesPerComment'), z: 0.8 },
    ],
  },
  missing: SAMPLE_SNAPSHOT.notes!.map(noteOf),
  sample: { postsVisible: 14, postsUsed: 12 },
};
SAMPLE_ANALYSIS.benchmarks = [
  { ...SAMPLE_ANALYSIS.benchmark!, z: -2.1 },
  {
    ref: { platform: 'instagram', tier: 'micro', basis: 'views', typical: 0.041, low: 0.021, high: 0.08, source: ph('bench_src_rivalIq2024'), year: 2024, formula: ph('bench_formula_perPost') },
    position: 'below',
    z: -1.2,
  },
];

/** An account found but not gradable: only header counts, no posts. */
export const THIN_SNAPSHOT: Snapshot = {
  platform: 'instagram',
  url: 'https://www.instagram.com/pluto__travel/',
  page: 'profile',
  capturedAt: '2025-03-14T10:21:00.000Z',
  profile: { handle: 'pluto__travel', name: 'Pluto', followers: exact(2_362, 'meta', '2,362'), following: exact(136, 'meta'), posts: exact(224, 'meta') },
  posts: [],
  notes: ['No per-post counts were visible (Instagram shows them on the Reels tab, or while the pointer is over a post).'],
};

export const THIN_ANALYSIS: Analysis = {
  platform: 'instagram',
  handle: 'pluto__travel',
  followers: 2_362,
  tier: { id: 'nano', label: 'nano' },
  engagement: [],
  benchmark: null,
  signals: [],
  grade: null,
  risk: 0,
  flagged: false,
  riskDriver: null,
  benchmarks: [],
  model: { version: 'sample', calibration: 'hand-built sample', terms: [] },
  missing: THIN_SNAPSHOT.notes!.map(noteOf),
  sample: { postsVisible: 0, postsUsed: 0 },
};

/** A post page on X: one post, no follower count. */
export const POST_SNAPSHOT: Snapshot = {
  platform: 'x',
  url: 'https://x.com/Kikobeats/status/1759241476758733209',
  page: 'post',
  capturedAt: '2025-03-14T10:21:00.000Z',
  profile: { handle: 'Kikobeats', name: 'Kiko Beats' },
  posts: [{ id: '1759241476758733209', likes: exact(27, 'aria', '27 likes'), comments: exact(10, 'aria', '10 replies'), views: exact(11_424, 'aria', '11424 views') }],
  notes: ['Follower count is not shown on a post page: open the profile to read it.'],
};

export const POST_ANALYSIS: Analysis = {
  platform: 'x',
  handle: 'Kikobeats',
  tier: null,
  engagement: [
    { basis: 'views', formula: ph('formula_views', num(1)), value: 0.0033, min: 0.0033, max: 0.0033, postsUsed: 1, perPost: [{ id: '1759241476758733209', rate: 0.0033 }] },
  ],
  benchmark: null,
  signals: [],
  grade: null,
  risk: 0,
  flagged: false,
  riskDriver: null,
  benchmarks: [],
  model: { version: 'sample', calibration: 'hand-built sample', terms: [] },
  missing: POST_SNAPSHOT.notes!.map(noteOf),
  sample: { postsVisible: 1, postsUsed: 1 },
};
