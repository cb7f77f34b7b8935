import { ApiError } from '../../errors';

export const focusAreaErrors = {
  notFound: (ref: string, field?: string) =>
    new ApiError(404, 'focus_areas.not_found', `No focus area "${ref}" in this plan.`, field ? [{ field, message: 'is not a focus area of the plan' }] : undefined),
  codeTaken: (code: string) =>
    new ApiError(409, 'focus_areas.code_taken', `The plan has a focus area with the code "${code}" already.`, [{ field: 'body.code', message: 'is taken' }]),
  inUse: (code: string) =>
    new ApiError(409, 'focus_areas.in_use', `The focus area ${code} still has goals; move or delete them first.`),
};
