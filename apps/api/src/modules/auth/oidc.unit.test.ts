import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { emailVerdict, safeRedirectPath } from './oidc.service';

describe('the path kept for after a single sign-on', () => {
  it('keeps a path of this app with its query and fragment', () => {
    expect(safeRedirectPath('/plans/1?period=2025#goals')).toBe('/plans/1?period=2025#goals');
    expect(safeRedirectPath('/units/FARSTA')).toBe('/units/FARSTA');
  });

  it.each([
    ['nothing', undefined],
    ['an empty string', ''],
    ['another site', 'https://evil.example/steal'],
    ['a protocol-relative URL', '//evil.example/steal'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['dot segments that leave a protocol-relative URL', '/.//evil.example'],
    ['dot segments after a parent', '/plans/..//evil.example'],
    ['a relative path', 'plans/1'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a control character', '/plans\t/1'],
  ])('falls back to / for %s', (_what, raw) => {
    expect(safeRedirectPath(raw)).toBe('/');
  });
});

describe('single sign-on configuration', () => {
  const base = { PLANPULS_MODE: 'development', OIDC_CLIENT_ID: 'planpuls' };

  it('is off without OIDC_ISSUER', () => {
    expect(loadConfig({ PLANPULS_MODE: 'development' }).oidc).toBeUndefined();
    expect(loadConfig({ ...base, OIDC_ISSUER: '' }).oidc).toBeUndefined();
  });

  it('defaults the redirect URI to this app on PORT and the municipality to STOCKHOLM', () => {
    expect(
      loadConfig({ ...base, PORT: '3100', OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_SECRET: 's' }).oidc,
    ).toEqual({
      issuer: 'https://login.microsoftonline.com/tenant/v2.0',
      clientId: 'planpuls',
      clientSecret: 's',
      redirectUri: 'http://localhost:3100/api/v1/auth/oidc/callback',
      municipality: 'STOCKHOLM',
      trustEmail: false,
    });
  });

  it('trusts unconfirmed emails of the provider only when OIDC_TRUST_EMAIL says so', () => {
    const trusting = (value: string) =>
      loadConfig({ ...base, OIDC_ISSUER: 'https://idp.example', OIDC_TRUST_EMAIL: value }).oidc?.trustEmail;
    expect(trusting('true')).toBe(true);
    expect(trusting('1')).toBe(true);
    expect(trusting('false')).toBe(false);
    expect(() => trusting('yes please')).toThrow(ConfigError);
  });

  it('takes the redirect URI and municipality from the environment', () => {
    const oidc = loadConfig({
      ...base,
      OIDC_ISSUER: 'https://idp.example',
      OIDC_REDIRECT_URI: 'https://planpuls.example/api/v1/auth/oidc/callback',
      OIDC_MUNICIPALITY: 'GOTEBORG',
    }).oidc;
    expect(oidc).toMatchObject({
      redirectUri: 'https://planpuls.example/api/v1/auth/oidc/callback',
      municipality: 'GOTEBORG',
      clientSecret: undefined,
    });
  });

  it('needs a client id', () => {
    expect(() => loadConfig({ PLANPULS_MODE: 'development', OIDC_ISSUER: 'https://idp.example' })).toThrow(ConfigError);
  });

  it('needs a client secret in production', () => {
    const production = {
      PLANPULS_MODE: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DATABASE_APP_PASSWORD: 'p',
      OIDC_CLIENT_ID: 'planpuls',
      OIDC_ISSUER: 'https://idp.example',
    };
    expect(() => loadConfig(production)).toThrow(/OIDC_CLIENT_SECRET/);
    expect(loadConfig({ ...production, OIDC_CLIENT_SECRET: 'secret' }).oidc?.clientSecret).toBe('secret');
  });

  it('allows plain HTTP only for a provider on this machine, and not in production', () => {
    expect(loadConfig({ ...base, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe('http://127.0.0.1:9000');
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'http://idp.example' })).toThrow(/https/);
    expect(() =>
      loadConfig({
        PLANPULS_MODE: 'production',
        SESSION_SECRET: 'x'.repeat(40),
        DATABASE_APP_PASSWORD: 'p',
        OIDC_CLIENT_ID: 'c',
        OIDC_CLIENT_SECRET: 's',
        OIDC_ISSUER: 'http://localhost:9000',
      }),
    ).toThrow(/https/);
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'not a url' })).toThrow(/URL/);
  });
});

describe('whether the provider vouches for the email at the first login', () => {
  it('accepts email_verified: true, and refuses email_verified: false whatever else is said', () => {
    expect(emailVerdict({ email: 'a@b.se', emailVerified: true }, false)).toBe('verified');
    expect(emailVerdict({ email: 'a@b.se', emailVerified: false, domainOwnerVerified: true }, true)).toBe('email_verified_false');
  });

  it('without email_verified (Entra ID), accepts Entra’s xms_edov or a provider trusted by configuration, and refuses otherwise', () => {
    expect(emailVerdict({ email: 'a@b.se', domainOwnerVerified: true }, false)).toBe('verified');
    expect(emailVerdict({ email: 'a@b.se' }, true)).toBe('verified');
    expect(emailVerdict({ email: 'a@b.se', domainOwnerVerified: false }, false)).toBe('email_verified_missing');
    expect(emailVerdict({ email: 'a@b.se' }, false)).toBe('email_verified_missing');
  });

  it('refuses when there is no email at all', () => {
    expect(emailVerdict({ emailVerified: true }, true)).toBe('email_missing');
  });
});
