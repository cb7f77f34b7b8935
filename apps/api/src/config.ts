import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Mode = 'development' | 'demo' | 'production';

export interface Config {
  mode: Mode;
  host: string;
  port: number;
  /** Owner connection of an external server; absent means: start the embedded PostgreSQL. */
  databaseUrl: string | undefined;
  databaseAppUrl: string | undefined;
  databaseAppPassword: string;
  embeddedPostgres: { dataDir: string; port: number; database: string };
  /** The municipality requests work in until people log in (the accounts issue replaces this). */
  municipalityCode: string;
  seedDemo: boolean;
  webDist: string;
  logLevel: string;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = (env.PLANPULS_MODE ?? 'demo') as Mode;
  if (!['development', 'demo', 'production'].includes(mode)) {
    throw new ConfigError(`PLANPULS_MODE must be development, demo or production, not "${mode}"`);
  }
  return {
    mode,
    host: env.HOST ?? '127.0.0.1',
    port: integer(env.PORT, 3000, 'PORT'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    databaseAppPassword: env.DATABASE_APP_PASSWORD ?? 'planpuls_app_local',
    embeddedPostgres: {
      dataDir: resolve(repoRoot, env.PLANPULS_DATA_DIR ?? '.data/postgres'),
      port: integer(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT'),
      database: 'planpuls',
    },
    municipalityCode: env.PLANPULS_MUNICIPALITY ?? 'STOCKHOLM',
    seedDemo: mode !== 'production',
    webDist: resolve(repoRoot, 'apps/web/dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

function integer(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new ConfigError(`${name} must be a port number, not "${raw}"`);
  return value;
}
