import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import {
  auditLog,
  municipalities,
  referenceGroups,
  referenceGroupUnits,
  units,
  userRoleUnits,
  userRoles,
  users,
  type Database,
} from '@planpuls/db';

export async function findUsersByEmail(db: Database, email: string, municipalityCode?: string) {
  return db
    .select({ user: users, municipalityCode: municipalities.code })
    .from(users)
    .innerJoin(municipalities, eq(municipalities.id, users.municipalityId))
    .where(and(sql`lower(${users.email}) = lower(${email})`, municipalityCode ? eq(municipalities.code, municipalityCode) : undefined));
}

export async function findUser(db: Database, userId: string) {
  const [row] = await db
    .select({ user: users, municipalityCode: municipalities.code })
    .from(users)
    .innerJoin(municipalities, eq(municipalities.id, users.municipalityId))
    .where(eq(users.id, userId));
  return row;
}

/** The roles a user holds right now (time-limited grants end by themselves), with the unit codes of each. */
export async function activeRoles(db: Database, userId: string) {
  const rows = await db
    .select({ id: userRoles.id, role: userRoles.role, validUntil: userRoles.validUntil, unit: units.code })
    .from(userRoles)
    .leftJoin(userRoleUnits, eq(userRoleUnits.userRoleId, userRoles.id))
    .leftJoin(units, eq(units.id, userRoleUnits.unitId))
    .where(and(eq(userRoles.userId, userId), or(isNull(userRoles.validUntil), gt(userRoles.validUntil, sql`now()`))))
    .orderBy(asc(userRoles.role), asc(units.code));
  const byRole = new Map<string, { role: (typeof rows)[number]['role']; validUntil: Date | null; units: string[] }>();
  for (const row of rows) {
    const entry = byRole.get(row.id) ?? { role: row.role, validUntil: row.validUntil, units: [] };
    if (row.unit) entry.units.push(row.unit);
    byRole.set(row.id, entry);
  }
  return [...byRole.values()];
}

export async function setPasswordHash(db: Database, userId: string, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function recordFailedLogin(
  db: Database,
  entry: { municipalityId: string | null; userId: string | null; email: string; requestId: string },
) {
  await db.insert(auditLog).values({
    municipalityId: entry.municipalityId,
    actorType: 'anonymous',
    action: 'login_failed',
    entityType: 'users',
    entityId: entry.userId,
    after: { email: entry.email },
    requestId: entry.requestId,
  });
}

/**
 * The units a union member's reference group reaches: every unit for a central group, the units it covers for a
 * local one (none once they are gone: never every unit), none without a group.
 */
export async function referenceGroupReach(db: Database, referenceGroupId: string | null): Promise<{ allUnits: boolean; units: string[] }> {
  if (!referenceGroupId) return { allUnits: false, units: [] };
  const rows = await db
    .select({ scope: referenceGroups.scope, unit: units.code })
    .from(referenceGroups)
    .leftJoin(referenceGroupUnits, eq(referenceGroupUnits.referenceGroupId, referenceGroups.id))
    .leftJoin(units, eq(units.id, referenceGroupUnits.unitId))
    .where(eq(referenceGroups.id, referenceGroupId));
  if (rows.length === 0) return { allUnits: false, units: [] };
  if (rows[0]!.scope === 'all') return { allUnits: true, units: [] };
  return { allUnits: false, units: rows.flatMap((row) => (row.unit ? [row.unit] : [])) };
}
