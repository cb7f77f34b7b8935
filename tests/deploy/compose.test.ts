/**
 * docker-compose.yml, checked without a Docker engine: validated against the Compose Specification's
 * official JSON schema (tests/deploy/compose-spec.json, see README.md there for its origin), then its
 * wiring: PostgreSQL 15 with a health check and a named volume, a one-shot `migrate` service that runs the
 * migrations as the owner, the app built from this repository, started only once the database is healthy and
 * the migrations have completed, connected as the application role only, published on port 3000 of
 * 127.0.0.1 only, in production mode with every secret required from the environment (no default password
 * anywhere in the file).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import { DEFAULT_APP_ROLE } from '../../packages/db/src/connection';
import { beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const schemaPath = join(here, 'compose-spec.json');
const composePath = join(repoRoot, 'docker-compose.yml');

type Doc = Record<string, unknown>;

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, what: string): Doc {
  if (!isRecord(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

/** Parses YAML strictly: a syntax error or a duplicate key fails, as it does for `docker compose`. */
function parseYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  return doc.toJS({ maxAliasCount: 100 });
}

/** The JSON Schema version URIs Ajv's default class (draft-07) understands, with or without `#`/https. */
const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;

function compileComposeSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as AnySchemaObject;
  const declared = schema.$schema;
  // The upstream schema declares draft-07; Ajv's default class is the draft-07 validator. If upstream moves
  // to 2019-09/2020-12 this fails loudly so the test is switched to ajv/dist/2019 or ajv/dist/2020.
  if (typeof declared !== 'string' || !DRAFT_07.test(declared)) {
    throw new Error(`compose-spec.json declares ${String(declared)}; expected JSON Schema draft-07`);
  }
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  // Ajv registers the draft-07 meta-schema as http://json-schema.org/draft-07/schema; upstream writes it
  // with https and without '#'. Register the same meta-schema under the spelling the file uses.
  if (!ajv.getSchema(declared)) {
    const meta = ajv.getSchema('http://json-schema.org/draft-07/schema')?.schema;
    if (!isRecord(meta)) throw new Error('Ajv has no draft-07 meta-schema');
    ajv.addMetaSchema({ ...meta, $id: declared });
  }
  return ajv.compile(schema);
}

function errorsOf(validate: ValidateFunction, data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

function describeErrors(errors: ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** `environment` is a mapping or a list of KEY=VALUE strings. */
function environmentOf(service: Doc): Record<string, string> {
  const env = service.environment;
  if (env === undefined) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const text = String(entry);
        const eq = text.indexOf('=');
        return eq < 0 ? [text, ''] : [text.slice(0, eq), text.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(record(env, 'environment')).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

interface PortMapping {
  /** The host address the port is published on; undefined means every interface. */
  ip: string | undefined;
  host: string | undefined;
  container: string;
}

/** Both the short syntax ("[ip:]host:container[/proto]") and the long syntax ({ target, published }). */
function portsOf(service: Doc): PortMapping[] {
  const ports = service.ports;
  if (ports === undefined) return [];
  if (!Array.isArray(ports)) throw new Error('ports is not a list');
  return ports.map((port: unknown) => {
    if (isRecord(port)) {
      return {
        ip: port.host_ip === undefined ? undefined : String(port.host_ip),
        host: port.published === undefined ? undefined : String(port.published),
        container: String(port.target),
      };
    }
    const spec = String(port).replace(/\/(tcp|udp|sctp)$/, '');
    const parts = spec.split(':');
    const container = parts.at(-1) ?? '';
    return {
      ip: parts.length >= 3 ? parts.slice(0, -2).join(':') : undefined,
      host: parts.length >= 2 ? parts.at(-2) : undefined,
      container,
    };
  });
}

/** `depends_on` is a list of names (condition service_started) or a mapping name -> { condition }. */
function dependencyConditions(service: Doc): Record<string, string> {
  const deps = service.depends_on;
  if (deps === undefined) return {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [String(name), 'service_started']));
  return Object.fromEntries(
    Object.entries(record(deps, 'depends_on')).map(([name, spec]) => [
      name,
      isRecord(spec) && typeof spec.condition === 'string' ? spec.condition : 'service_started',
    ]),
  );
}

/**
 * Compose's interpolation: `${VAR}`, `${VAR:-default}` / `${VAR-default}`, and `${VAR:?error}` / `${VAR?error}`,
 * which stops compose with the error when VAR is unset (or, with the colon, empty).
 */
function interpolate(value: string, env: Record<string, string> = {}): string {
  return value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g,
    (_m, name: string, colon: string, kind?: string, word?: string) => {
      const set = env[name] !== undefined && (colon !== ':' || env[name] !== '');
      if (set) return env[name]!;
      if (kind === '?') throw new Error(`compose refuses to start: ${name}: ${word ?? ''}`);
      return kind === '-' ? (word ?? '') : '';
    },
  );
}

/** The variables compose must be given, and stand-ins for them. */
const SECRETS = { POSTGRES_PASSWORD: 'owner-secret', DATABASE_APP_PASSWORD: 'app-secret', SESSION_SECRET: 's'.repeat(48) };

/** Every `${NAME…}` reference in the file, with how it is written. */
function references(text: string): Array<{ name: string; operator: string }> {
  return [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?])?/g)].map((m) => ({ name: m[1]!, operator: m[2] ?? '' }));
}

