import { describe, expect, it } from 'vitest';
import { bytesWithoutRows, fileWithoutRows } from './csv-rows';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf8Text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

function utf16(text: string, order: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const units = [0xfeff, ...Array.from(text, (char) => char.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  });
  return bytes;
}

describe('leaving rows out of a CSV file', () => {
  const file = 'uppgift;enhet;värde\r\na;FARSTA;1\r\nb;FARSTA;"2\r\nrader"\r\nc;FARSTA;3\r\n';

  it('drops the numbered data rows and keeps the header and the rest as written, a quoted line break inside its record', () => {
    expect(utf8Text(bytesWithoutRows(utf8(file), new Set([2])))).toBe('uppgift;enhet;värde\r\na;FARSTA;1\r\nc;FARSTA;3\r\n');
    expect(utf8Text(bytesWithoutRows(utf8(file), new Set([1, 3])))).toBe('uppgift;enhet;värde\r\nb;FARSTA;"2\r\nrader"\r\n');
  });

  it('keeps a last record without a line break, and a UTF-8 byte order mark', () => {
    const bytes = utf8('\uFEFFuppgift;värde\na;1\nb;2');
    expect(utf8Text(bytesWithoutRows(bytes, new Set([1])))).toBe('\uFEFFuppgift;värde\nb;2');
  });

  // U+0A0A and U+2222 hold the bytes of a line break and a quote; they must not end a record or open a quote.
  const tricky = 'uppgift;enhet;kommentar\r\nsick_hours;FARSTA;Åäö ਊ\r\nlvu_cases;FARSTA;"två\nrader ∢"\r\nbad;FARSTA;fel\r\n';

  it.each(['le', 'be'] as const)('sends a UTF-16 (%s) file back as the same UTF-16 bytes, without the bad rows', async (order) => {
    const original = new File([utf16(tricky, order)], 'farsta.csv', { type: 'text/csv' });
    const sent = await fileWithoutRows(original, new Set([3]));
    const expected = utf16('uppgift;enhet;kommentar\r\nsick_hours;FARSTA;Åäö ਊ\r\nlvu_cases;FARSTA;"två\nrader ∢"\r\n', order);
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(expected);
    expect(new TextDecoder(`utf-16${order}`).decode(await sent.arrayBuffer())).toContain('Åäö ਊ');
    expect(sent.name).toBe('farsta.csv');
    expect(sent.type).toBe('text/csv');
  });
});
