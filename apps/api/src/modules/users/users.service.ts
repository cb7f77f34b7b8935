import type { CreateRoleGrant, CreateUser, RoleGrant, UpdateUser, User, UserQuery } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import { assertPasswordAllowed } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import type { PostgresSessionStore } from '../auth/session-store';
import { roleErrors, userErrors } from './users.errors';
import * as repository from './users.repository';
import { lookups } from '../../lookups/lookups';

export interface UsersServiceDeps {
  db: Database;
  /** Ends every session of a user: disabled, or a password set by an administrator. */
  sessions: Pick<PostgresSessionStore, 'revokeUser'>;
}

/** Union and reference group codes to ids: both or neither, and the union must sit in the group. */
async function resolveMembership(
  db: Database,
  municipalityId: string,
  union: string | null | undefined,
  referenceGroup: string | null | undefined,
) {
  if ((union ?? null) === null && (referenceGroup ?? null) === null) return { unionId: null, referenceGroupId: null };
  if (!union || !referenceGroup) throw userErrors.unionIncomplete();
  const foundUnion = await repository.findUnion(db, municipalityId, union);
  if (!foundUnion) throw userErrors.unionNotFound(union);
  const group = await repository.findReferenceGroup(db, municipalityId, { code: referenceGroup });
  if (!group) throw userErrors.referenceGroupNotFound(referenceGroup);
  if (!(await repository.referenceGroupHasUnion(db, group.id, foundUnion.id)))
    throw userErrors.unionNotInReferenceGroup(union, referenceGroup);
  return { unionId: foundUnion.id, referenceGroupId: group.id };
}

/** Unit codes to ids in this municipality; 404 naming every unknown code. */
const resolveUnits = lookups.units;

