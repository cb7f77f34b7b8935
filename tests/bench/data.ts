/**
 * `pnpm bench:data`: a national-scale dataset for `pnpm bench`. BENCH_MUNICIPALITIES municipalities (default 290)
 * in one database: the demo (Stockholm, seeded by seedDemo, so the demo users log in with planpuls-demo) and
 * generated ones, each with 10–40 units (codes, not names), the demo's data elements, indicators and plans,
 * three professional groups, and a value for every element × unit × group × tertial (2016-T1 … 2025-T3) and
 * year (2016 … 2025) — at full scale about 10.9 million data values. Every period has a reporting cycle with
 * every unit's report approved (the latest tertial: submitted), so figures exist for every reader.
 *
 * Deterministic: BENCH_SEED (default 19) gives the same units and values on every machine (ids are random, as
 * the seed's are). Values are consistent as the validation rules want them (leavers ≤ headcount, mentored ≤
 * new staff, answers ≤ respondents ≤ headcount, …). Loaded as the schema owner through the product's own
 * constraints and triggers (references, write rules, history, revisions): values with COPY, one transaction
 * per municipality, before its cycles exist (as seedDemo does), then its cycles and reports.
 *
 * The data stays in `.bench/pg` (embedded PostgreSQL) or in DATABASE_URL's database; a second run with the same
 * parameters changes nothing, BENCH_REGENERATE=1 (or other parameters) drops the schema and loads afresh.
 */
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { and, isNull, like } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createDb, dropPlanpulsSchema, migrateDatabase, resolveDatabaseUrls, seedDemo, users } from '@planpuls/db';
import { hashPassword } from '../../apps/api/src/modules/auth/passwords';
import { APP_PASSWORD, openBenchDatabase, readManifest, writeManifest } from './bench-db';

const MUNICIPALITIES = whole(process.env.BENCH_MUNICIPALITIES, 290);
const SEED = whole(process.env.BENCH_SEED, 19);
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;
const DEMO_CODE = 'STOCKHOLM';
const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'planpuls-demo';
/** Tables of the demo's catalogue and plans copied into every generated municipality, parents first. */
const CLONED_TABLES = [
  'professional_groups',
  'data_elements',
  'indicators',
  'indicator_formulas',
  'indicator_formula_numerators',
  'plans',
  'focus_areas',
  'goals',
  'targets',
  'target_milestones',
  'target_reference_values',
] as const;

