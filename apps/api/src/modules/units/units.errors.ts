import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const unitErrors = {
  notFound: (ref: string, field?: string) => notFound('units', ref, field),
  codeTaken: (code: string) =>
    new ApiError(409, 'units.code_taken', `A unit with the code "${code}" exists already.`, [{ field: 'body.code', message: 'is taken' }]),
  inUse: (code: string, uses: string[]) =>
    new ApiError(409, 'units.in_use', `The unit ${code} is still referenced (${uses.join(', ')}) and cannot be deleted.`),
  parentCycle: (code: string) =>
    new ApiError(400, 'units.parent_cycle', `The unit ${code} cannot be placed under itself or one of its own sub-units.`, [
      { field: 'body.parent', message: 'would make a cycle' },
    ]),
  ownPredecessor: () =>
    new ApiError(400, 'units.own_predecessor', 'A unit cannot be its own predecessor.', [
      { field: 'body.predecessor', message: 'is the unit itself' },
    ]),
  validityOutOfOrder: () =>
    new ApiError(400, 'units.validity_out_of_order', 'validFrom must not be after validTo.', [
      { field: 'body.validTo', message: 'is before validFrom' },
    ]),
};
