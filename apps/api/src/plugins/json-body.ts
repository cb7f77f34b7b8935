import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { ApiError } from '../errors';
import { ErrorCodes } from '@planpuls/contracts';

/**
 * JSON bodies parsed like Fastify does (prototype poisoning refused), and additionally refusing numbers
 * JSON.parse turns into Infinity (`1e999`): no figure in Planpuls is infinite.
 */
export function useJsonBodyParser(app: FastifyInstance): void {
  // Only JSON is accepted (uploads bring their own parser); anything else is a clear 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(new ApiError(400, ErrorCodes.malformedBody, 'The body is empty but was declared as JSON.'));
    try {
      const parsed: unknown = secureJson.parse(
        text,
        (_key, value: unknown) => {
          if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('non-finite number');
          return value;
        },
        { protoAction: 'error', constructorAction: 'error' },
      );
      done(null, parsed);
    } catch (error) {
      const message = error instanceof RangeError ? 'The body contains a number too large to represent.' : 'The body is not valid JSON.';
      done(new ApiError(400, ErrorCodes.malformedBody, message));
    }
  });
}
