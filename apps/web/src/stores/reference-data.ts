import type { DataElement, Indicator, PlanSummary, ProfessionalGroup, Unit } from '@planpuls/contracts';
import { currentPlanOf } from '@planpuls/domain';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, errorCodeOf } from '../api/client';

const byCode = <T extends { code: string }>(list: T[]) => new Map(list.map((item) => [item.code, item]));

/** Names sort the Swedish way (Å, Ä, Ö after Z), whatever the interface language. */
export const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Units, groups, indicators and plans: shared by every view, loaded once. */
export const useReferenceDataStore = defineStore('reference-data', () => {
  const units = ref<Unit[]>([]);
  const groups = ref<ProfessionalGroup[]>([]);
  const indicators = ref<Indicator[]>([]);
  const plans = ref<PlanSummary[]>([]);
  const dataElements = ref<DataElement[]>([]);
  // Loading until the first answer, so a view never flashes its empty state before the data arrives.
  const loading = ref(true);
  const errorCode = ref<string | null>(null);
  let loaded: Promise<void> | null = null;
  let elementsLoaded: Promise<void> | null = null;

  const unitByCode = computed(() => byCode(units.value));
  const groupByCode = computed(() => byCode(groups.value));
  const indicatorByCode = computed(() => byCode(indicators.value));
  const dataElementByCode = computed(() => byCode(dataElements.value));
  const sortedUnits = computed(() => [...units.value].sort((a, b) => collator.compare(a.name, b.name)));
  const currentPlan = computed(() => currentPlanOf(plans.value));

  async function fetchAll(): Promise<void> {
    loading.value = true;
    errorCode.value = null;
    try {
      [units.value, groups.value, indicators.value, plans.value] = await Promise.all([
        api.units(),
        api.professionalGroups(),
        api.indicators(),
        api.plans(),
      ]);
    } catch (error) {
      errorCode.value = errorCodeOf(error);
      loaded = null;
    } finally {
      loading.value = false;
    }
  }

  /** Loads once; later calls wait for the same load. After a failure the next call tries again. */
  function ensureLoaded(): Promise<void> {
    loaded ??= fetchAll();
    return loaded;
  }

  /** Data element names, for formulas in words; only the goal detail needs them. Failing leaves the codes. */
  function ensureDataElements(): Promise<void> {
    elementsLoaded ??= api
      .dataElements()
      .then((list) => {
        dataElements.value = list;
      })
      .catch(() => {
        elementsLoaded = null;
      });
    return elementsLoaded;
  }

  return {
    units,
    groups,
    indicators,
    plans,
    currentPlan,
    dataElements,
    loading,
    errorCode,
    unitByCode,
    sortedUnits,
    groupByCode,
    indicatorByCode,
    dataElementByCode,
    ensureLoaded,
    ensureDataElements,
    reload: () => {
      loaded = null;
      return ensureLoaded();
    },
  };
});
