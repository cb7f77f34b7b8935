import { eq } from 'drizzle-orm';
import { municipalities, type Database } from '@planpuls/db';

export async function findMunicipalityIdByCode(db: Database, code: string): Promise<string | undefined> {
  const [row] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.code, code));
  return row?.id;
}
