import { describe, expect, it } from 'vitest';
import { checkValue, type ValueRules } from './value-checks';

const headcount: ValueRules = { valueType: 'decimal', frequency: 'tertial', disaggregation: 'professional_group', min: 0, max: null };
const leavers: ValueRules = { ...headcount, valueType: 'integer' };
const placements: ValueRules = { valueType: 'integer', frequency: 'tertial', disaggregation: 'none', min: 0, max: 500 };

describe('checkValue', () => {
  it('accepts a decimal headcount for a tertial and a group', () => {
    expect(checkValue(headcount, { periodCode: '2025-T2', hasGroup: true, value: 61.5 })).toEqual([]);
  });

  it('refuses a value for a period of another kind than the element is reported for', () => {
    expect(checkValue(headcount, { periodCode: '2025-Q2', hasGroup: true, value: 60 })).toEqual([{ code: 'wrong_frequency' }]);
    expect(checkValue(headcount, { periodCode: '2025', hasGroup: true, value: 60 })).toEqual([{ code: 'wrong_frequency' }]);
  });

  it('requires a group exactly when the element is split by group', () => {
    expect(checkValue(headcount, { periodCode: '2025-T2', hasGroup: false, value: 60 })).toEqual([{ code: 'group_required' }]);
    expect(checkValue(placements, { periodCode: '2025-T2', hasGroup: true, value: 3 })).toEqual([{ code: 'group_not_allowed' }]);
  });

  it('refuses fractions for integer elements', () => {
    expect(checkValue(leavers, { periodCode: '2025-T2', hasGroup: true, value: 2.5 })).toEqual([{ code: 'not_integer' }]);
  });

  it('enforces min and max, bounds included', () => {
    expect(checkValue(placements, { periodCode: '2025-T2', hasGroup: false, value: 0 })).toEqual([]);
    expect(checkValue(placements, { periodCode: '2025-T2', hasGroup: false, value: 500 })).toEqual([]);
    expect(checkValue(placements, { periodCode: '2025-T2', hasGroup: false, value: -1 })).toEqual([
      { code: 'out_of_range', min: 0, max: 500 },
    ]);
    expect(checkValue(placements, { periodCode: '2025-T2', hasGroup: false, value: 501 })).toEqual([
      { code: 'out_of_range', min: 0, max: 500 },
    ]);
  });

  it('treats NaN and Infinity as out of range', () => {
    expect(checkValue(headcount, { periodCode: '2025-T2', hasGroup: true, value: Number.NaN })).toContainEqual({
      code: 'out_of_range',
      min: 0,
      max: null,
    });
    expect(checkValue(headcount, { periodCode: '2025-T2', hasGroup: true, value: Infinity })).toContainEqual({
      code: 'out_of_range',
      min: 0,
      max: null,
    });
  });
});
