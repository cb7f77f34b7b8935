import { hasVisibleText } from '@planpuls/domain';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pgErrorCode, useTestDatabase } from './testing';

/** Strings a reason could be made of: nothing, spacing, the invisible characters of Unicode, and real text. */
const CORPUS: readonly string[] = [
  '',
  ' ',
  '   ',
  '\t\n\r',
  '\u00a0', // no-break space
  '\u2007\u202f', // figure space, narrow no-break space
  '\u3000', // ideographic space
  '\u2028\u2029', // line and paragraph separators
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\ufeff', // byte order mark
  '\u00ad', // soft hyphen
  '\u180e', // Mongolian vowel separator
  '\u0301', // a combining acute accent, alone
  '\u0301\u0308\u20dd', // combining marks, alone
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202e\u202c', // right-to-left override, pop
  '\u2066\u2069', // isolates
  '\ufe0f', // variation selector, alone
  '\u{e0061}\u{e007f}', // tag characters
  '\ue000', // private use
  '\u3164', // Hangul filler
  '\u115f\u1160', // Hangul choseong and jungseong fillers
  '\uffa0', // halfwidth Hangul filler
  '\u2800', // braille blank
  ' \u200b\u00a0\u200d\ufeff\u00ad\u0301\u200f ', // all of them at once
  'Rättelse',
  '  x  ',
  'a',
  '1',
  '.',
  '-',
  '€',
  '%',
  '修正',
  'تصحيح',
  '\u200fתיקון', // a right-to-left mark before Hebrew
  'e\u0301',
  'ändrad av HR\u200b',
  '😀',
  '👩\u200d👩\u200d👧',
  '🇸🇪',
  '\u2800x',
  '\u3164\u3164.',
];

describe('the one rule for a text a reader can see', () => {
  const t = useTestDatabase('demo');

  const sqlAnswers = async (texts: readonly string[]): Promise<boolean[]> => {
    const { rows } = await t.app.execute<{ visible: boolean }>(
      sql`SELECT has_visible_text(x) AS visible FROM jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb) WITH ORDINALITY AS s (x, n) ORDER BY n`,
    );
    return rows.map((row) => row.visible);
  };

  it('answers as the domain does for every string of the corpus, and for no text at all', async () => {
    const expected = CORPUS.map((text) => hasVisibleText(text));
    expect(await sqlAnswers(CORPUS)).toEqual(expected);
    // The corpus holds both answers: it would prove little otherwise.
    expect(expected.filter(Boolean).length).toBeGreaterThan(10);
    expect(expected.filter((visible) => !visible).length).toBeGreaterThan(20);
    const none = await t.app.execute<{ visible: boolean }>(sql`SELECT has_visible_text(NULL) AS visible`);
    expect(none.rows[0]!.visible).toBe(hasVisibleText(null));
  });

  it('answers as the domain does for every code point PostgreSQL can store', async () => {
    // Ranges of visible code points, from both sides; NUL and the surrogates cannot be stored as text.
    const fromSql = await t.app.execute<{ first: number; last: number }>(sql`
      SELECT min(cp) AS first, max(cp) AS last
      FROM (SELECT cp, cp - row_number() OVER (ORDER BY cp) AS island
            FROM generate_series(1, 1114111) AS cp
            WHERE (cp < 55296 OR cp > 57343) AND has_visible_text(chr(cp))) AS visible
      GROUP BY island ORDER BY first`);
    const fromDomain: Array<{ first: number; last: number }> = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (!hasVisibleText(String.fromCodePoint(cp))) continue;
      const last = fromDomain.at(-1);
      if (last && last.last === cp - 1) last.last = cp;
      else fromDomain.push({ first: cp, last: cp });
    }
    expect(fromSql.rows).toEqual(fromDomain);
  });

  /** A statement as the application's role, as a user's request runs it, with the given reason. */
  const asApp = (statement: SQL, reason: string) =>
    t.app.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('planpuls.actor_type', 'user', true), set_config('planpuls.reason', ${reason}, true)`);
      return tx.execute(statement);
    });
  const INVISIBLE = CORPUS.filter((text) => !hasVisibleText(text));

  it('refuses, as the application role, a change to an approved report with an invisible reason', async () => {
    const change = sql`
      UPDATE data_values SET value = value + 1
      WHERE unit_id = (SELECT id FROM units WHERE code = 'FARSTA')
        AND period_id = (SELECT id FROM periods WHERE code = '2025-T2')
        AND data_element_id = (SELECT id FROM data_elements WHERE code = 'external_leavers')`;
    const remove = sql`
      DELETE FROM data_values
      WHERE unit_id = (SELECT id FROM units WHERE code = 'FARSTA')
        AND period_id = (SELECT id FROM periods WHERE code = '2025-T2')
        AND data_element_id = (SELECT id FROM data_elements WHERE code = 'external_leavers')`;
    for (const reason of INVISIBLE) {
      expect(await pgErrorCode(asApp(change, reason)), JSON.stringify(reason)).toBe('PPR01');
      expect(await pgErrorCode(asApp(remove, reason)), JSON.stringify(reason)).toBe('PPR01');
    }
    const changed = await asApp(change, 'Rättelse\u200b av summeringsfel');
    expect(changed.rowCount).toBeGreaterThan(0);
  });

  it('refuses, as the application role, an assessment that departs from the computed status with an invisible reason', async () => {
    const assess = (reason: string) => sql`
      INSERT INTO goal_assessments (municipality_id, cycle_id, goal_id, computed_status, assessed_status, override_reason, assessed_by)
      SELECT c.municipality_id, c.id, g.id, 'not_met', 'met', ${reason}, (SELECT id FROM users WHERE email = 'styrgrupp@planpuls.test')
      FROM reporting_cycles c JOIN periods p ON p.id = c.period_id, goals g
      WHERE p.code = '2025-T2' AND g.plan_id = c.plan_id
      ORDER BY g.code LIMIT 1
      ON CONFLICT DO NOTHING`;
    for (const reason of INVISIBLE) expect(await pgErrorCode(asApp(assess(reason), '')), JSON.stringify(reason)).toBe('23514');
    expect((await asApp(assess('Beslut i styrgruppen'), '')).rowCount).toBeLessThanOrEqual(1);
  });

  it('refuses, as the application role, a comment or an explanation that says nothing visible', async () => {
    const comment = (body: string) => sql`
      INSERT INTO comments (municipality_id, subject, goal_id, author_user_id, body)
      SELECT g.municipality_id, 'goal', g.id, (SELECT id FROM users WHERE email = 'styrgrupp@planpuls.test'), ${body}
      FROM goals g ORDER BY g.code LIMIT 1`;
    const explanation = (text: string) => sql`
      INSERT INTO explanations (municipality_id, indicator_id, unit_id, period_id, text)
      SELECT i.municipality_id, i.id, u.id, (SELECT id FROM periods WHERE code = '2040-T1'), ${text}
      FROM indicators i JOIN units u ON u.municipality_id = i.municipality_id
      WHERE i.code = 'turnover_total' AND u.code = 'FARSTA'`;
    for (const text of INVISIBLE) {
      expect(await pgErrorCode(asApp(comment(text), '')), JSON.stringify(text)).toBe('23514');
      expect(await pgErrorCode(asApp(explanation(text), 'Rättelse')), JSON.stringify(text)).toBe('23514');
    }
    expect((await asApp(comment('Synligt\u200b'), '')).rowCount).toBe(1);
    expect((await asApp(explanation('Synligt\u200b'), '')).rowCount).toBe(1);
  });
});
