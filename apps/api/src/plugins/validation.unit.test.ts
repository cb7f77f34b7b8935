import { describe, expect, it } from 'vitest';
import { dataExceptionError, loggableError } from '../database-errors';
import { isStorableText } from '@planpuls/domain';
import { unstorableTextPaths } from './validation';

describe('text PostgreSQL can store', () => {
  it('is any well-formed text without NUL, whatever its script or emoji', () => {
    for (const text of ['', 'Farsta', 'Ålänning – ”citat” 😀', '\t\n\r', '\u0001\u001f', '\uFFFD'])
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
  });

  it('is not a NUL anywhere, nor half of a surrogate pair', () => {
    for (const text of ['\u0000', 'a\u0000', '\u0000b', '\ud800', 'a\udc00b', '😀'.slice(0, 1), '😀'.slice(1)])
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
  });

  it('is found in nested bodies, array items and keys, by the path of the field', () => {
    const paths = unstorableTextPaths({
      note: 'ok',
      reason: 'a\u0000',
      items: [{ value: 1 }, { comment: '\ud800' }],
      ['k\u0000']: 1,
      deep: { deeper: { text: '\u0000' } },
    });
    expect(paths.sort()).toEqual(['(key)', 'deep.deeper.text', 'items.1.comment', 'reason']);
    expect(unstorableTextPaths('\u0000')).toEqual(['']);
    expect(unstorableTextPaths({ ok: ['a', 'b', { c: 'd' }], n: 1, b: true, z: null })).toEqual([]);
  });

  it('walks any depth without overflowing the stack, and stops after a bounded number of findings', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableTextPaths(deep)).toHaveLength(1);
    expect(unstorableTextPaths(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });

  it('leaves buffers and streams to the routes that read them', () => {
    expect(unstorableTextPaths({ file: Buffer.from([0, 0, 0]) })).toEqual([]);
  });
});

describe('PostgreSQL data exceptions', () => {
  const failed = (code: string) =>
    Object.assign(new Error('Failed query: SELECT $1\nparams: secret-value'), {
      query: 'SELECT $1',
      params: ['secret-value'],
      cause: Object.assign(new Error(`invalid input: "secret-value"`), { code, detail: 'Key (code)=(secret-value)' }),
    });

  it('answer 400 request.invalid_value for NUL, bad encoding, too long, out of range, bad text and bad dates', () => {
    for (const code of ['22021', '22P05', '22001', '22003', '22P02', '22007', '22008'])
      expect(dataExceptionError(failed(code)), code).toMatchObject({ statusCode: 400, code: 'request.invalid_value' });
    for (const code of ['23505', '40001', '57P01', 'PPR01']) expect(dataExceptionError(failed(code)), code).toBeUndefined();
  });

  it('are logged with the SQL and PostgreSQL’s code, never the parameters or the detail that quote the request’s values', () => {
    const logged = JSON.stringify(loggableError(failed('23505')));
    expect(logged).toContain('SELECT $1');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('Key (code)');
    expect(logged).not.toContain('params: secret-value');
  });
});
