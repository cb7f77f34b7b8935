import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pgErrorCode, useTestDatabase } from './testing';

const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';

interface Tenant {
  municipality: string;
  element: string;
  splitElement: string;
  unit: string;
  group: string;
}

/** The constraint an error names (drizzle wraps the driver's error as `cause`). */
async function failureOf(query: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await query;
  } catch (error) {
    const { code, constraint } = ((error as { cause?: object }).cause ?? error) as { code?: string; constraint?: string };
    return { code, constraint };
  }
  return {};
}

/**
 * The references of data values are kept per statement by triggers (migration 0014) instead of declared
 * foreign keys. These are the guarantees a foreign key gave, one by one, including under concurrency.
 */
describe('the references of data values', () => {
  const t = useTestDatabase('empty');
  const tenants: Tenant[] = [];
  let period: string;

  const createTenant = async (code: string): Promise<Tenant> => {
    const { rows } = await t.owner.execute<Record<keyof Tenant, string>>(sql`
      WITH m AS (INSERT INTO municipalities (code, name) VALUES (${code}, ${code}) RETURNING id),
      e AS (INSERT INTO data_elements (municipality_id, code, name, definition, value_type, time_aggregation, frequency, disaggregation)
        SELECT id, 'hours', 'Timmar', 'Arbetade timmar', 'decimal', 'sum', 'tertial', 'none' FROM m RETURNING id),
      s AS (INSERT INTO data_elements (municipality_id, code, name, definition, value_type, time_aggregation, frequency, disaggregation)
        SELECT id, 'leavers', 'Avgångar', 'Avgångar', 'integer', 'sum', 'tertial', 'professional_group' FROM m RETURNING id),
      u AS (INSERT INTO units (municipality_id, code, name, kind) SELECT id, 'NORTH', 'Norr', 'district' FROM m RETURNING id),
      g AS (INSERT INTO professional_groups (municipality_id, code, name) SELECT id, 'SOC', 'Socialsekreterare' FROM m RETURNING id)
      SELECT m.id AS municipality, e.id AS element, s.id AS "splitElement", u.id AS unit, g.id AS group FROM m, e, s, u, g`);
    return rows[0]!;
  };

  const insertValue = (tenant: Tenant, overrides: Partial<Record<'element' | 'unit' | 'group' | 'period', string | null>> = {}) =>
    t.owner.execute(sql`
      INSERT INTO data_values (municipality_id, data_element_id, unit_id, professional_group_id, period_id, value)
      VALUES (${tenant.municipality}::uuid, ${overrides.element ?? tenant.splitElement}::uuid, ${overrides.unit ?? tenant.unit}::uuid,
        ${overrides.group === undefined ? tenant.group : overrides.group}::uuid, ${overrides.period ?? period}::uuid, 1)`);

  const valueCount = async (tenant: Tenant) =>
    (
      await t.owner.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM data_values WHERE municipality_id = ${tenant.municipality}::uuid`,
      )
    ).rows[0]!.n;

  beforeAll(async () => {
    tenants.push(await createTenant('ONE'), await createTenant('TWO'));
    period = (await t.owner.execute<{ id: string }>(sql`SELECT id FROM periods WHERE code = '2025-T1'`)).rows[0]!.id;
  });

  it('accepts a value whose element, unit, group and period exist in its municipality', async () => {
    const [one] = tenants as [Tenant];
    await insertValue(one);
    await insertValue(one, { element: one.element, group: null });
    expect(await valueCount(one)).toBe(2);
    await t.owner.execute(sql`DELETE FROM data_values`);
  });

  it.each([
    ['element', 'data_values_data_element_ref'],
    ['unit', 'data_values_unit_ref'],
    ['group', 'data_values_professional_group_ref'],
    ['period', 'data_values_period_ref'],
  ] as const)('refuses a missing %s as a foreign key would, naming the reference', async (column, constraint) => {
    const [one] = tenants as [Tenant];
    expect(await failureOf(insertValue(one, { [column]: '00000000-0000-4000-8000-000000000000' }))).toEqual({
      code: PG_FOREIGN_KEY_VIOLATION,
      constraint,
    });
    expect(await valueCount(one)).toBe(0);
  });

  it.each([
    ['an element', 'element'],
    ['a unit', 'unit'],
    ['a group', 'group'],
  ] as const)('refuses %s of another municipality', async (_, column) => {
    const [one, two] = tenants as [Tenant, Tenant];
    const foreign = column === 'element' ? two.splitElement : two[column];
    expect((await failureOf(insertValue(one, { [column]: foreign }))).code).toBe(PG_FOREIGN_KEY_VIOLATION);
    expect(await valueCount(one)).toBe(0);
  });

  it('refuses a whole statement for one bad row among many, writing none of them', async () => {
    const [one] = tenants as [Tenant];
    const write = t.owner.execute(sql`
      INSERT INTO data_values (municipality_id, data_element_id, unit_id, professional_group_id, period_id, value)
      SELECT ${one.municipality}::uuid, ${one.splitElement}::uuid, ${one.unit}::uuid,
        CASE WHEN p.code = '2030-T3' THEN gen_random_uuid() ELSE ${one.group}::uuid END, p.id, 1
      FROM periods p WHERE p.kind = 'tertial'`);
    expect((await failureOf(write)).constraint).toBe('data_values_professional_group_ref');
    expect(await valueCount(one)).toBe(0);
  });

  it('deletes the values of a deleted element, unit or group, and refuses to delete a period in use', async () => {
    const three = await createTenant('THREE');
    await insertValue(three);
    await insertValue(three, { element: three.element, group: null });
    await t.owner.execute(sql`DELETE FROM professional_groups WHERE id = ${three.group}::uuid`);
    expect(await valueCount(three)).toBe(1);
    expect((await failureOf(t.owner.execute(sql`DELETE FROM periods WHERE id = ${period}::uuid`))).constraint).toBe(
      'data_values_period_ref',
    );
    await t.owner.execute(sql`DELETE FROM units WHERE id = ${three.unit}::uuid`);
    expect(await valueCount(three)).toBe(0);

    const four = await createTenant('FOUR');
    await insertValue(four, { element: four.element, group: null });
    await t.owner.execute(sql`DELETE FROM data_elements WHERE id = ${four.element}::uuid`);
    expect(await valueCount(four)).toBe(0);
  });

  it('refuses to change a key that values refer to, or the identity of a value', async () => {
    const five = await createTenant('FIVE');
    await insertValue(five);
    expect((await failureOf(t.owner.execute(sql`UPDATE units SET id = gen_random_uuid() WHERE id = ${five.unit}::uuid`))).constraint).toBe(
      'data_values_unit_ref',
    );
    expect(
      (await failureOf(t.owner.execute(sql`UPDATE data_elements SET id = gen_random_uuid() WHERE id = ${five.splitElement}::uuid`)))
        .constraint,
    ).toBe('data_values_data_element_ref');
    const moved = t.owner.execute(
      sql`UPDATE data_values SET unit_id = ${tenants[0]!.unit}::uuid WHERE municipality_id = ${five.municipality}::uuid`,
    );
    expect(await failureOf(moved)).toEqual({ code: PG_CHECK_VIOLATION, constraint: 'data_values_identity_fixed' });
    // An update that names the identity columns without changing them is an ordinary update.
    await t.owner.execute(sql`UPDATE data_values SET unit_id = unit_id, value = 2 WHERE municipality_id = ${five.municipality}::uuid`);
    // A unit no value refers to may still get a new key.
    const spare = (
      await t.owner.execute<{ id: string }>(
        sql`INSERT INTO units (municipality_id, code, name, kind) VALUES (${five.municipality}::uuid, 'SPARE', 'Reserv', 'district') RETURNING id`,
      )
    ).rows[0]!;
    expect(await pgErrorCode(t.owner.execute(sql`UPDATE units SET id = gen_random_uuid() WHERE id = ${spare.id}::uuid`))).toBeUndefined();
  });

  it('lets a unit being deleted wait for a value being written for it, then takes the value with it', async () => {
    const six = await createTenant('SIX');
    const writing = await heldOpen(
      t.owner,
      sql`INSERT INTO data_values (municipality_id, data_element_id, unit_id, period_id, value)
      VALUES (${six.municipality}::uuid, ${six.element}::uuid, ${six.unit}::uuid, ${period}::uuid, 1)`,
    );
    let deleted = false;
    const deleting = t.owner.execute(sql`DELETE FROM units WHERE id = ${six.unit}::uuid`).then(() => (deleted = true));
    await waitForLockWait(t.owner);
    expect(deleted).toBe(false);
    await writing.commit();
    await deleting;
    expect(await valueCount(six)).toBe(0);
  });

  it('refuses a value for a unit whose deletion commits while the value waits for it', async () => {
    const seven = await createTenant('SEVEN');
    const deleting = await heldOpen(t.owner, sql`DELETE FROM units WHERE id = ${seven.unit}::uuid`);
    const writing = failureOf(insertValue(seven, { element: seven.element, group: null }));
    await waitForLockWait(t.owner);
    await deleting.commit();
    expect(await writing).toEqual({ code: PG_FOREIGN_KEY_VIOLATION, constraint: 'data_values_unit_ref' });
    expect(await valueCount(seven)).toBe(0);
  });
});

type Owner = ReturnType<typeof useTestDatabase>['owner'];

/** Runs a statement in a transaction that stays open, holding its locks, until commit() is called. */
async function heldOpen(db: Owner, statement: SQL): Promise<{ commit: () => Promise<void> }> {
  let ran!: () => void;
  const statementRan = new Promise<void>((resolve) => (ran = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const transaction = db.transaction(async (tx) => {
    await tx.execute(statement);
    ran();
    await released;
  });
  await Promise.race([statementRan, transaction]);
  return {
    commit: async () => {
      release();
      await transaction;
    },
  };
}

/** Until some session of this database waits for a row lock (bounded: fails after 10 s). */
async function waitForLockWait(db: Owner): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no session came to wait for a lock');
}
