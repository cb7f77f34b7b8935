import { defineConfig } from 'vitest/config';

// Three rings: pure unit tests, tests against a real PostgreSQL (embedded unless DATABASE_URL is set),
// and black-box tests of the whole (deployment files, journeys).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/domain/src/**/*.test.ts',
            'packages/contracts/src/**/*.test.ts',
            'apps/api/src/**/*.unit.test.ts',
            'apps/web/src/**/*.test.ts',
            'apps/web/scripts/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'database',
          include: ['packages/db/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
          exclude: ['apps/api/src/**/*.unit.test.ts'],
          globalSetup: ['packages/db/src/testing/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/web/**'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web-e2e',
          include: ['tests/e2e/web/**/*.test.ts'],
          // A browser waits for the server; on a loaded 2-core machine a submit takes longer than poll's 1 s default.
          expect: { poll: { timeout: 15_000 } },
          globalSetup: ['tests/e2e/web/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          teardownTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
