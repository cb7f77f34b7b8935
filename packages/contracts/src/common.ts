import { Type, type Static, type TSchema } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const IdSchema = Type.String({ format: 'uuid', description: 'UUID of the thing' });
/** Human, stable codes: unit `FARSTA`, group `SOC`, element `external_leavers`, goal `2.1`. */
export const CodeSchema = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_.\\-]*$' });
export const PeriodCodeSchema = Type.String({
  pattern: '^[0-9]{4}(-T[1-3]|-Q[1-4]|-(0[1-9]|1[0-2]))?$',
  description: 'Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`',
  examples: ['2025-T2'],
});
export const DateSchema = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const PeriodKindSchema = Type.Union([Type.Literal('year'), Type.Literal('tertial'), Type.Literal('quarter'), Type.Literal('month')]);

/** An id or a code, for path parameters that accept either. */
export const IdOrCodeSchema = Type.String({ minLength: 1, maxLength: 64, description: 'UUID or code' });

export const ListOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) }, { additionalProperties: false });

export type PeriodKind = Static<typeof PeriodKindSchema>;
