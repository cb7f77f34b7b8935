import { and, count, isNull, like } from 'drizzle-orm';
import { createDb, seedDemo, users } from '@planpuls/db';
import type { OpenDatabase } from './database';
import { hashPassword } from './modules/auth/passwords';

/** Demo accounts end in this domain; production refuses to start while any exists. */
export const DEMO_EMAIL_DOMAIN = '@planpuls.test';

/** Seeds the demo as the schema owner (a no-op when it is there) and gives demo users the demo password. */
export async function seedDemoData(database: OpenDatabase, demoPassword: string): Promise<boolean> {
  if (!database.urls.ownerUrl) throw new Error('seeding the demo needs the owner: set DATABASE_URL');
  const owner = createDb(database.urls.ownerUrl, { max: 2 });
  try {
    const { seeded } = await seedDemo(owner.db);
    await owner.db
      .update(users)
      .set({ passwordHash: await hashPassword(demoPassword) })
      .where(and(like(users.email, `%${DEMO_EMAIL_DOMAIN}`), isNull(users.passwordHash)));
    return seeded;
  } finally {
    await owner.close();
  }
}

export async function countDemoUsers(database: OpenDatabase): Promise<number> {
  const [row] = await database.app.db
    .select({ n: count() })
    .from(users)
    .where(like(users.email, `%${DEMO_EMAIL_DOMAIN}`));
  return row?.n ?? 0;
}
