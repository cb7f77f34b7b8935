import { randomUUID } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '@planpuls/db';
import { ChangeFeed, connectionOf } from './change-feed';
import type { Config } from './config';
import { errorSchema } from './errors';
import { FigureResponses } from './response-cache';
import { authRoutes } from './modules/auth/auth.routes';
import { oidcRoutes } from './modules/auth/oidc.routes';
import { PostgresSessionStore } from './modules/auth/session-store';
import { apiTokensRoutes } from './modules/api-tokens/api-tokens.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { activitiesRoutes } from './modules/activities/activities.routes';
import { dataElementsRoutes } from './modules/data-elements/data-elements.routes';
import { dataValuesRoutes } from './modules/data-values/data-values.routes';
import { focusAreasRoutes } from './modules/focus-areas/focus-areas.routes';
import { positionsRoutes } from './modules/positions/positions.routes';
import { reviewsRoutes } from './modules/reviews/reviews.routes';
import { goalsRoutes } from './modules/goals/goals.routes';
import { importsRoutes } from './modules/imports/imports.routes';
import { importTemplateRoutes } from './modules/imports/imports.template.routes';
import { exportsRoutes } from './modules/exports/exports.routes';
import { indicatorValuesRoutes } from './modules/indicator-values/indicator-values.routes';
import { progressRoutes } from './modules/progress/progress.routes';
import { reportingCyclesRoutes } from './modules/reporting-cycles/reporting-cycles.routes';
import { explanationsRoutes } from './modules/explanations/explanations.routes';
import { seriesRoutes } from './modules/series/series.routes';
import { healthRoutes } from './modules/health/health.routes';
import { indicatorsRoutes } from './modules/indicators/indicators.routes';
import { measurabilityRoutes } from './modules/measurability/measurability.routes';
import { periodsRoutes } from './modules/periods/periods.routes';
import { plansRoutes } from './modules/plans/plans.routes';
import { professionalGroupsRoutes } from './modules/professional-groups/professional-groups.routes';
import { targetsRoutes } from './modules/targets/targets.routes';
import { unitsRoutes } from './modules/units/units.routes';
import { usersRoutes } from './modules/users/users.routes';
import { commentsRoutes } from './modules/comments/comments.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { outboxRoutes } from './modules/outbox/outbox.routes';
import { overdueRoutes } from './modules/reminders/overdue.routes';
import { useAccessLog } from './plugins/access-log';
import { useDenialCounting } from './plugins/denials';
import { useErrorHandler } from './plugins/error-handler';
import { useJsonBodyParser } from './plugins/json-body';
import { useRequestContext, withAuditContext } from './plugins/request-context';
import { useApiTokenAuth } from './plugins/api-token-auth';
import { registerSecurity, requireCsrfForCookieWrites, useNoStore } from './plugins/security';
import { registerSessions } from './plugins/sessions';
import { registerSwagger } from './plugins/swagger';
import { useTenant } from './plugins/tenant';
import { useAccessControl } from './plugins/access';
import { useStorableText, useStrictValidation } from './plugins/validation';
import { registerWeb } from './plugins/web';
import { createServices } from './services';

export interface AppOptions {
  config: Config;
  db: Database;
  logger?: boolean;
  /** Where log lines go (standard output unless given; tests read them). */
  logStream?: { write(line: string): void };
}

const REQUEST_ID_HEADER = 'x-request-id';

