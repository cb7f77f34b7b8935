import type { Database } from '@planpuls/db';
import type { ChangeFeed } from './change-feed';
import type { Config } from './config';
import type { Services } from './services';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
    /** What PostgreSQL tells this process about changes by any process (see change-feed.ts). */
    changeFeed: ChangeFeed;
    /** Every service, built once by the composition root (services.ts). */
    services: Services;
  }
  interface FastifyRequest {
    /** The municipality (tenant) this request works inside. */
    municipalityId: string;
  }
}
