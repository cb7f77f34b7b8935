import { useI18n } from 'vue-i18n';
import { useErrorText } from '../../composables/use-error-text';

/**
 * Error codes of reporting as sentences: the feature's own texts first (`reporting.errors.<code>`, and the
 * grid's local checks `reporting.cellErrors.*`), then the app's common ones (`errors.<code>`).
 */
export function useReportingText() {
  const { t, te } = useI18n();
  const common = useErrorText();
  return {
    error: (code: string): string => {
      if (code.startsWith('reporting.') && te(code)) return t(code);
      if (te(`reporting.errors.${code}`)) return t(`reporting.errors.${code}`);
      return common(code);
    },
  };
}