/** Builds the app: infrastructure first, then each module under /api/v1, then the web app. */
export async function buildApp({ config, db, logger = true, logStream }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
          // Secrets never reach the log: passwords, cookies, tokens.
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
              '*.password',
              '*.currentPassword',
              '*.newPassword',
              '*.token',
            ],
            censor: '[redacted]',
          },
          ...(logStream ? { stream: logStream } : {}),
        }
      : false,
    // One cheap access line per request instead (plugins/access-log.ts).
    disableRequestLogging: true,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    // A client that sends its request slowly (or stops halfway) is cut off after this, answered 408: it
    // holds a socket and a temporary file at most, never a database connection (uploads are received first).
    requestTimeout: config.requestTimeoutSeconds * 1000,
    // Node enforces it only when given to the server at creation (Fastify sets it later), and looks for
    // requests past it every connectionsCheckingInterval (30 seconds unless told).
    http: {
      requestTimeout: config.requestTimeoutSeconds * 1000,
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, (config.requestTimeoutSeconds * 1000) / 4)),
    },
    // Long enough that an over-long code reaches validation (a clear 400); beyond it the router answers 404.
    routerOptions: { maxParamLength: 1000 },
    // The one proxy in front, not every hop: `true` would take the left-most X-Forwarded-For address, which the
    // client writes itself, and so let it pick a fresh address (and login budget) for every request.
    trustProxy: config.trustProxy ? 1 : false,
    ajv: { customOptions: { strict: false } },
  });
  app.decorate('db', withAuditContext(db));
  app.decorate('config', config);
  useAccessLog(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addSchema(errorSchema);
  useNoStore(app);
  useRequestContext(app);
  useStrictValidation(app);
  useStorableText(app);
  useJsonBodyParser(app);
  useErrorHandler(app);
  useDenialCounting(app);
  // gzip/brotli for the app's scripts and the larger JSON answers (plan progress): a phone on a slow line
  // otherwise waits for ~300 KB it need not download.
  await app.register(fastifyCompress, { threshold: 1024 });
  const feed = new ChangeFeed(connectionOf(db));
  await feed.start();
  app.decorate('changeFeed', feed);
  app.addHook('onClose', () => feed.close());
  // Read your own writes: a write answers only once this process has heard of what it changed.
  app.addHook('onSend', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') await feed.caughtUp();
  });
  const sessionStore = new PostgresSessionStore(db, config.session, feed);
  const services = createServices({ db: app.db, figuresDb: db, config, feed, sessions: sessionStore });
  app.decorate('services', services);
  app.decorate('figureResponses', new FigureResponses(db, feed, config.responseCacheMb * 1024 * 1024));
  const { auth } = services;
  await registerSessions(app, { secret: config.session.secret, absoluteHours: config.session.absoluteHours, auth, store: sessionStore });
  useApiTokenAuth(app, { failuresPerMinute: config.rateLimit.loginsPerMinute, feed });
  await registerSwagger(app, { public: config.docsPublic });
  await registerSecurity(app, config.rateLimit);

  await app.register(
    async (api) => {
      requireCsrfForCookieWrites(api);
      await api.register(healthRoutes);
      await api.register(authRoutes, { auth, store: sessionStore, loginsPerMinute: config.rateLimit.loginsPerMinute });
      await api.register(oidcRoutes);
      await api.register(async (tenantScoped) => {
        useAccessControl(tenantScoped);
        useTenant(tenantScoped);
        await tenantScoped.register(unitsRoutes);
        await tenantScoped.register(professionalGroupsRoutes);
        await tenantScoped.register(dataElementsRoutes);
        await tenantScoped.register(indicatorsRoutes);
        await tenantScoped.register(periodsRoutes);
        await tenantScoped.register(plansRoutes);
        await tenantScoped.register(measurabilityRoutes);
        await tenantScoped.register(focusAreasRoutes);
        await tenantScoped.register(goalsRoutes);
        await tenantScoped.register(targetsRoutes);
        await tenantScoped.register(activitiesRoutes);
        await tenantScoped.register(dataValuesRoutes);
        await tenantScoped.register(importsRoutes);
        await tenantScoped.register(importTemplateRoutes);
        await tenantScoped.register(exportsRoutes);
        await tenantScoped.register(indicatorValuesRoutes);
        await tenantScoped.register(progressRoutes);
        await tenantScoped.register(reportingCyclesRoutes);
        await tenantScoped.register(explanationsRoutes);
        await tenantScoped.register(positionsRoutes);
        await tenantScoped.register(reviewsRoutes);
        await tenantScoped.register(seriesRoutes);
        await tenantScoped.register(apiTokensRoutes);
        await tenantScoped.register(auditRoutes);
        await tenantScoped.register(usersRoutes);
        await tenantScoped.register(commentsRoutes);
        await tenantScoped.register(notificationsRoutes);
        await tenantScoped.register(outboxRoutes);
        await tenantScoped.register(overdueRoutes);
      });
    },
    { prefix: '/api/v1' },
  );

  await registerWeb(app, config.webDist);
  return app;
}
