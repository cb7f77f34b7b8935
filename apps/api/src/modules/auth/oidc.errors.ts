import { ApiError } from '../../errors';

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
  emailUnverified: () => new ApiError(403, 'auth.sso_email_unverified', 'The login service did not confirm your email address.'),
  unknownUser: () => new ApiError(403, 'auth.sso_unknown_user', 'There is no Planpuls account for you. Ask an administrator for one.'),
  identityConflict: () =>
    new ApiError(403, 'auth.sso_identity_conflict', 'Your Planpuls account is linked to another single sign-on identity. Ask an administrator.'),
  userDisabled: () => new ApiError(403, 'auth.sso_user_disabled', 'Your Planpuls account is disabled.'),
};