export function usersServiceFactory({ db, sessions }: UsersServiceDeps) {
  const emailViolation = (email: string) => ({ unique: () => userErrors.emailTaken(email) });

  async function get(municipalityId: string, userId: string, tx: Database = db): Promise<User> {
    const [user] = await repository.listUsers(tx, municipalityId, { userId });
    if (!user) throw userErrors.notFound(userId);
    return user;
  }

  /**
   * The units a grant names, by the rules of its role: HR always names units; a union member names units
   * when their reference group is local (and only units it covers), none when it is central; the others none.
   */
  async function grantUnits(tx: Database, municipalityId: string, user: { referenceGroupId: string | null }, input: CreateRoleGrant) {
    const codes = input.units ?? [];
    if (input.role === 'union') {
      if (!user.referenceGroupId) throw roleErrors.notUnionMember();
      const group = await repository.findReferenceGroup(tx, municipalityId, { id: user.referenceGroupId });
      if (group?.scope !== 'units') {
        if (codes.length > 0) throw roleErrors.unitsNotAllowed('union (central reference group)');
        return [];
      }
      if (codes.length === 0) throw roleErrors.unitsRequired('union (local reference group)');
      const found = await resolveUnits(tx, municipalityId, codes, 'body.units');
      const covered = await repository.referenceGroupUnitIds(tx, group.id);
      const outside = found.filter((unit) => !covered.has(unit.id)).map((unit) => unit.code);
      if (outside.length > 0) throw roleErrors.unitsOutsideReferenceGroup(outside);
      return found;
    }
    if (input.role === 'hr') {
      if (codes.length === 0) throw roleErrors.unitsRequired(input.role);
      return resolveUnits(tx, municipalityId, codes, 'body.units');
    }
    if (codes.length > 0) throw roleErrors.unitsNotAllowed(input.role);
    return [];
  }

  return {
    get: (municipalityId: string, userId: string) => get(municipalityId, userId),

    async list(municipalityId: string, query: UserQuery): Promise<User[]> {
      const unitId = query.unit ? (await resolveUnits(db, municipalityId, [query.unit], 'querystring.unit'))[0]!.id : undefined;
      return repository.listUsers(db, municipalityId, { role: query.role, unitId, disabled: query.disabled });
    },

    async create(municipalityId: string, input: CreateUser): Promise<User> {
      if (input.password) assertPasswordAllowed(input.password, input, 'body.password');
      // Hashing is slow on purpose: done before the transaction, not while holding it open.
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      return translateViolations(
        () =>
          db.transaction(async (tx) => {
            if (await repository.emailTaken(tx, municipalityId, input.email)) throw userErrors.emailTaken(input.email);
            const membership = await resolveMembership(tx, municipalityId, input.union, input.referenceGroup);
            const id = await repository.insertUser(tx, {
              municipalityId,
              email: input.email,
              displayName: input.displayName,
              passwordHash,
              passwordChangedAt: passwordHash ? new Date() : null,
              ...membership,
            });
            return get(municipalityId, id, tx);
          }),
        emailViolation(input.email),
      );
    },

    /** Changes a user; disabling ends every session of the user at once. */
    async update(municipalityId: string, actorUserId: string | null, userId: string, input: UpdateUser): Promise<User> {
      if (input.disabled === true && userId === actorUserId) throw userErrors.cannotDisableSelf();
      const updated = await translateViolations(
        () =>
          db.transaction(async (tx) => {
            const user = await repository.lockUser(tx, municipalityId, userId);
            if (!user) throw userErrors.notFound(userId);
            if (input.email !== undefined && (await repository.emailTaken(tx, municipalityId, input.email, userId)))
              throw userErrors.emailTaken(input.email);
            let membership = {};
            if (input.union !== undefined || input.referenceGroup !== undefined) {
              if (input.union === undefined || input.referenceGroup === undefined) throw userErrors.unionIncomplete();
              const resolved = await resolveMembership(tx, municipalityId, input.union, input.referenceGroup);
              const changes = resolved.unionId !== user.unionId || resolved.referenceGroupId !== user.referenceGroupId;
              // A union grant was checked against the old reference group (its scope and units): it cannot follow silently.
              if (changes && (await repository.countActiveGrants(tx, municipalityId, userId, 'union')) > 0)
                throw userErrors.unionRoleHeld();
              membership = resolved;
            }
            await repository.updateUser(tx, municipalityId, userId, {
              ...(input.email === undefined ? {} : { email: input.email }),
              ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
              ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
              ...membership,
            });
            return get(municipalityId, userId, tx);
          }),
        emailViolation(input.email ?? ''),
      );
      // After the commit: from here on every request of the user is refused anyway, since sessions re-read the user.
      if (input.disabled === true) await sessions.revokeUser(userId);
      return updated;
    },

    /** Sets a user's password; their sessions end, except the acting administrator's own current one. */
    async setPassword(municipalityId: string, userId: string, password: string, keepSessionId?: string): Promise<void> {
      assertPasswordAllowed(password, await get(municipalityId, userId), 'body.password');
      const passwordHash = await hashPassword(password);
      const changed = await db.transaction((tx) => repository.setPassword(tx, municipalityId, userId, passwordHash));
      if (!changed) throw userErrors.notFound(userId);
      await sessions.revokeUser(userId, keepSessionId);
    },

    async listGrants(municipalityId: string, userId: string): Promise<RoleGrant[]> {
      await get(municipalityId, userId);
      return repository.listUserGrants(db, municipalityId, userId);
    },

    async grant(municipalityId: string, userId: string, input: CreateRoleGrant): Promise<RoleGrant> {
      const validUntil = input.validUntil ? new Date(input.validUntil) : null;
      if (validUntil && validUntil.getTime() <= Date.now()) throw roleErrors.validUntilInPast();
      return db.transaction(async (tx) => {
        const user = await repository.lockUser(tx, municipalityId, userId);
        if (!user) throw userErrors.notFound(userId);
        const found = await grantUnits(tx, municipalityId, user, input);
        const id = await repository.insertGrant(
          tx,
          { municipalityId, userId, role: input.role, validUntil },
          found.map((unit) => unit.id),
        );
        return (await repository.findGrantById(tx, municipalityId, id))!;
      });
    },

    /** Removes a grant; an administrator keeps their own last administrator role. */
    async revoke(municipalityId: string, actorUserId: string | null, roleId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const ownerId = await repository.grantOwner(tx, municipalityId, roleId);
        if (!ownerId) throw roleErrors.notFound(roleId);
        // Locking the owner queues two removals of the same person's grants, so both cannot pass the check below.
        await repository.lockUser(tx, municipalityId, ownerId);
        const grant = await repository.findGrantById(tx, municipalityId, roleId);
        if (!grant) throw roleErrors.notFound(roleId);
        if (ownerId === actorUserId && grant.role === 'admin' && grant.active) {
          if ((await repository.countActiveGrants(tx, municipalityId, ownerId, 'admin', roleId)) === 0)
            throw roleErrors.cannotRemoveOwnAdmin();
        }
        await repository.deleteGrant(tx, municipalityId, roleId);
      });
    },
  };
}
