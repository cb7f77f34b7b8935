import type { Grant } from '@planpuls/domain';

/**
 * Viewers read approved figures only (issue #4): a unit's values for a period count for them once the
 * steering group has approved that unit's report, so a roll-up shows "13 of 15 units" until the rest are
 * approved. Anyone holding another role as well (steering, HR, union, administrator) reads every figure.
 */
export function readsApprovedFiguresOnly(grants: readonly Grant[]): boolean {
  return grants.every((grant) => grant.role === 'viewer');
}
