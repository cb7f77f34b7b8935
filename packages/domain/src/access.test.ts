import { describe, expect, it } from 'vitest';
import { inScope, mayReadValue, permits, seesSmallNumbers, unitScope, valueReach, type Grant } from './access';

const farstaHr: Grant[] = [{ role: 'hr', allUnits: false, units: ['FARSTA'] }];
const steering: Grant[] = [{ role: 'steering', allUnits: true, units: [] }];
const localUnion: Grant[] = [{ role: 'union', allUnits: false, units: ['FARSTA'] }];
const centralUnion: Grant[] = [{ role: 'union', allUnits: true, units: [] }];
const viewer: Grant[] = [{ role: 'viewer', allUnits: true, units: [] }];
const spangaToken: Grant[] = [{ role: 'integration', allUnits: false, units: ['SPANGA_TENSTA'] }];
const STATES = ['open', 'returned', 'submitted', 'approved'] as const;

describe('access', () => {
  it('lets HR write values only for its own units', () => {
    const scope = unitScope(farstaHr, 'data_values:write');
    expect(permits(farstaHr, 'data_values:write')).toBe(true);
    expect(inScope(scope, 'FARSTA')).toBe(true);
    expect(inScope(scope, 'SPANGA_TENSTA')).toBe(false);
  });

  it('keeps another unit’s unsubmitted values from HR but shows submitted ones', () => {
    expect(mayReadValue(farstaHr, 'SPANGA_TENSTA', 'open')).toBe(false);
    expect(mayReadValue(farstaHr, 'SPANGA_TENSTA', 'returned')).toBe(false);
    expect(mayReadValue(farstaHr, 'SPANGA_TENSTA', 'submitted')).toBe(true);
    expect(mayReadValue(farstaHr, 'FARSTA', 'open')).toBe(true);
  });

  it('gives the steering group every unit, whatever units its grant names', () => {
    expect(unitScope([{ role: 'steering', allUnits: false, units: ['FARSTA'] }], 'data_values:read')).toEqual({ all: true });
    expect(mayReadValue(steering, 'RINKEBY_KISTA', 'open')).toBe(true);
    expect(permits(steering, 'data_values:write')).toBe(false);
    expect(permits(steering, 'plans:write')).toBe(true);
  });

  it('never lets a union member or a viewer change anything', () => {
    for (const grants of [localUnion, viewer]) {
      for (const permission of ['data_values:write', 'plans:write', 'catalogue:write'] as const)
        expect(permits(grants, permission)).toBe(false);
    }
    expect(mayReadValue(viewer, 'FARSTA', 'approved')).toBe(false);
  });

  it('lets only administrators manage users and their roles', () => {
    expect(permits([{ role: 'admin', allUnits: true, units: [] }], 'users:manage')).toBe(true);
    for (const grants of [farstaHr, steering, localUnion, viewer]) expect(permits(grants, 'users:manage')).toBe(false);
  });

  it('combines several grants: the union of what each allows', () => {
    const both: Grant[] = [...farstaHr, { role: 'hr', allUnits: false, units: ['BROMMA'] }, ...viewer];
    const scope = unitScope(both, 'data_values:write');
    expect(inScope(scope, 'BROMMA') && inScope(scope, 'FARSTA')).toBe(true);
    expect(inScope(scope, 'NORRMALM')).toBe(false);
  });

  it('lets a system’s token read and write values of its units and nothing else', () => {
    const token: Grant[] = [{ role: 'integration', allUnits: false, units: ['FARSTA', 'BROMMA'] }];
    expect(inScope(unitScope(token, 'data_values:write'), 'BROMMA')).toBe(true);
    expect(inScope(unitScope(token, 'data_values:write'), 'NORRMALM')).toBe(false);
    expect(permits(token, 'catalogue:read')).toBe(false);
    expect(permits(token, 'plans:write')).toBe(false);
  });

  it('reaches no unit at all with a scoped grant whose units are all gone, never every unit', () => {
    for (const role of ['hr', 'union', 'integration'] as const) {
      const emptied: Grant[] = [{ role, allUnits: false, units: [] }];
      for (const permission of ['data_values:read', 'data_values:write', 'reports:read', 'comments:write', 'explanations:write'] as const) {
        const scope = unitScope(emptied, permission);
        expect(scope.all, `${role} ${permission}`).toBe(false);
        expect(inScope(scope, 'FARSTA')).toBe(false);
      }
      // Drafts never; submitted values of other units only for those who read them anywhere (HR, unions).
      for (const state of STATES)
        expect(mayReadValue(emptied, 'FARSTA', state)).toBe(role !== 'integration' && (state === 'submitted' || state === 'approved'));
      expect(seesSmallNumbers(emptied, 'FARSTA')).toBe(false);
    }
  });

  it('reaches every unit only through an explicit flag', () => {
    expect(unitScope(centralUnion, 'reports:read')).toEqual({ all: true });
    expect(unitScope(localUnion, 'reports:read')).toEqual({ all: false, units: new Set(['FARSTA']) });
  });

  it('never shows a union an unsubmitted draft, not even of its own units, but submitted values of every unit', () => {
    for (const grants of [localUnion, centralUnion]) {
      for (const unit of ['FARSTA', 'RINKEBY_KISTA']) {
        expect(mayReadValue(grants, unit, 'open')).toBe(false);
        expect(mayReadValue(grants, unit, 'returned')).toBe(false);
        expect(mayReadValue(grants, unit, 'submitted')).toBe(true);
        expect(mayReadValue(grants, unit, 'approved')).toBe(true);
      }
    }
  });

  it('lets a token read exactly what its units’ HR reads of them, and nothing of other units', () => {
    const spangaHr: Grant[] = [{ role: 'hr', allUnits: false, units: ['SPANGA_TENSTA'] }];
    for (const state of STATES) {
      expect(mayReadValue(spangaToken, 'SPANGA_TENSTA', state)).toBe(mayReadValue(spangaHr, 'SPANGA_TENSTA', state));
      expect(mayReadValue(spangaToken, 'SPANGA_TENSTA', state)).toBe(true);
      expect(mayReadValue(spangaToken, 'FARSTA', state)).toBe(false);
    }
    expect(valueReach(spangaToken)).toEqual({
      drafts: { all: false, units: new Set(['SPANGA_TENSTA']) },
      submitted: { all: false, units: new Set(['SPANGA_TENSTA']) },
    });
  });

  it('gives nothing without grants', () => {
    expect(permits([], 'catalogue:read')).toBe(false);
    expect(unitScope([], 'data_values:read')).toEqual({ all: false, units: new Set() });
  });
});

describe('seesSmallNumbers', () => {
  it('shows small numbers to the steering group everywhere and to HR for its own units only', () => {
    const ostermalmHr: Grant[] = [{ role: 'hr', allUnits: false, units: ['OSTERMALM'] }];
    expect(seesSmallNumbers(steering, 'OSTERMALM')).toBe(true);
    expect(seesSmallNumbers(ostermalmHr, 'OSTERMALM')).toBe(true);
    expect(seesSmallNumbers(ostermalmHr, 'FARSTA')).toBe(false);
    expect(seesSmallNumbers(ostermalmHr, null)).toBe(false);
    expect(seesSmallNumbers(centralUnion, 'OSTERMALM')).toBe(false);
    expect(seesSmallNumbers(viewer, null)).toBe(false);
  });

  it('shows a token of the HR system the small numbers of its units, as their HR sees them, and no others', () => {
    expect(seesSmallNumbers(spangaToken, 'SPANGA_TENSTA')).toBe(true);
    expect(seesSmallNumbers(spangaToken, 'FARSTA')).toBe(false);
    expect(seesSmallNumbers(spangaToken, null)).toBe(false);
  });
});
