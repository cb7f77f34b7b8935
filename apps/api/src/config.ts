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
  /** DOCS_PUBLIC: /docs and /docs/json for everyone; otherwise only for logged-in people and API tokens. */
  docsPublic: boolean;
  /** Seconds a client has to send a whole request, headers and body (REQUEST_TIMEOUT_SECONDS); then 408. */
  requestTimeoutSeconds: number;
  imports: {
    /** Imports that may run at once (IMPORT_CONCURRENCY); more get 503 with Retry-After, so the pool keeps connections for the rest. */
    concurrency: number;
    /** Seconds reading, checking and staging one file may take once it is received (IMPORT_TIMEOUT_SECONDS); then 413. */
    timeoutSeconds: number;
  };
  /** Megabytes of ready figure answers (serialised, compressed) kept per process (RESPONSE_CACHE_MB); the least recently used go first. */
  responseCacheMb: number;
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
  const port = whole(env.PORT, 3000, 'PORT', PORT_RANGE);
  if (!['development', 'demo', 'production'].includes(mode)) {
    throw new ConfigError(`PLANPULS_MODE must be development, demo or production, not "${mode}"`);
  }
  const sessionSecret = env.SESSION_SECRET ?? DEFAULT_SESSION_SECRET;
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters long');
  if (!env.DATABASE_URL && env.DATABASE_APP_URL && mode !== 'production') {
    // The demo is seeded as the owner; an app role alone cannot.
    throw new ConfigError(
      'DATABASE_APP_URL without DATABASE_URL (a schema migrated by its owner) is for production mode; set DATABASE_URL too',
    );
  }
  if (mode === 'production') {
    if (sessionSecret === DEFAULT_SESSION_SECRET) throw new ConfigError('production mode needs its own SESSION_SECRET');
    if (!env.DATABASE_APP_URL && (env.DATABASE_APP_PASSWORD ?? '') === '') {
      throw new ConfigError('production mode needs DATABASE_APP_PASSWORD (or DATABASE_APP_URL) for the application role');
    }
  }
  return {
    mode,
    host: env.HOST ?? '127.0.0.1',
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    databaseAppPassword: env.DATABASE_APP_PASSWORD ?? 'planpuls_app_local',
    embeddedPostgres: {
      dataDir: resolve(repoRoot, env.PLANPULS_DATA_DIR ?? '.data/postgres'),
      port: whole(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT', PORT_RANGE),
      database: 'planpuls',
    },
    seedDemo: mode !== 'production',
    webDist: resolve(repoRoot, 'apps/web/dist'),
    logLevel: oneOf(env.LOG_LEVEL, 'info', 'LOG_LEVEL', LOG_LEVELS),
    session: {
      secret: sessionSecret,
      // Whole numbers: PostgreSQL's make_interval takes integer minutes and hours.
      idleMinutes: whole(env.SESSION_IDLE_MINUTES, 30, 'SESSION_IDLE_MINUTES', { min: 1, max: 24 * 60, unit: 'minutes' }),
      absoluteHours: whole(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS', { min: 1, max: 30 * 24, unit: 'hours' }),
    },
    demoPassword: env.DEMO_PASSWORD ?? 'planpuls-demo',
    oidc: oidcConfig(env, mode, port),
    trustProxy: flag(env.TRUST_PROXY, false, 'TRUST_PROXY'),
    commentEditMinutes: whole(env.COMMENT_EDIT_MINUTES, 15, 'COMMENT_EDIT_MINUTES', { min: 1, max: 7 * 24 * 60, unit: 'minutes' }),
    rateLimit: {
      requestsPerMinute: whole(env.RATE_LIMIT_PER_MINUTE, 600, 'RATE_LIMIT_PER_MINUTE', { min: 1, max: 1_000_000, unit: 'requests' }),
      loginsPerMinute: whole(env.LOGIN_RATE_LIMIT_PER_MINUTE, 10, 'LOGIN_RATE_LIMIT_PER_MINUTE', {
        min: 1,
        max: 1_000_000,
        unit: 'attempts',
      }),
    },
    // At most a week: a timer beyond 2^31 ms (about 24.8 days) would fire at once, over and over.
    reminderIntervalMinutes: whole(env.REMINDER_INTERVAL_MINUTES, 15, 'REMINDER_INTERVAL_MINUTES', {
      min: 0,
      max: 7 * 24 * 60,
      unit: 'minutes',
    }),
    smtp: smtpConfig(env),
    publicUrl: publicUrl(env),
    docsPublic: flag(env.DOCS_PUBLIC, mode !== 'production', 'DOCS_PUBLIC'),
    requestTimeoutSeconds: whole(env.REQUEST_TIMEOUT_SECONDS, 120, 'REQUEST_TIMEOUT_SECONDS', { min: 1, max: 3600, unit: 'seconds' }),
    imports: {
      // Each import holds one of the pool's 10 connections while it runs: at most 8, so sign-in, reading and
      // /health always keep two, however the setting is chosen.
      concurrency: whole(env.IMPORT_CONCURRENCY, 2, 'IMPORT_CONCURRENCY', { min: 1, max: 8, unit: 'imports' }),
      timeoutSeconds: whole(env.IMPORT_TIMEOUT_SECONDS, 120, 'IMPORT_TIMEOUT_SECONDS', { min: 1, max: 3600, unit: 'seconds' }),
    },
    responseCacheMb: whole(env.RESPONSE_CACHE_MB, 64, 'RESPONSE_CACHE_MB', { min: 1, max: 4096, unit: 'megabytes' }),
  };
}

function publicUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return undefined;
  if (!['http:', 'https:'].includes(url(raw, 'PUBLIC_URL').protocol))
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL, not "${raw}"`);
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
  const trustEmail = flag(env.OIDC_TRUST_EMAIL, false, 'OIDC_TRUST_EMAIL');
  return { issuer, clientId, clientSecret, redirectUri, municipality: env.OIDC_MUNICIPALITY || 'STOCKHOLM', trustEmail };
}

function url(raw: string, name: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL, not "${raw}"`);
  }
}

interface WholeRange {
  min: number;
  max: number;
  unit: string;
}

const PORT_RANGE: WholeRange = { min: 1, max: 65535, unit: 'port number' };
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * A whole number within its range, written as plain digits: "2.5", "1e3", "0x10", " 7" or "30min" are refused
 * at startup, naming the variable, rather than failing later in every request that uses the value.
 */
function whole(raw: string | undefined, fallback: number, name: string, { min, max, unit }: WholeRange): number {
  if (raw === undefined || raw === '') return fallback;
  const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const what = unit === 'port number' ? 'a port number (1–65535)' : `a whole number of ${unit} from ${min} to ${max}`;
    throw new ConfigError(`${name} must be ${what}, not "${raw}"`);
  }
  return value;
}

/** true/1 or false/0; anything else (a typo such as "ture" or "yes") is refused rather than read as false. */
function flag(raw: string | undefined, fallback: boolean, name: string): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (or 1 or 0), not "${raw}"`);
}

function oneOf<T extends string>(raw: string | undefined, fallback: T, name: string, allowed: readonly T[]): T {
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, not "${raw}"`);
  return raw as T;
}
