// Test-only: exact rational rank by dense Gaussian elimination, independent of the disclosure rule's own code.
interface Q {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (n: bigint, d = 1n): Q => {
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
};
const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
/** Coefficients are integers or 1/k (averages): exact, without going through floating point. */
const rational = (x: number): Q => {
  for (let k = 1n; k <= 12n; k++)
    if (Math.abs(x * Number(k) - Math.round(x * Number(k))) < 1e-9) return q(BigInt(Math.round(x * Number(k))), k);
  throw new Error(`unexpected coefficient ${x}`);
};

export function rationalRank(vectors: ReadonlyArray<ReadonlyMap<string, number>>): number {
  const atoms = [...new Set(vectors.flatMap((v) => [...v.keys()]))];
  const m = vectors.map((v) => atoms.map((a) => rational(v.get(a) ?? 0)));
  let r = 0;
  for (let c = 0; c < atoms.length && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && row[c]!.n !== 0n);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![c]!.n === 0n) continue;
      const f = div(m[i]![c]!, m[r]![c]!);
      m[i] = m[i]!.map((x, j) => sub(x, mul(f, m[r]![j]!)));
    }
    r++;
  }
  return r;
}

/** Whether `target` is a linear combination of `published`. */
export const inSpan = (target: ReadonlyMap<string, number>, published: ReadonlyArray<ReadonlyMap<string, number>>) =>
  rationalRank([...published, target]) === rationalRank(published);

const P = 94_906_249n; // a prime below 2^26.5: products stay exact in BigInt and small
const modOf = (x: number): bigint => {
  const { n, d } = rational(x);
  return ((((n % P) + P) % P) * inverse(((d % P) + P) % P)) % P;
};
function inverse(a: bigint): bigint {
  let [r0, r1, s0, s1] = [P, a, 0n, 1n];
  while (r1 !== 0n) {
    const k = r0 / r1;
    [r0, r1] = [r1, r0 - k * r1];
    [s0, s1] = [s1, s0 - k * s1];
  }
  return ((s0 % P) + P) % P;
}

/**
 * For systems too large for dense rationals: the span of `published` reduced once, modulo a large prime. A vector in
 * the rational span is in it modulo the prime too, so "not in span" here means not in the rational span.
 */
export function spanOf(published: ReadonlyArray<ReadonlyMap<string, number>>): (target: ReadonlyMap<string, number>) => boolean {
  const rows: Array<{ pivot: string; row: Map<string, bigint> }> = [];
  const reduce = (vector: ReadonlyMap<string, number>) => {
    const row = new Map<string, bigint>();
    for (const [a, c] of vector) if (c !== 0) row.set(a, modOf(c));
    for (const basis of rows) {
      const c = row.get(basis.pivot);
      if (!c) continue;
      for (const [a, v] of basis.row) {
        const next = ((((row.get(a) ?? 0n) - c * v) % P) + P) % P;
        if (next === 0n) row.delete(a);
        else row.set(a, next);
      }
    }
    return row;
  };
  for (const vector of published) {
    const row = reduce(vector);
    const [pivot, lead] = [...row][0] ?? [];
    if (pivot === undefined || lead === undefined) continue;
    const scale = inverse(lead);
    for (const [a, v] of row) row.set(a, (v * scale) % P);
    rows.push({ pivot, row });
  }
  return (target) => reduce(target).size === 0;
}
