import type { IndicatorValues, PlanProgress, TargetProgress } from '@planpuls/contracts';

// Names for parts of the contract types the views pass around; derived, never copied.
export type GoalProgress = PlanProgress['goals'][number];
export type CityFigure = TargetProgress['municipality'];
export type UnitFigure = TargetProgress['units'][number];
export type Status = NonNullable<CityFigure['status']>;
export type Trend = CityFigure['trend'];
export type Criterion = TargetProgress['final'];
export type IndicatorCityFigure = IndicatorValues['municipality'];
export type IndicatorUnitFigure = IndicatorValues['units'][number];
