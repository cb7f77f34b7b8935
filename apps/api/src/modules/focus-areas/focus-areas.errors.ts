import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const focusAreaErrors = {
  notFound: (ref: string, field?: string) => notFound('focus_areas', ref, field),
  codeTaken: (code: string) =>
    new ApiError(409, 'focus_areas.code_taken', `The plan has a focus area with the code "${code}" already.`, [
      { field: 'body.code', message: 'is taken' },
    ]),
  inUse: (code: string) => new ApiError(409, 'focus_areas.in_use', `The focus area ${code} still has goals; move or delete them first.`),
};
