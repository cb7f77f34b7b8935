import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * The log-in-again dialog's state: the API client asks (a write answered 401), the dialog answers once
 * the user has logged in (true) or closed it (false); then a short notice says the kept change was saved.
 */
export const useReauthStore = defineStore('reauth', () => {
  const open = ref(false);
  /** A locale key for the live region after the kept write went through. */
  const notice = ref<string | null>(null);
  let answer: ((loggedIn: boolean) => void) | null = null;
  let clearing: ReturnType<typeof setTimeout> | undefined;

  function ask(): Promise<boolean> {
    open.value = true;
    notice.value = null;
    return new Promise<boolean>((resolve) => {
      answer = resolve;
    });
  }

  function done(loggedIn: boolean): void {
    open.value = false;
    answer?.(loggedIn);
    answer = null;
  }

  function retried(): void {
    notice.value = 'reauth.saved';
    clearTimeout(clearing);
    clearing = setTimeout(() => (notice.value = null), 10_000);
  }

  return { open, notice, ask, done, retried };
});
