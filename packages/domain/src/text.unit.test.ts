import { describe, expect, it } from 'vitest';
import { hasVisibleText } from './text';

describe('hasVisibleText', () => {
  it('sees letters, digits, punctuation and symbols in any script', () => {
    for (const text of ['Rättelse', '  x  ', '1', '.', '€', 'ändrad av HR\u200b', '修正']) expect(hasVisibleText(text), text).toBe(true);
  });

  it('sees nothing in spaces, zero-width characters and blank-looking letters', () => {
    for (const text of ['', ' ', '\t\n', '\u00a0', '\u200b', '\u2060\ufeff', '\u3164', '\u2800', '\u115f\u1160', '\u0301']) {
      expect(hasVisibleText(text), JSON.stringify(text)).toBe(false);
    }
    expect(hasVisibleText(undefined)).toBe(false);
    expect(hasVisibleText(null)).toBe(false);
  });
});
