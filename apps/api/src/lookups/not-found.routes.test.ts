import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

/** Routes that each name a unit, a group or a period by code, in the path, the query or the body. */
const UNKNOWN_UNIT: Array<[string, InjectOptions]> = [
  ['a data value', { method: 'PUT', url: '/api/v1/data-values/average_headcount/ATLANTIS/2025-T2?group=SOC', payload: { value: 10 } }],
  ['an explanation', { method: 'PUT', url: '/api/v1/explanations/turnover_total/ATLANTIS/2025-T2', payload: { text: 'Förklaring' } }],
  ['indicator values', { method: 'GET', url: '/api/v1/indicators/turnover_total/values?period=2025-T2&unit=ATLANTIS' }],
  ['a goal series', { method: 'GET', url: '/api/v1/plans/HP-2024/goals/2.1/series?period=2025-T2&units=ATLANTIS' }],
  ['an export', { method: 'GET', url: '/api/v1/exports/data-values?unit=ATLANTIS' }],
  [
    'an activity',
    { method: 'POST', url: '/api/v1/plans/HP-2024/activities', payload: { code: 'A99', name: 'Aktivitet', unit: 'ATLANTIS' } },
  ],
  [
    'a unit parent',
    { method: 'POST', url: '/api/v1/units', payload: { code: 'NY', name: 'Ny förvaltning', kind: 'district', parent: 'ATLANTIS' } },
  ],
  ['an API token', { method: 'POST', url: '/api/v1/api-tokens', payload: { name: 'HR-systemet', units: ['ATLANTIS'] } }],
];

const UNKNOWN_GROUP: Array<[string, InjectOptions]> = [
  ['a data value', { method: 'PUT', url: '/api/v1/data-values/average_headcount/FARSTA/2025-T2?group=PILOTER', payload: { value: 10 } }],
  [
    'an explanation',
    { method: 'PUT', url: '/api/v1/explanations/turnover_total/FARSTA/2025-T2?group=PILOTER', payload: { text: 'Förklaring' } },
  ],
  ['indicator values', { method: 'GET', url: '/api/v1/indicators/turnover_total/values?period=2025-T2&group=PILOTER' }],
];

const error = (response: LightMyRequestResponse) =>
  response.json().error as { code: string; message: string; details?: Array<{ message: string }> };

describe('one catalogue of not-found errors', () => {
  const t = useTestApp('demo');

  it.each([
    ['unit', 'units.not_found', UNKNOWN_UNIT],
    ['professional group', 'professional_groups.not_found', UNKNOWN_GROUP],
  ] as const)('an unknown %s is answered with the same code and message by every route that names one', async (_kind, code, routes) => {
    const answers = [];
    for (const [what, request] of routes) {
      const response = await t.app.inject(request);
      expect(response.statusCode, `${what}: ${response.body}`).toBe(404);
      expect(error(response).code, what).toBe(code);
      answers.push({ what, message: error(response).message, detail: error(response).details?.[0]?.message });
    }
    const messages = new Set(answers.map((answer) => answer.message));
    expect(messages.size, JSON.stringify(answers, null, 2)).toBe(1);
    const details = new Set(answers.map((answer) => answer.detail).filter((detail) => detail !== undefined));
    expect(details.size, JSON.stringify(answers, null, 2)).toBeLessThanOrEqual(1);
  });

  it('a period outside the calendar is the same 400 periods.out_of_range wherever it is named, at the field that named it', async () => {
    const answers = await Promise.all(
      [
        { method: 'PUT', url: '/api/v1/data-values/average_headcount/FARSTA/2099-T2?group=SOC', payload: { value: 10 } },
        { method: 'PUT', url: '/api/v1/explanations/turnover_total/FARSTA/2099-T2', payload: { text: 'Förklaring' } },
      ].map((request) => t.app.inject(request as InjectOptions)),
    );
    for (const response of answers) expect(response.statusCode, response.body).toBe(400);
    expect(answers.map((response) => error(response))).toEqual(answers.map(() => error(answers[0]!)));
    expect(error(answers[0]!)).toMatchObject({ code: 'periods.out_of_range', details: [{ field: 'params.periodCode' }] });
  });
});
