import { ref } from 'vue';
import { errorCodeOf } from '../api/http';
import type { KnownErrorCode } from '../locales/error-text';

/**
 * A form's sending state: `busy` while it is sent (buttons disabled, "Sparar …"), the error code of the last
 * try, and `run` for the try/catch/finally every form had written by hand. A second send while one is under
 * way is ignored (a double click sends once).
 */
export function useFormAction() {
  const busy = ref(false);
  /** The code of the last failure (its text through useErrorText), or null. */
  const errorCode = ref<KnownErrorCode | (string & {}) | null>(null);

  /** Runs `work`: its result, or undefined when it failed (the failure's code is in `errorCode`). */
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (busy.value) return undefined;
    busy.value = true;
    errorCode.value = null;
    try {
      return await work();
    } catch (error) {
      errorCode.value = errorCodeOf(error);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  /** A check of the form's own failed before sending: say why, send nothing. */
  const refuse = (code: KnownErrorCode) => {
    errorCode.value = code;
  };

  return { busy, errorCode, run, refuse };
}
