import { readBasis, type Grant, type ReadBasis } from '@planpuls/domain';

/**
 * What a reader's figures stand on, per unit: a unit's values count in every figure the reader obtains (the unit's
 * own, and the roll-ups it is part of) only in the states the reader may read that unit's values in (`readBasis`):
 * drafts where they enter or steer them, submitted and approved values where they read submitted ones (unions,
 * HR of other units), approved values only elsewhere (viewers, issue #4). A figure never moves with a draft its
 * reader may not read.
 */
export type FigureBasis = (unit: string) => ReadBasis;

export const figureBasis =
  (grants: readonly Grant[]): FigureBasis =>
  (unit) =>
    readBasis(grants, unit);

/**
 * The basis as a cache key over a catalogue's units (in the catalogue's order, fixed within a revision): `drafts`
 * when every value counts, else one letter per unit (d, s, a). Readers whose figures stand on the same values share them.
 */
export function basisKey(units: ReadonlyArray<{ code: string }>, basis: FigureBasis): string {
  const letters = units.map((unit) => basis(unit.code)[0]).join('');
  return /^d*$/.test(letters) ? 'drafts' : letters;
}

/** Whether the reader's figures stand on approved values of every unit (viewers). */
export function readsApprovedFiguresOnly(grants: readonly Grant[]): boolean {
  return grants.every((grant) => grant.role === 'viewer');
}
