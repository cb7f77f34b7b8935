import { describe, expect, it } from 'vitest';
import { pgFailure, translateViolations } from './database-errors';
import { ApiError } from './errors';

const wrapped = (code: string, constraint?: string) =>
  Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('violation'), { code, constraint }) });

describe('translateViolations', () => {
  it('finds the driver error drizzle wraps in cause', () => {
    expect(pgFailure(wrapped('23505', 'units_code_key'))).toEqual({ code: '23505', constraint: 'units_code_key' });
    expect(pgFailure(new ApiError(404, 'units.not_found', 'x'))).toBeUndefined();
  });

  it('turns a unique violation into the module’s error, given the constraint', async () => {
    const taken = new ApiError(409, 'units.code_taken', 'taken');
    let seen: string | undefined;
    const write = translateViolations(() => Promise.reject(wrapped('23505', 'units_code_key')), {
      unique: (constraint) => {
        seen = constraint;
        return taken;
      },
    });
    await expect(write).rejects.toBe(taken);
    expect(seen).toBe('units_code_key');
  });

  it('falls back to 409 request.conflict for a foreign key and 400 for a check the module does not name', async () => {
    await expect(translateViolations(() => Promise.reject(wrapped('23503')), {})).rejects.toMatchObject({
      statusCode: 409,
      code: 'request.conflict',
    });
    await expect(translateViolations(() => Promise.reject(wrapped('23514')), {})).rejects.toMatchObject({
      statusCode: 400,
      code: 'request.invalid',
    });
  });

  it('passes other errors through untouched', async () => {
    const down = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    await expect(translateViolations(() => Promise.reject(down), {})).rejects.toBe(down);
    const notFound = new ApiError(404, 'units.not_found', 'x');
    await expect(translateViolations(() => Promise.reject(notFound), {})).rejects.toBe(notFound);
    await expect(translateViolations(() => Promise.resolve(7), {})).resolves.toBe(7);
  });
});