describe('compose-spec.json (the vendored schema)', () => {
  it('is the file README.md documents, byte for byte', () => {
    const readme = readFileSync(join(here, 'README.md'), 'utf8');
    const documented = /sha256: `([0-9a-f]{64})`/.exec(readme)?.[1];
    expect(documented, 'README.md states the sha256 of compose-spec.json').toBeDefined();
    const actual = createHash('sha256').update(readFileSync(schemaPath)).digest('hex');
    expect(actual).toBe(documented);
  });

  it('is the Compose Specification schema', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Doc;
    expect(schema.title).toBe('Compose Specification');
    expect(schema.$id).toBe('compose_spec.json');
    expect(Object.keys(record(schema.properties, 'properties'))).toEqual(
      expect.arrayContaining(['services', 'volumes', 'networks', 'secrets', 'configs']),
    );
  });
});

describe('docker-compose.yml', () => {
  let validate: ValidateFunction;
  let compose: Doc;
  let services: Doc;
  let text: string;

  beforeAll(() => {
    validate = compileComposeSchema();
    text = readFileSync(composePath, 'utf8');
    compose = record(parseYaml(text), 'docker-compose.yml');
    services = record(compose.services, 'services');
  });

  it('is valid against the Compose Specification schema', () => {
    const errors = errorsOf(validate, compose);
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it('uses the Compose Specification format: no top-level `version:`', () => {
    expect(compose).not.toHaveProperty('version');
  });

  describe('the validation rejects an invalid compose file', () => {
    const valid = (): Doc => ({
      services: {
        db: { image: 'postgres:15' },
        app: { build: '.', depends_on: { db: { condition: 'service_healthy' } }, ports: ['3000:3000'] },
      },
    });
    const broken: [string, (doc: Doc) => void, string][] = [
      ['an unknown top-level key', (d) => (d.servics = d.services), ''],
      ['an unknown service key', (d) => (record(record(d.services, 's').app, 'app').imagee = 'x'), '/services/app'],
      ['ports that are not a list', (d) => (record(record(d.services, 's').app, 'app').ports = { 3000: 3000 }), '/services/app/ports'],
      [
        'a depends_on condition that does not exist',
        (d) => (record(record(d.services, 's').app, 'app').depends_on = { db: { condition: 'service_ready' } }),
        '/services/app/depends_on',
      ],
      [
        'a healthcheck interval that is not a duration string',
        (d) => (record(record(d.services, 's').db, 'db').healthcheck = { interval: 5 }),
        '/services/db/healthcheck/interval',
      ],
      ['a service name with a space', (d) => (record(d.services, 's')['my app'] = { image: 'x' }), '/services'],
      ['services that is a list', (d) => (d.services = [{ image: 'postgres:15' }]), '/services'],
    ];

    it('accepts the minimal valid document the broken ones are made from', () => {
      const errors = errorsOf(validate, valid());
      expect(errors, describeErrors(errors)).toEqual([]);
    });

    it.each(broken)('%s', (_what, breakIt, path) => {
      const doc = valid();
      breakIt(doc);
      const errors = errorsOf(validate, doc);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.some((e) => e.instancePath.startsWith(path))).toBe(true);
    });

    it('rejects the real file once it is broken in memory', () => {
      const doc = structuredClone(compose);
      record(record(doc.services, 'services').app, 'app').depends_on = { db: { condition: 'healthy' } };
      expect(errorsOf(validate, doc).length).toBeGreaterThan(0);
    });

    it('rejects YAML a compose engine would reject (duplicate keys)', () => {
      expect(() => parseYaml('services:\n  app:\n    image: a\n    image: b\n')).toThrow();
    });
  });

  it('runs PostgreSQL 15 with a pg_isready health check and its data on a named volume', () => {
    const db = record(services.db, 'services.db');
    expect(db.image).toMatch(/^postgres:15([.-]|$)/);
    const healthcheck = record(db.healthcheck, 'services.db.healthcheck');
    const test = Array.isArray(healthcheck.test) ? healthcheck.test.join(' ') : String(healthcheck.test);
    expect(test).toContain('pg_isready');
    const named = Object.keys(record(compose.volumes ?? {}, 'volumes'));
    const mounts = (Array.isArray(db.volumes) ? db.volumes : []).map((v: unknown) =>
      isRecord(v)
        ? { source: String(v.source), target: String(v.target) }
        : { source: String(v).split(':')[0] ?? '', target: String(v).split(':')[1] ?? '' },
    );
    const dataMount = mounts.find((m) => m.target === '/var/lib/postgresql/data');
    expect(dataMount, 'a volume mounted at /var/lib/postgresql/data').toBeDefined();
    expect(named).toContain(dataMount?.source);
  });

  it('starts the app only once the database is healthy and the migrations have completed', () => {
    const app = record(services.app, 'services.app');
    expect(dependencyConditions(app)).toMatchObject({ db: 'service_healthy', migrate: 'service_completed_successfully' });
  });

  it('runs the migrations as a one-shot service, after the database is healthy, with a script the API has', () => {
    const migrate = record(services.migrate, 'services.migrate');
    expect(dependencyConditions(migrate)).toMatchObject({ db: 'service_healthy' });
    expect(String(migrate.restart ?? 'no'), 'a one-shot job is not restarted').toBe('no');
    expect(migrate.build, 'built like the app').toEqual(record(services.app, 'services.app').build);
    const command = Array.isArray(migrate.command) ? migrate.command.map(String) : String(migrate.command ?? '').split(/\s+/);
    expect(command.slice(0, 3)).toEqual(['pnpm', '--filter', '@planpuls/api']);
    const scripts = (JSON.parse(readFileSync(join(repoRoot, 'apps/api/package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(command[3]).toBe('db:migrate');
    expect(scripts['db:migrate']).toMatch(/src\/cli\/migrate\.ts/);
    expect(portsOf(migrate)).toEqual([]);
  });
  it('publishes the app on port 3000 of 127.0.0.1 only, and PostgreSQL not at all', () => {
    const app = record(services.app, 'services.app');
    expect(portsOf(app)).toContainEqual({ ip: '127.0.0.1', host: '3000', container: '3000' });
    for (const [name, service] of Object.entries(services)) {
      for (const port of portsOf(record(service, name)))
        expect(port.ip, `${name} publishes ${port.host ?? port.container} on every interface`).toBe('127.0.0.1');
    }
    expect(portsOf(record(services.db, 'services.db')), 'PostgreSQL is published').toEqual([]);
    expect(record(services.db, 'services.db').network_mode, 'PostgreSQL on the host network').toBeUndefined();
    const env = environmentOf(app);
    if (env.PORT !== undefined) expect(env.PORT).toBe('3000');
  });

  it('builds the app from this repository’s Dockerfile', () => {
    const app = record(services.app, 'services.app');
    const build = isRecord(app.build) ? app.build : { context: app.build };
    const context = resolve(repoRoot, String(build.context ?? '.'));
    const dockerfile = String(build.dockerfile ?? 'Dockerfile');
    expect(existsSync(join(context, dockerfile)), `${dockerfile} in ${context}`).toBe(true);
  });

  it('runs the app in production mode: no demo, no demo passwords', () => {
    const env = environmentOf(record(services.app, 'services.app'));
    expect(interpolate(env.PLANPULS_MODE ?? '', SECRETS)).toBe('production');
    expect(env.DEMO_PASSWORD, 'DEMO_PASSWORD').toBeUndefined();
    expect(env.DOCS_PUBLIC ?? 'false', 'DOCS_PUBLIC').toMatch(/^(false|0)$/);
  });

  it('requires every secret from the environment, with no default anywhere in the file', () => {
    const secrets = Object.keys(SECRETS);
    const used = references(text).filter((r) => secrets.includes(r.name));
    expect(new Set(used.map((r) => r.name))).toEqual(new Set(secrets));
    for (const { name, operator } of used) expect(operator, `\${${name}} must be written \${${name}:?…}`).toBe(':?');
    const app = environmentOf(record(services.app, 'services.app'));
    expect(() => interpolate(text, SECRETS)).not.toThrow();
    for (const name of secrets) {
      const without = Object.fromEntries(Object.entries(SECRETS).filter(([key]) => key !== name));
      expect(() => interpolate(text, without), `${name} unset`).toThrow(new RegExp(`refuses to start: ${name}`));
      expect(() => interpolate(text, { ...SECRETS, [name]: '' }), `${name} set but empty`).toThrow(new RegExp(`refuses to start: ${name}`));
    }
    expect(interpolate(app.SESSION_SECRET ?? '', SECRETS).length).toBeGreaterThanOrEqual(32);
  });

  it('gives the migrations the owner DATABASE_URL of the db service and the app role password', () => {
    const env = environmentOf(record(services.migrate, 'services.migrate'));
    const dbEnv = environmentOf(record(services.db, 'services.db'));

    expect(env.DATABASE_URL, 'DATABASE_URL').toBeDefined();
    const url = new URL(interpolate(env.DATABASE_URL ?? '', SECRETS));
    expect(url.protocol).toMatch(/^postgres(ql)?:$/);
    expect(url.hostname).toBe('db');
    expect(url.port || '5432').toBe('5432');
    // The URL's user and password are the ones the postgres image creates (same interpolation, same defaults).
    expect(decodeURIComponent(url.username)).toBe(interpolate(dbEnv.POSTGRES_USER ?? 'postgres', SECRETS));
    expect(decodeURIComponent(url.password)).toBe(interpolate(dbEnv.POSTGRES_PASSWORD ?? '', SECRETS));
    expect(url.pathname.slice(1)).toBe(interpolate(dbEnv.POSTGRES_DB ?? dbEnv.POSTGRES_USER ?? 'postgres', SECRETS));
    expect(interpolate(env.DATABASE_APP_PASSWORD ?? '', SECRETS)).toBe(SECRETS.DATABASE_APP_PASSWORD);
    expect(interpolate(env.PLANPULS_MODE ?? '', SECRETS)).toBe('production');
  });

  it('gives the running app the application role’s URL only: never the owner’s name or password', () => {
    const env = environmentOf(record(services.app, 'services.app'));
    const dbEnv = environmentOf(record(services.db, 'services.db'));
    expect(env.DATABASE_URL, 'the app gets no DATABASE_URL').toBeUndefined();
    const url = new URL(interpolate(env.DATABASE_APP_URL ?? '', SECRETS));
    expect(url.protocol).toMatch(/^postgres(ql)?:$/);
    expect(url.hostname).toBe('db');
    expect(url.port || '5432').toBe('5432');
    expect(url.pathname.slice(1)).toBe(interpolate(dbEnv.POSTGRES_DB ?? 'postgres', SECRETS));
    // The role the migrations provision (DEFAULT_APP_ROLE), with the password they give it.
    expect(decodeURIComponent(url.username)).toBe(DEFAULT_APP_ROLE);
    expect(decodeURIComponent(url.password)).toBe(SECRETS.DATABASE_APP_PASSWORD);
    const owner = interpolate(dbEnv.POSTGRES_USER ?? 'postgres', SECRETS);
    expect(decodeURIComponent(url.username)).not.toBe(owner);
    for (const [name, value] of Object.entries(env)) {
      expect(interpolate(value, SECRETS), `${name} holds the owner's password`).not.toContain(SECRETS.POSTGRES_PASSWORD);
    }
  });
});
