import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const activityErrors = {
  notFound: (ref: string) => notFound('activities', ref),
  codeTaken: (code: string) =>
    new ApiError(409, 'activities.code_taken', `The plan has an activity with the code "${code}" already.`, [
      { field: 'body.code', message: 'is taken' },
    ]),
  datesOutOfOrder: () =>
    new ApiError(400, 'activities.dates_out_of_order', 'The start date must not be after the due date.', [
      { field: 'body.dueDate', message: 'is before startDate' },
    ]),
};
