import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { useTestDatabase, type TestDatabase } from '@planpuls/db/testing';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
}

/** The real app on a fresh database of its own (connected as the application role), for `app.inject`. */
export function useTestApp(template: 'empty' | 'demo' = 'demo', overrides: Partial<Config> = {}): TestApp {
  const database = useTestDatabase(template);
  const state = { database } as TestApp;
  beforeAll(async () => {
    const config = { ...loadConfig({ PLANPULS_MODE: 'development' }), ...overrides };
    state.app = await buildApp({ config, db: database.app, logger: false });
    await state.app.ready();
  });
  afterAll(async () => {
    await state.app?.close();
  });
  return state;
}
