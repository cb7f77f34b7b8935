import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const indicatorErrors = {
  notFound: (ref: string, field?: string) => notFound('indicators', ref, field),
  codeTaken: (code: string) =>
    new ApiError(409, 'indicators.code_taken', `An indicator with the code "${code}" exists already.`, [
      { field: 'body.code', message: 'is taken' },
    ]),
  inUse: (code: string, uses: string[]) =>
    new ApiError(409, 'indicators.in_use', `The indicator ${code} is still referenced (${uses.join(', ')}) and cannot be deleted.`),
  denominatorRequired: (kind: string) =>
    new ApiError(400, 'indicators.denominator_required', `An indicator of kind ${kind} divides by a denominator element.`, [
      { field: 'body.denominator', message: `is required for kind ${kind}` },
    ]),
  denominatorNotAllowed: () =>
    new ApiError(400, 'indicators.denominator_not_allowed', 'A count has no denominator: leave it out or choose kind share or ratio.', [
      { field: 'body.denominator', message: 'must be null for kind count' },
    ]),
};
