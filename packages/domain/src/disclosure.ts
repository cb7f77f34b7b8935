import { DEFAULT_SMALL_NUMBER_THRESHOLD } from './small-numbers';

/**
 * Statistical disclosure control over every cell a reader can obtain, as one linear system.
 *
 * The atoms are the smallest counted quantities (a data element's value for a unit, a group and a period).
 * Every published number — a unit's figure per group, its total, the municipality's per group and in all,
 * the same for other periods that read the same values, a raw entered value — is a linear combination of
 * atoms. A reader who sees a set of cells knows exactly the linear span of their vectors, so a hidden cell
 * is safe exactly when its vector lies outside that span. {@link protectCells} hides, besides the cells
 * that count fewer people than the threshold, the fewest-and-smallest further cells it needs until no small
 * hidden cell (and no sum of two small hidden cells that still counts fewer than the threshold) lies in the
 * span of what stays published. Cells already out (a total published before a later approval) cannot be
 * withdrawn: they are part of the reader's knowledge and the rule works around them.
 */

/** Atom → coefficient. Coefficients are rationals given as numbers (1/3 for an average over three periods). */
export type AtomVector = ReadonlyMap<string, number>;

export interface DisclosurePart {
  /** `numerator`, `denominator`, `value`: the part of the cell this vector is; small parts are reported by role. */
  readonly role: string;
  readonly vector: AtomVector;
  /** What the part counts; null when unknown (no data), which is never small. */
  readonly value: number | null;
  /** Only parts that count people are protected (leavers, headcount; not sick hours). */
  readonly countsPeople: boolean;
}

export interface DisclosureCell {
  /** Unique among the cells. */
  readonly key: string;
  /** Numbers published together: hiding the cell hides every part. */
  readonly parts: readonly DisclosurePart[];
  /**
   * `published`: already out and cannot be withdrawn (shown before, or seen unsuppressed by this reader);
   * `hidden`: hidden by a decision made elsewhere. Absent: this rule decides.
   */
  readonly fixed?: 'published' | 'hidden';
  /**
   * False for a hidden cell decided in an earlier system whose sums with other small cells were protected there
   * (an earlier rolling window): its small parts stay protected alone, not in sums with this system's cells,
   * which keeps a system holding years of windows from pairing every small number with every other.
   */
  readonly pairs?: boolean;
}

export type DisclosureReason = 'below_threshold' | 'complementary' | 'hidden_elsewhere';

export interface DisclosureDecision {
  readonly hidden: boolean;
  readonly reason: DisclosureReason | null;
  /** Roles of the parts that count fewer people than the threshold. */
  readonly smallParts: readonly string[];
}

export interface DisclosureResult {
  readonly decisions: ReadonlyMap<string, DisclosureDecision>;
  /**
   * Keys of small hidden cells that the fixed published cells alone already reveal: nothing this rule can
   * hide helps. Empty unless the input was unsafe before the rule ran.
   */
  readonly unavoidable: readonly string[];
}

export interface DisclosureOptions {
  readonly threshold?: number;
}

/** The roles of a cell's people-counting parts below the threshold. */
export function smallPartsOf(cell: Pick<DisclosureCell, 'parts'>, threshold: number = DEFAULT_SMALL_NUMBER_THRESHOLD): string[] {
  return cell.parts.filter((part) => isSmall(part, threshold)).map((part) => part.role);
}

const isSmall = (part: DisclosurePart, threshold: number) => part.countsPeople && part.value !== null && part.value < threshold;

/**
 * Decides which cells to hide. Deterministic: the answer depends on the cells, never on their order, so
 * every route that computes it for the same reader, indicator and period gives the same answer.
 */
