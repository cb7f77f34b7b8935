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
  /** Entered values at all (the route); which ones: the two permissions below. */
  | 'data_values:read'
  /** Entered values in every state, drafts included, of the units the grant reaches: those who enter them. */
  | 'data_values:read_drafts'
  /** Entered values of every unit once their unit has submitted them (submitted or approved). */
  | 'data_values:read_submitted'
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
  | 'reviews:manage'
  /**
   * Which person acts for which union (GDPR art. 9): the union a comment was written as, who recorded and signed
   * a position. The steering group answers them and administrators manage them; everyone else reads comments
   * by a person and positions signed by a reference group. Who is a member at all (the accounts) is `users:manage`.
   */
  | 'union_membership:read';

export interface Grant {
  readonly role: Role;
  /**
   * Whether the grant reaches every unit. Said explicitly, never read from an empty list: a grant whose
   * units have all gone (deleted, or its reference group emptied) reaches no unit at all.
   */
  readonly allUnits: boolean;
  /** Unit codes the grant is limited to when it does not reach every unit; empty means none. */
  readonly units: readonly string[];
}

const PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    'catalogue:read',
    'figures:read',
    'data_values:read',
    'data_values:read_drafts',
    'data_values:read_submitted',
    'data_values:write',
    'plans:write',
    'catalogue:write',
    'audit:read',
    'integrations:manage',
    'users:manage',
    'cycles:manage',
    'reports:read',
    'reports:submit',
    'reports:approve',
    'explanations:write',
    'notifications:read',
    'outbox:read',
    'comments:read',
    'comments:write',
    'reviews:manage',
    'union_membership:read',
  ],
  steering: [
    'catalogue:read',
    'figures:read',
    'data_values:read',
    'data_values:read_drafts',
    'data_values:read_submitted',
    'plans:write',
    'audit:read',
    'cycles:manage',
    'reports:read',
    'reports:approve',
    'explanations:write',
    'notifications:read',
    'comments:read',
    'comments:write',
    'reviews:manage',
    'union_membership:read',
  ],
  hr: [
    'catalogue:read',
    'figures:read',
    'data_values:read',
    'data_values:read_drafts',
    'data_values:read_submitted',
    'data_values:write',
    'reports:read',
    'reports:submit',
    'explanations:write',
    'notifications:read',
    'comments:read',
    'comments:write',
  ],
  /** Unions comment on figures; drafts are HR's work in progress, so they read submitted values only, of any unit. */
  union: [
    'catalogue:read',
    'figures:read',
    'data_values:read',
    'data_values:read_submitted',
    'reports:read',
    'notifications:read',
    'comments:read',
    'comments:write',
    'positions:write',
  ],
  viewer: ['catalogue:read', 'figures:read', 'reports:read', 'notifications:read', 'comments:read'],
  /**
   * Not a person's role: what an API token of a system (the HR system) may do. Exactly HR's rights over the
   * values of its units, and nothing outside them: a system has no use for other units' values.
   */
  integration: ['data_values:read', 'data_values:read_drafts', 'data_values:write'],
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
    if (UNSCOPED.has(grant.role) || grant.allUnits) return { all: true };
    for (const unit of grant.units) units.add(unit);
  }
  return { all: false, units };
}

export const inScope = (scope: UnitScope, unit: string): boolean => scope.all || scope.units.has(unit);

/** The entered values a reader reaches: every state in `drafts`, and submitted or approved ones in `submitted`. */
export interface ValueReach {
  readonly drafts: UnitScope;
  readonly submitted: UnitScope;
}

const NO_UNITS: UnitScope = { all: false, units: new Set() };

export function valueReach(grants: readonly Grant[]): ValueReach {
  if (!permits(grants, 'data_values:read')) return { drafts: NO_UNITS, submitted: NO_UNITS };
  const drafts = unitScope(grants, 'data_values:read_drafts');
  return { drafts, submitted: permits(grants, 'data_values:read_submitted') ? { all: true } : drafts };
}

/**
 * Whether an entered value may be read: in every state by those who enter the unit's values (its HR, a token
 * of the unit) and by the steering group and the administrators; once its unit has submitted it, also by
 * HR of other units and by unions. Unsubmitted drafts never reach unions, viewers or other units.
 */
export function mayReadValue(grants: readonly Grant[], unit: string, state: 'open' | 'returned' | 'submitted' | 'approved'): boolean {
  const reach = valueReach(grants);
  return inScope(reach.drafts, unit) || ((state === 'submitted' || state === 'approved') && inScope(reach.submitted, unit));
}

/**
 * Who sees small numbers of people unsuppressed: the steering group and administrators everywhere, HR and
 * a token of the HR system for the units they report for (those who read the unit's drafts: a system reads
 * back what it wrote). Everyone else (unions, viewers, HR of other units) sees "–" with an explanation.
 */
export function seesSmallNumbers(grants: readonly Grant[], unit: string | null): boolean {
  const scope = unitScope(grants, 'data_values:read_drafts');
  return scope.all || (unit !== null && scope.units.has(unit));
}

/**
 * What a reader reads of a unit's reported content for a period — its values, the explanations of its figures,
 * the comments on them: `drafts` (every state) where they read the unit's drafts, else `submitted` where they read
 * submitted values, else `approved` (viewers: the same rule as for their figures). One rule for all of them, so
 * an explanation or a comment never shows what the figure beside it may not.
 */
export type ReadBasis = 'drafts' | 'submitted' | 'approved';

export function readBasis(grants: readonly Grant[], unit: string): ReadBasis {
  const reach = valueReach(grants);
  if (inScope(reach.drafts, unit)) return 'drafts';
  return inScope(reach.submitted, unit) ? 'submitted' : 'approved';
}
