import { describe, expect, it } from 'vitest';
import { inScope, mayReadValue, permits, seesSmallNumbers, unitScope, type Grant } from './access';

const farstaHr: Grant[] = [{ role: 'hr', units: ['FARSTA'] }];
const steering: Grant[] = [{ role: 'steering', units: [] }];
const localUnion: Grant[] = [{ role: 'union', units: ['FARSTA'] }];
const viewer: Grant[] = [{ role: 'viewer', units: [] }];

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
    expect(unitScope([{ role: 'steering', units: ['FARSTA'] }], 'data_values:read')).toEqual({ all: true });
    expect(mayReadValue(steering, 'RINKEBY_KISTA', 'open')).toBe(true);
    expect(permits(steering, 'data_values:write')).toBe(false);
    expect(permits(steering, 'plans:write')).toBe(true);
  });

  it('never lets a union member or a viewer change anything', () => {
    for (const grants of [localUnion, viewer]) {
      for (const permission of ['data_values:write', 'plans:write', 'catalogue:write'] as const) expect(permits(grants, permission)).toBe(false);
    }
    expect(mayReadValue(viewer, 'FARSTA', 'approved')).toBe(false);
  });

  it('lets only administrators manage users and their roles', () => {
    expect(permits([{ role: 'admin', units: [] }], 'users:manage')).toBe(true);
    for (const grants of [farstaHr, steering, localUnion, viewer]) expect(permits(grants, 'users:manage')).toBe(false);
  });

  it('combines several grants: the union of what each allows', () => {
    const both: Grant[] = [...farstaHr, { role: 'hr', units: ['BROMMA'] }, ...viewer];
    const scope = unitScope(both, 'data_values:write');
    expect(inScope(scope, 'BROMMA') && inScope(scope, 'FARSTA')).toBe(true);
    expect(inScope(scope, 'NORRMALM')).toBe(false);
  });

  it('lets a system’s token read and write values of its units and nothing else', () => {
    const token: Grant[] = [{ role: 'integration', units: ['FARSTA', 'BROMMA'] }];
    expect(inScope(unitScope(token, 'data_values:write'), 'BROMMA')).toBe(true);
    expect(inScope(unitScope(token, 'data_values:write'), 'NORRMALM')).toBe(false);
    expect(permits(token, 'catalogue:read')).toBe(false);
    expect(permits(token, 'plans:write')).toBe(false);
  });

  it('gives nothing without grants', () => {
    expect(permits([], 'catalogue:read')).toBe(false);
    expect(unitScope([], 'data_values:read')).toEqual({ all: false, units: new Set() });
  });
});

describe('seesSmallNumbers', () => {
  it('shows small numbers to the steering group everywhere and to HR for its own units only', () => {
    expect(seesSmallNumbers([{ role: 'steering', units: [] }], 'OSTERMALM')).toBe(true);
    expect(seesSmallNumbers([{ role: 'hr', units: ['OSTERMALM'] }], 'OSTERMALM')).toBe(true);
    expect(seesSmallNumbers([{ role: 'hr', units: ['OSTERMALM'] }], 'FARSTA')).toBe(false);
    expect(seesSmallNumbers([{ role: 'hr', units: ['OSTERMALM'] }], null)).toBe(false);
    expect(seesSmallNumbers([{ role: 'union', units: [] }], 'OSTERMALM')).toBe(false);
    expect(seesSmallNumbers([{ role: 'viewer', units: [] }], null)).toBe(false);
  });
});
