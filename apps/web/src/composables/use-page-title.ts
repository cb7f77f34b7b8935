import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';

/** The document title names the view first, then the app: "Översikt – HP-2024 – Planpuls". */
export function usePageTitle(parts: () => (string | null | undefined)[]): void {
  const { t } = useI18n();
  watchEffect(() => {
    document.title = [...parts().filter((part): part is string => !!part), t('app.name')].join(' – ');
  });
}
