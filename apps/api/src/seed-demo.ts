import { createDb, seedDemo } from '@planpuls/db';
import type { OpenDatabase } from './database';

/** Seeds the demo as the schema owner; a no-op when it is already there. */
export async function seedDemoData(database: OpenDatabase): Promise<boolean> {
  const owner = createDb(database.urls.ownerUrl, { max: 2 });
  try {
    return (await seedDemo(owner.db)).seeded;
  } finally {
    await owner.close();
  }
}
