import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

/**
 * Every route of the OpenAPI document × every kind of caller, against a table written by hand below —
 * not derived from the policy code it checks. A route missing from the table fails the test, so a new
 * route cannot be forgotten. Allowed means "got past authorization" (any answer but 401/403); refused
 * means 401 for nobody logged in, and 403 (or 401 where a route is for people and a token calls) otherwise.
 *
 * Callers: a = administrator, s = steering group, h = HR of Farsta, u = central union reference group,
 * v = viewer, t = API token of the HR system for Farsta, n = nobody logged in.
 */
const EXPECTED: Record<string, string> = {
  // Public: no login needed.
  getHealth: 'asuhvtn',
  login: 'asuhvtn',
  logout: 'asuhvtn',
  getSsoStatus: 'asuhvtn',
  startSso: 'asuhvtn',
  finishSso: 'asuhvtn',
  // About oneself: people only.
  getMe: 'ashuv',
  getCsrfToken: 'ashuv',
  changePassword: 'ashuv',
  // Reference data and plans: every person.
  listUnits: 'ashuv',
  getUnit: 'ashuv',
  listProfessionalGroups: 'ashuv',
  getProfessionalGroup: 'ashuv',
  listDataElements: 'ashuv',
  getDataElement: 'ashuv',
  listIndicators: 'ashuv',
  getIndicator: 'ashuv',
  listPeriods: 'ashuv',
  listPlans: 'ashuv',
  getPlan: 'ashuv',
  getPlanMeasurability: 'ashuv',
  getFocusArea: 'ashuv',
  getGoal: 'ashuv',
  getTarget: 'ashuv',
  getActivity: 'ashuv',
  // Computed figures: every person.
  getIndicatorValues: 'ashuv',
  getPlanProgress: 'ashuv',
  getGoalSeries: 'ashuv',
  // The catalogue: administrators.
  createUnit: 'a',
  updateUnit: 'a',
  deleteUnit: 'a',
  createProfessionalGroup: 'a',
  updateProfessionalGroup: 'a',
  deleteProfessionalGroup: 'a',
  createDataElement: 'a',
  updateDataElement: 'a',
  deleteDataElement: 'a',
  createIndicator: 'a',
  updateIndicator: 'a',
  deleteIndicator: 'a',
  // Plans and their content: administrators and the steering group.
  createPlan: 'as',
  updatePlan: 'as',
  deletePlan: 'as',
  adoptPlan: 'as',
  createFocusArea: 'as',
  updateFocusArea: 'as',
  deleteFocusArea: 'as',
  createGoal: 'as',
  updateGoal: 'as',
  deleteGoal: 'as',
  createTarget: 'as',
  updateTarget: 'as',
  deleteTarget: 'as',
  createActivity: 'as',
  updateActivity: 'as',
  deleteActivity: 'as',
  // Entered values: never viewers; writing never the steering group or unions.
  listDataValues: 'ashut',
  putDataValue: 'aht',
  importDataValues: 'aht',
  getImportTemplate: 'aht',
  exportDataValues: 'ashut',
  // Union positions: every person reads; only union members record, change and sign them; the steering group answers.
  listGoalPositions: 'ashuv',
  getPosition: 'ashuv',
  createPosition: 'u',
  updatePosition: 'u',
  withdrawPosition: 'u',
  restatePosition: 'u',
  confirmPosition: 'u',
  answerPosition: 'as',
  // The steering-group review of a cycle: every person reads the board; administrators and the steering group assess and close.
  getReviewBoard: 'ashuv',
  assessGoal: 'as',
  assessTarget: 'as',
  closeReview: 'as',
  revisePlan: 'as',
  // People, roles and deputies: administrators.
  listUsers: 'a',
  getUser: 'a',
  createUser: 'a',
  updateUser: 'a',
  setUserPassword: 'a',
  listUserRoles: 'a',
  grantUserRole: 'a',
  revokeUserRole: 'a',
  // Integrations and the audit trail.
  listApiTokens: 'a',
  createApiToken: 'a',
  revokeApiToken: 'a',
  listAudit: 'as',
  getObjectHistory: 'as',
  // Comments: every person reads; writing never viewers (resolving: further limited to the author, steering, admin).
  listComments: 'ashuv',
  listCommentRevisions: 'ashuv',
  listMentionableUsers: 'ashu',
  createComment: 'ashu',
  updateComment: 'ashu',
  resolveCommentThread: 'ashu',
  reopenCommentThread: 'ashu',
  // One's own inbox: every person; the email outbox: administrators; the overdue list: every person (scoped).
  listNotifications: 'ashuv',
  markNotificationRead: 'ashuv',
  markAllNotificationsRead: 'ashuv',
  listOutbox: 'a',
  listOverdueReports: 'ashuv',
  // Reporting cycles: every person reads (reports scoped to their units); cycles are managed by administrators and
  // the steering group; HR submits (its units), administrators and the steering group approve or return.
  listReportingCycles: 'ashuv',
  getReportingCycle: 'ashuv',
  createReportingCycle: 'as',
  updateReportingCycle: 'as',
  deleteReportingCycle: 'as',
  listUnitReports: 'ashuv',
  getUnitReport: 'ashuv',
  submitUnitReport: 'ah',
  approveUnitReport: 'as',
  returnUnitReport: 'as',
  listExplanations: 'ashuv',
  putExplanation: 'ash',
};

