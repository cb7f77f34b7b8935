import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { notificationsApi } from '../api/reporting';
import { useSessionStore } from './session';

/**
 * What the reporting views share: which reporting rights the user has for which units (the API checks them
 * again), and the inbox's unread count shown by the bell.
 */
export const useReportingStore = defineStore('reporting', () => {
  const session = useSessionStore();
  const grants = computed(() => session.me?.roles ?? []);
  const has = (role: string, unit?: string) =>
    grants.value.some((grant) => grant.role === role && (unit === undefined || grant.units.length === 0 || grant.units.includes(unit)));

  /** HR enters and submits its own units' values; administrators any. */
  const canSubmitFor = (unit: string) => has('admin') || has('hr', unit);
  const canExplainFor = (unit: string) => has('admin') || has('steering') || has('hr', unit);
  const canApprove = computed(() => has('admin') || has('steering'));
  const canManageCycles = canApprove;
  const isHr = computed(() => has('hr'));
  const isAdmin = computed(() => has('admin'));

  const unread = ref(0);
  async function refreshUnread(): Promise<void> {
    unread.value = await notificationsApi
      .page({ unreadOnly: true, page: 1, pageSize: 1 })
      .then((page) => page.unread)
      .catch(() => unread.value);
  }

  return { canSubmitFor, canExplainFor, canApprove, canManageCycles, isHr, isAdmin, unread, refreshUnread };
});
