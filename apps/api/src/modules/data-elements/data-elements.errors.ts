import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const dataElementErrors = {
  notFound: (ref: string, field?: string) => notFound('data_elements', ref, field),
  codeTaken: (code: string) =>
    new ApiError(409, 'data_elements.code_taken', `A data element with the code "${code}" exists already.`, [
      { field: 'body.code', message: 'is taken' },
    ]),
  inUse: (code: string, uses: string[]) =>
    new ApiError(409, 'data_elements.in_use', `The data element ${code} is still referenced (${uses.join(', ')}) and cannot be deleted.`),
  minAboveMax: () =>
    new ApiError(400, 'data_elements.min_above_max', 'min must not be greater than max.', [{ field: 'body.max', message: 'is below min' }]),
  hasValues: (code: string, fields: string[]) =>
    new ApiError(
      409,
      'data_elements.has_values',
      `Values of ${code} have been reported; ${fields.join(', ')} can no longer change.`,
      fields.map((field) => ({ field: `body.${field}`, message: 'cannot change once values exist' })),
    ),
};
