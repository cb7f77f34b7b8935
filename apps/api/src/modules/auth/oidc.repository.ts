import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { auditLog, municipalities, users, type Database } from '@planpuls/db';

export interface OidcIdentity {
  issuer: string;
  subject: string;
}

/** The user bound to this provider identity, whatever their email is today. */
export async function findUserByOidcIdentity(db: Database, identity: OidcIdentity) {
  const [row] = await db
    .select({ id: users.id, municipalityId: users.municipalityId, disabled: users.disabled })
    .from(users)
    .where(and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject)));
  return row;
}

/** The user with this email in the municipality (emails are unique per municipality, compared case-insensitively). */
export async function findUserByEmailIn(db: Database, municipalityCode: string, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      municipalityId: users.municipalityId,
      disabled: users.disabled,
      oidcIssuer: users.oidcIssuer,
      oidcSubject: users.oidcSubject,
    })
    .from(users)
    .innerJoin(municipalities, eq(municipalities.id, users.municipalityId))
    .where(and(eq(municipalities.code, municipalityCode), sql`lower(${users.email}) = lower(${email})`));
  return row;
}

export async function findMunicipalityId(db: Database, code: string): Promise<string | undefined> {
  const [row] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.code, code));
  return row?.id;
}

/**
 * Binds the user to the identity unless they are bound already (to this identity: nothing changes). False
 * when another identity got there first. The audit row names the user as the one who acted.
 */
export async function bindOidcIdentity(db: Database, userId: string, identity: OidcIdentity): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT
      set_config('planpuls.actor_type', 'user', true),
      set_config('planpuls.actor_user_id', ${userId}, true),
      set_config('planpuls.reason', 'first single sign-on', true)`);
    const bound = await tx
      .update(users)
      .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject })
      .where(
        and(
          eq(users.id, userId),
          or(
            and(isNull(users.oidcIssuer), isNull(users.oidcSubject)),
            and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject)),
          ),
        ),
      )
      .returning({ id: users.id });
    return bound.length === 1;
  });
}

/** Recorded like a failed password login (`login_failed`), with what the provider asserted and why it was refused. */
export async function recordFailedSsoLogin(
  db: Database,
  entry: {
    municipalityId: string | null;
    userId: string | null;
    email: string | null;
    issuer: string;
    subject: string | null;
    reason: string;
    requestId: string;
  },
) {
  await db.insert(auditLog).values({
    municipalityId: entry.municipalityId,
    actorType: 'anonymous',
    action: 'login_failed',
    entityType: 'users',
    entityId: entry.userId,
    after: { method: 'oidc', email: entry.email, issuer: entry.issuer, subject: entry.subject, reason: entry.reason },
    requestId: entry.requestId,
  });
}
