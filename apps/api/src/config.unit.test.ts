import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SESSION_SECRET, loadConfig } from './config';

const production = { PLANPULS_MODE: 'production', SESSION_SECRET: 's'.repeat(40), DATABASE_APP_PASSWORD: 'a-real-password' };

describe('loadConfig', () => {
  it('starts in demo mode with development defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'demo', port: 3000, seedDemo: true, session: { secret: DEFAULT_SESSION_SECRET, idleMinutes: 30, absoluteHours: 12 } });
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
});
