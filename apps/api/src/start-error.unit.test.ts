import { describe, expect, it } from 'vitest';
import { describeStartError } from './start-error';

describe('a start-up failure in words', () => {
  it('gives the message and stack of an error, and says so when nothing was given (not "undefined")', () => {
    expect(describeStartError(new Error('port 54329 in use'))).toContain('Error: port 54329 in use');
    expect(describeStartError(undefined)).toBe('an error without a description (undefined) was thrown');
    expect(describeStartError({ code: 'E' })).toBe('{"code":"E"}');
    expect(describeStartError('plain')).toBe('plain');
  });
});
