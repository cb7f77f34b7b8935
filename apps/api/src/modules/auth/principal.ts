import type { Me } from '@planpuls/contracts';
import type { Grant } from '@planpuls/domain';

/** A person logged in with a session, with the roles they hold right now. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  municipalityId: string;
  grants: Grant[];
  me: Me;
}

/** A system calling with an API token, limited to its units. */
export interface TokenPrincipal {
  kind: 'token';
  tokenId: string;
  municipalityId: string;
  grants: Grant[];
}

export type Principal = UserPrincipal | TokenPrincipal;