export function protectCells(input: readonly DisclosureCell[], options: DisclosureOptions = {}): DisclosureResult {
  const threshold = options.threshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
  const cells = [...input].sort((a, b) => compareText(a.key, b.key));
  for (let i = 1; i < cells.length; i++) {
    if (cells[i]!.key === cells[i - 1]!.key) throw new RangeError(`cell ${cells[i]!.key} given twice`);
  }
  const atoms = mergedAtoms(cells);
  // An atom a published cell gives alone (an entered value shown, earlier or now) is known: taking it out of every
  // vector changes nothing that is derivable (what is left of a vector is in the span of what is left of the others
  // exactly when the vector was in theirs with the known atoms), and a system holding years of windows shrinks to
  // what the reader does not know yet.
  const fullRows = cells.map((cell) => cell.parts.map((part) => integerRow(part.vector, atoms)));
  const known = new Set<number>();
  cells.forEach((cell, index) => {
    if (cell.fixed === 'published') for (const row of fullRows[index]!) if (row.size === 1) known.add(row.keys().next().value!);
  });
  const strip = (row: Row): Row => {
    if (known.size === 0) return row;
    const out: Row = new Map();
    for (const [atom, c] of row) if (!known.has(atom)) out.set(atom, c);
    return out;
  };
  const rows = fullRows.map((parts) => parts.map(strip));

  const hidden = new Map<number, DisclosureReason>();
  cells.forEach((cell, index) => {
    if (cell.fixed === 'hidden') hidden.set(index, 'hidden_elsewhere');
    else if (cell.fixed !== 'published' && smallPartsOf(cell, threshold).length > 0) hidden.set(index, 'below_threshold');
  });

  // What must stay underivable: every small part of a hidden cell, and the sum of two small hidden parts of the
  // same role when that sum still counts fewer than the threshold (two hidden cells of 1 and 2 next to a total).
  const small = [...hidden.keys()]
    .sort((a, b) => a - b)
    .filter((index) => cells[index]!.fixed !== 'published')
    .flatMap((index) =>
      cells[index]!.parts.flatMap((part, p) => (isSmall(part, threshold) ? [{ cell: index, part, row: rows[index]![p]! }] : [])),
    );
  const mayPair = (a: (typeof small)[number], b: (typeof small)[number]) =>
    a.cell !== b.cell &&
    a.part.role === b.part.role &&
    a.part.value! + b.part.value! < threshold &&
    // Two cells hidden elsewhere were paired where they were decided.
    !(cells[a.cell]!.fixed === 'hidden' && cells[b.cell]!.fixed === 'hidden') &&
    cells[a.cell]!.pairs !== false &&
    cells[b.cell]!.pairs !== false;

  // Hiding only ever removes published vectors, so the span only shrinks: a target found underivable stays so, and
  // the targets themselves never change (a withdrawable cell has no small part, or it would be hidden already).
  const targets: Array<{ cell: number; row: Row }> = small.map(({ cell, row }) => ({ cell, row }));
  const underivable = new Set<number>();
  // The sparsest first (an entered value, then a unit's group, then totals): totals then reduce to what is unknown.
  // One order over every vector, hidden or not, so the basis of the published ones is always built in this order and
  // hiding a cell only rebuilds it from that cell's first vector on: what came before is exactly what it was.
  const order = cells.flatMap((_, index) => rows[index]!.map((row, part) => ({ row, origin: index * PARTS + part, cell: index })));
  order.sort((a, b) => a.row.size - b.row.size || a.origin - b.origin);
  const firstPosition = new Map<number, number>();
  order.forEach(({ cell }, position) => {
    if (!firstPosition.has(cell)) firstPosition.set(cell, position);
  });
  // Two independent primes: a derivation is missed only if both miss it. The second basis is built only when the
  // first finds a target underivable (the rarer answer), and from where it was last valid.
  const basis = new Basis(PRIMES[0]);
  const second = new Basis(PRIMES[1]);
  let secondValidTo = 0;
  const buildFrom = (start: number) => {
    basis.truncate(start);
    secondValidTo = Math.min(secondValidTo, start);
    for (let position = start; position < order.length; position++) {
      const { row, origin, cell } = order[position]!;
      if (!hidden.has(cell)) basis.add(row, origin, position);
    }
  };
  const derivation = (row: Row): Set<number> | undefined => {
    const found = basis.derivation(row);
    if (found) return found;
    if (secondValidTo < order.length) {
      second.truncate(secondValidTo);
      for (let position = secondValidTo; position < order.length; position++) {
        const { row: vector, origin, cell } = order[position]!;
        if (!hidden.has(cell)) second.add(vector, origin, position);
      }
      secondValidTo = order.length;
    }
    return second.derivation(row);
  };
  buildFrom(0);
  // A sum of two is derivable only if it is in the first, widest span: a + b is in a span exactly when their
  // remainders modulo it cancel, so the pairs worth watching are found by their remainders, not tried two by two.
  const pairs = new Set<string>();
  for (const [b, full] of [basis, new Basis(PRIMES[1])].entries()) {
    if (b === 1) order.forEach(({ row, origin, cell }, position) => !hidden.has(cell) && full.add(row, origin, position));
    const byRemainder = new Map<string, number[]>();
    const remainders = small.map(({ part, row }) => {
      const remainder = full.remainder(row, scaleOf(part.vector));
      return {
        key: `${part.role}|${remainderKey(remainder, full.prime, false)}`,
        opposite: `${part.role}|${remainderKey(remainder, full.prime, true)}`,
      };
    });
    remainders.forEach(({ key }, i) => byRemainder.set(key, [...(byRemainder.get(key) ?? []), i]));
    remainders.forEach(({ opposite }, j) => {
      for (const i of byRemainder.get(opposite) ?? []) if (i < j && mayPair(small[i]!, small[j]!)) pairs.add(`${i},${j}`);
    });
  }
  for (const pair of [...pairs].sort()) {
    const [i, j] = pair.split(',').map(Number) as [number, number];
    targets.push({ cell: small[i]!.cell, row: strip(integerRow(addVectors(small[i]!.part.vector, small[j]!.part.vector), atoms)) });
  }

  const unavoidable = new Set<number>();
  for (;;) {
    let changed = false;
    for (const [t, target] of targets.entries()) {
      if (underivable.has(t)) continue;
      const used = derivation(target.row);
      if (!used) {
        underivable.add(t);
        continue;
      }
      const withdrawable = [...new Set([...used].map((origin) => Math.floor(origin / PARTS)))].filter(
        (index) => cells[index]!.fixed === undefined,
      );
      if (withdrawable.length === 0) {
        unavoidable.add(target.cell);
        continue;
      }
      withdrawable.sort((a, b) => sizeOf(cells[a]!) - sizeOf(cells[b]!) || a - b);
      hidden.set(withdrawable[0]!, 'complementary');
      buildFrom(firstPosition.get(withdrawable[0]!)!);
      changed = true;
      break;
    }
    if (!changed) break;
  }

  const decisions = new Map<string, DisclosureDecision>();
  cells.forEach((cell, index) => {
    const reason = hidden.get(index) ?? null;
    decisions.set(cell.key, {
      hidden: reason !== null,
      reason,
      smallParts: cell.fixed === 'published' ? [] : smallPartsOf(cell, threshold),
    });
  });
  return { decisions, unavoidable: [...unavoidable].map((index) => cells[index]!.key) };
}

