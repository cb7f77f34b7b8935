import type { Database } from '@planpuls/db';
import type { Grant } from '@planpuls/domain';
import { authErrors } from './auth.errors';
import { activeRoles, findUser, findUsersByEmail, recordFailedLogin, referenceGroupReach, setPasswordHash } from './auth.repository';
import { assertPasswordAllowed } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import type { ChangeFeed } from '../../change-feed';
import { LiveCache, type Loaded } from '../../live-cache';
import type { UserPrincipal } from './principal';

/**
 * The units a role reaches, said explicitly (see `Grant.allUnits`). HR reaches the units its grant names. A
 * union member reaches their reference group's units: all for a central group, and for a local one the units
 * the grant names among those the group still covers. The other roles are not limited to units. A scope that
 * has lost its last unit reaches none: it fails closed, and never falls back to a wider one.
 */
function reachOf<R extends Grant['role']>(
  grant: { role: R; units: string[] },
  group: { allUnits: boolean; units: string[] },
): { role: R; allUnits: boolean; units: string[] } {
  switch (grant.role) {
    case 'hr':
      return { role: grant.role, allUnits: false, units: grant.units };
    case 'union':
      if (group.allUnits) return { role: grant.role, allUnits: true, units: [] };
      return { role: grant.role, allUnits: false, units: grant.units.filter((unit) => group.units.includes(unit)) };
    default:
      return { role: grant.role, allUnits: true, units: [] };
  }
}

/** The roles a user holds right now, with the units each reaches and when it ends. */
async function grantsHeldBy(db: Database, user: { id: string; referenceGroupId: string | null }) {
  const roles = await activeRoles(db, user.id);
  const group = await referenceGroupReach(db, user.referenceGroupId);
  return roles.map((grant) => ({ ...reachOf(grant, group), validUntil: grant.validUntil }));
}

/**
 * What a user may do right now, as their session would say: for rules that concern another user than the caller
 * (whom a notification may quote what). None when the user is gone or disabled.
 */
export async function grantsOfUser(db: Database, userId: string): Promise<Grant[]> {
  const found = await findUser(db, userId);
  if (!found || found.user.disabled) return [];
  return (await grantsHeldBy(db, found.user)).map(({ role, allUnits, units }) => ({ role, allUnits, units }));
}

/** A principal is read again at least this often even when nothing says it changed (a role that begins later). */
const PRINCIPAL_MAX_AGE_MS = 60_000;

export function authServiceFactory({ db, feed }: { db: Database; feed: ChangeFeed }) {
  const principals = new LiveCache<UserPrincipal>(feed, 'planpuls_principals');

  async function loadPrincipal(userId: string): Promise<Loaded<UserPrincipal> | undefined> {
    const found = await findUser(db, userId);
    if (!found || found.user.disabled) return undefined;
    const { user, municipalityCode } = found;
    const grants = await grantsHeldBy(db, user);
    const endsAt = Math.min(
      Date.now() + PRINCIPAL_MAX_AGE_MS,
      ...grants.flatMap((grant) => (grant.validUntil ? [grant.validUntil.getTime()] : [])),
    );
    return {
      value: {
        kind: 'user',
        userId: user.id,
        municipalityId: user.municipalityId,
        grants: grants.map(({ role, allUnits, units }) => ({ role, allUnits, units })),
        me: {
          user: { id: user.id, email: user.email, displayName: user.displayName, municipality: municipalityCode },
          roles: grants.map(({ role, allUnits, units, validUntil }) => ({
            role,
            allUnits,
            units,
            validUntil: validUntil?.toISOString() ?? null,
          })),
        },
      },
      group: user.municipalityId,
      expiresAt: endsAt,
    };
  }

  return {
    /**
     * The user behind the email and password, or 401 — the same answer for every kind of failure. An email used
     * in several municipalities is only asked to name one once the password is proven for more than one of
     * them (proven for exactly one, that one it is): before that, nothing tells that the address exists twice.
     */
    async authenticate(input: {
      email: string;
      password: string;
      municipality?: string;
      requestId: string;
    }): Promise<{ userId: string; municipalityId: string }> {
      const candidates = await findUsersByEmail(db, input.email, input.municipality);
      if (candidates.length === 0) await verifyPassword(null, input.password);
      // All at once, on the worker threads: the answer takes about as long for an address used in several
      // municipalities as for one used once, so its time does not tell how many accounts it has.
      const matches = await Promise.all(candidates.map((candidate) => verifyPassword(candidate.user.passwordHash, input.password)));
      const proven = candidates.filter((candidate, i) => matches[i] && !candidate.user.disabled);
      if (proven.length === 0) {
        const tried = candidates.length > 0 ? candidates.map(({ user }) => user) : [undefined];
        for (const user of tried) {
          await recordFailedLogin(db, {
            municipalityId: user?.municipalityId ?? null,
            userId: user?.id ?? null,
            email: input.email,
            requestId: input.requestId,
          });
        }
        throw authErrors.invalidCredentials();
      }
      if (proven.length > 1) throw authErrors.municipalityRequired();
      const { user } = proven[0]!;
      return { userId: user.id, municipalityId: user.municipalityId };
    },

    /**
     * Who is logged in, with the roles they hold right now; undefined when the user is gone or disabled. Kept in
     * memory until the change feed reports a change in the user's municipality, a role ends, or a minute passes.
     */
    principal(userId: string): Promise<UserPrincipal | undefined> {
      return principals.get(userId, () => loadPrincipal(userId));
    },

    /**
     * Checks the current password, then the new one against the password rules, and stores it in a transaction
     * of the request, so the audit trail names the user who changed it.
     */
    async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
      const found = await findUser(db, userId);
      if (!found || !(await verifyPassword(found.user.passwordHash, currentPassword))) throw authErrors.wrongCurrentPassword();
      assertPasswordAllowed(newPassword, found.user, 'body.newPassword');
      const passwordHash = await hashPassword(newPassword);
      await db.transaction((tx) => setPasswordHash(tx, userId, passwordHash));
    },
  };
}

export type AuthService = ReturnType<typeof authServiceFactory>;
