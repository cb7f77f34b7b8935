import { useI18n } from 'vue-i18n';

/**
 * The one place where an error code becomes a sentence: `errors.<code>` in the locale files (a code's dot
 * nests, `plans.not_found` is `errors.plans.not_found`), or a general sentence naming the code when a
 * code has no text yet.
 */
export function useErrorText() {
  const { t, te } = useI18n();
  return (code: string): string => (te(`errors.${code}`) ? t(`errors.${code}`) : t('errors.unknown', { code }));
}
