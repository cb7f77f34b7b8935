import { describe, expect, it } from 'vitest';
import { csvChunks, csvField, neutralise } from './spreadsheet';

describe('neutralise', () => {
  it('prefixes text a spreadsheet would take for a formula, and nothing else', () => {
    for (const formula of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")'])
      expect(neutralise(formula)).toBe(`'${formula}`);
    for (const text of ['Två nyanställda', '1-2 personer', "'=redan", '', ' =1']) expect(neutralise(text)).toBe(text);
  });
});

describe('csvField', () => {
  it('keeps numbers numeric, a negative one too, with the dialect’s decimal mark', () => {
    expect(csvField(-3.5, 'swedish')).toBe('-3,5');
    expect(csvField(-3.5, 'plain')).toBe('-3.5');
    expect(csvField(41, 'swedish')).toBe('41');
    expect(csvField(null, 'swedish')).toBe('');
  });

  it('quotes neutralised text and text holding separators, quotes or line breaks', () => {
    expect(csvField('=1+1', 'swedish')).toBe(`"'=1+1"`);
    expect(csvField('-1', 'plain')).toBe(`"'-1"`);
    expect(csvField('a;b', 'swedish')).toBe('"a;b"');
    expect(csvField('a,b', 'plain')).toBe('"a,b"');
    expect(csvField('sa "hej"\nrad två', 'plain')).toBe('"sa ""hej""\nrad två"');
    expect(csvField('Farsta', 'swedish')).toBe('Farsta');
  });
});

describe('csvChunks', () => {
  it('writes Swedish Excel CSV with a BOM and CRLF, plain CSV without a BOM', async () => {
    async function* rows() {
      yield ['x', 1.5];
    }
    const text = async (dialect: 'swedish' | 'plain') => {
      let all = '';
      for await (const chunk of csvChunks(['a', 'b'], rows(), dialect)) all += chunk;
      return all;
    };
    expect(await text('swedish')).toBe('\uFEFFa;b\r\nx;1,5\r\n');
    expect(await text('plain')).toBe('a,b\r\nx,1.5\r\n');
  });
});
