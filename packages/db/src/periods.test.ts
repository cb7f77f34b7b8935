import { parsePeriod } from '@planpuls/domain';
import { describe, expect, it } from 'vitest';
import { periods } from './schema';
import { useTestDatabase } from './testing';

describe('the calendar migration', () => {
  const t = useTestDatabase('empty');

  it('holds every year, tertial, quarter and month of 2000–2050, exactly as the domain parses their codes', async () => {
    const rows = await t.app.select().from(periods);
    expect(rows).toHaveLength(51 * (1 + 3 + 4 + 12));
    for (const row of rows) {
      const parsed = parsePeriod(row.code);
      expect({
        code: row.code,
        kind: row.kind,
        year: row.year,
        number: row.number,
        startDate: row.startDate,
        endDate: row.endDate,
      }).toEqual({
        code: parsed.code,
        kind: parsed.kind,
        year: parsed.year,
        number: parsed.number,
        startDate: parsed.startDate,
        endDate: parsed.endDate,
      });
    }
  });
});
