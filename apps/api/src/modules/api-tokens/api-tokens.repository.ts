import { and, asc, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { apiTokens, apiTokenUnits, units, type Database } from '@planpuls/db';
import type { ApiToken } from '@planpuls/contracts';

export async function insertToken(
  db: Database,
  token: {
    municipalityId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    createdByUserId: string | null;
    expiresAt: Date | null;
  },
  unitIds: readonly string[],
) {
  const [row] = await db.insert(apiTokens).values(token).returning({ id: apiTokens.id });
  await db.insert(apiTokenUnits).values(unitIds.map((unitId) => ({ municipalityId: token.municipalityId, tokenId: row!.id, unitId })));
  return row!.id;
}

export async function listTokens(db: Database, municipalityId: string, tokenId?: string): Promise<ApiToken[]> {
  const rows = await db
    .select({ token: apiTokens, unit: units.code })
    .from(apiTokens)
    .leftJoin(apiTokenUnits, eq(apiTokenUnits.tokenId, apiTokens.id))
    .leftJoin(units, eq(units.id, apiTokenUnits.unitId))
    .where(and(eq(apiTokens.municipalityId, municipalityId), tokenId ? eq(apiTokens.id, tokenId) : undefined))
    .orderBy(desc(apiTokens.createdAt), asc(units.code));
  const byId = new Map<string, ApiToken>();
  for (const { token, unit } of rows) {
    const entry = byId.get(token.id) ?? {
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      units: [],
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt?.toISOString() ?? null,
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      revokedAt: token.revokedAt?.toISOString() ?? null,
      revokedReason: token.revokedReason,
    };
    if (unit) entry.units.push(unit);
    byId.set(token.id, entry);
  }
  return [...byId.values()];
}

export async function revokeToken(db: Database, municipalityId: string, tokenId: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()`, revokedReason: 'revoked' })
    .where(and(eq(apiTokens.municipalityId, municipalityId), eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** The active token with this hash, with the codes of its units (a token always names its units: none reach none). */
export async function findActiveToken(db: Database, tokenHash: string) {
  const rows = await db
    .select({ id: apiTokens.id, municipalityId: apiTokens.municipalityId, expiresAt: apiTokens.expiresAt, unit: units.code })
    .from(apiTokens)
    .leftJoin(apiTokenUnits, eq(apiTokenUnits.tokenId, apiTokens.id))
    .leftJoin(units, eq(units.id, apiTokenUnits.unitId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
      ),
    );
  if (rows.length === 0) return undefined;
  const { id, municipalityId, expiresAt } = rows[0]!;
  return { id, municipalityId, expiresAt, units: rows.flatMap((row) => (row.unit ? [row.unit] : [])) };
}

/** Records the last use, at most once a minute per token. */
export async function touchToken(db: Database, tokenId: string) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
}
