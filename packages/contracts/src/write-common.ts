import { Type, type TObject, type TProperties } from 'typebox';
import { IdSchema } from './common';

/**
 * At least one character a reader can see: a letter, digit, punctuation mark or symbol that draws something —
 * `hasVisibleText` of packages/domain as a JSON Schema pattern (validated with Unicode property escapes), and
 * `has_visible_text` in PostgreSQL (migration 0018). Spaces, zero-width characters, a BOM, a soft hyphen, a lone
 * combining mark or a Hangul filler are no text.
 */
export const VISIBLE_TEXT_PATTERN = '(?![\\u115F\\u1160\\u3164\\uFFA0\\u2800])[\\p{L}\\p{N}\\p{P}\\p{S}]';

/** Human text: at least one visible character and bounded, so a blank owner never passes as an owner. */
export const TextSchema = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: VISIBLE_TEXT_PATTERN, ...(description ? { description } : {}) });

export const NameSchema = TextSchema(200);

/**
 * A number any figure, bound or target can take. JSON cannot carry NaN or Infinity and the body parser
 * refuses 1e999; the bounds keep absurd magnitudes out as well.
 */
export const AmountSchema = (description?: string) =>
  Type.Number({ minimum: -1e12, maximum: 1e12, ...(description ? { description } : {}) });

export const PositionSchema = Type.Integer({ minimum: 0, maximum: 10_000, description: 'Order among its siblings' });

/** Routes without query parameters still declare so, so that an unknown parameter is refused. */
export const NoQuerySchema = Type.Object({}, { additionalProperties: false });

export const DeletedSchema = Type.Object({ id: IdSchema, deleted: Type.Literal(true) }, { additionalProperties: false });

/** The body of a PATCH: any of the create fields, at least one, nothing else. */
export const Patch = <T extends TObject<TProperties>>(schema: T) => Type.Partial(schema, { additionalProperties: false, minProperties: 1 });
