import type { Database } from '@planpuls/db';
import type { ChangeFeed } from './change-feed';
import type { Config } from './config';
import type { FigureResponses } from './response-cache';
import type { Services } from './services';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    /** What PostgreSQL tells this process about changes by any process (see change-feed.ts). */
    changeFeed: ChangeFeed;
    /** Every service, built once by the composition root (services.ts). */
    services: Services;
    /** Figure answers as ready bytes per municipality stamp and visibility variant, with ETags (see response-cache.ts). */
    figureResponses: FigureResponses;
  }
  interface FastifyRequest {
    /** The municipality (tenant) this request works inside. */
    municipalityId: string;
  }
}
