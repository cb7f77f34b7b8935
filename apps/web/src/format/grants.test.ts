import { describe, expect, it } from 'vitest';
import { messages } from '../locales/messages';
import { grantText, grantUnitsText } from './grants';

/** The Swedish and English texts themselves, with {role} filled in. */
const translator =
  (language: 'sv' | 'en') =>
  (key: string, named: Record<string, unknown> = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[language]);
    return String(text).replace(/\{(\w+)\}/g, (_, name: string) => String(named[name]));
  };
const unitName = (code: string) => ({ FARSTA: 'Farsta', BROMMA: 'Bromma' })[code] ?? code;

describe('a role grant in words', () => {
  it('names the units an HR grant reaches', () => {
    expect(grantText({ role: 'hr', allUnits: false, units: ['FARSTA', 'BROMMA'] }, unitName, translator('sv'))).toBe('HR: Farsta, Bromma');
  });

  it('says that an HR grant with no units reaches none, never that it is plain HR or every unit', () => {
    const none = { role: 'hr', allUnits: false, units: [] };
    expect(grantText(none, unitName, translator('sv'))).toBe('HR (inga förvaltningar)');
    expect(grantText(none, unitName, translator('en'))).toBe('HR (no units)');
    expect(grantUnitsText(none, unitName, translator('sv'))).toBe('Inga förvaltningar: ger ingen behörighet');
    expect(grantUnitsText(none, unitName, translator('en'))).toBe('No units: grants nothing');
  });

  it('gives a role that reaches every unit by its name alone', () => {
    expect(grantText({ role: 'steering', allUnits: true, units: [] }, unitName, translator('sv'))).toBe('Styrgrupp');
    expect(grantUnitsText({ role: 'steering', allUnits: true, units: [] }, unitName, translator('en'))).toBe('All units');
  });
});
