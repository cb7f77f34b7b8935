import { parsePeriod } from './periods';

export interface PlanStanding {
  readonly status: string;
  /** The period code the plan starts in, if known. */
  readonly validFrom: string | null;
}

/**
 * The plan followed now, where nothing names one: the adopted plan that starts latest, else the first plan
 * (docs/domain.md#plans). Not simply the first adopted one: a small plan adopted later with an earlier code
 * must not take its place.
 */
export function currentPlanOf<T extends PlanStanding>(plans: readonly T[]): T | undefined {
  const startOf = (plan: T) => (plan.validFrom ? parsePeriod(plan.validFrom).startDate : '');
  const adopted = plans.filter((plan) => plan.status === 'adopted');
  return adopted.sort((a, b) => startOf(b).localeCompare(startOf(a)))[0] ?? plans[0];
}
