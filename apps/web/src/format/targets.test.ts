import { describe, expect, it } from 'vitest';
import { criterionText, inForceText } from './targets';

const sv: Record<string, string> = {
  'target.kind.at_most': 'högst {value}',
  'target.kind.at_least': 'minst {value}',
  'target.kind.exact': 'exakt {value}',
  'target.milestone': 'Delmål {period}: {criterion}',
  'target.finalBy': 'Slutmål {period}: {criterion}',
  'target.incomplete': 'målvärde saknas',
};
const t = (key: string, named: Record<string, unknown> = {}) =>
  (sv[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(named[name]));
const percent = { unitOfMeasure: '%', decimals: 1 };
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('a target in words', () => {
  it('writes a range with an en dash, and the other kinds with their direction', () => {
    expect(plain(criterionText({ kind: 'range', min: 5, max: 10, value: null }, percent, 'sv', t))).toBe('5–10 %');
    expect(plain(criterionText({ kind: 'at_most', min: null, max: null, value: 6 }, percent, 'sv', t))).toBe('högst 6 %');
    expect(plain(criterionText({ kind: 'at_least', min: null, max: null, value: 95 }, percent, 'sv', t))).toBe('minst 95 %');
  });
  it('names the checkpoint in force with its period', () => {
    const inForce = {
      source: 'milestone' as const,
      period: '2025-T3',
      criterion: { kind: 'at_most' as const, min: null, max: null, value: 14 },
      tolerance: null,
    };
    expect(plain(inForceText(inForce, percent, 'sv', t))).toBe('Delmål 2025-T3: högst 14 %');
    expect(plain(inForceText({ ...inForce, source: 'final', period: '2026-T3' }, percent, 'sv', t))).toBe('Slutmål 2026-T3: högst 14 %');
  });
  it('says so when a target lacks its value instead of writing a number', () => {
    expect(criterionText({ kind: 'at_most', min: null, max: null, value: null }, percent, 'sv', t)).toBe('målvärde saknas');
  });
});
