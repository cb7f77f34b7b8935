/**
 * Who may do what. Roles are granted per user, possibly limited to units (HR of Farsta) and in time
 * (a deputy over the summer; expired grants never reach this code). The server checks a permission on
 * every route and the unit scope on every object.
 */
export type Role = 'admin' | 'steering' | 'hr' | 'union' | 'viewer' | 'integration';

export type Permission =
  /** Units, groups, data elements, indicators, periods, plans with their goals and targets. */
  | 'catalogue:read'
  /** Computed figures: indicator values and plan progress. */
  | 'figures:read'
  /** Entered values (scoped: HR sees its own units' values in any state). */
  | 'data_values:read'
  /** Entering and importing values (scoped to units). */
  | 'data_values:write'
  /** Plans, focus areas, goals, targets, activities, adoption. */
  | 'plans:write'
  /** Units, professional groups, data elements, indicators. */
  | 'catalogue:write'
  /** The audit trail. */
  | 'audit:read'
  /** API tokens for systems. */
  | 'integrations:manage'
  /** People: accounts, passwords, roles and deputies. */
  | 'users:manage'
  /** Reporting cycles: opening, deadline, the data set, reminders. */
  | 'cycles:manage'
  /** Where each unit's report stands (open, submitted, approved, returned) and the overdue list. */
  | 'reports:read'
  /** Submitting a unit's report (scoped to units), with explanations of broken rules. */
  | 'reports:submit'
  /** Approving or returning a submitted report. */
  | 'reports:approve'
  /** Explaining a figure that misses its target or moves too much (scoped to units). */
  | 'explanations:write'
  /** One's own notification inbox. */
  | 'notifications:read'
  /** The email outbox (what was or would have been sent). */
  | 'outbox:read'
  /** Comment threads on goals, targets, activities and figures. */
  | 'comments:read'
  | 'comments:write'
  /** A union reference group's formal positions and their signatures. */
  | 'positions:write'
  /** The steering review: assessments, decisions, answers to positions, closing the review. */
  | 'reviews:manage';

export interface Grant {
  readonly role: Role;
  /** Unit codes the grant is limited to; empty means every unit. */
  readonly units: readonly string[];
}

const PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    'catalogue:read', 'figures:read', 'data_values:read', 'data_values:write', 'plans:write', 'catalogue:write', 'audit:read',
    'integrations:manage', 'users:manage', 'cycles:manage', 'reports:read', 'reports:submit', 'reports:approve',
    'explanations:write', 'notifications:read', 'outbox:read', 'comments:read', 'comments:write', 'reviews:manage',
  ],
  steering: [
    'catalogue:read', 'figures:read', 'data_values:read', 'plans:write', 'audit:read', 'cycles:manage', 'reports:read',
    'reports:approve', 'explanations:write', 'notifications:read', 'comments:read', 'comments:write', 'reviews:manage',
  ],
  hr: [
    'catalogue:read', 'figures:read', 'data_values:read', 'data_values:write', 'reports:read', 'reports:submit',
    'explanations:write', 'notifications:read', 'comments:read', 'comments:write',
  ],
  union: ['catalogue:read', 'figures:read', 'data_values:read', 'reports:read', 'notifications:read', 'comments:read', 'comments:write', 'positions:write'],
  viewer: ['catalogue:read', 'figures:read', 'reports:read', 'notifications:read', 'comments:read'],
  /** Not a person's role: what an API token of a system (the HR system) may do, within its units. */
  integration: ['data_values:read', 'data_values:write'],
};

/** Roles that see every unit whatever units their grant names. */
const UNSCOPED: ReadonlySet<Role> = new Set(['admin', 'steering']);

export function permits(grants: readonly Grant[], permission: Permission): boolean {
  return grants.some((grant) => PERMISSIONS[grant.role].includes(permission));
}

export type UnitScope = { readonly all: true } | { readonly all: false; readonly units: ReadonlySet<string> };

/** The units a permission reaches through the grants: all, or a set (possibly empty). */
export function unitScope(grants: readonly Grant[], permission: Permission): UnitScope {
  const units = new Set<string>();
  for (const grant of grants) {
    if (!PERMISSIONS[grant.role].includes(permission)) continue;
    if (UNSCOPED.has(grant.role) || grant.units.length === 0) return { all: true };
    for (const unit of grant.units) units.add(unit);
  }
  return { all: false, units };
}

export const inScope = (scope: UnitScope, unit: string): boolean => scope.all || scope.units.has(unit);

/**
 * Whether an entered value may be read: in scope, or — for users who read values at all — once its unit
 * has submitted it (unsubmitted drafts stay with the unit's HR, the steering group and the administrators).
 */
export function mayReadValue(grants: readonly Grant[], unit: string, state: 'open' | 'returned' | 'submitted' | 'approved'): boolean {
  if (!permits(grants, 'data_values:read')) return false;
  return inScope(unitScope(grants, 'data_values:read'), unit) || state === 'submitted' || state === 'approved';
}

/**
 * Who sees small numbers of people unsuppressed: the steering group and administrators everywhere, HR
 * for the units it reports for. Everyone else (unions, viewers) sees "–" with an explanation.
 */
export function seesSmallNumbers(grants: readonly Grant[], unit: string | null): boolean {
  if (grants.some((grant) => grant.role === 'admin' || grant.role === 'steering')) return true;
  if (unit === null) return false;
  return grants.some((grant) => grant.role === 'hr' && grant.units.includes(unit));
}
