import type { TargetProgress } from '@planpuls/contracts';

type Status = NonNullable<TargetProgress['municipality']['status']>;

const JUDGED: readonly Status[] = ['not_met', 'at_risk', 'met'];

/**
 * The one status that sums up several: the worst judged one (not_met before at_risk before met); when nothing
 * could be judged, no_data if anything lacked data, else not_applicable; null when there is nothing at all
 * (every figure suppressed, or no figures).
 */
export function worstStatus(statuses: ReadonlyArray<Status | null>): Status | null {
  for (const status of [...JUDGED, 'no_data', 'not_applicable'] as const) if (statuses.includes(status)) return status;
  return null;
}

/** A city-level target is judged on the roll-up; a unit-level one on its units' own figures. */
export function targetStatus(target: TargetProgress): Status | null {
  return target.level === 'city' ? target.municipality.status : worstStatus(target.units.map((unit) => unit.status));
}
