/** NUL, or a UTF-16 surrogate without its partner (which UTF-8, and so PostgreSQL, cannot represent). */
// eslint-disable-next-line no-control-regex -- finding the NUL control character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether PostgreSQL's text can hold this string as it is: it cannot hold U+0000 at all, and a lone surrogate
 * would silently become U+FFFD on the way. Every text a caller sends is checked with this before it is used.
 */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/** A letter, digit, punctuation mark or symbol: what a reader of the trail can see. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Letters that draw nothing (Hangul fillers, the braille blank): \p{L} or \p{S}, yet nothing to read. */
const BLANK_LOOKING = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/**
 * Whether a text says something a reader can see: a reason made only of spaces, tabs, zero-width or other
 * invisible characters is no reason, and counts as none wherever a change needs one.
 */
export const hasVisibleText = (text: string | null | undefined): boolean =>
  typeof text === 'string' && VISIBLE.test(text.replace(BLANK_LOOKING, ''));
