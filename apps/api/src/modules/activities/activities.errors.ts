import { ApiError } from '../../errors';

export const activityErrors = {
  notFound: (ref: string) => new ApiError(404, 'activities.not_found', `No activity "${ref}" in this municipality.`),
  codeTaken: (code: string) =>
    new ApiError(409, 'activities.code_taken', `The plan has an activity with the code "${code}" already.`, [{ field: 'body.code', message: 'is taken' }]),
  datesOutOfOrder: () =>
    new ApiError(400, 'activities.dates_out_of_order', 'The start date must not be after the due date.', [{ field: 'body.dueDate', message: 'is before startDate' }]),
};