/**
 * Atom indices, with atoms that every vector weighs alike merged into one (the three tertials of a rolling year
 * for a reader who never sees a tertial alone): every vector is then a function of their sum, so what is
 * derivable does not change, and the system is as small as what the reader can tell apart.
 */
function mergedAtoms(cells: readonly DisclosureCell[]): Map<string, number> {
  const columns = new Map<string, string[]>();
  cells.forEach((cell, c) =>
    cell.parts.forEach((part, p) => {
      for (const [atom, coefficient] of part.vector) {
        if (coefficient === 0) continue;
        const column = columns.get(atom) ?? [];
        column.push(`${c}.${p}:${coefficient}`);
        columns.set(atom, column);
      }
    }),
  );
  const bySignature = new Map<string, number>();
  const atoms = new Map<string, number>();
  for (const atom of [...columns.keys()].sort(compareText)) {
    const signature = columns.get(atom)!.join(' ');
    if (!bySignature.has(signature)) bySignature.set(signature, bySignature.size);
    atoms.set(atom, bySignature.get(signature)!);
  }
  return atoms;
}

/** At most this many parts per cell (origins are numbered cell × PARTS + part). */
const PARTS = 64;

/** The cell to hide first among those a derivation uses: the one counting least, so totals stay shown longest. */
function sizeOf(cell: DisclosureCell): number {
  return cell.parts.reduce((total, part) => total + Math.abs(part.value ?? 0), 0);
}

