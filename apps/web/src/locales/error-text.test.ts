import { ERROR_CODES } from '@planpuls/contracts';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES, errorText, hasErrorText } from './error-text';
import { messages } from './messages';

const everyCode = [...ERROR_CODES, ...CLIENT_ERROR_CODES];

const leaves = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('error codes in words', () => {
  it.each(['sv', 'en'] as const)('every code of the contract and of the web app has a text of its own in %s', (locale) => {
    expect(everyCode.filter((code) => !hasErrorText(code, locale))).toEqual([]);
  });

  it('the locale files have no error text for a code nobody sends', () => {
    const known = new Set<string>([...everyCode, 'unknown']);
    expect(leaves(messages.sv.errors).filter((key) => !known.has(key))).toEqual([]);
  });

  it('finds the text of a dotted code in the chosen language', () => {
    expect(errorText('auth.invalid_credentials', 'sv')).toBe('E-postadressen eller lösenordet är fel.');
    expect(errorText('plans.not_found', 'sv')).toBe('Handlingsplanen finns inte.');
    expect(errorText('plans.not_found', 'en')).not.toBe(errorText('plans.not_found', 'sv'));
  });

  it('the codes that once had no text now say what happened', () => {
    for (const code of ['imports.changed_meanwhile', 'explanations.unit_forbidden', 'periods.invalid_code'])
      expect(errorText(code, 'sv')).not.toContain(code);
  });

  it('names a code it does not know, for a server newer than the app', () => {
    expect(errorText('imports.made_up', 'sv')).toBe('Något gick fel (imports.made_up).');
    expect(errorText('imports.made_up', 'en')).toBe('Something went wrong (imports.made_up).');
    expect(errorText('plans', 'sv')).toBe('Något gick fel (plans).');
  });

  it('texts are plain: nothing the message syntax would read as a placeholder or a plural', () => {
    for (const locale of ['sv', 'en'] as const)
      for (const code of everyCode) expect(errorText(code, locale), `${locale} ${code}`).not.toMatch(/[{}@|]/);
  });
});
