import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ApproveReportSchema,
  CreateReportingCycleSchema,
  DeletedSchema,
  NoQuerySchema,
  ReportingCycleListSchema,
  ReportingCycleParamsSchema,
  ReportingCycleQuerySchema,
  ReportingCycleSchema,
  ReturnReportSchema,
  SubmitReportSchema,
  UnitReportListSchema,
  UnitReportParamsSchema,
  UnitReportSchema,
  UpdateReportingCycleSchema,
} from '@planpuls/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { COMMON_ERRORS, errorResponses } from '../../errors';
import { type Caller } from './reporting-cycles.service';

const callerOf = (request: FastifyRequest): Caller => ({
  grants: request.principal!.grants,
  userId: request.principal?.kind === 'user' ? request.principal.userId : null,
});

export async function reportingCyclesRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const cycles = app.services.reportingCycles;
  const tags = ['reporting-cycles'];

  api.get(
    '/reporting-cycles',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        operationId: 'listReportingCycles',
        summary: 'Reporting cycles with their data sets and how many reports are in each state; filter by plan and period',
        querystring: ReportingCycleQuerySchema,
        response: { 200: ReportingCycleListSchema, ...errorResponses(...COMMON_ERRORS) },
      },
    },
    async (request) => ({ items: await cycles.list(request.municipalityId, request.query) }),
  );

  api.post(
    '/reporting-cycles',
    {
      config: { permission: 'cycles:manage' },
      schema: {
        tags,
        operationId: 'createReportingCycle',
        summary: 'Open a cycle for a plan and period: the deadline moves to the next Swedish working day; every unit gets an open report',
        querystring: NoQuerySchema,
        body: CreateReportingCycleSchema,
        response: { 201: ReportingCycleSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await cycles.create(request.municipalityId, request.body)),
  );

  api.get(
    '/reporting-cycles/:cycleId',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        operationId: 'getReportingCycle',
        summary: 'One reporting cycle',
        params: ReportingCycleParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: ReportingCycleSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => cycles.get(request.municipalityId, request.params.cycleId),
  );

  api.patch(
    '/reporting-cycles/:cycleId',
    {
      config: { permission: 'cycles:manage' },
      schema: {
        tags,
        operationId: 'updateReportingCycle',
        summary:
          'Change the dates, reminders, change limit or data set of a cycle; the data set is frozen (409) once any unit has submitted or the review is closed',
        params: ReportingCycleParamsSchema,
        querystring: NoQuerySchema,
        body: UpdateReportingCycleSchema,
        response: { 200: ReportingCycleSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => cycles.update(request.municipalityId, request.params.cycleId, request.body),
  );

  api.delete(
    '/reporting-cycles/:cycleId',
    {
      config: { permission: 'cycles:manage' },
      schema: {
        tags,
        operationId: 'deleteReportingCycle',
        summary: 'Delete a cycle; refused (409) once any unit has submitted or the review is closed',
        params: ReportingCycleParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: DeletedSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409) },
      },
    },
    async (request) => cycles.remove(request.municipalityId, request.params.cycleId),
  );

  api.get(
    '/reporting-cycles/:cycleId/reports',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        operationId: 'listUnitReports',
        summary: 'Each unit’s report in the cycle (only the caller’s units): state, flags, broken rules, figures to explain',
        params: ReportingCycleParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: UnitReportListSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => ({ items: await cycles.reports(request.municipalityId, callerOf(request), request.params.cycleId) }),
  );

  api.get(
    '/reporting-cycles/:cycleId/reports/:unitCode',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags,
        operationId: 'getUnitReport',
        summary: 'One unit’s report in the cycle',
        params: UnitReportParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: UnitReportSchema, ...errorResponses(...COMMON_ERRORS, 404) },
      },
    },
    async (request) => cycles.report(request.municipalityId, callerOf(request), request.params.cycleId, request.params.unitCode),
  );

  api.post(
    '/reporting-cycles/:cycleId/reports/:unitCode/submit',
    {
      config: { permission: 'reports:submit' },
      schema: {
        tags,
        operationId: 'submitUnitReport',
        summary: 'Submit an open or returned report; refused (409) while a broken rule or a figure needing an explanation is unexplained',
        params: UnitReportParamsSchema,
        querystring: NoQuerySchema,
        body: SubmitReportSchema,
        response: { 200: UnitReportSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) =>
      cycles.submit(
        request.municipalityId,
        callerOf(request),
        request.params.cycleId,
        request.params.unitCode,
        request.body.explanations ?? [],
      ),
  );

  api.post(
    '/reporting-cycles/:cycleId/reports/:unitCode/approve',
    {
      config: { permission: 'reports:approve' },
      schema: {
        tags,
        operationId: 'approveUnitReport',
        summary: 'Approve a submitted report',
        params: UnitReportParamsSchema,
        querystring: NoQuerySchema,
        body: ApproveReportSchema,
        response: { 200: UnitReportSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) => cycles.approve(request.municipalityId, callerOf(request), request.params.cycleId, request.params.unitCode),
  );

  api.post(
    '/reporting-cycles/:cycleId/reports/:unitCode/return',
    {
      config: { permission: 'reports:approve' },
      schema: {
        tags,
        operationId: 'returnUnitReport',
        summary: 'Return a submitted report to the unit with a comment; it is then open for HR again',
        params: UnitReportParamsSchema,
        querystring: NoQuerySchema,
        body: ReturnReportSchema,
        response: { 200: UnitReportSchema, ...errorResponses(...COMMON_ERRORS, 403, 404, 409, 413, 415) },
      },
    },
    async (request) =>
      cycles.return(request.municipalityId, callerOf(request), request.params.cycleId, request.params.unitCode, request.body.comment),
  );
}
