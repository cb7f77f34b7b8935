import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SESSION_SECRET, loadConfig } from './config';

const production = { PLANPULS_MODE: 'production', SESSION_SECRET: 's'.repeat(40), DATABASE_APP_PASSWORD: 'a-real-password' };

describe('loadConfig', () => {
  it('starts in demo mode with development defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'demo',
      port: 3000,
      seedDemo: true,
      session: { secret: DEFAULT_SESSION_SECRET, idleMinutes: 30, absoluteHours: 12 },
    });
  });

  it('accepts production with its own secrets and seeds no demo', () => {
    expect(loadConfig(production)).toMatchObject({ mode: 'production', seedDemo: false });
  });

  it('refuses production with the default session secret or without the application role’s password', () => {
    expect(() => loadConfig({ ...production, SESSION_SECRET: undefined })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, SESSION_SECRET: DEFAULT_SESSION_SECRET })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...production, DATABASE_APP_PASSWORD: undefined })).toThrow(/DATABASE_APP_PASSWORD/);
  });

  it('refuses a short session secret and nonsense numbers in any mode', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/32 characters/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '-5' })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => loadConfig({ PLANPULS_MODE: 'staging' })).toThrow(/PLANPULS_MODE/);
  });

  it('reminds every 15 minutes unless told otherwise; 0 turns reminders off', () => {
    expect(loadConfig({}).reminderIntervalMinutes).toBe(15);
    expect(loadConfig({ REMINDER_INTERVAL_MINUTES: '0' }).reminderIntervalMinutes).toBe(0);
    expect(loadConfig({ REMINDER_INTERVAL_MINUTES: '60' }).reminderIntervalMinutes).toBe(60);
    expect(() => loadConfig({ REMINDER_INTERVAL_MINUTES: '-1' })).toThrow(/REMINDER_INTERVAL_MINUTES/);
    expect(() => loadConfig({ REMINDER_INTERVAL_MINUTES: '2.5' })).toThrow(/REMINDER_INTERVAL_MINUTES/);
  });

  it('sends email through SMTP only when SMTP_URL is set, from MAIL_FROM', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtp://user:secret@mail.kommun.se:587', MAIL_FROM: 'Planpuls <planpuls@kommun.se>' }).smtp).toEqual({
      url: 'smtp://user:secret@mail.kommun.se:587',
      from: 'Planpuls <planpuls@kommun.se>',
    });
    expect(loadConfig({ SMTP_URL: 'smtps://mail.kommun.se' }).smtp?.from).toBe('Planpuls <planpuls@localhost>');
    expect(() => loadConfig({ SMTP_URL: 'mail.kommun.se' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'https://mail.kommun.se' })).toThrow(/SMTP_URL/);
  });

  it('takes the public address for links in email, without a trailing slash', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://planpuls.kommun.se/' }).publicUrl).toBe('https://planpuls.kommun.se');
    expect(() => loadConfig({ PUBLIC_URL: 'planpuls.kommun.se' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://planpuls.kommun.se' })).toThrow(/PUBLIC_URL/);
  });

  describe('every number is the kind of number it must be, refused at startup with the variable’s name', () => {
    const wholeNumbers: Array<{ name: string; min: number; max: number; read: (config: ReturnType<typeof loadConfig>) => number }> = [
      { name: 'PORT', min: 1, max: 65535, read: (c) => c.port },
      { name: 'EMBEDDED_PG_PORT', min: 1, max: 65535, read: (c) => c.embeddedPostgres.port },
      { name: 'SESSION_IDLE_MINUTES', min: 1, max: 1440, read: (c) => c.session.idleMinutes },
      { name: 'SESSION_ABSOLUTE_HOURS', min: 1, max: 720, read: (c) => c.session.absoluteHours },
      { name: 'COMMENT_EDIT_MINUTES', min: 1, max: 10080, read: (c) => c.commentEditMinutes },
      { name: 'RATE_LIMIT_PER_MINUTE', min: 1, max: 1_000_000, read: (c) => c.rateLimit.requestsPerMinute },
      { name: 'LOGIN_RATE_LIMIT_PER_MINUTE', min: 1, max: 1_000_000, read: (c) => c.rateLimit.loginsPerMinute },
      { name: 'REMINDER_INTERVAL_MINUTES', min: 0, max: 10080, read: (c) => c.reminderIntervalMinutes },
      // Imports hold a pooled connection each (10 in the pool): at most 8, so two always stay for the rest.
      { name: 'IMPORT_CONCURRENCY', min: 1, max: 8, read: (c) => c.imports.concurrency },
      { name: 'RESPONSE_CACHE_MB', min: 1, max: 4096, read: (c) => c.responseCacheMb },
    ];

    for (const { name, min, max, read } of wholeNumbers) {
      it(`${name} is a whole number from ${min} to ${max}`, () => {
        expect(read(loadConfig({ [name]: String(min) }))).toBe(min);
        expect(read(loadConfig({ [name]: String(max) }))).toBe(max);
        for (const bad of [
          '2.5',
          '0.5',
          '30.0',
          '1e3',
          '0x10',
          ' 7',
          '7 ',
          '30min',
          'NaN',
          'Infinity',
          String(min - 1),
          String(max + 1),
          '99999999999999999999',
        ]) {
          expect(() => loadConfig({ [name]: bad }), `${name}=${bad}`).toThrow(ConfigError);
          expect(() => loadConfig({ [name]: bad }), `${name}=${bad}`).toThrow(new RegExp(`^${name} must be`));
        }
      });
    }

    for (const name of ['TRUST_PROXY', 'OIDC_TRUST_EMAIL', 'DOCS_PUBLIC']) {
      it(`${name} is true/1 or false/0, and a typo is refused rather than read as false`, () => {
        const oidc = name === 'OIDC_TRUST_EMAIL' ? { OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'planpuls' } : {};
        const read = (value: string) => {
          const config = loadConfig({ ...oidc, [name]: value });
          return name === 'TRUST_PROXY' ? config.trustProxy : name === 'DOCS_PUBLIC' ? config.docsPublic : config.oidc?.trustEmail;
        };
        expect([read('true'), read('1'), read('false'), read('0')]).toEqual([true, true, false, false]);
        for (const bad of ['yes', 'ture', 'TRUE ', 'on', '2'])
          expect(() => read(bad), `${name}=${bad}`).toThrow(new RegExp(`^${name} must be true or false`));
      });
    }

    it('LOG_LEVEL is one of pino’s levels', () => {
      expect(loadConfig({ LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
      expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/^LOG_LEVEL must be one of/);
    });
  });

  it('serves the API documentation to everyone in demo and development, in production only with DOCS_PUBLIC=true', () => {
    expect(loadConfig({}).docsPublic).toBe(true);
    expect(loadConfig({ PLANPULS_MODE: 'development' }).docsPublic).toBe(true);
    expect(loadConfig(production).docsPublic).toBe(false);
    expect(loadConfig({ ...production, DOCS_PUBLIC: 'true' }).docsPublic).toBe(true);
    expect(loadConfig({ DOCS_PUBLIC: 'false' }).docsPublic).toBe(false);
  });
});
