import { PositionErrorCodes as codes } from '@planpuls/contracts';
import { ApiError } from '../../errors';

export const positionErrors = {
  notFound: (id: string) => new ApiError(404, codes.notFound, `No position "${id}" in this municipality.`),
  noReferenceGroup: () =>
    new ApiError(403, codes.noReferenceGroup, 'You belong to no union reference group, so you cannot record its positions.'),
  otherReferenceGroup: () => new ApiError(403, codes.otherReferenceGroup, 'This position belongs to another reference group.'),
  exists: (id: string) =>
    new ApiError(
      409,
      codes.exists,
      'Your reference group has an active position on this goal in this cycle: edit, withdraw or restate it.',
      [{ field: 'body.cycleId', message: `active position ${id}` }],
    ),
  goalOutsideCycle: () =>
    new ApiError(400, codes.goalOutsideCycle, "The goal is not in the cycle's plan.", [
      { field: 'body.cycleId', message: 'is a cycle of another plan' },
    ]),
  invalidSignatories: (ids: string[]) =>
    new ApiError(
      400,
      codes.invalidSignatories,
      'Signatories must be users of the same reference group.',
      ids.map((id) => ({ field: 'body.signatories', message: `${id} is not a user of the reference group` })),
    ),
  notSignatory: () => new ApiError(403, codes.notSignatory, 'You are not a signatory of this position.'),
  answered: () =>
    new ApiError(409, codes.answered, 'The steering group has answered this position: withdraw or restate it instead of editing it.'),
  notAnswered: () => new ApiError(409, codes.notAnswered, 'The position is not answered yet: edit it instead of restating it.'),
  notActive: (state: string) => new ApiError(409, codes.notActive, `The position is ${state}; only an active position can change.`),
  frozen: () => new ApiError(409, codes.frozen, "The cycle's steering review is closed: its positions are frozen."),
};
