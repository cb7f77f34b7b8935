import { loadConfig } from '../config';
import { openDatabase } from '../database';
import { seedDemoData } from '../seed-demo';

/** `pnpm seed` seeds the demo if missing; `pnpm seed --reset` drops every table first and rebuilds it all. */
const reset = process.argv.includes('--reset');
const say = (message: string) => console.log(`[planpuls] ${message}`);
const config = loadConfig();
const database = await openDatabase(config, say, { reset });
try {
  const seeded = await seedDemoData(database, config.demoPassword);
  say(seeded ? `Demo data seeded into ${database.description}.` : 'Demo data already present (use --reset to rebuild it).');
} finally {
  await database.close();
}
