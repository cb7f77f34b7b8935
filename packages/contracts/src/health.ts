import { Type, type Static } from 'typebox';

export const HealthSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
    database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  },
  { additionalProperties: false },
);
export type Health = Static<typeof HealthSchema>;