/** A sparse integer row: atom index → coefficient, never zero. */
type Row = Map<number, bigint>;

function integerRow(vector: AtomVector, atoms: ReadonlyMap<string, number>): Row {
  const fractions = [...vector].filter(([, c]) => c !== 0).map(([atom, c]) => ({ atom: atoms.get(atom)!, ...toFraction(c) }));
  const scale = fractions.reduce((l, f) => lcm(l, f.denominator), 1n);
  const row: Row = new Map();
  for (const f of fractions) row.set(f.atom, (row.get(f.atom) ?? 0n) + (f.numerator * scale) / f.denominator);
  for (const [atom, c] of row) if (c === 0n) row.delete(atom);
  return row;
}

/** The factor {@link integerRow} multiplies a vector by to make it integer. */
function scaleOf(vector: AtomVector): bigint {
  return [...vector].filter(([, c]) => c !== 0).reduce((l, [, c]) => lcm(l, toFraction(c).denominator), 1n);
}

/** A canonical text of a remainder, or of its negative. */
function remainderKey(remainder: ModRow, p: number, negate: boolean): string {
  return [...remainder]
    .sort((a, b) => a[0] - b[0])
    .map(([atom, c]) => `${atom}:${negate ? (p - c) % p : c}`)
    .join(' ');
}

function addVectors(a: AtomVector, b: AtomVector): AtomVector {
  const out = new Map(a);
  for (const [atom, c] of b) out.set(atom, (out.get(atom) ?? 0) + c);
  return out;
}

/**
 * Row echelon basis modulo a prime below 2^31, remembering for every row which input vectors it combines, so a
 * derivation can be traced back to the cells it needs. Exact rational elimination grows its integers exponentially on
 * a few hundred cells; modulo a prime nothing grows, and below 2^31 it runs on plain numbers: {@link mulMod} keeps every
 * intermediate product below 2^48, well inside the 2^53 doubles hold exactly.
 *
 * Soundness: a combination over the rationals with denominators prime to p is one modulo p too, so reducing modulo p
 * finds every derivation unless p divides one of the system's minors (its rank drops modulo p). A wrong answer modulo p
 * is otherwise a spurious derivation, which only hides a cell more. A missed derivation needs p to divide a specific
 * minor, about 2^-31 per decision for one prime; {@link protectCells} asks a second, independent prime whenever the
 * first finds nothing, so a derivation is missed only when both primes divide the same minor (about 2^-62, and never
 * for a minor below their product, about 4.6·10^18). The property tests check the result with exact rationals.
 */
const PRIMES = [2_147_483_647, 2_147_483_629] as const;

/** a·b mod p for 0 ≤ a, b < p < 2^31, exact in doubles: a splits b into 15 and 16 bits, so no product reaches 2^48. */
function mulMod(a: number, b: number, p: number): number {
  return (((a * (b >>> 16)) % p) * 65_536 + a * (b & 0xffff)) % p;
}

function inverse(a: number, p: number): number {
  let [r0, r1, s0, s1] = [p, a % p, 0, 1];
  while (r1 !== 0) {
    const k = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - k * r1];
    // |s| stays below p, so k·s1 < 2^62 could lose bits: reduce with mulMod instead.
    [s0, s1] = [s1, (s0 - mulMod(k, s1, p) + p) % p];
  }
  return s0;
}

type ModRow = Map<number, number>;

