import type { Database } from '@planpuls/db';
import { authErrors } from './auth.errors';
import { activeRoles, findUser, findUsersByEmail, recordFailedLogin, referenceGroupUnitCodes, setPasswordHash } from './auth.repository';
import { hashPassword, verifyPassword } from './passwords';
import type { UserPrincipal } from './principal';


export function authServiceFactory({ db }: { db: Database }) {
  return {
    /** The user behind the email and password, or 401 — the same answer for every kind of failure. */
    async authenticate(input: { email: string; password: string; municipality?: string; requestId: string }): Promise<{ userId: string; municipalityId: string }> {
      const candidates = await findUsersByEmail(db, input.email, input.municipality);
      if (candidates.length > 1) throw authErrors.municipalityRequired();
      const found = candidates[0]?.user;
      const valid = await verifyPassword(found?.passwordHash ?? null, input.password);
      if (!found || !valid || found.disabled) {
        await recordFailedLogin(db, { municipalityId: found?.municipalityId ?? null, userId: found?.id ?? null, email: input.email, requestId: input.requestId });
        throw authErrors.invalidCredentials();
      }
      return { userId: found.id, municipalityId: found.municipalityId };
    },

    /** Who is logged in, with the roles they hold right now; undefined when the user is gone or disabled. */
    async principal(userId: string): Promise<UserPrincipal | undefined> {
      const found = await findUser(db, userId);
      if (!found || found.user.disabled) return undefined;
      const { user, municipalityCode } = found;
      const roles = await activeRoles(db, user.id);
      // A local union reference group sees its own administrations; a central one sees them all.
      const localUnits = await referenceGroupUnitCodes(db, user.referenceGroupId);
      // The units a grant reaches: a union grant without units of its own reaches its reference group's, and
      // the web app shows people those units as theirs.
      const unitsOf = (grant: (typeof roles)[number]) => (grant.role === 'union' && grant.units.length === 0 ? (localUnits ?? []) : grant.units);
      return {
        kind: 'user',
        userId: user.id,
        municipalityId: user.municipalityId,
        grants: roles.map((grant) => ({ role: grant.role, units: unitsOf(grant) })),
        me: {
          user: { id: user.id, email: user.email, displayName: user.displayName, municipality: municipalityCode },
          roles: roles.map((grant) => ({ role: grant.role, units: unitsOf(grant), validUntil: grant.validUntil?.toISOString() ?? null })),
        },
      };
    },

    async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
      const found = await findUser(db, userId);
      if (!found || !(await verifyPassword(found.user.passwordHash, currentPassword))) throw authErrors.wrongCurrentPassword();
      await setPasswordHash(db, userId, await hashPassword(newPassword));
    },
  };
}

export type AuthService = ReturnType<typeof authServiceFactory>;
