import type { Me, Role } from '@planpuls/contracts';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { api, ApiRequestError } from '../api/client';
import { forgetAllServerState } from '../api/queries';

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
    const before = me.value?.user.id;
    const answer = await api.login({ email, password });
    // Someone else logging in (in the log-in-again dialog) sees nothing read for the one before.
    if (before && before !== answer.user.id) forgetAllServerState();
    me.value = answer;
    checked.value = true;
  }

  async function logout(): Promise<void> {
    await api.logout().catch(() => undefined);
    forget();
  }

  /** The session ended (logged out, or the API said 401). */
  function forget(): void {
    forgetAllServerState();
    me.value = null;
    checked.value = true;
  }

  const loggedIn = computed(() => me.value !== null);
  /** The admin pages show (and open) only for administrators; the API checks it again on every request. */
  const isAdmin = computed(() => (me.value?.roles ?? []).some((grant) => grant.role === 'admin'));
  const hasRole = (role: Role) => (me.value?.roles ?? []).some((grant) => grant.role === role);
  /**
   * The units the user works for: HR's units and a local union reference group's units, in grant order.
   * Empty for everyone who follows the whole municipality (steering, viewers, a central reference group).
   */
  const myUnits = computed(() => [
    ...new Set((me.value?.roles ?? []).filter((grant) => grant.role === 'hr' || grant.role === 'union').flatMap((grant) => grant.units)),
  ]);
  /** Where HR starts: its (first) unit. */
  const homeUnit = computed(() => (me.value?.roles ?? []).find((grant) => grant.role === 'hr' && grant.units.length > 0)?.units[0] ?? null);
  return { me, checked, loggedIn, isAdmin, hasRole, myUnits, homeUnit, ensureChecked, login, logout, forget };
});
