import type { Goal, PlanSummary } from '@planpuls/contracts';
import { defineAsyncComponent, type Component } from 'vue';

/** What every extra section of the goal page gets: the plan, the goal, and the view's filters from the URL. */
export interface GoalSectionProps {
  plan: PlanSummary;
  goal: Goal;
  period: string;
  group: string | null;
  unit: string | null;
}

/**
 * Sections shown on the goal page after the targets and activities, in this order (e.g. comments, union
 * positions). A feature adds its component here, loaded lazily with `defineAsyncComponent`, instead of
 * editing the goal page; the component takes `GoalSectionProps`.
 */
export const GOAL_SECTIONS: { key: string; component: Component }[] = [
  { key: 'explanations', component: defineAsyncComponent(() => import('./GoalExplanations.vue')) },
  { key: 'dialogue', component: defineAsyncComponent(() => import('../dialogue/GoalDialogueSection.vue')) },
];
