import { ApiError } from '../../errors';

export const authErrors = {
  invalidCredentials: () => new ApiError(401, 'auth.invalid_credentials', 'The email address or the password is wrong.'),
  notLoggedIn: () => new ApiError(401, 'auth.not_logged_in', 'Log in to continue.'),
  municipalityRequired: () =>
    new ApiError(400, 'auth.municipality_required', 'This email address exists in several municipalities: say which one.', [
      { field: 'body.municipality', message: 'is required for this email address' },
    ]),
  tooManyAttempts: (seconds: number) => new ApiError(429, 'request.rate_limited', `Too many wrong passwords: try again in ${seconds} s.`),
  wrongCurrentPassword: () =>
    new ApiError(400, 'auth.wrong_current_password', 'The current password is wrong.', [
      { field: 'body.currentPassword', message: 'is wrong' },
    ]),
};
