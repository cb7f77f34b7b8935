import { ReviewErrorCodes as codes } from '@planpuls/contracts';
import { ApiError } from '../../errors';

export interface UnansweredReservation {
  positionId: string;
  goal: string;
  referenceGroup: string;
}

export const reviewErrors = {
  overrideReasonRequired: (computed: string | null, assessed: string) =>
    new ApiError(
      400,
      codes.overrideReasonRequired,
      `The computed status is ${computed ?? 'unknown'}; assessing it ${assessed} needs a reason.`,
      [{ field: 'body.overrideReason', message: 'is required when assessedStatus differs from the computed status' }],
    ),
  unansweredReservations: (reservations: UnansweredReservation[]) =>
    new ApiError(
      409,
      codes.unansweredReservations,
      `The review cannot close: ${reservations.length} reservation(s) have no answer from the steering group.`,
      reservations.map(({ positionId, goal, referenceGroup }) => ({
        field: `positions.${positionId}`,
        message: `reservation of ${referenceGroup} on goal ${goal} has no answer`,
        positionId,
        goal,
        referenceGroup,
      })),
    ),
  closed: () => new ApiError(409, codes.closed, "The cycle's steering review is closed: the cycle is locked."),
};
