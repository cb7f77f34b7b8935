import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from './error-codes';
import { MeasurabilityProblemCodeSchema } from './measurability';

const root = join(import.meta.dirname, '../../..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(root, folder, file));
}

// Dotted literals that are not error codes: request field paths, database settings, file names, and the
// measurability problems (a list of their own, shown by the plan's measurability page).
const NOT_CODES = /^(body|query|querystring|params|headers|planpuls|index)\./;
const measurability = new Set<string>(MeasurabilityProblemCodeSchema.anyOf.map((literal: { const: string }) => literal.const));
const dotted = /'([a-z_]+\.[a-z_]+)'/g;

function dottedLiterals(folders: string[], exclude: string[] = []): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of folders.flatMap(sources)) {
    if (exclude.some((path) => file.endsWith(path))) continue;
    for (const [, literal] of readFileSync(file, 'utf8').matchAll(dotted)) {
      if (!literal || NOT_CODES.test(literal) || measurability.has(literal)) continue;
      if (!found.has(literal)) found.set(literal, relative(root, file));
    }
  }
  return found;
}

describe('the closed list of error codes', () => {
  it('holds every code the API, the contracts and the domain rules write', () => {
    const written = dottedLiterals(['apps/api/src', 'packages/contracts/src', 'packages/domain/src'], ['contracts/src/error-codes.ts']);
    const unlisted = [...written].filter(([code]) => !isErrorCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(written.size).toBeGreaterThan(100);
    expect(unlisted).toEqual([]);
  });

  it('holds no code that nothing writes any more, and each code once', () => {
    const written = dottedLiterals(['apps/api/src', 'packages/contracts/src', 'packages/domain/src'], ['contracts/src/error-codes.ts']);
    expect(ERROR_CODES.filter((code) => !written.has(code))).toEqual([]);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('are written out where the API answers them, never put together at run time (which the list would not see)', () => {
    const assembled = sources('apps/api/src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new ApiError\(\s*[^,]+,\s*`/g)].map(() => relative(root, file)),
    );
    expect(assembled).toEqual([]);
  });

  it('are module.error in lower case', () => {
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(isErrorCode('imports.changed_meanwhile')).toBe(true);
    expect(isErrorCode('imports.made_up')).toBe(false);
  });
});
