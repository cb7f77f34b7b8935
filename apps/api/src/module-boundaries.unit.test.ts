import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

describe('module boundaries of the API', () => {
  it("lint refuses a module importing another module's repository, in any spelling, and allows its own and the lookups", async () => {
    for (const bad of [
      "import { findGoal } from '../goals/goals.repository';",
      "import type { Catalogue } from '../figures/figures.repository';",
      "import * as units from '../../modules/units/units.repository';",
      "export { loadTargets } from '../targets/targets.repository.js';",
      "import { findGoal } from './../goals/goals.repository';",
      "import { findGoal } from '../reviews/../goals/goals.repository';",
      "export const goals = () => import('../goals/goals.repository');",
    ]) {
      expect(await restrictedImports('apps/api/src/modules/reviews/reviews.service.ts', `${bad}\nexport const x = 1;\n`), bad).toHaveLength(
        1,
      );
    }
    const fine =
      "import * as repository from './reviews.repository';\nimport { lookups } from '../../lookups/lookups';\nimport type { GoalsService } from '../goals/goals.service';\n";
    expect(
      await restrictedImports(
        'apps/api/src/modules/reviews/reviews.service.ts',
        `${fine}export const x = [repository, lookups] as unknown as GoalsService;\n`,
      ),
    ).toEqual([]);
  }, 60_000);

  it('lint refuses the lookups reaching up into a module', async () => {
    expect(
      await restrictedImports(
        'apps/api/src/lookups/lookups.ts',
        "import { goalErrors } from '../modules/goals/goals.errors';\nexport const x = goalErrors;\n",
      ),
    ).toHaveLength(1);
  }, 60_000);

  it('every service is built in the composition root only: no service or route calls a service factory', () => {
    const calls = sourceFiles(SRC)
      .filter((file) => relative(SRC, file) !== 'services.ts')
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/(?<!function )\b(\w+ServiceFactory)\(/g)].map(
          (match) => `${relative(SRC, file)}: ${match[1]}`,
        ),
      );
    expect(calls).toEqual([]);
  });
});
