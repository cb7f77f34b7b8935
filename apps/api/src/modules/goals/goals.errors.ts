import { ApiError } from '../../errors';

export const goalErrors = {
  notFound: (ref: string, field?: string) =>
    new ApiError(404, 'goals.not_found', `No goal "${ref}" here.`, field ? [{ field, message: 'is not a goal of the plan' }] : undefined),
  codeTaken: (code: string) =>
    new ApiError(409, 'goals.code_taken', `The plan has a goal with the code "${code}" already.`, [{ field: 'body.code', message: 'is taken' }]),
  inUse: (code: string, uses: string[]) =>
    new ApiError(409, 'goals.in_use', `The goal ${code} is still referenced (${uses.join(', ')}) and cannot be deleted.`),
};
