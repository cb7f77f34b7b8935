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
  const atoms = new Map<string, number>();
  for (const atom of [...new Set(cells.flatMap((cell) => cell.parts.flatMap((part) => [...part.vector.keys()])))].sort(compareText)) {
    atoms.set(atom, atoms.size);
  }
  const rows = cells.map((cell) => cell.parts.map((part) => integerRow(part.vector, atoms)));

  const hidden = new Map<number, DisclosureReason>();
  cells.forEach((cell, index) => {
    if (cell.fixed === 'hidden') hidden.set(index, 'hidden_elsewhere');
    else if (cell.fixed !== 'published' && smallPartsOf(cell, threshold).length > 0) hidden.set(index, 'below_threshold');
  });

  // What must stay underivable: every small part of a hidden cell, and the sum of two small hidden parts of the
  // same role when that sum still counts fewer than the threshold (two hidden cells of 1 and 2 next to a total).
  const protectedRows = (): Array<{ cell: number; row: Row }> => {
    const small = [...hidden.keys()]
      .sort((a, b) => a - b)
      .filter((index) => cells[index]!.fixed !== 'published')
      .flatMap((index) =>
        cells[index]!.parts.flatMap((part, p) => (isSmall(part, threshold) ? [{ cell: index, part, row: rows[index]![p]! }] : [])),
      );
    const out: Array<{ cell: number; row: Row }> = small.map(({ cell, row }) => ({ cell, row }));
    for (let i = 0; i < small.length; i++) {
      for (let j = i + 1; j < small.length; j++) {
        const a = small[i]!;
        const b = small[j]!;
        if (a.cell === b.cell || a.part.role !== b.part.role || a.part.value! + b.part.value! >= threshold) continue;
        out.push({ cell: a.cell, row: integerRow(addVectors(a.part.vector, b.part.vector), atoms) });
      }
    }
    return out;
  };

  const unavoidable = new Set<number>();
  for (;;) {
    const basis = new Basis();
    cells.forEach((_, index) => {
      if (!hidden.has(index)) rows[index]!.forEach((row, part) => basis.add(row, index * PARTS + part));
    });
    let changed = false;
    for (const target of protectedRows()) {
      const used = basis.derivation(target.row);
      if (!used) continue;
      const withdrawable = [...new Set([...used].map((origin) => Math.floor(origin / PARTS)))].filter((index) => cells[index]!.fixed === undefined);
      if (withdrawable.length === 0) {
        unavoidable.add(target.cell);
        continue;
      }
      withdrawable.sort((a, b) => sizeOf(cells[a]!) - sizeOf(cells[b]!) || a - b);
      hidden.set(withdrawable[0]!, 'complementary');
      changed = true;
      break;
    }
    if (!changed) break;
  }

  const decisions = new Map<string, DisclosureDecision>();
  cells.forEach((cell, index) => {
    const reason = hidden.get(index) ?? null;
    decisions.set(cell.key, { hidden: reason !== null, reason, smallParts: cell.fixed === 'published' ? [] : smallPartsOf(cell, threshold) });
  });
  return { decisions, unavoidable: [...unavoidable].map((index) => cells[index]!.key) };
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
  for (const f of fractions) row.set(f.atom, (f.numerator * scale) / f.denominator);
  return row;
}

function addVectors(a: AtomVector, b: AtomVector): AtomVector {
  const out = new Map(a);
  for (const [atom, c] of b) out.set(atom, (out.get(atom) ?? 0) + c);
  return out;
}

/**
 * Row echelon basis over the rationals (integer rows kept primitive by their gcd), remembering for every
 * row which input vectors it combines, so a derivation can be traced back to the cells it needs.
 */
class Basis {
  private readonly rows: Array<{ pivot: number; row: Row; origin: Map<number, bigint> }> = [];

  add(vector: Row, origin: number): void {
    const reduced = this.reduce(vector, new Map([[origin, 1n]]));
    if (reduced.row.size === 0) return;
    const pivot = Math.min(...reduced.row.keys());
    this.rows.push({ pivot, ...reduced });
  }

  /** The input vectors a combination equal to `vector` needs, or undefined when `vector` is not in the span. */
  derivation(vector: Row): Set<number> | undefined {
    const reduced = this.reduce(vector, new Map());
    if (reduced.row.size > 0) return undefined;
    return new Set([...reduced.origin].filter(([, c]) => c !== 0n).map(([origin]) => origin));
  }

  private reduce(vector: Row, origin: Map<number, bigint>): { row: Row; origin: Map<number, bigint> } {
    let row: Row = new Map(vector);
    let from = new Map(origin);
    for (const basisRow of this.rows) {
      const c = row.get(basisRow.pivot);
      if (c === undefined) continue;
      const p = basisRow.row.get(basisRow.pivot)!;
      // row := p·row − c·basisRow, which clears the pivot and keeps every entry an integer.
      row = combine(row, p, basisRow.row, -c);
      from = combine(from, p, basisRow.origin, -c);
      const g = gcdOf(row, from);
      if (g > 1n) {
        row = divideRow(row, g);
        from = divideRow(from, g);
      }
    }
    return { row, origin: from };
  }
}

function combine(a: Map<number, bigint>, ka: bigint, b: Map<number, bigint>, kb: bigint): Map<number, bigint> {
  const out = new Map<number, bigint>();
  for (const [key, value] of a) out.set(key, value * ka);
  for (const [key, value] of b) {
    const sum = (out.get(key) ?? 0n) + value * kb;
    if (sum === 0n) out.delete(key);
    else out.set(key, sum);
  }
  for (const [key, value] of out) if (value === 0n) out.delete(key);
  return out;
}

function gcdOf(...maps: Array<Map<number, bigint>>): bigint {
  let g = 0n;
  for (const map of maps) for (const value of map.values()) g = gcd(g, value < 0n ? -value : value);
  return g;
}

function divideRow(row: Map<number, bigint>, by: bigint): Map<number, bigint> {
  const out = new Map<number, bigint>();
  for (const [key, value] of row) out.set(key, value / by);
  return out;
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
