import { inArray } from 'drizzle-orm';
import { periods, type Database } from '@planpuls/db';
import { ApiError } from '../../errors';

export interface KnownPeriod {
  id: string;
  code: string;
  startDate: string;
  endDate: string;
}

export const periodOutOfRange = (code: string, field: string) =>
  new ApiError(400, 'periods.out_of_range', `The period ${code} is outside the calendar (2000–2050).`, [
    { field, message: 'is not a period of the calendar' },
  ]);

/**
 * The calendar periods named in a body, by code. `fields` maps each code to the body field it came from,
 * so a code outside the calendar is reported where it was written.
 */
export async function resolvePeriods(db: Database, fields: Array<{ code: string; field: string }>): Promise<Map<string, KnownPeriod>> {
  const codes = [...new Set(fields.map((f) => f.code))];
  const rows = codes.length
    ? await db
        .select({ id: periods.id, code: periods.code, startDate: periods.startDate, endDate: periods.endDate })
        .from(periods)
        .where(inArray(periods.code, codes))
    : [];
  const found = new Map(rows.map((row) => [row.code, row]));
  const unknown = fields.find((f) => !found.has(f.code));
  if (unknown) throw periodOutOfRange(unknown.code, unknown.field);
  return found;
}
