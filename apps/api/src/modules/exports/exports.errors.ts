import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const exportErrors = {
  filterRequired: () =>
    new ApiError(400, 'exports.filter_required', 'Name a plan, a cycle or a unit to export (plan=, cycle=, unit=).', [
      { field: 'querystring', message: 'needs plan, cycle or unit' },
    ]),
  planNotFound: (code: string) => notFound('plans', code, 'querystring.plan'),
  cycleNotFound: (id: string) => notFound('reporting_cycles', id, 'querystring.cycle'),
};
