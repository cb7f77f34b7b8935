import {
  dataElements,
  indicatorFormulaNumerators,
  indicatorFormulas,
  indicators,
  municipalities,
  professionalGroups,
  units,
  type Database,
} from '@planpuls/db';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app';

/** The municipality the test config works in (`STOCKHOLM`), or another one to prove nothing crosses. */
export async function createMunicipality(db: Database, code = 'STOCKHOLM', name = 'Stockholms stad'): Promise<string> {
  const [row] = await db.insert(municipalities).values({ code, name }).returning({ id: municipalities.id });
  return row!.id;
}

type Payload = InjectOptions['payload'];

/** Short JSON requests against /api/v1 of a test app. */
export function apiClient(t: TestApp) {
  const send = (method: InjectOptions['method'], path: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url: `/api/v1${path}`, ...(payload === undefined ? {} : { payload: payload as Payload }) });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown) => send('POST', path, body),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
    delete: (path: string) => send('DELETE', path),
  };
}

/** The response's JSON after checking its status (the body is shown when it differs). */
export function expectStatus(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.json();
}

/** The error code of an error response after checking its status. */
export function errorCode(response: LightMyRequestResponse, status: number): string {
  return String(expectStatus(response, status).error?.code);
}

/**
 * What a plan refers to, inserted directly: units FARSTA and BROMMA, groups SOC and BIST, data elements
 * average_headcount and external_leavers, and the indicator turnover_external over them.
 */
export async function insertReferenceData(db: Database, municipalityId: string) {
  const tenant = { municipalityId };
  await db.insert(units).values([
    { ...tenant, code: 'FARSTA', name: 'Farsta stadsdelsförvaltning', kind: 'district' },
    { ...tenant, code: 'BROMMA', name: 'Bromma stadsdelsförvaltning', kind: 'district' },
  ]);
  await db.insert(professionalGroups).values([
    { ...tenant, code: 'SOC', name: 'Socialsekreterare' },
    { ...tenant, code: 'BIST', name: 'Biståndshandläggare' },
  ]);
  const element = {
    ...tenant,
    valueType: 'integer',
    timeAggregation: 'sum',
    frequency: 'tertial',
    disaggregation: 'professional_group',
  } as const;
  const [headcount, leavers] = await db
    .insert(dataElements)
    .values([
      {
        ...element,
        code: 'average_headcount',
        name: 'Medelantal anställda',
        definition: 'Genomsnittligt antal anställda.',
        valueType: 'decimal',
        timeAggregation: 'average',
      },
      { ...element, code: 'external_leavers', name: 'Externa avgångar', definition: 'Antal som lämnat staden.' },
    ])
    .returning();
  const [indicator] = await db
    .insert(indicators)
    .values({
      ...tenant,
      code: 'turnover_external',
      name: 'Extern personalomsättning',
      kind: 'share',
      unitOfMeasure: '%',
      decimals: 1,
      source: 'HR-system',
    })
    .returning();
  const [formula] = await db
    .insert(indicatorFormulas)
    .values({
      ...tenant,
      indicatorId: indicator!.id,
      version: 1,
      denominatorElementId: headcount!.id,
      factor: 100,
      window: 'rolling_12_months',
    })
    .returning();
  await db.insert(indicatorFormulaNumerators).values({ ...tenant, formulaId: formula!.id, dataElementId: leavers!.id });
}
