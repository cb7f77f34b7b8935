import { createHash, randomBytes } from 'node:crypto';
import type { ApiToken, CreateApiToken } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { ApiError } from '../../errors';
import * as repository from './api-tokens.repository';
import { lookups } from '../../lookups/lookups';

const TOKEN_PREFIX = 'pp_';

/** Tokens carry 256 random bits, so a plain SHA-256 (not a slow password hash) is the right way to store them. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const apiTokenErrors = {
  notFound: (id: string) => new ApiError(404, 'api_tokens.not_found', `No active API token ${id}.`),
  invalidToken: () => new ApiError(401, 'auth.invalid_token', 'The API token is unknown, revoked or expired.'),
  expiryInPast: () =>
    new ApiError(400, 'api_tokens.expiry_in_past', 'The expiry must lie in the future.', [
      { field: 'body.expiresAt', message: 'must be in the future' },
    ]),
};

export function apiTokensServiceFactory({ db }: { db: Database }) {
  return {
    list: (municipalityId: string) => repository.listTokens(db, municipalityId),

    /** Creates a token for writing the values of some units; the secret is in this answer only. */
    async create(municipalityId: string, createdByUserId: string | null, input: CreateApiToken): Promise<ApiToken & { token: string }> {
      const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      if (expiresAt && expiresAt.getTime() <= Date.now()) throw apiTokenErrors.expiryInPast();
      const found = await lookups.units(db, municipalityId, input.units, 'body.units');
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const id = await db.transaction((tx) =>
        repository.insertToken(
          tx,
          { municipalityId, name: input.name, tokenHash: hashToken(token), prefix: token.slice(0, 10), createdByUserId, expiresAt },
          found.map((unit) => unit.id),
        ),
      );
      const [created] = await repository.listTokens(db, municipalityId, id);
      return { ...created!, token };
    },

    async revoke(municipalityId: string, tokenId: string): Promise<void> {
      const revoked = await db.transaction((tx) => repository.revokeToken(tx, municipalityId, tokenId));
      if (!revoked) throw apiTokenErrors.notFound(tokenId);
    },
  };
}
