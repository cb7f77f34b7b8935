import type { IndicatorValues, IndicatorValuesQuery } from '@planpuls/contracts';
import type { Grant } from '@planpuls/domain';
import { notFound } from '../../lookups/lookups';
import { figureBasis } from '../figures/approved-figures';
import type { FiguresService } from '../figures/figures.service';
import { shownFigure } from '../figures/suppression';

export function indicatorValuesServiceFactory({ figures }: { figures: FiguresService }) {
  return {
    async get(municipalityId: string, grants: readonly Grant[], indicator: string, query: IndicatorValuesQuery): Promise<IndicatorValues> {
      const { sets, context } = await figures.compute(municipalityId, [{ indicator, period: query.period, group: query.group }], {
        basis: figureBasis(grants),
      });
      const { catalogue } = context;
      if (query.unit && !catalogue.units.some((unit) => unit.code === query.unit)) {
        throw notFound('units', query.unit, 'querystring.unit');
      }
      if (query.group && !catalogue.groups.includes(query.group)) {
        throw notFound('professional_groups', query.group, 'querystring.group');
      }
      const set = sets[0]!;
      // One decision for everything this reader can obtain of the indicator at the period, groups and units alike.
      const hidden = await figures.disclose(municipalityId, grants, indicator, query.period, { context, period: set.plan.period.code });
      const group = query.group ?? null;
      return {
        indicator,
        formulaVersion: catalogue.indicators.get(indicator)!.formulaVersion,
        requestedPeriod: query.period,
        group: query.group ?? null,
        municipality: {
          ...shownFigure(set.city, hidden.figure(null, group)),
          completeness: { ...set.city.completeness, missingUnits: [...set.city.completeness.missingUnits] },
        },
        units: [...set.units]
          .filter(([unit]) => !query.unit || unit === query.unit)
          .map(([unit, figure]) => ({ unit, ...shownFigure(figure, hidden.figure(unit, group)) })),
      };
    },
  };
}
