import { inScope, permits, unitScope, type Permission } from '@planpuls/domain';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { notificationsApi } from '../api/reporting';
import { useSessionStore } from './session';

/**
 * What the reporting views share: which reporting rights the user has for which units (the same permission
 * table the API checks, from packages/domain), and the inbox's unread count shown by the bell.
 */
export const useReportingStore = defineStore('reporting', () => {
  const session = useSessionStore();
  const grants = computed(() => session.me?.roles ?? []);
  const mayFor = (permission: Permission, unit: string) => inScope(unitScope(grants.value, permission), unit);

  /** HR enters and submits its own units' values; administrators any. */
  const canEnterValuesFor = (unit: string) => mayFor('data_values:write', unit);
  const canSubmitFor = (unit: string) => mayFor('reports:submit', unit);
  const canExplainFor = (unit: string) => mayFor('explanations:write', unit);
  const canApprove = computed(() => permits(grants.value, 'reports:approve'));
  const canEnterValues = computed(() => permits(grants.value, 'data_values:write'));
  /** An administrator corrects any report, also a submitted or approved one (always with a reason). */
  const isAdmin = computed(() => grants.value.some((grant) => grant.role === 'admin'));

  const unread = ref(0);
  // A count read for one user is never shown to the next (a failed read keeps the count it has).
  watch(
    () => session.me?.user.id,
    () => (unread.value = 0),
    { flush: 'sync' },
  );
  async function refreshUnread(): Promise<void> {
    unread.value = await notificationsApi
      .page({ unreadOnly: true, page: 1, pageSize: 1 })
      .then((page) => page.unread)
      .catch(() => unread.value);
  }

  return { canEnterValuesFor, canSubmitFor, canExplainFor, canApprove, canEnterValues, isAdmin, unread, refreshUnread };
});
