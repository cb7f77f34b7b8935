import { createDb } from '@planpuls/db';
import { buildApp } from '@planpuls/api/src/app';
import { loadConfig } from '@planpuls/api/src/config';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Where the web's types of the API live, checked in; `pnpm --filter @planpuls/web generate:api` writes it. */
export const SCHEMA_FILE = new URL('../src/api/schema.d.ts', import.meta.url);

/**
 * The OpenAPI document the API serves at /docs/json, built from the app itself. Building it opens no
 * connection: the pool is never asked for one, so no database is needed.
 */
export async function servedDocument(): Promise<OpenAPI3> {
  const handle = createDb('postgres://generator@127.0.0.1:9/unused', { max: 1 });
  const app = await buildApp({ config: loadConfig({ PLANPULS_MODE: 'development' }), db: handle.db, logger: false });
  try {
    await app.ready();
    return app.swagger() as unknown as OpenAPI3;
  } finally {
    await app.close();
    await handle.close();
  }
}

const HEADER = `/**
 * The API's paths, operations and schemas as TypeScript, generated from the served OpenAPI document by
 * apps/web/scripts/generate-api-types.ts. Do not edit: run \`pnpm --filter @planpuls/web generate:api\`.
 * A unit test fails when this file is not what the API serves now.
 */

`;

/** The TypeScript of the document, as openapi-typescript writes it. */
export async function schemaTypes(document: OpenAPI3): Promise<string> {
  return HEADER + astToString(await openapiTS(document, { alphabetize: false }));
}
