import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaTypes, servedDocument } from './api-types';

describe("the web's generated API types", () => {
  it('are what the API serves now (run `pnpm --filter @planpuls/web generate:api` after changing a route or a contract)', async () => {
    const document = await servedDocument();
    expect(Object.keys(document.paths ?? {}).length).toBeGreaterThan(50);
    const current = await schemaTypes(document);
    const checkedIn = await readFile(SCHEMA_FILE, 'utf8');
    // Not toEqual on 15,000 lines: say which operation differs first.
    const firstDifference = current.split('\n').findIndex((line, index) => line !== checkedIn.split('\n')[index]);
    expect(
      firstDifference === -1
        ? null
        : current
            .split('\n')
            .slice(Math.max(0, firstDifference - 3), firstDifference + 3)
            .join('\n'),
    ).toBeNull();
    expect(checkedIn).toBe(current);
  }, 60_000);
});
