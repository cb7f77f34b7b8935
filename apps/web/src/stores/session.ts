import type { Me } from '@planpuls/contracts';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api, ApiRequestError } from '../api/client';

/** Who is logged in (user, roles with their units), from the API's cookie session. */
export const useSessionStore = defineStore('session', () => {
  const me = shallowRef<Me | null>(null);
  const checked = ref(false);
  let checking: Promise<void> | null = null;

  /** Asks the API once who is logged in; a 401 means nobody. Other failures leave the question open. */
  function ensureChecked(): Promise<void> {
    if (checked.value) return Promise.resolve();
    checking ??= api
      .me()
      .then((answer) => {
        me.value = answer;
        checked.value = true;
      })
      .catch((error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 401) {
          me.value = null;
          checked.value = true;
        }
      })
      .finally(() => {
        checking = null;
      });
    return checking;
  }

  async function login(email: string, password: string): Promise<void> {
    me.value = await api.login({ email, password });
    checked.value = true;
  }

  async function logout(): Promise<void> {
    await api.logout().catch(() => undefined);
    forget();
  }

  /** The session ended (logged out, or the API said 401). */
  function forget(): void {
    me.value = null;
    checked.value = true;
  }

  const loggedIn = computed(() => me.value !== null);
  /** The admin pages show (and open) only for administrators; the API checks it again on every request. */
  const isAdmin = computed(() => (me.value?.roles ?? []).some((grant) => grant.role === 'admin'));
  return { me, checked, loggedIn, isAdmin, ensureChecked, login, logout, forget };
});
