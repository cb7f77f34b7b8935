import type { PlanProgress, TargetProgress } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import {
  judge,
  previousPeriod,
  requireTargetDefinition,
  type Grant,
  type Criterion as DomainCriterion,
  type FigureSet,
  type RolledUpValue,
} from '@planpuls/domain';
import { figureBasis } from '../figures/approved-figures';
import type { FiguresService, FigureRequest } from '../figures/figures.service';
import type { Disclosure } from '../figures/disclosure';
import { shownFigure } from '../figures/suppression';
import { lookups } from '../../lookups/lookups';
import type { PlansService } from '../plans/plans.service';

type Criterion = TargetProgress['final'];

function criterionOut(criterion: DomainCriterion): Criterion {
  return criterion.kind === 'range'
    ? { kind: 'range', min: criterion.min, max: criterion.max, value: null }
    : { kind: criterion.kind, min: null, max: null, value: criterion.value };
}

/** The computed value (unrounded) of a figure, or null when there is none. */
const valueOf = (figure: RolledUpValue | undefined) => (figure?.outcome === 'computed' ? figure.value : null);

export function progressServiceFactory({
  db,
  figures,
  plans,
}: {
  db: Database;
  figures: FiguresService;
  plans: Pick<PlansService, 'content'>;
}) {
  return {
    /** Per goal and target: the checkpoint in force, the municipality's figure and each unit's, judged. */
    async forPlan(municipalityId: string, grants: readonly Grant[], planIdOrCode: string, period: string): Promise<PlanProgress> {
      const plan = await lookups.plan(db, municipalityId, planIdOrCode);
      const { focusAreas } = await plans.content(municipalityId, plan.id);
      const goals = focusAreas.flatMap((area) => area.goals);
      const judged = goals.flatMap((goal) =>
        goal.indicator ? goal.targets.map((target) => ({ goal, target, indicator: goal.indicator! })) : [],
      );

      // Round one: the figure at the period and at each baseline period; round two: the previous period of each figure.
      const current: FigureRequest[] = judged.map(({ target, indicator }) => ({ indicator, period, group: target.group }));
      const baselines: FigureRequest[] = judged.map(({ target, indicator }) => ({
        indicator,
        period: target.baseline?.kind === 'from_data' ? target.baseline.period : period,
        group: target.group,
      }));
      const options = { basis: figureBasis(grants) };
      const first = await figures.compute(municipalityId, [...current, ...baselines], options);
      const now = first.sets.slice(0, judged.length);
      const base = first.sets.slice(judged.length);
      const second = await figures.compute(
        municipalityId,
        judged.map(({ target, indicator }, i) => ({ indicator, period: previousPeriod(now[i]!.plan.period).code, group: target.group })),
        options,
      );
      const previous = second.sets;

      // What this reader may see at the period, at the previous period (previousValue, trend) and at each baseline
      // period. The figures' own context goes along: a decision already made costs no further read.
      const disclosures = new Map<string, Promise<Disclosure>>();
      const disclosureOf = (indicator: string, at: string, set: FigureSet, context: typeof first.context) => {
        const key = `${indicator}|${at}`;
        if (!disclosures.has(key))
          disclosures.set(key, figures.disclose(municipalityId, grants, indicator, at, { context, period: set.plan.period.code }));
        return disclosures.get(key)!;
      };
      const seen = await Promise.all(
        judged.map(async ({ target, indicator }, i) => ({
          now: await disclosureOf(indicator, period, now[i]!, first.context),
          previous: await disclosureOf(indicator, previous[i]!.plan.period.code, previous[i]!, second.context),
          base:
            target.baseline?.kind === 'from_data' ? await disclosureOf(indicator, target.baseline.period, base[i]!, first.context) : null,
        })),
      );

      const progressOf = (i: number): TargetProgress => {
        const { target, indicator } = judged[i]!;
        const set: FigureSet = now[i]!;
        const decimals = first.context.catalogue.indicators.get(indicator)!.decimals;
        const { now: hiddenNow, previous: hiddenBefore, base: hiddenBase } = seen[i]!;
        const group = target.group ?? null;
        // A figure hidden at its own period stays hidden when it is quoted as a baseline or a previous value.
        const baselineFor = (unit?: string) =>
          target.baseline?.kind === 'fixed'
            ? target.baseline.value
            : target.baseline && !hiddenBase?.figure(unit ?? null, group)
              ? valueOf(unit ? base[i]!.units.get(unit) : base[i]!.city)
              : null;
        const previousFor = (unit: string | null) =>
          hiddenBefore.figure(unit, group) ? undefined : unit === null ? previous[i]!.city : previous[i]!.units.get(unit);
        const definition = requireTargetDefinition(target, period, baselineFor());
        const judgeOne = (figure: RolledUpValue, previousFigure: RolledUpValue | undefined, baseline: number | null) => {
          const verdict = judge({ target: definition, decimals, figure, previous: valueOf(previousFigure), baseline });
          return {
            verdict,
            fields: {
              status: verdict.status,
              progress: verdict.progress,
              trend: verdict.trend,
              previousValue: previousFigure?.roundedValue ?? null,
              baseline,
            },
          };
        };
        const city = judgeOne(set.city, previousFor(null), baselineFor());
        const cityCheck = hiddenNow.figure(null, group);
        /** A suppressed figure says nothing: no status, progress, trend or neighbouring figures either. */
        const withheld = { status: null, progress: null, trend: 'unknown' as const, previousValue: null };
        return {
          targetId: target.id,
          group: target.group,
          level: target.level,
          final: criterionOut(definition),
          deadline: target.deadline,
          inForce: {
            source: city.verdict.inForce.source,
            period: city.verdict.inForce.period,
            criterion: criterionOut(city.verdict.inForce.criterion),
            tolerance: city.verdict.inForce.tolerance,
          },
          municipality: {
            ...shownFigure(set.city, cityCheck),
            ...city.fields,
            ...(cityCheck ? withheld : {}),
            completeness: { ...set.city.completeness, missingUnits: [...set.city.completeness.missingUnits] },
          },
          units: [...set.units].map(([unit, figure]) => {
            const { fields } = judgeOne(figure, previousFor(unit), baselineFor(unit));
            const cityOnly = target.level === 'city';
            const check = hiddenNow.figure(unit, group);
            return {
              unit,
              ...shownFigure(figure, check),
              ...fields,
              status: cityOnly ? null : fields.status,
              progress: cityOnly ? null : fields.progress,
              ...(check ? { ...withheld, baseline: target.baseline?.kind === 'fixed' ? fields.baseline : null } : {}),
            };
          }),
        };
      };

      let index = 0;
      return {
        planId: plan.id,
        planCode: plan.code,
        period,
        goals: goals.map((goal) => ({
          goalId: goal.id,
          code: goal.code,
          name: goal.name,
          indicator: goal.indicator,
          formulaVersion: goal.indicator ? (first.context.catalogue.indicators.get(goal.indicator)?.formulaVersion ?? null) : null,
          targets: goal.indicator ? goal.targets.map(() => progressOf(index++)) : [],
        })),
      };
    },
  };
}

export type ProgressService = ReturnType<typeof progressServiceFactory>;
