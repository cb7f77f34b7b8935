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
  seedDemo: boolean;
  webDist: string;
  logLevel: string;
  session: { secret: string; idleMinutes: number; absoluteHours: number };
  /** Demo users get this password when the demo is seeded (demo mode only). */
  demoPassword: string;
  /** Single sign-on with OpenID Connect (Entra ID); absent means: password login only. */
  oidc: OidcConfig | undefined;
  rateLimit: { requestsPerMinute: number; loginsPerMinute: number };
  /** Behind a reverse proxy that terminates HTTPS: trust its X-Forwarded-* headers (so cookies get Secure). */
  trustProxy: boolean;
  /** Minutes after writing during which the author may still change a comment (COMMENT_EDIT_MINUTES). */
  commentEditMinutes: number;
  /** Minutes between runs of the reminder schedule; 0 turns reminders off. */
  reminderIntervalMinutes: number;
  /** Email through SMTP; absent means: email stays in the outbox for the administrator to read. */
  smtp: SmtpConfig | undefined;
  /** The address people open the app at (e.g. https://planpuls.kommun.se); makes links in email absolute. */
  publicUrl: string | undefined;
  /** Seconds a client has to send a whole request, headers and body (REQUEST_TIMEOUT_SECONDS); then 408. */
  requestTimeoutSeconds: number;
  imports: {
    /** Imports that may run at once (IMPORT_CONCURRENCY); more get 503 with Retry-After, so the pool keeps connections for the rest. */
    concurrency: number;
    /** Seconds reading, checking and staging one file may take once it is received (IMPORT_TIMEOUT_SECONDS); then 413. */
    timeoutSeconds: number;
  };
}

export interface SmtpConfig {
  /** `smtp://user:password@host:587` or `smtps://user:password@host:465`. */
  url: string;
  from: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Absent only for a public client outside production (PKCE alone). */
  clientSecret: string | undefined;
  redirectUri: string;
  /** Code of the municipality whose users log in through this provider. */
  municipality: string;
  /**
   * OIDC_TRUST_EMAIL: the provider only issues email addresses its organisation owns (a municipality's own
   * Entra ID tenant), so an email without `email_verified` may link an account at the first login.
   */
  trustEmail?: boolean;
}

/** Only for development and the demo; production refuses to start with it. */
export const DEFAULT_SESSION_SECRET = 'planpuls-development-session-secret-not-for-production';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = (env.PLANPULS_MODE ?? 'demo') as Mode;
  if (!['development', 'demo', 'production'].includes(mode)) {
    throw new ConfigError(`PLANPULS_MODE must be development, demo or production, not "${mode}"`);
  }
  const sessionSecret = env.SESSION_SECRET ?? DEFAULT_SESSION_SECRET;
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters long');
  if (mode === 'production') {
    if (sessionSecret === DEFAULT_SESSION_SECRET) throw new ConfigError('production mode needs its own SESSION_SECRET');
    if (!env.DATABASE_APP_URL && (env.DATABASE_APP_PASSWORD ?? '') === '') {
      throw new ConfigError('production mode needs DATABASE_APP_PASSWORD (or DATABASE_APP_URL) for the application role');
    }
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
    seedDemo: mode !== 'production',
    webDist: resolve(repoRoot, 'apps/web/dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    session: {
      secret: sessionSecret,
      idleMinutes: positive(env.SESSION_IDLE_MINUTES, 30, 'SESSION_IDLE_MINUTES'),
      absoluteHours: positive(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS'),
    },
    demoPassword: env.DEMO_PASSWORD ?? 'planpuls-demo',
    oidc: oidcConfig(env, mode, integer(env.PORT, 3000, 'PORT')),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    commentEditMinutes: positive(env.COMMENT_EDIT_MINUTES, 15, 'COMMENT_EDIT_MINUTES'),
    rateLimit: {
      requestsPerMinute: positive(env.RATE_LIMIT_PER_MINUTE, 600, 'RATE_LIMIT_PER_MINUTE'),
      loginsPerMinute: positive(env.LOGIN_RATE_LIMIT_PER_MINUTE, 10, 'LOGIN_RATE_LIMIT_PER_MINUTE'),
    },
    reminderIntervalMinutes: nonNegative(env.REMINDER_INTERVAL_MINUTES, 15, 'REMINDER_INTERVAL_MINUTES'),
    smtp: smtpConfig(env),
    publicUrl: publicUrl(env),
    requestTimeoutSeconds: whole(env.REQUEST_TIMEOUT_SECONDS, 120, 'REQUEST_TIMEOUT_SECONDS'),
    imports: {
      concurrency: whole(env.IMPORT_CONCURRENCY, 2, 'IMPORT_CONCURRENCY'),
      timeoutSeconds: whole(env.IMPORT_TIMEOUT_SECONDS, 120, 'IMPORT_TIMEOUT_SECONDS'),
    },
  };
}

function publicUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return undefined;
  if (!['http:', 'https:'].includes(url(raw, 'PUBLIC_URL').protocol)) throw new ConfigError(`PUBLIC_URL must be an http(s) URL, not "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function smtpConfig(env: NodeJS.ProcessEnv): SmtpConfig | undefined {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return undefined;
  if (!['smtp:', 'smtps:'].includes(url(raw, 'SMTP_URL').protocol)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  return { url: raw, from: env.MAIL_FROM?.trim() || 'Planpuls <planpuls@localhost>' };
}

/** SSO is on when OIDC_ISSUER is set; plain HTTP only for a provider on this machine, and never in production. */
function oidcConfig(env: NodeJS.ProcessEnv, mode: Mode, port: number): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const issuerUrl = url(issuer, 'OIDC_ISSUER');
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuerUrl.hostname);
  if (issuerUrl.protocol !== 'https:' && !(issuerUrl.protocol === 'http:' && loopback && mode !== 'production')) {
    throw new ConfigError(`OIDC_ISSUER must be an https URL, not "${issuer}"`);
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID');
  const clientSecret = env.OIDC_CLIENT_SECRET || undefined;
  if (mode === 'production' && !clientSecret) throw new ConfigError('production mode needs OIDC_CLIENT_SECRET when OIDC_ISSUER is set');
  const redirectUri = env.OIDC_REDIRECT_URI || `http://localhost:${port}/api/v1/auth/oidc/callback`;
  if (!['http:', 'https:'].includes(url(redirectUri, 'OIDC_REDIRECT_URI').protocol)) {
    throw new ConfigError(`OIDC_REDIRECT_URI must be an http(s) URL, not "${redirectUri}"`);
  }
  const trustEmail = env.OIDC_TRUST_EMAIL === 'true' || env.OIDC_TRUST_EMAIL === '1';
  return { issuer, clientId, clientSecret, redirectUri, municipality: env.OIDC_MUNICIPALITY || 'STOCKHOLM', trustEmail };
}

function url(raw: string, name: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, not "${raw}"`);
  }
}

function positive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} must be a positive number, not "${raw}"`);
  return value;
}

function nonNegative(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, 0 or more, not "${raw}"`);
  return value;
}

function whole(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a whole number, 1 or more, not "${raw}"`);
  return value;
}

function integer(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new ConfigError(`${name} must be a port number, not "${raw}"`);
  return value;
}
