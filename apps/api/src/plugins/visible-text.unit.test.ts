import { VISIBLE_TEXT_PATTERN } from '@planpuls/contracts';
import { hasVisibleText } from '@planpuls/domain';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

/**
 * The contract's pattern for human text is the domain's rule (and PostgreSQL's, see packages/db's
 * visible-text.test.ts): the same answer for every code point, alone and between spaces, as the API's
 * validator compiles it.
 */
describe('the contract’s pattern for visible text', () => {
  const validate = new Ajv().compile({ type: 'string', pattern: VISIBLE_TEXT_PATTERN });

  it('answers as hasVisibleText for every code point, alone and between invisible characters', () => {
    const differing: string[] = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = ` \u200b${String.fromCodePoint(cp)}\u00ad `;
      if (validate(text) !== hasVisibleText(text)) differing.push(cp.toString(16));
      if (differing.length > 10) break;
    }
    expect(differing).toEqual([]);
  });

  it('refuses text made of nothing a reader can see', () => {
    for (const text of ['\u200b', '\u00a0\u2060', '\u00ad', '\u0301', '\u3164', '\u200f\u202e', '\ufeff'])
      expect(validate(text), JSON.stringify(text)).toBe(false);
    for (const text of ['Rättelse', '😀', 'e\u0301', '\u3164.']) expect(validate(text), text).toBe(true);
  });
});
