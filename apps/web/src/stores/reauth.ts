import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useSessionStore } from './session';

/**
 * The log-in-again dialog's state: the API client asks (a write answered 401), the dialog answers once
 * the user has logged in (true) or closed it (false); then a short notice says the kept change was saved.
 */
export const useReauthStore = defineStore('reauth', () => {
  const session = useSessionStore();
  const open = ref(false);
  /** A locale key for the live region after the kept write went through. */
  const notice = ref<string | null>(null);
  let answer: ((loggedIn: boolean) => void) | null = null;
  let clearing: ReturnType<typeof setTimeout> | undefined;
  /** Whose write is kept: only the same person logging in again may send it. */
  let askedFor: string | undefined;

  function ask(): Promise<boolean> {
    askedFor = session.me?.user.id;
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

  function show(key: string): void {
    notice.value = key;
    clearTimeout(clearing);
    clearing = setTimeout(() => (notice.value = null), 10_000);
  }

  /**
   * Someone logged in through the dialog. The kept write is sent again only when it is the person who made
   * it; anyone else must not send it in their name nor see that person's page (false: the caller leaves it).
   */
  function loggedIn(): boolean {
    const same = askedFor !== undefined && session.me?.user.id === askedFor;
    if (!same) show('reauth.otherUser');
    done(same);
    return same;
  }

  const retried = () => show('reauth.saved');

  return { open, notice, ask, done, loggedIn, retried };
});
