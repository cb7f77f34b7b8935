import { describe, expect, it } from 'vitest';
import { csvRecords, withoutRows } from './csv-rows';

describe('leaving rows out of a CSV file', () => {
  const file = 'uppgift;enhet;värde\r\na;FARSTA;1\r\nb;FARSTA;"2\r\nrader"\r\nc;FARSTA;3\r\n';

  it('keeps a quoted line break inside its record', () => {
    expect(csvRecords(file)).toHaveLength(4);
  });

  it('drops the numbered data rows and keeps the header and the rest as written', () => {
    expect(withoutRows(file, new Set([2]))).toBe('uppgift;enhet;värde\r\na;FARSTA;1\r\nc;FARSTA;3\r\n');
    expect(withoutRows(file, new Set([1, 3]))).toBe('uppgift;enhet;värde\r\nb;FARSTA;"2\r\nrader"\r\n');
  });
});
