import { ApiError } from '../../errors';

const EMAIL_UNVERIFIED = {
  email_missing: 'The login service sent no email address, so your Planpuls account cannot be found. Ask an administrator.',
  email_verified_false: 'The login service did not confirm your email address.',
  email_verified_missing:
    'The login service did not say whether your email address is verified, so it cannot be linked to your Planpuls account. ' +
    'An administrator can trust this login service’s addresses (OIDC_TRUST_EMAIL) or enable the xms_edov claim in Entra ID.',
} as const;

/**
 * Why a single sign-on failed. The person has already proven who they are at the provider and cannot choose
 * the email it asserts, so telling them which rule refused them leaks nothing and lets them ask the right
 * person for help.
 */
export const oidcErrors = {
  notConfigured: () => new ApiError(404, 'auth.sso_not_configured', 'Single sign-on is not configured.'),
  unavailable: () => new ApiError(503, 'auth.sso_unavailable', 'The login service cannot be reached right now. Try again shortly.'),
  /** State, nonce, PKCE, the code exchange or the ID token did not check out, or the login was cancelled. */
  failed: () => new ApiError(400, 'auth.sso_failed', 'The single sign-on could not be completed. Start again from the login page.'),
  /** The first login links by email only when the provider vouches for it (see `emailVerdict`). */
  emailUnverified: (why: 'email_missing' | 'email_verified_false' | 'email_verified_missing' = 'email_verified_false') =>
    new ApiError(403, 'auth.sso_email_unverified', EMAIL_UNVERIFIED[why], [
      { field: why === 'email_missing' ? 'email' : 'email_verified', message: why },
    ]),
  unknownUser: () => new ApiError(403, 'auth.sso_unknown_user', 'There is no Planpuls account for you. Ask an administrator for one.'),
  identityConflict: () =>
    new ApiError(
      403,
      'auth.sso_identity_conflict',
      'Your Planpuls account is linked to another single sign-on identity. Ask an administrator.',
    ),
  userDisabled: () => new ApiError(403, 'auth.sso_user_disabled', 'Your Planpuls account is disabled.'),
};
