import { describe, expect, it } from 'vitest';
import { formatFigure, formatShare, formatTargetRange, formatTargetValue } from './numbers';

const percent = { unitOfMeasure: '%', decimals: 1 };
const cases = { unitOfMeasure: 'ärenden', decimals: 1 };
const count = { unitOfMeasure: 'antal', decimals: 0 };
const nbsp = '\u00a0';

describe('Swedish number formats', () => {
  it('writes a share with a decimal comma and a spaced percent sign', () => {
    expect(formatFigure(12.4, percent, 'sv')).toBe(`12,4${nbsp}%`);
    expect(formatFigure(12, percent, 'sv')).toBe(`12,0${nbsp}%`);
  });
  it('writes target values without trailing zeros and ranges with an en dash', () => {
    expect(formatTargetValue(14, percent, 'sv')).toBe(`14${nbsp}%`);
    expect(formatTargetRange(5, 10, percent, 'sv')).toBe(`5–10${nbsp}%`);
  });
  it('puts the unit of measure after other figures, and none after a plain count', () => {
    expect(formatFigure(26.1, cases, 'sv')).toBe(`26,1${nbsp}ärenden`);
    expect(formatFigure(45, count, 'sv')).toBe('45');
  });
  it('follows English conventions when English is chosen', () => {
    expect(formatFigure(12.4, percent, 'en')).toBe('12.4%');
  });
  it('writes progress in whole percent', () => {
    expect(formatShare(65.43, 'sv')).toBe(`65${nbsp}%`);
  });
});
