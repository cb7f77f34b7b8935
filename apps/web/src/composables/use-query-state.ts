import { computed } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { isPeriodCode } from '../format/periods';

/** The filters every view keeps in the URL, so that any view can be shared as a link. */
export type QueryKey = 'plan' | 'period' | 'group' | 'unit' | 'sort' | 'dir';

/** Reads and writes the view's filters in the query string; writing replaces the history entry. */
export function useQueryState() {
  const route = useRoute();
  const router = useRouter();

  const read = (key: QueryKey): string | null => {
    const raw = route.query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return typeof value === 'string' && value !== '' ? value : null;
  };

  const period = computed(() => {
    const value = read('period');
    return isPeriodCode(value) ? value : null;
  });
  const group = computed(() => read('group'));
  const unit = computed(() => read('unit'));

  function update(patch: Partial<Record<QueryKey, string | null>>) {
    const query: LocationQueryRaw = { ...route.query };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined) delete query[key];
      else query[key] = value;
    }
    return router.replace({ query });
  }

  return { read, period, group, unit, update };
}
