import type { Database } from '@planpuls/db';
import * as client from 'openid-client';
import type { OidcConfig } from '../../config';
import type { ApiError } from '../../errors';
import { oidcErrors } from './oidc.errors';
import { bindOidcIdentity, findMunicipalityId, findUserByEmailIn, findUserByOidcIdentity, recordFailedSsoLogin } from './oidc.repository';

/** What the browser carries between leaving for the provider and coming back (in a signed cookie, not the session). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path of this app to land on after login. */
  redirect: string;
}

const SCOPE = 'openid email';
/** Seconds for each request to the provider; a provider that does not answer is "unavailable", not a hang. */
const PROVIDER_TIMEOUT = 10;

/**
 * Only a path of this app is kept, so the login cannot be used to send people elsewhere (`//evil.example`,
 * `/\evil.example`, `/.//evil.example` and `https://evil.example` all fall back to `/`).
 */
export function safeRedirectPath(raw: string | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || /[\\\p{Cc}]/u.test(raw)) return '/';
  const base = 'http://planpuls.invalid';
  const resolved = new URL(raw, base);
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // Dot segments can still make `//host` out of a path (`/.//evil.example`).
  return resolved.origin === base && !path.startsWith('//') ? path : '/';
}

/** Authorization code flow with PKCE (S256), state and nonce; the provider is discovered on first use. */
export function oidcServiceFactory({ db, config }: { db: Database; config: OidcConfig | undefined }) {
  let discovery: Promise<client.Configuration> | undefined;

  function provider(settings: OidcConfig): Promise<client.Configuration> {
    discovery ??= discover(settings).catch((error: unknown) => {
      discovery = undefined; // try again at the next login: the provider may be back
      throw withCause(oidcErrors.unavailable(), error);
    });
    return discovery;
  }

  function settings(): OidcConfig {
    if (!config) throw oidcErrors.notConfigured();
    return config;
  }

  return {
    enabled: config !== undefined,

    /** Where to send the browser, and what it must bring back. */
    async begin(redirect: string | undefined): Promise<{ url: string; pending: PendingLogin }> {
      const oidc = settings();
      const configuration = await provider(oidc);
      const pending: PendingLogin = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
        redirect: safeRedirectPath(redirect),
      };
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: oidc.redirectUri,
        scope: SCOPE,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },

    /**
     * Checks the provider's answer (state, PKCE, ID token with nonce) and finds the user: by issuer + subject
     * once bound; the first time by verified email in the configured municipality, then binds them.
     * Every refusal is recorded like a failed password login.
     */
    async complete(
      query: string,
      pending: PendingLogin | undefined,
      requestId: string,
    ): Promise<{ userId: string; municipalityId: string; redirect: string }> {
      const oidc = settings();
      const configuration = await provider(oidc);
      const refuse = async (
        error: ApiError,
        facts: { userId?: string; municipalityId?: string; subject?: string; email?: string; cause?: unknown },
      ) => {
        await recordFailedSsoLogin(db, {
          municipalityId: facts.municipalityId ?? (await findMunicipalityId(db, oidc.municipality)) ?? null,
          userId: facts.userId ?? null,
          email: facts.email ?? null,
          issuer: oidc.issuer,
          subject: facts.subject ?? null,
          reason: error.code,
          requestId,
        });
        return withCause(error, facts.cause);
      };

      if (!pending)
        throw await refuse(oidcErrors.failed(), { cause: new Error('no pending login: the cookie is missing, expired or not ours') });
      let claims: IdentityClaims;
      try {
        // The redirect URI as configured, not as the Host header claims: it must equal the one sent at begin.
        const currentUrl = new URL(oidc.redirectUri);
        currentUrl.search = query;
        const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        claims = await identityClaims(configuration, tokens);
      } catch (error) {
        if (unreachable(error)) throw withCause(oidcErrors.unavailable(), error);
        throw await refuse(oidcErrors.failed(), { cause: error });
      }

      const identity = { issuer: claims.issuer, subject: claims.subject };
      const facts = { subject: claims.subject, email: claims.email };
      const bound = await findUserByOidcIdentity(db, identity);
      if (bound) {
        if (bound.disabled)
          throw await refuse(oidcErrors.userDisabled(), { ...facts, userId: bound.id, municipalityId: bound.municipalityId });
        return { userId: bound.id, municipalityId: bound.municipalityId, redirect: pending.redirect };
      }

      const verdict = emailVerdict(claims, oidc.trustEmail === true);
      if (verdict !== 'verified') throw await refuse(oidcErrors.emailUnverified(verdict), facts);
      if (!claims.email) throw await refuse(oidcErrors.emailUnverified('email_missing'), facts);
      const candidate = await findUserByEmailIn(db, oidc.municipality, claims.email);
      if (!candidate) throw await refuse(oidcErrors.unknownUser(), facts);
      const known = { ...facts, userId: candidate.id, municipalityId: candidate.municipalityId };
      // Bound to another identity: never re-matched by email, or whoever controls an email at some provider could take the account.
      if (candidate.oidcIssuer !== null || candidate.oidcSubject !== null) throw await refuse(oidcErrors.identityConflict(), known);
      if (candidate.disabled) throw await refuse(oidcErrors.userDisabled(), known);
      if (!(await bindOidcIdentity(db, candidate.id, identity))) throw await refuse(oidcErrors.identityConflict(), known);
      return { userId: candidate.id, municipalityId: candidate.municipalityId, redirect: pending.redirect };
    },
  };
}

