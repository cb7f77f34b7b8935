import { and, asc, eq, exists, gt, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  referenceGroupUnions,
  referenceGroupUnits,
  referenceGroups,
  unions,
  units,
  userRoleUnits,
  userRoles,
  users,
  type Database,
} from '@planpuls/db';
import type { RoleGrant, User } from '@planpuls/contracts';

export type UserRow = typeof users.$inferInsert;
type Role = RoleGrant['role'];

const activeGrant = or(isNull(userRoles.validUntil), gt(userRoles.validUntil, sql`now()`));

export interface UserFilter {
  userId?: string;
  role?: Role;
  unitId?: string;
  disabled?: boolean;
}

/** Users of the municipality in Swedish name order, each with every grant (expired ones marked inactive). */
export async function listUsers(db: Database, municipalityId: string, filter: UserFilter = {}): Promise<User[]> {
  const grantFilter =
    filter.role || filter.unitId
      ? exists(
          db
            .select({ one: sql`1` })
            .from(userRoles)
            .where(
              and(
                eq(userRoles.userId, users.id),
                activeGrant,
                filter.role ? eq(userRoles.role, filter.role) : undefined,
                filter.unitId
                  ? exists(
                      db
                        .select({ one: sql`1` })
                        .from(userRoleUnits)
                        .where(and(eq(userRoleUnits.userRoleId, userRoles.id), eq(userRoleUnits.unitId, filter.unitId))),
                    )
                  : undefined,
              ),
            ),
        )
      : undefined;
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      disabled: users.disabled,
      union: unions.code,
      referenceGroup: referenceGroups.code,
      hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`,
      singleSignOn: sql<boolean>`${users.oidcSubject} IS NOT NULL`,
      passwordChangedAt: users.passwordChangedAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(unions, eq(unions.id, users.unionId))
    .leftJoin(referenceGroups, eq(referenceGroups.id, users.referenceGroupId))
    .where(
      and(
        eq(users.municipalityId, municipalityId),
        filter.userId ? eq(users.id, filter.userId) : undefined,
        filter.disabled === undefined ? undefined : eq(users.disabled, filter.disabled),
        grantFilter,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.email));
  const grants = await listGrants(db, municipalityId, filter.userId ? eq(userRoles.userId, filter.userId) : undefined);
  return rows.map((row) => ({
    ...row,
    passwordChangedAt: row.passwordChangedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    roles: grants.get(row.id) ?? [],
  }));
}

/**
 * Whether a grant reaches every unit, as the session will have it (auth.service's reachOf): HR never (it reaches
 * the units it names, none when they are gone), a union role when its reference group is central, the others always.
 */
const reachesEveryUnit = (role: Role, groupScope: 'all' | 'units' | null): boolean =>
  role === 'hr' ? false : role === 'union' ? groupScope === 'all' : true;

/** Grants of the municipality (narrowed by `where`), per user id, oldest first. */
async function listGrants(db: Database, municipalityId: string, where: SQL | undefined): Promise<Map<string, RoleGrant[]>> {
  const rows = await db
    .select({
      id: userRoles.id,
      userId: userRoles.userId,
      role: userRoles.role,
      validUntil: userRoles.validUntil,
      active: sql<boolean>`${activeGrant}`,
      createdAt: userRoles.createdAt,
      unit: units.code,
      groupScope: referenceGroups.scope,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .leftJoin(referenceGroups, eq(referenceGroups.id, users.referenceGroupId))
    .leftJoin(userRoleUnits, eq(userRoleUnits.userRoleId, userRoles.id))
    .leftJoin(units, eq(units.id, userRoleUnits.unitId))
    .where(and(eq(userRoles.municipalityId, municipalityId), where))
    .orderBy(asc(userRoles.createdAt), asc(userRoles.id), asc(units.code));
  const byUser = new Map<string, RoleGrant[]>();
  const byId = new Map<string, RoleGrant>();
  for (const row of rows) {
    let grant = byId.get(row.id);
    if (!grant) {
      grant = {
        id: row.id,
        role: row.role,
        allUnits: reachesEveryUnit(row.role, row.groupScope),
        units: [],
        validUntil: row.validUntil?.toISOString() ?? null,
        active: row.active,
        createdAt: row.createdAt.toISOString(),
      };
      byId.set(row.id, grant);
      byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), grant]);
    }
    if (row.unit) grant.units.push(row.unit);
  }
  return byUser;
}

export async function listUserGrants(db: Database, municipalityId: string, userId: string): Promise<RoleGrant[]> {
  return (await listGrants(db, municipalityId, eq(userRoles.userId, userId))).get(userId) ?? [];
}

export async function findGrantById(db: Database, municipalityId: string, roleId: string): Promise<RoleGrant | undefined> {
  return [...(await listGrants(db, municipalityId, eq(userRoles.id, roleId))).values()][0]?.[0];
}

/** The user's row, locked until the transaction ends so that concurrent changes of one user queue up. */
export async function lockUser(db: Database, municipalityId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, unionId: users.unionId, referenceGroupId: users.referenceGroupId })
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), eq(users.id, userId)))
    .for('update');
  return row;
}

/** Whether another user of the municipality has this email address, in any letter case (login ignores case). */
export async function emailTaken(db: Database, municipalityId: string, email: string, exceptUserId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.municipalityId, municipalityId),
        sql`lower(${users.email}) = lower(${email})`,
        exceptUserId ? ne(users.id, exceptUserId) : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertUser(db: Database, values: UserRow): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

export async function updateUser(db: Database, municipalityId: string, userId: string, values: Partial<UserRow>): Promise<void> {
  await db
    .update(users)
    .set(values)
    .where(and(eq(users.municipalityId, municipalityId), eq(users.id, userId)));
}

export async function setPassword(db: Database, municipalityId: string, userId: string, passwordHash: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: sql`now()` })
    .where(and(eq(users.municipalityId, municipalityId), eq(users.id, userId)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function findUnion(db: Database, municipalityId: string, code: string) {
  const [row] = await db
    .select({ id: unions.id })
    .from(unions)
    .where(and(eq(unions.municipalityId, municipalityId), eq(unions.code, code)));
  return row;
}

export async function findReferenceGroup(db: Database, municipalityId: string, where: { code: string } | { id: string }) {
  const [row] = await db
    .select({ id: referenceGroups.id, code: referenceGroups.code, scope: referenceGroups.scope })
    .from(referenceGroups)
    .where(
      and(
        eq(referenceGroups.municipalityId, municipalityId),
        'code' in where ? eq(referenceGroups.code, where.code) : eq(referenceGroups.id, where.id),
      ),
    );
  return row;
}

export async function referenceGroupHasUnion(db: Database, referenceGroupId: string, unionId: string): Promise<boolean> {
  const rows = await db
    .select({ unionId: referenceGroupUnions.unionId })
    .from(referenceGroupUnions)
    .where(and(eq(referenceGroupUnions.referenceGroupId, referenceGroupId), eq(referenceGroupUnions.unionId, unionId)));
  return rows.length > 0;
}

export async function referenceGroupUnitIds(db: Database, referenceGroupId: string): Promise<Set<string>> {
  const rows = await db
    .select({ unitId: referenceGroupUnits.unitId })
    .from(referenceGroupUnits)
    .where(eq(referenceGroupUnits.referenceGroupId, referenceGroupId));
  return new Set(rows.map((row) => row.unitId));
}

/** Active grants of one role held by a user, optionally leaving one grant out. */
export async function countActiveGrants(
  db: Database,
  municipalityId: string,
  userId: string,
  role: Role,
  exceptRoleId?: string,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(userRoles)
    .where(
      and(
        eq(userRoles.municipalityId, municipalityId),
        eq(userRoles.userId, userId),
        eq(userRoles.role, role),
        activeGrant,
        exceptRoleId ? ne(userRoles.id, exceptRoleId) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** The owner of a grant, for locking them before the grant is removed. */
export async function grantOwner(db: Database, municipalityId: string, roleId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: userRoles.userId })
    .from(userRoles)
    .where(and(eq(userRoles.municipalityId, municipalityId), eq(userRoles.id, roleId)));
  return row?.userId;
}

export async function insertGrant(
  db: Database,
  grant: { municipalityId: string; userId: string; role: Role; validUntil: Date | null },
  unitIds: readonly string[],
): Promise<string> {
  const [row] = await db.insert(userRoles).values(grant).returning({ id: userRoles.id });
  if (unitIds.length > 0) {
    await db.insert(userRoleUnits).values(unitIds.map((unitId) => ({ municipalityId: grant.municipalityId, userRoleId: row!.id, unitId })));
  }
  return row!.id;
}

export async function deleteGrant(db: Database, municipalityId: string, roleId: string): Promise<boolean> {
  const rows = await db
    .delete(userRoles)
    .where(and(eq(userRoles.municipalityId, municipalityId), eq(userRoles.id, roleId)))
    .returning({ id: userRoles.id });
  return rows.length > 0;
}
