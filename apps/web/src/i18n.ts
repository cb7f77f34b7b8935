import { createI18n } from 'vue-i18n';
import en from './locales/en.json';
import sv from './locales/sv.json';

export type Locale = 'sv' | 'en';
const STORAGE_KEY = 'planpuls.locale';

/** Swedish first; English when the user has chosen it. Dates and numbers follow the locale (sv-SE: "12,4 %"). */
export const i18n = createI18n({
  legacy: false,
  locale: (localStorage.getItem(STORAGE_KEY) as Locale | null) ?? 'sv',
  fallbackLocale: 'sv',
  messages: { sv, en },
  datetimeFormats: {
    sv: { short: { year: 'numeric', month: 'long', day: 'numeric' } },
    en: { short: { year: 'numeric', month: 'long', day: 'numeric' } },
  },
  numberFormats: {
    sv: { decimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 } },
    en: { decimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 } },
  },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
