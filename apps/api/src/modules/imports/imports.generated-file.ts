import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';

/** What a generated file is made of: the municipality's tertial and yearly elements, units and groups. */
export interface GeneratedFileCodes {
  elements: Array<{ code: string; valueType: string; frequency: 'tertial' | 'year'; split: boolean }>;
  units: string[];
  groups: string[];
}

export async function loadGeneratedFileCodes(db: Database): Promise<GeneratedFileCodes> {
  const [elements, units, groups] = await Promise.all([
    db.execute<{ code: string; value_type: string; frequency: 'tertial' | 'year'; disaggregation: string }>(
      sql`SELECT code, value_type, frequency, disaggregation FROM data_elements WHERE frequency IN ('tertial', 'year') ORDER BY frequency DESC, code`,
    ),
    db.execute<{ code: string }>(sql`SELECT code FROM units ORDER BY code`),
    db.execute<{ code: string }>(sql`SELECT code FROM professional_groups ORDER BY code`),
  ]);
  return {
    elements: elements.rows.map((row) => ({
      code: row.code,
      valueType: row.value_type,
      frequency: row.frequency,
      split: row.disaggregation !== 'none',
    })),
    units: units.rows.map((row) => row.code),
    groups: groups.rows.map((row) => row.code),
  };
}

export const SWEDISH_HEADER = 'uppgift;enhet;yrkesgrupp;period;värde;kommentar';
const YEARS = Array.from({ length: 51 }, (_, i) => 2000 + i); // the calendar, 2000–2050

/** How many distinct values the codes allow: every element × unit × group × period of the calendar. */
export function capacityOf(codes: GeneratedFileCodes): number {
  return codes.elements.reduce(
    (sum, element) =>
      sum + (element.frequency === 'year' ? 1 : 3) * YEARS.length * codes.units.length * (element.split ? codes.groups.length : 1),
    0,
  );
}

/**
 * A large valid import file as Swedish Excel writes it (BOM, `;`, decimal comma, CRLF), line by line: `rows`
 * distinct identities, oldest periods first. `shift` changes every value, to make a file that updates them all.
 */
export function* generatedCsvLines(codes: GeneratedFileCodes, rows: number, shift = 0): Generator<string> {
  yield `\uFEFF${SWEDISH_HEADER}\r\n`;
  let i = 0;
  for (const frequency of ['tertial', 'year'] as const) {
    const periods = frequency === 'year' ? YEARS.map(String) : YEARS.flatMap((year) => [1, 2, 3].map((n) => `${year}-T${n}`));
    const elements = codes.elements.filter((element) => element.frequency === frequency);
    for (const period of periods) {
      for (const element of elements) {
        for (const unit of codes.units) {
          for (const group of element.split ? codes.groups : ['']) {
            if (i === rows) return;
            const number = (i + shift) % 97;
            const value = element.valueType === 'integer' ? String(number) : `${number},5`;
            yield `${element.code};${unit};${group};${period};${value};\r\n`;
            i++;
          }
        }
      }
    }
  }
}
