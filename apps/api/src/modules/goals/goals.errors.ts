import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const goalErrors = {
  notFound: (ref: string, field?: string) => notFound('goals', ref, field),
  codeTaken: (code: string) =>
    new ApiError(409, 'goals.code_taken', `The plan has a goal with the code "${code}" already.`, [
      { field: 'body.code', message: 'is taken' },
    ]),
  inUse: (code: string, uses: string[]) =>
    new ApiError(409, 'goals.in_use', `The goal ${code} is still referenced (${uses.join(', ')}) and cannot be deleted.`),
};
