import { describe, expect, it } from 'vitest';
import { decodeReason } from './request-context';

/** What Node hands over for header bytes: one character per byte. */
const asReceived = (bytes: Buffer) => bytes.toString('latin1');

describe('the X-Change-Reason header', () => {
  it('reads raw UTF-8, percent-encoded UTF-8 and RFC 8187 ext-values as the same text', () => {
    const reason = 'Skärpt mål – 5 %';
    expect(decodeReason(asReceived(Buffer.from(reason, 'utf8')))).toBe(reason);
    expect(decodeReason(encodeURIComponent(reason))).toBe(reason);
    expect(decodeReason(`UTF-8''${encodeURIComponent(reason)}`)).toBe(reason);
    expect(decodeReason(`utf-8'sv'${encodeURIComponent(reason)}`)).toBe(reason);
  });

  it('takes bytes that are not UTF-8 as Latin-1, and plain text as it is', () => {
    expect(decodeReason(asReceived(Buffer.from('Skärpt', 'latin1')))).toBe('Skärpt');
    expect(decodeReason('Rättelse')).toBe('Rättelse');
    expect(decodeReason('Ökning med 5%')).toBe('Ökning med 5%');
    expect(decodeReason('Beslut 2025-11-12')).toBe('Beslut 2025-11-12');
  });
});
