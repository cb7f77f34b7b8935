import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';
import sv from '../locales/sv.json';

// The same lookup as useErrorText, outside a component.
const i18n = createI18n({ legacy: false, locale: 'sv', messages: { sv, en } });
const { t, te } = i18n.global;
const errorText = (code: string) => (te(`errors.${code}`) ? t(`errors.${code}`) : t('errors.unknown', { code }));

describe('error codes in words', () => {
  it('finds the text of a dotted API code', () => {
    expect(errorText('auth.invalid_credentials')).toBe('E-postadressen eller lösenordet är fel.');
    expect(errorText('plans.not_found')).toBe('Handlingsplanen finns inte.');
  });
  it('names a code that has no text yet', () => {
    expect(errorText('imports.too_many_rows')).toBe('Något gick fel (imports.too_many_rows).');
  });
});
