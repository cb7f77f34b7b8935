import type { TargetProgress } from '@planpuls/contracts';
import type { GoalProgress } from '../../api/types';
import type { Measure } from '../../format/numbers';
import { useReferenceDataStore } from '../../stores/reference-data';

/** A goal's targets for one professional group: those for the group and those for every group. */
export function targetsForGroup(goal: GoalProgress | undefined, group: string | null): TargetProgress[] {
  if (!goal) return [];
  return group === null ? goal.targets : goal.targets.filter((target) => target.group === null || target.group === group);
}

const FALLBACK_MEASURE: Measure = { unitOfMeasure: '', decimals: 1 };

/** How an indicator's figures are written (unit of measure, decimals). */
export function measureOf(indicatorCode: string | null): Measure {
  if (!indicatorCode) return FALLBACK_MEASURE;
  return useReferenceDataStore().indicatorByCode.get(indicatorCode) ?? FALLBACK_MEASURE;
}
