import { describe, expect, it } from 'vitest';
import { editableDecimal, parseClipboardBlock, parseDecimal } from './decimal';

describe('numbers as typed in Swedish', () => {
  it('reads a decimal comma, thousands spaces and a Unicode minus', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('1\u00a0234')).toBe(1234);
    expect(parseDecimal('\u22123,2')).toBe(-3.2);
  });

  it('reads a decimal point and both separators the way the sheet meant them', () => {
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1,234.5')).toBe(1234.5);
  });

  it('gives null for an empty cell and NaN for words', () => {
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal('tolv')).toBeNaN();
    expect(parseDecimal('12,5,3')).toBeNaN();
  });

  it('writes a value back with the locale decimal separator', () => {
    expect(editableDecimal(12.5, 'sv')).toBe('12,5');
    expect(editableDecimal(12.5, 'en')).toBe('12.5');
    expect(editableDecimal(null, 'sv')).toBe('');
  });
});

describe('a block pasted from Excel', () => {
  it('splits rows and tab-separated cells and drops the final line break', () => {
    expect(parseClipboardBlock('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
