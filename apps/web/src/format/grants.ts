import type { Translate } from './periods';

/** A role grant as the API gives it: whether it reaches every unit, else the units it names (none: it grants nothing). */
export interface GrantScope {
  role: string;
  allUnits: boolean;
  units: readonly string[];
}

/** The units a grant reaches, in words: every unit, the named ones, or none — a grant without units grants nothing. */
export function grantUnitsText(grant: GrantScope, unitName: (code: string) => string, t: Translate): string {
  if (grant.allUnits) return t('admin.allUnits');
  return grant.units.length > 0 ? grant.units.map(unitName).join(', ') : t('admin.noUnits');
}

/** The grant in one line: "HR: Farsta", "Styrgrupp", or "HR (inga förvaltningar)" for one that reaches no unit. */
export function grantText(grant: GrantScope, unitName: (code: string) => string, t: Translate): string {
  const role = t(`roles.${grant.role}`);
  if (grant.allUnits) return role;
  return grant.units.length > 0 ? `${role}: ${grant.units.map(unitName).join(', ')}` : t('admin.roleWithoutUnits', { role });
}
