import { useI18n } from 'vue-i18n';
import { useErrorText } from '../../composables/use-error-text';

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'sv-SE');

/** Texts the dialogue views share: error codes, and dates with times. */
export function useDialogueText() {
  const { locale } = useI18n();
  return {
    /** The app's one error-code resolver (locales/error-text.ts). */
    errorText: useErrorText(),
    /** "24 nov. 2026 14:05" in Swedish. */
    dateTime: (iso: string | null | undefined): string =>
      iso ? new Intl.DateTimeFormat(intlLocale(locale.value), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '',
    date: (iso: string | null | undefined): string =>
      iso
        ? new Intl.DateTimeFormat(intlLocale(locale.value), { dateStyle: 'medium', timeZone: 'UTC' }).format(
            new Date(`${iso.slice(0, 10)}T00:00:00Z`),
          )
        : '',
  };
}