export type OidcService = ReturnType<typeof oidcServiceFactory>;

interface IdentityClaims {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean | undefined;
  /** Entra ID's optional claim `xms_edov`: the email's domain is verified as owned by the user's tenant. */
  domainOwnerVerified: boolean | undefined;
}

export type EmailVerdict = 'verified' | 'email_missing' | 'email_verified_false' | 'email_verified_missing';

/**
 * Whether an email may link an existing account at the first login. `email_verified: true` does; `false` never
 * does. Entra ID usually omits `email_verified`: then its `xms_edov` claim (domain owner verified) does, or the
 * configuration's word that this provider only issues addresses its organisation owns (OIDC_TRUST_EMAIL) —
 * otherwise anyone who can set an email at the provider could take over the Planpuls account with that email.
 */
export function emailVerdict(
  claims: { email?: string; emailVerified?: boolean; domainOwnerVerified?: boolean },
  trustEmail: boolean,
): EmailVerdict {
  if (!claims.email) return 'email_missing';
  if (claims.emailVerified === true) return 'verified';
  if (claims.emailVerified === false) return 'email_verified_false';
  return claims.domainOwnerVerified === true || trustEmail ? 'verified' : 'email_verified_missing';
}

async function discover(settings: OidcConfig): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  // The configuration refuses plain HTTP except for a provider on this machine (development and tests).
  const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
  return settings.clientSecret
    ? client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, { execute, timeout: PROVIDER_TIMEOUT })
    : client.discovery(issuer, settings.clientId, undefined, client.None(), { execute, timeout: PROVIDER_TIMEOUT });
}

/**
 * Subject and issuer from the validated ID token; email and email_verified from the ID token when it has
 * them, otherwise from the userinfo endpoint (many providers put scope claims only there).
 */
async function identityClaims(
  configuration: client.Configuration,
  tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
): Promise<IdentityClaims> {
  const idToken = tokens.claims();
  if (!idToken) throw new Error('the provider returned no ID token');
  let source: Record<string, unknown> = idToken;
  if (idToken.email_verified === undefined && configuration.serverMetadata().userinfo_endpoint) {
    const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    if (userinfo.email !== undefined) source = userinfo;
  }
  const edov = [idToken.xms_edov, source.xms_edov].find((value) => value !== undefined);
  return {
    issuer: idToken.iss,
    subject: idToken.sub,
    email: typeof source.email === 'string' ? source.email : undefined,
    emailVerified: typeof source.email_verified === 'boolean' ? source.email_verified : undefined,
    // Entra sends a boolean; "1"/"true" as some gateways pass claims on as text.
    domainOwnerVerified: edov === undefined ? undefined : edov === true || edov === 1 || edov === '1' || edov === 'true',
  };
}

/** The provider could not be reached (refused, reset, timed out), as opposed to answering wrongly. */
function unreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  return error instanceof TypeError && error.message === 'fetch failed';
}

function withCause(error: ApiError, cause: unknown): ApiError {
  if (cause !== undefined) error.cause = cause;
  return error;
}
