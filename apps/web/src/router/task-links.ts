import type { Role } from '@planpuls/contracts';
import type { RouteLocationRaw } from 'vue-router';
import { planAdminLink, reviewLink } from './dialogue-links';
import { heatmapLink, type ViewFilters } from './links';

/**
 * Links to the work a role does in a plan, shown on the plan overview. Features add their own entries here
 * (e.g. reporting cycles to approve for the steering group); the text key is the feature's own.
 */
export interface TaskLink {
  /** vue-i18n key of the link text; it may use {period}. */
  textKey: string;
  roles: readonly Role[];
  to: (planCode: string, filters: ViewFilters) => RouteLocationRaw;
}

export const TASK_LINKS: TaskLink[] = [
  { textKey: 'mine.heatmapTask', roles: ['steering', 'admin'], to: (plan, filters) => heatmapLink(plan, filters) },
  { textKey: 'dialogue.nav.review', roles: ['steering', 'admin', 'union'], to: (plan, filters) => reviewLink(plan, filters.period) },
  { textKey: 'dialogue.nav.admin', roles: ['steering', 'admin'], to: (plan) => planAdminLink(plan) },
];
