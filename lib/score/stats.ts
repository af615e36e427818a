/**
 * Small, dependency-free statistics used by scoring and by the accuracy benchmark.
 * Every function is pure and total: empty input gives NaN (callers check), never a throw.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation with `ddof` degrees of freedom removed (1 = the usual sample sd). */
export function sd(values: readonly number[], ddof = 1): number {
  if (values.length <= ddof) return Number.NaN;
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / (values.length - ddof));
}

/** Linear interpolation quantile (type 7, as numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Round to `digits` significant decimals for display and stable JSON (deterministic). */
export function round(x: number, digits = 4): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Solves A x = b (small, symmetric positive definite) by Gauss-Jordan elimination with partial pivoting. */
export function solveLinear(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  // A zero pivot (a column with no information) gives 0 for its unknown, not Infinity.
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/**
 * Ordinary least squares: y ~ b0 + b1*x1 + ... (columns of `x`). Returns the coefficients
 * (intercept first) and the residual sd with (n - p) degrees of freedom.
 * Solved by the normal equations with Gaussian elimination (p is at most 4 here).
 */
export function ols(x: readonly (readonly number[])[], y: readonly number[]): { coef: number[]; residualSd: number } {
  const n = y.length;
  const p = (x[0]?.length ?? 0) + 1;
  const rows = x.map((r) => [1, ...r]);
  const a: number[][] = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) a[j][k] += rows[i][j] * rows[i][k];
      a[j][p] += rows[i][j] * y[i];
    }
  }
  const coef = solveLinear(a.map((row) => row.slice(0, p)), a.map((row) => row[p]));
  let ss = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < p; j++) fit += coef[j] * rows[i][j];
    ss += (y[i] - fit) ** 2;
  }
  return { coef, residualSd: Math.sqrt(ss / Math.max(1, n - p)) };
}

/**
 * ROC AUC of `scores` separating positives from negatives (Mann-Whitney U with ties counted half).
 * O(n log n) via ranks.
 */
export function rocAuc(negatives: readonly number[], positives: readonly number[]): number {
  if (negatives.length === 0 || positives.length === 0) return Number.NaN;
  const all = [
    ...negatives.map((s) => ({ s, pos: false })),
    ...positives.map((s) => ({ s, pos: true })),
  ].sort((a, b) => a.s - b.s);
  let rankSumPos = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].s === all[i].s) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (all[k].pos) rankSumPos += avgRank;
    i = j + 1;
  }
  const np = positives.length;
  return (rankSumPos - (np * (np + 1)) / 2) / (np * negatives.length);
}
