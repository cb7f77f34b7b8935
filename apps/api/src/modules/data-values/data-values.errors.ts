import { ReportingErrorCodes } from '@planpuls/contracts';
import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const dataValueErrors = {
  elementNotFound: (code: string) => notFound('data_elements', code, 'params.dataElementCode'),
  groupRequired: (element: string) =>
    new ApiError(400, 'data_values.group_required', `The data element "${element}" is split by professional group: give ?group=.`, [
      { field: 'querystring.group', message: 'is required for this data element' },
    ]),
  groupNotAllowed: (element: string) =>
    new ApiError(
      400,
      'data_values.group_not_allowed',
      `The data element "${element}" is not split by professional group: leave out ?group=.`,
      [{ field: 'querystring.group', message: 'must be absent for this data element' }],
    ),
  wrongFrequency: (element: string, frequency: string, period: string) =>
    new ApiError(400, 'data_values.wrong_frequency', `"${element}" is reported per ${frequency}; ${period} is not a ${frequency}.`, [
      { field: 'params.periodCode', message: `must be a ${frequency} period` },
    ]),
  notInteger: (element: string) =>
    new ApiError(400, 'data_values.not_integer', `"${element}" takes whole numbers.`, [
      { field: 'body.value', message: 'must be an integer' },
    ]),
  outOfRange: (element: string, min: number | null, max: number | null) =>
    new ApiError(400, 'data_values.out_of_range', `The value of "${element}" must lie within ${min ?? '−∞'}…${max ?? '∞'}.`, [
      { field: 'body.value', message: `must be within ${min ?? '−∞'}…${max ?? '∞'}` },
    ]),
  notInDataSet: (element: string, period: string) =>
    new ApiError(
      409,
      ReportingErrorCodes.notInDataSet,
      `No reporting cycle of ${period} asks for "${element}": add it to the cycle’s data set before any unit submits, or leave it out.`,
      [{ field: 'params.dataElementCode', message: `is not in the data set of ${period}` }],
    ),
  unitForbidden: (unit: string) => new ApiError(403, 'data_values.unit_forbidden', `You may not enter values for ${unit}.`),
  preconditionRequired: () =>
    new ApiError(428, 'data_values.precondition_required', 'This value exists already: send If-Match with its ETag to change it.'),
  versionConflict: (current: { value: number; version: number }) =>
    new ApiError(412, 'data_values.version_conflict', 'Someone changed this value after you read it.', [
      { field: 'header.if-match', message: `current version is ${current.version} with value ${current.value}` },
    ]),
};
