import { createServer } from 'node:net';
import pg from 'pg';

/** Password of the application role in test clusters; the role only exists on throwaway servers. */
export const TEST_APP_PASSWORD = 'planpuls_app_test';

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
        return;
      } catch (error) {
        // 55006: the template is briefly in use by a concurrent clone; try again shortly.
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } catch (error) {
    // A role without superuser may not end the app role's sessions (42501): the database then stays until the
    // throwaway server goes; a test's result does not depend on it.
    if ((error as { code?: string }).code !== '42501') throw error;
  } finally {
    await client.end();
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