function whole(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number ≥ 1, not "${raw}"`);
  return n;
}

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const say = (message: string) => console.log(`[bench:data] ${message}`);

interface Catalogue {
  elements: Map<string, { id: string; frequency: string; split: boolean }>;
  groups: Array<{ id: string; code: string }>;
}

/** One unit × group's values for every period: consistent with each other, drifting a little per period. */
function* unitValues(random: () => number, split: boolean, group: string): Generator<[element: string, period: string, value: string]> {
  const size = group === 'SOC' ? 15 + random() * 110 : group === 'BIST' ? 6 + random() * 60 : 2 + random() * 14;
  const turnover = 0.04 + random() * 0.22; // a year
  const sick = 0.04 + random() * 0.08;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let tertial = 1; tertial <= 3; tertial++) {
      const period = `${year}-T${tertial}`;
      if (!split) {
        yield ['student_placements', period, String(Math.floor(random() * 7))];
        yield ['system_downtime_hours', period, (random() * 20).toFixed(1)];
        continue;
      }
      const headcount = Math.max(1, size * (0.93 + random() * 0.14));
      const count = (share: number) => Math.min(Math.floor(headcount), Math.round(headcount * share));
      const leavers = count((turnover / 3) * (0.6 + random() * 0.8));
      const newStaff = Math.min(Math.floor(headcount), Math.round(leavers * (0.7 + random() * 0.6)));
      const scheduled = headcount * 500 * (0.97 + random() * 0.06);
      const totalFte = headcount * (0.9 + random() * 0.08);
      const lvu = Math.floor(random() * 12);
      yield ['average_headcount', period, headcount.toFixed(1)];
      yield ['external_leavers', period, String(leavers)];
      yield ['internal_moves_out', period, String(count(0.01 + random() * 0.03))];
      yield ['group_switches_out', period, String(count(random() * 0.015))];
      yield ['sick_hours', period, (scheduled * sick * (0.8 + random() * 0.4)).toFixed(1)];
      yield ['scheduled_hours', period, scheduled.toFixed(1)];
      yield ['open_cases', period, String(Math.round(headcount * (8 + random() * 22)))];
      yield ['caseworker_fte', period, (totalFte * (0.85 + random() * 0.1)).toFixed(1)];
      yield ['new_staff', period, String(newStaff)];
      yield ['new_staff_with_mentor', period, String(Math.round(newStaff * (0.4 + random() * 0.6)))];
      yield ['consultant_fte', period, (totalFte * random() * 0.15).toFixed(1)];
      yield ['total_fte', period, totalFte.toFixed(1)];
      yield ['lvu_cases', period, String(lvu)];
      yield ['lvu_cases_two_caseworkers', period, String(Math.round(lvu * (0.5 + random() * 0.5)))];
    }
    if (!split) continue;
    const headcount = Math.max(1, Math.floor(size));
    const respondents = Math.round(headcount * (0.6 + random() * 0.35));
    const answers = (share: number) => String(Math.min(respondents, Math.round(respondents * share)));
    yield ['staff_3y_experience', String(year), String(Math.round(headcount * (0.3 + random() * 0.5)))];
    yield ['survey_respondents', String(year), String(respondents)];
    yield ['survey_workload_ok', String(year), answers(0.3 + random() * 0.5)];
    yield ['survey_recovery_ok', String(year), answers(0.3 + random() * 0.5)];
    yield ['survey_threats', String(year), answers(random() * 0.5)];
    yield ['survey_influence', String(year), answers(random() * 0.3)];
  }
}

async function copyMunicipality(
  client: pg.PoolClient,
  index: number,
  demoId: string,
  periodIds: Map<string, string>,
): Promise<{ units: number; values: number }> {
  const random = prng(SEED * 100_003 + index);
  const code = `K${String(index).padStart(4, '0')}`;
  const unitCount = 10 + Math.floor(random() * 31);
  await client.query('BEGIN');
  try {
    const municipality = await client.query<{ id: string }>(`INSERT INTO municipalities (code, name) VALUES ($1, $2) RETURNING id`, [
      code,
      `Kommun ${code}`,
    ]);
    const municipalityId = municipality.rows[0]!.id;
    const units = await client.query<{ id: string; code: string }>(
      `INSERT INTO units (municipality_id, code, name, kind)
       SELECT $1, 'E' || lpad(n::text, 2, '0'), 'Enhet ' || lpad(n::text, 2, '0'), (CASE WHEN n = 1 THEN 'central' ELSE 'district' END)::unit_kind
       FROM generate_series(1, $2::int) AS n RETURNING id, code`,
      [municipalityId, unitCount],
    );
    await cloneCatalogue(client, demoId, municipalityId);
    const catalogue = await catalogueOf(client, municipalityId);

    let values = 0;
    const lines = function* (): Generator<string> {
      for (const unit of [...units.rows].sort((a, b) => a.code.localeCompare(b.code))) {
        for (const group of [...catalogue.groups, null]) {
          let chunk = '';
          for (const [element, period, value] of unitValues(random, group !== null, group?.code ?? '')) {
            const known = catalogue.elements.get(element);
            if (!known) throw new Error(`the demo has no data element ${element}`);
            chunk += `${municipalityId}\t${known.id}\t${unit.id}\t${group?.id ?? '\\N'}\t${periodIds.get(period)}\t${value}\n`;
            values++;
          }
          yield chunk;
        }
      }
    };
    await pipeline(
      Readable.from(lines()),
      client.query(
        copyFrom('COPY data_values (municipality_id, data_element_id, unit_id, professional_group_id, period_id, value) FROM STDIN'),
      ),
    );
    await insertCycles(client, municipalityId);
    await client.query('COMMIT');
    return { units: unitCount, values };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The demo's catalogue and plans with new ids: every uuid column is mapped through one table of old → new ids. */
async function cloneCatalogue(client: pg.PoolClient, demoId: string, municipalityId: string): Promise<void> {
  await client.query('CREATE TEMPORARY TABLE IF NOT EXISTS id_map (old uuid PRIMARY KEY, new uuid NOT NULL) ON COMMIT DELETE ROWS');
  for (const table of CLONED_TABLES) {
    const columns = await columnsOf(client, table);
    if (columns.some((column) => column.name === 'id')) {
      await client.query(`INSERT INTO id_map SELECT id, gen_random_uuid() FROM ${table} WHERE municipality_id = $1`, [demoId]);
    }
  }
  for (const table of CLONED_TABLES) {
    const columns = await columnsOf(client, table);
    // Quoted: a column may be named like a keyword (indicator_formulas.window).
    const select = columns.map(({ name, type }) =>
      name === 'municipality_id'
        ? '$2::uuid'
        : type === 'uuid'
          ? `coalesce((SELECT new FROM id_map WHERE old = t."${name}"), t."${name}")`
          : `t."${name}"`,
    );
    await client.query(
      `INSERT INTO ${table} (${columns.map((column) => `"${column.name}"`).join(', ')}) SELECT ${select.join(', ')} FROM ${table} t WHERE t.municipality_id = $1`,
      [demoId, municipalityId],
    );
  }
}

const columnCache = new Map<string, Array<{ name: string; type: string }>>();
async function columnsOf(client: pg.PoolClient, table: string): Promise<Array<{ name: string; type: string }>> {
  const known = columnCache.get(table);
  if (known) return known;
  const result = await client.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  if (result.rows.length === 0) throw new Error(`no table ${table}`);
  columnCache.set(table, result.rows);
  return result.rows;
}

async function catalogueOf(client: pg.PoolClient, municipalityId: string): Promise<Catalogue> {
  const elements = await client.query<{ id: string; code: string; frequency: string; disaggregation: string }>(
    'SELECT id, code, frequency, disaggregation FROM data_elements WHERE municipality_id = $1',
    [municipalityId],
  );
  const groups = await client.query<{ id: string; code: string }>(
    'SELECT id, code FROM professional_groups WHERE municipality_id = $1 ORDER BY code',
    [municipalityId],
  );
  return {
    elements: new Map(
      elements.rows.map((row) => [row.code, { id: row.id, frequency: row.frequency, split: row.disaggregation !== 'none' }]),
    ),
    groups: groups.rows,
  };
}

/**
 * A cycle per period with values, under the plan whose validity covers it (the latest one before it otherwise),
 * its data set the elements of the period's kind, every report approved a few weeks after the period (the
 * latest tertial's submitted), as the demo's history is.
 */
async function insertCycles(client: pg.PoolClient, municipalityId: string): Promise<void> {
  await client.query(
    `INSERT INTO reporting_cycles (municipality_id, plan_id, period_id, opens_on, deadline, due_on)
     SELECT $1, plan.id, p.id, p.end_date + 1, p.end_date + 15, p.end_date + 17
     FROM periods p
     CROSS JOIN LATERAL (
       SELECT pl.id FROM plans pl LEFT JOIN periods vf ON vf.id = pl.valid_from_period_id
       WHERE pl.municipality_id = $1 AND pl.status <> 'draft'
       ORDER BY (vf.start_date <= p.start_date) DESC, vf.start_date DESC LIMIT 1
     ) plan
     WHERE p.kind IN ('tertial', 'year') AND p.year BETWEEN $2 AND $3`,
    [municipalityId, FIRST_YEAR, LAST_YEAR],
  );
  await client.query(
    `INSERT INTO reporting_cycle_elements (municipality_id, cycle_id, data_element_id)
     SELECT $1, c.id, e.id FROM reporting_cycles c JOIN periods p ON p.id = c.period_id
     JOIN data_elements e ON e.municipality_id = $1 AND e.frequency = p.kind
     WHERE c.municipality_id = $1`,
    [municipalityId],
  );
  await client.query(
    `INSERT INTO unit_reports (municipality_id, cycle_id, unit_id, state, submitted_at, approved_at)
     SELECT $1, c.id, u.id,
            (CASE WHEN p.code = $2 THEN 'submitted' ELSE 'approved' END)::unit_report_state,
            (p.end_date + 10)::timestamptz, CASE WHEN p.code = $2 THEN NULL ELSE (p.end_date + 24)::timestamptz END
     FROM reporting_cycles c JOIN periods p ON p.id = c.period_id JOIN units u ON u.municipality_id = $1
     WHERE c.municipality_id = $1`,
    [municipalityId, `${LAST_YEAR}-T3`],
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const database = await openBenchDatabase(say);
  try {
    const manifest = readManifest();
    const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 2 });
    const loaded = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM municipalities');
    if (
      manifest &&
      manifest.municipalities === MUNICIPALITIES &&
      manifest.seed === SEED &&
      loaded.rows[0]!.n === MUNICIPALITIES &&
      process.env.BENCH_REGENERATE !== '1'
    ) {
      say(
        `${manifest.municipalities} municipalities and ${manifest.dataValues.toLocaleString('en')} data values already loaded (${database.description}); BENCH_REGENERATE=1 loads afresh.`,
      );
      await owner.end();
      return;
    }
    if (loaded.rows[0]!.n > 0) {
      say('Dropping the earlier dataset …');
      await owner.end();
      await dropPlanpulsSchema(database.ownerUrl);
      const urls = resolveDatabaseUrls(database.ownerUrl, APP_PASSWORD);
      await migrateDatabase({ ownerUrl: urls.ownerUrl, appRole: urls.appRole, appPassword: urls.appPassword });
    } else {
      await owner.end();
    }

    say(`Loading ${MUNICIPALITIES} municipalities (seed ${SEED}) into ${database.description} …`);
    const handle = createDb(database.ownerUrl, { max: 2 });
    await seedDemo(handle.db);
    await handle.db
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD) })
      .where(and(like(users.email, '%@planpuls.test'), isNull(users.passwordHash)));
    await handle.close();

    const pool = new pg.Pool({ connectionString: database.ownerUrl, max: 1 });
    const client = await pool.connect();
    try {
      const demo = await client.query<{ id: string }>('SELECT id FROM municipalities WHERE code = $1', [DEMO_CODE]);
      const demoId = demo.rows[0]!.id;
      const periods = await client.query<{ id: string; code: string }>('SELECT id, code FROM periods');
      const periodIds = new Map(periods.rows.map((row) => [row.code, row.id]));
      const demoCount = await client.query<{ units: number; values: number }>(
        'SELECT (SELECT count(*)::int FROM units WHERE municipality_id = $1) AS units, (SELECT count(*)::int FROM data_values WHERE municipality_id = $1) AS values',
        [demoId],
      );
      let units = demoCount.rows[0]!.units;
      let values = demoCount.rows[0]!.values;
      const loadStart = performance.now();
      let lastShown = 0;
      for (let index = 2; index <= MUNICIPALITIES; index++) {
        const done = await copyMunicipality(client, index, demoId, periodIds);
        units += done.units;
        values += done.values;
        const now = performance.now();
        if (now - lastShown > 2_000 || index === MUNICIPALITIES) {
          lastShown = now;
          const seconds = (now - loadStart) / 1000;
          const percent = (100 * (index - 1)) / Math.max(1, MUNICIPALITIES - 1);
          const perSecond = Math.round((values - demoCount.rows[0]!.values) / seconds);
          const left = percent > 0 ? (seconds * (100 - percent)) / percent : 0;
          say(
            `${percent.toFixed(1).padStart(5)} %  ${index}/${MUNICIPALITIES} municipalities, ${values.toLocaleString('en')} values, ${perSecond.toLocaleString('en')} rows/s, ~${Math.round(left)} s left`,
          );
        }
      }
      say('ANALYZE …');
      await client.query('ANALYZE');
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      writeManifest({
        municipalities: MUNICIPALITIES,
        units,
        dataValues: values,
        seed: SEED,
        years: `${FIRST_YEAR}–${LAST_YEAR}`,
        loadedAt: new Date().toISOString(),
        loadSeconds: seconds,
      });
      say(
        `Done in ${seconds} s: ${MUNICIPALITIES} municipalities, ${units.toLocaleString('en')} units, ${values.toLocaleString('en')} data values.`,
      );
    } finally {
      client.release();
      await pool.end();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
