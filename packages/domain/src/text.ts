/** NUL, or a UTF-16 surrogate without its partner (which UTF-8, and so PostgreSQL, cannot represent). */
// eslint-disable-next-line no-control-regex -- finding the NUL control character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether PostgreSQL's text can hold this string as it is: it cannot hold U+0000 at all, and a lone surrogate
 * would silently become U+FFFD on the way. Every text a caller sends is checked with this before it is used.
 */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);
