/** The application role: it reads and writes rows but owns nothing, so later migrations can make
 * tables append-only and enforce row-level security against it. */
export const DEFAULT_APP_ROLE = 'planpuls_app';

export interface DatabaseUrls {
  /** Owner of the schema; runs migrations and the seed. */
  ownerUrl: string;
  /** What the application uses for every request. */
  appUrl: string;
  appRole: string;
  appPassword: string;
}

/** Derives the app role's URL from the owner URL unless one is given explicitly. */
export function resolveDatabaseUrls(ownerUrl: string, appPassword: string, appUrl?: string): DatabaseUrls {
  if (appUrl) {
    const parsed = new URL(appUrl);
    return { ownerUrl, appUrl, appRole: decodeURIComponent(parsed.username), appPassword: decodeURIComponent(parsed.password) };
  }
  return { ownerUrl, appUrl: withCredentials(ownerUrl, DEFAULT_APP_ROLE, appPassword), appRole: DEFAULT_APP_ROLE, appPassword };
}

export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** A URL safe to print: the password replaced. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
