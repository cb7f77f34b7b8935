import type { TargetProgress } from '@planpuls/contracts';
import { worstStatus, type Status } from '@planpuls/domain';

/** A city-level target is judged on the roll-up; a unit-level one on its units' own figures. */
export function targetStatus(target: TargetProgress): Status | null {
  return target.level === 'city' ? target.municipality.status : worstStatus(target.units.map((unit) => unit.status));
}
