import type { Database } from '@planpuls/db';
import type { Config } from './config';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: Config;
  }
  interface FastifyRequest {
    /** The municipality (tenant) this request works inside. */
    municipalityId: string;
  }
}
