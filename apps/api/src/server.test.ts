import { TEST_APP_PASSWORD, useTestDatabase } from '@planpuls/db/testing';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli';

describe('starting in production mode', () => {
  const t = useTestDatabase('demo');

  it('refuses to start while demo users exist', async () => {
    const result = await runCli('src/server.ts', [], {
      PLANPULS_MODE: 'production',
      DATABASE_URL: t.urls.ownerUrl,
      DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
      SESSION_SECRET: 'a-production-secret-of-forty-characters!',
      PORT: '39999',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('refuses to start while demo users');
  });

  it('refuses to start with the default session secret', async () => {
    const result = await runCli('src/server.ts', [], {
      PLANPULS_MODE: 'production',
      DATABASE_URL: t.urls.ownerUrl,
      DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('production mode needs its own SESSION_SECRET');
  });

  it('refuses to start with a fractional session timeout, naming the variable, before touching the database', async () => {
    for (const [name, value] of [
      ['SESSION_IDLE_MINUTES', '0.5'],
      ['SESSION_ABSOLUTE_HOURS', '1.5'],
    ]) {
      const result = await runCli('src/server.ts', [], {
        PLANPULS_MODE: 'development',
        DATABASE_URL: t.urls.ownerUrl,
        DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
        PORT: '39998',
        [name!]: value!,
      });
      expect(result.code, result.output).toBe(1);
      expect(result.output).toContain(`Configuration error: ${name} must be a whole number`);
    }
  });
});
