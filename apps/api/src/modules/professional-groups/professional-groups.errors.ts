import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const professionalGroupErrors = {
  notFound: (ref: string, field?: string) => notFound('professional_groups', ref, field),
  codeTaken: (code: string) =>
    new ApiError(409, 'professional_groups.code_taken', `A professional group with the code "${code}" exists already.`, [
      { field: 'body.code', message: 'is taken' },
    ]),
  inUse: (code: string, uses: string[]) =>
    new ApiError(
      409,
      'professional_groups.in_use',
      `The professional group ${code} is still referenced (${uses.join(', ')}) and cannot be deleted.`,
    ),
};
