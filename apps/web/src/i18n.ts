import { createI18n } from 'vue-i18n';
import { messages } from './locales/messages';

export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];
const STORAGE_KEY = 'planpuls.locale';

/**
 * The language of what the municipality wrote (plan, goal, unit and indicator names). Swedish for every
 * municipality today; marked with `lang` wherever it is shown so an English page reads it correctly.
 */
export const DATA_LANG = 'sv';

const stored = localStorage.getItem(STORAGE_KEY);

/** Swedish first; English when the user has chosen it. Numbers follow the locale through Intl (see format/numbers.ts). */
export const i18n = createI18n({
  legacy: false,
  locale: stored === 'en' ? 'en' : 'sv',
  fallbackLocale: 'sv',
  messages,
  datetimeFormats: {
    sv: { short: { year: 'numeric', month: 'long', day: 'numeric' } },
    en: { short: { year: 'numeric', month: 'long', day: 'numeric' } },
  },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