class Basis {
  private readonly rows: Array<{ pivot: number; row: ModRow; origin: ModRow; position: number }> = [];
  private readonly big: bigint;

  constructor(private readonly p: number) {
    this.big = BigInt(p);
  }

  get prime(): number {
    return this.p;
  }

  /** What is left of vector / scale after reducing it by the basis: zero exactly when it is in the span; linear. */
  remainder(vector: Row, scale: bigint): ModRow {
    return this.scaled(this.reduce(vector, new Map()).row, inverse(Number(scale % this.big), this.p));
  }

  /** Adds `vector` (the input at `position`; positions only ever grow between truncations). */
  add(vector: Row, origin: number, position: number): void {
    const reduced = this.reduce(vector, new Map([[origin, 1]]));
    if (reduced.row.size === 0) return;
    const pivot = Math.min(...reduced.row.keys());
    const scale = inverse(reduced.row.get(pivot)!, this.p);
    this.rows.push({ pivot, row: this.scaled(reduced.row, scale), origin: this.scaled(reduced.origin, scale), position });
  }

  /** Back to the basis of the inputs before `position`: each row depends only on the inputs added before it. */
  truncate(position: number): void {
    while (this.rows.length > 0 && this.rows[this.rows.length - 1]!.position >= position) this.rows.pop();
  }

  /** The input vectors a combination equal to `vector` needs, or undefined when `vector` is not in the span. */
  derivation(vector: Row): Set<number> | undefined {
    const reduced = this.reduce(vector, new Map());
    if (reduced.row.size > 0) return undefined;
    return new Set([...reduced.origin].filter(([, c]) => c !== 0).map(([origin]) => origin));
  }

  private reduce(vector: Row, origin: ModRow): { row: ModRow; origin: ModRow } {
    const row: ModRow = new Map();
    for (const [key, value] of vector) {
      const c = Number(((value % this.big) + this.big) % this.big);
      if (c !== 0) row.set(key, c);
    }
    const from = new Map(origin);
    for (const basisRow of this.rows) {
      const c = row.get(basisRow.pivot);
      if (c === undefined) continue;
      // row := row − c·basisRow (basis rows have 1 at their pivot), which clears the pivot.
      this.subtractInto(row, c, basisRow.row);
      this.subtractInto(from, c, basisRow.origin);
    }
    return { row, origin: from };
  }

  private scaled(map: ModRow, by: number): ModRow {
    const out: ModRow = new Map();
    for (const [key, value] of map) out.set(key, mulMod(value, by, this.p));
    return out;
  }

  private subtractInto(target: ModRow, c: number, source: ModRow): void {
    const p = this.p;
    for (const [key, value] of source) {
      const next = ((target.get(key) ?? 0) - mulMod(c, value, p) + p) % p;
      if (next === 0) target.delete(key);
      else target.set(key, next);
    }
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * The exact rational a coefficient stands for: integers as they are, fractions such as 1/3 (an average over
 * three periods) recovered from their floating-point value by continued fractions.
 */
export function toFraction(x: number): { numerator: bigint; denominator: bigint } {
  if (!Number.isFinite(x)) throw new RangeError(`coefficient ${x} is not finite`);
  if (Number.isInteger(x)) return { numerator: BigInt(x), denominator: 1n };
  const sign = x < 0 ? -1n : 1n;
  let value = Math.abs(x);
  let [h0, h1, k0, k1] = [0n, 1n, 1n, 0n];
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(value);
    [h0, h1] = [h1, BigInt(a) * h1 + h0];
    [k0, k1] = [k1, BigInt(a) * k1 + k0];
    if (k1 > 10_000n) break;
    if (Math.abs(Number(h1) / Number(k1) - Math.abs(x)) <= 1e-12 * Math.max(1, Math.abs(x))) {
      return { numerator: sign * h1, denominator: k1 };
    }
    const rest = value - a;
    if (rest < 1e-15) break;
    value = 1 / rest;
  }
  throw new RangeError(`coefficient ${x} is not a small rational`);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
