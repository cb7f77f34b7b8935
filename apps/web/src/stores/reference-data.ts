import type { PlanSummary, ProfessionalGroup, Unit } from '@planpuls/contracts';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { api, ApiRequestError } from '../api/client';

/** Units, groups and plans: shared by every view, loaded once. */
export const useReferenceDataStore = defineStore('reference-data', () => {
  const units = ref<Unit[]>([]);
  const groups = ref<ProfessionalGroup[]>([]);
  const plans = ref<PlanSummary[]>([]);
  // Loading until the first answer, so a view never flashes its empty state before the data arrives.
  const loading = ref(true);
  const errorCode = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    errorCode.value = null;
    try {
      [units.value, groups.value, plans.value] = await Promise.all([api.units(), api.professionalGroups(), api.plans()]);
    } catch (error) {
      errorCode.value = error instanceof ApiRequestError ? error.code : 'server.internal_error';
    } finally {
      loading.value = false;
    }
  }

  return { units, groups, plans, loading, errorCode, load };
});
