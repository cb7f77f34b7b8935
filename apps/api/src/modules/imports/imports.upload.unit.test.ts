import { describe, expect, it } from 'vitest';
import { importLimitBytes } from './imports.upload';

describe('importLimitBytes', () => {
  it('is 20 MB unless IMPORT_MAX_MB says otherwise, and refuses nonsense', () => {
    expect(importLimitBytes({})).toBe(20 * 1024 * 1024);
    expect(importLimitBytes({ IMPORT_MAX_MB: '' })).toBe(20 * 1024 * 1024);
    expect(importLimitBytes({ IMPORT_MAX_MB: '50' })).toBe(50 * 1024 * 1024);
    expect(importLimitBytes({ IMPORT_MAX_MB: '0.5' })).toBe(512 * 1024);
    for (const bad of ['0', '-1', 'tjugo', 'Infinity']) expect(() => importLimitBytes({ IMPORT_MAX_MB: bad })).toThrow(/IMPORT_MAX_MB/);
    // Read as plain decimals within a range, as every other setting: not hex, not exponents, not a limit of no
    // bytes after rounding (every upload refused) or of a petabyte (no limit at all).
    for (const bad of ['0x20', '1e3', '1e-300', '0.0000001', '1e9', '1025', '20 MB']) {
      expect(() => importLimitBytes({ IMPORT_MAX_MB: bad }), bad).toThrow(/IMPORT_MAX_MB/);
    }
    expect(importLimitBytes({ IMPORT_MAX_MB: '1024' })).toBe(1024 * 1024 * 1024);
  });
});
