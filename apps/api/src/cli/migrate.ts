import { loadConfig } from '../config';
import { openDatabase } from '../database';

/** `pnpm db:migrate`: applies pending migrations (opening the database migrates) and exits. */
const say = (message: string) => console.log(`[planpuls] ${message}`);
const database = await openDatabase(loadConfig(), say);
say(`Migrations applied to ${database.description}.`);
await database.close();