/** Writing a value of a unit outside the caller's units: refused to HR and the token even though the route is theirs. */
const OUT_OF_SCOPE_WRITERS = 'a';

interface Operation {
  operationId: string;
  method: string;
  path: string;
  hasBody: boolean;
}

const SOME_ID = '6f1c2d1e-0000-4000-8000-000000000000';

function requestFor(operation: Operation, unitCode = 'FARSTA'): InjectOptions {
  const reads = operation.method === 'GET';
  const values: Record<string, string> = {
    planId: reads ? 'HP-2024' : 'NO-SUCH-PLAN',
    indicatorCode: 'turnover_total',
    dataElementCode: 'student_placements',
    unitCode,
    periodCode: '2026-T3',
    entityType: 'data_values',
  };
  const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? SOME_ID);
  const query = ['getPlanProgress', 'getIndicatorValues'].includes(operation.operationId) ? '?period=2025-T2' : '';
  const request: InjectOptions = { method: operation.method as InjectOptions['method'], url: url + query };
  if (operation.operationId === 'putDataValue') return { ...request, payload: { value: 1 } };
  if (operation.operationId === 'changePassword')
    return { ...request, payload: { currentPassword: 'inte-mitt-lösenord', newPassword: 'ett-nytt-långt-lösenord' } };
  if (operation.operationId === 'importDataValues') {
    return {
      ...request,
      url: `${request.url}?dryRun=true`,
      payload: 'data_element;unit;group;period;value\nstudent_placements;FARSTA;;2026-T3;1\n',
      headers: { 'content-type': 'text/csv' },
    };
  }
  return operation.hasBody ? { ...request, payload: {} } : request;
}

describe('the authorization matrix', () => {
  const t = useTestApp('demo');
  const callers: Record<string, Record<string, string>> = {};
  const emails: Record<string, string> = {
    a: 'admin@planpuls.test',
    s: 'styrgrupp@planpuls.test',
    h: 'hr.farsta@planpuls.test',
    u: 'ssr.central@planpuls.test',
    v: 'lasare@planpuls.test',
  };
  let operations: Operation[] = [];

  beforeAll(async () => {
    const document = (await t.anonymous.inject({ method: 'GET', url: '/docs/json' })).json();
    operations = Object.entries(document.paths as Record<string, Record<string, { operationId: string; requestBody?: unknown }>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          operationId: operation.operationId,
          method: method.toUpperCase(),
          path,
          hasBody: Boolean(operation.requestBody),
        })),
    );
    const token = (
      await t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', payload: { name: 'HR-systemet', units: ['FARSTA'] } })
    ).json().token;
    for (const [caller, email] of Object.entries(emails)) callers[caller] = { cookie: await t.loginAs(email) };
    callers.t = { authorization: `Bearer ${token}` };
    callers.n = {};
  });

  const send = async (caller: string, request: InjectOptions, operationId?: string) => {
    // Logging out ends the session it is sent with: use a session of its own.
    const identity = operationId === 'logout' && emails[caller] ? { cookie: await t.loginAs(emails[caller]!) } : callers[caller];
    return (caller === 'n' ? t.anonymous : t.app).inject({ ...request, headers: { ...(request.headers ?? {}), ...identity } });
  };

  it('has an expected row for every route, and every row is a route', () => {
    const ids = operations.map((operation) => operation.operationId);
    expect(
      ids.filter((id) => !(id in EXPECTED)),
      'routes missing from the table',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((id) => !ids.includes(id)),
      'rows without a route',
    ).toEqual([]);
  });

  it('lets exactly the expected callers past authorization on every route', async () => {
    const mismatches: string[] = [];
    for (const operation of operations) {
      for (const caller of 'ashuvtn') {
        const response = await send(caller, requestFor(operation), operation.operationId);
        const refused = response.statusCode === 401 || response.statusCode === 403;
        const allowed = EXPECTED[operation.operationId]?.includes(caller) ?? false;
        if (allowed === refused)
          mismatches.push(`${operation.operationId} as ${caller}: ${response.statusCode} ${response.body.slice(0, 120)}`);
        if (refused && caller === 'n' && response.statusCode !== 401)
          mismatches.push(`${operation.operationId} as n: ${response.statusCode}, not 401`);
      }
    }
    expect(mismatches).toEqual([]);
    // Seven callers on every route, one request at a time: over a thousand requests on a 2-core machine.
  }, 180_000);

  it('refuses values of a unit outside the caller’s units even on routes the caller may use', async () => {
    const put = operations.find((operation) => operation.operationId === 'putDataValue')!;
    for (const caller of 'aht') {
      const response = await send(caller, requestFor(put, 'SPANGA_TENSTA'));
      const refused = response.statusCode === 403;
      expect(refused, `${caller}: ${response.statusCode} ${response.body}`).toBe(!OUT_OF_SCOPE_WRITERS.includes(caller));
      if (refused) expect(response.json().error.code).toBe('data_values.unit_forbidden');
    }
  });
});
