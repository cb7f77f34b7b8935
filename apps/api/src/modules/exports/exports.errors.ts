import { ApiError } from '../../errors';

export const exportErrors = {
  filterRequired: () =>
    new ApiError(400, 'exports.filter_required', 'Name a plan, a cycle or a unit to export (plan=, cycle=, unit=).', [
      { field: 'querystring', message: 'needs plan, cycle or unit' },
    ]),
  planNotFound: (code: string) => new ApiError(404, 'plans.not_found', `No plan "${code}" in this municipality.`, [{ field: 'querystring.plan', message: 'does not exist' }]),
  cycleNotFound: (id: string) =>
    new ApiError(404, 'reporting_cycles.not_found', `No reporting cycle "${id}" in this municipality.`, [{ field: 'querystring.cycle', message: 'does not exist' }]),
  unitNotFound: (code: string, field: string) => new ApiError(404, 'units.not_found', `No unit "${code}" in this municipality.`, [{ field, message: 'does not exist' }]),
};
