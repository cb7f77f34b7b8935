import type { RouteLocationRaw } from 'vue-router';

/** The filters carried from view to view. */
export interface ViewFilters {
  period?: string | null;
  group?: string | null;
  unit?: string | null;
}

const compact = (query: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));

export const overviewLink = (planId: string, filters: ViewFilters = {}): RouteLocationRaw => ({
  name: 'plan-overview',
  params: { planId },
  query: compact({ period: filters.period, group: filters.group }),
});

export const heatmapLink = (planId: string, filters: ViewFilters = {}): RouteLocationRaw => ({
  name: 'plan-heatmap',
  params: { planId },
  query: compact({ period: filters.period, group: filters.group }),
});

export const goalLink = (planId: string, goalCode: string, filters: ViewFilters = {}): RouteLocationRaw => ({
  name: 'goal-detail',
  params: { planId, goalCode },
  query: compact({ period: filters.period, group: filters.group, unit: filters.unit }),
});

export const unitLink = (unitCode: string, planId: string, filters: ViewFilters = {}): RouteLocationRaw => ({
  name: 'unit',
  params: { unitCode },
  query: compact({ plan: planId, period: filters.period, group: filters.group }),
});
