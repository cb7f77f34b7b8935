import { useI18n } from 'vue-i18n';
import { errorText, type Locale } from '../locales/error-text';

/** The error-code resolver (locales/error-text.ts) in the interface's current language. */
export function useErrorText() {
  const { locale } = useI18n();
  return (code: string): string => errorText(code, locale.value as Locale);
}
