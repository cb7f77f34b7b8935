import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed as SQL; `pnpm db:generate` writes a new one.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
});
