import { Type, type Static } from 'typebox';
import { CodeSchema, IdOrCodeSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { CompletenessSchema, FigureSchema } from './figures';
import { CriterionSchema, StatusSchema } from './progress';

export const GoalSeriesParamsSchema = Type.Object(
  {
    planId: Type.String({ minLength: 1, maxLength: 64, description: 'Plan UUID, or its code for the latest version' }),
    goalId: IdOrCodeSchema,
  },
  { additionalProperties: false },
);

export const GoalSeriesQuerySchema = Type.Object(
  {
    period: PeriodCodeSchema,
    from: Type.Optional(PeriodCodeSchema),
    group: Type.Optional(CodeSchema),
    units: Type.Optional(
      Type.String({
        maxLength: 2000,
        pattern: '^[A-Za-z0-9][A-Za-z0-9_.\\-]*(,[A-Za-z0-9][A-Za-z0-9_.\\-]*)*$',
        description: 'Comma-separated unit codes; the municipality is always included',
      }),
    ),
    companion: Type.Optional(CodeSchema),
  },
  {
    additionalProperties: false,
    description:
      'period: the last period of the series; from: its first (default: the plan’s earliest measured baseline, else its start); ' +
      'group: only the targets for that professional group; companion: another indicator computed beside the goal’s own for the same periods',
  },
);
export type GoalSeriesQuery = Static<typeof GoalSeriesQuerySchema>;

export const InForceSchema = Type.Object(
  {
    source: Type.Union([Type.Literal('milestone'), Type.Literal('final')]),
    period: PeriodCodeSchema,
    criterion: CriterionSchema,
    tolerance: Nullable(Type.Number()),
  },
  { additionalProperties: false },
);

const point = {
  ...FigureSchema.properties,
  requestedPeriod: PeriodCodeSchema,
  status: Nullable(StatusSchema),
  inForce: InForceSchema,
  companion: Nullable(FigureSchema),
};

export const SeriesPointSchema = Type.Object(point, {
  additionalProperties: false,
  description: 'status is null when the figure is suppressed, or for a unit where the target is judged at city level only',
});
export const CitySeriesPointSchema = Type.Object({ ...point, completeness: CompletenessSchema }, { additionalProperties: false });

export const TargetSeriesSchema = Type.Object(
  {
    targetId: IdSchema,
    group: Nullable(CodeSchema),
    level: Type.Union([Type.Literal('unit'), Type.Literal('city')]),
    municipality: Type.Array(CitySeriesPointSchema),
    units: Type.Array(Type.Object({ unit: CodeSchema, points: Type.Array(SeriesPointSchema) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export const GoalSeriesSchema = Type.Object(
  {
    planId: IdSchema,
    goalId: IdSchema,
    goalCode: CodeSchema,
    indicator: Nullable(CodeSchema),
    formulaVersion: Nullable(Type.Integer({ minimum: 1 })),
    companion: Nullable(
      Type.Object({ indicator: CodeSchema, formulaVersion: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
    ),
    periods: Type.Array(PeriodCodeSchema, { description: 'The periods asked for, oldest first (a yearly goal has one per year)' }),
    targets: Type.Array(TargetSeriesSchema),
  },
  { additionalProperties: false, description: 'A goal without an indicator has no targets here' },
);
export type GoalSeries = Static<typeof GoalSeriesSchema>;
