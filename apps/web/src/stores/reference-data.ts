import { currentPlanOf } from '@planpuls/domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { errorCodeOf } from '../api/client';
import { queries, queryClient, queryKeys } from '../api/queries';

const byCode = <T extends { code: string }>(list: T[]) => new Map(list.map((item) => [item.code, item]));

/** Names sort the Swedish way (Å, Ä, Ö after Z), whatever the interface language. */
export const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Units, groups, indicators and plans: shared by every view, loaded once into the server-state cache. */
export const useReferenceDataStore = defineStore('reference-data', () => {
  // Each list follows its entry in the cache, also when the entry is removed and read anew (a reload, a session
  // that ended); it changes only when the cached answer does.
  const observe = <T>(options: { queryKey: readonly unknown[]; queryFn: () => Promise<T[]> }) => {
    const none: T[] = [];
    const read = () => queryClient.getQueryData<T[]>(options.queryKey) ?? none;
    const list = shallowRef(read());
    queryClient.getQueryCache().subscribe(() => {
      const current = read();
      if (current !== list.value) list.value = current;
    });
    return list;
  };
  const unitList = queries.units();
  const groupList = queries.groups();
  const indicatorList = queries.indicators();
  const planList = queries.planList();
  const elementList = queries.dataElements();
  const units = observe(unitList);
  const groups = observe(groupList);
  const indicators = observe(indicatorList);
  const plans = observe(planList);
  const dataElements = observe(elementList);
  // Loading until the first answer, so a view never flashes its empty state before the data arrives.
  const loading = ref(true);
  const errorCode = ref<string | null>(null);

  const unitByCode = computed(() => byCode(units.value));
  const groupByCode = computed(() => byCode(groups.value));
  const indicatorByCode = computed(() => byCode(indicators.value));
  const dataElementByCode = computed(() => byCode(dataElements.value));
  const sortedUnits = computed(() => [...units.value].sort((a, b) => collator.compare(a.name, b.name)));
  const currentPlan = computed(() => currentPlanOf(plans.value));

  const lists = [unitList, groupList, indicatorList, planList];
  const allKept = () => lists.every((list) => queryClient.getQueryData(list.queryKey) !== undefined);
  let loaded: Promise<void> | null = null;

  async function fetchAll(): Promise<void> {
    loading.value = true;
    errorCode.value = null;
    try {
      await Promise.all(lists.map((list) => queryClient.ensureQueryData<unknown[]>(list)));
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
      loaded = null;
    }
  }

  /** Loads once; later calls wait for the same load. After a failure (or a forgotten session) the next call reads again. */
  function ensureLoaded(): Promise<void> {
    if (allKept()) {
      loading.value = false;
      return Promise.resolve();
    }
    loaded ??= fetchAll();
    return loaded;
  }

  /** Data element names, for formulas in words; only the goal detail needs them. Failing leaves the codes. */
  const ensureDataElements = (): Promise<void> =>
    queryClient.ensureQueryData<unknown[]>(elementList).then(
      () => undefined,
      () => undefined,
    );

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
    /** Units, groups, indicators or plans changed: read them again. */
    reload: () => {
      queryClient.removeQueries({ queryKey: queryKeys.reference });
      return ensureLoaded();
    },
  };
});
