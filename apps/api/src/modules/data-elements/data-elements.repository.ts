import { asc, eq } from 'drizzle-orm';
import { dataElements, type Database } from '@planpuls/db';
import type { DataElement } from '@planpuls/contracts';

export async function listDataElements(db: Database, municipalityId: string): Promise<DataElement[]> {
  return db
    .select({
      id: dataElements.id,
      code: dataElements.code,
      name: dataElements.name,
      definition: dataElements.definition,
      valueType: dataElements.valueType,
      timeAggregation: dataElements.timeAggregation,
      frequency: dataElements.frequency,
      disaggregation: dataElements.disaggregation,
      min: dataElements.min,
      max: dataElements.max,
    })
    .from(dataElements)
    .where(eq(dataElements.municipalityId, municipalityId))
    .orderBy(asc(dataElements.name));
}
