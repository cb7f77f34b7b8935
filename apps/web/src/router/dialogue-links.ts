import type { RouteLocationRaw } from 'vue-router';

/** The steering group's review board of a plan's reporting cycle for a period. */
export const reviewLink = (planId: string, period?: string | null): RouteLocationRaw => ({
  name: 'review-board',
  params: { planId },
  query: period ? { period } : {},
});

/** Measurability, adoption, revision and activities of a plan. */
export const planAdminLink = (planId: string): RouteLocationRaw => ({ name: 'plan-admin', params: { planId } });
