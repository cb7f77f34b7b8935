import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const targetErrors = {
  notFound: (ref: string) => notFound('targets', ref),
  invalidBounds: (message: string, field: string) => new ApiError(400, 'targets.invalid_bounds', message, [{ field, message }]),
  groupTaken: (goal: string, group: string | null) =>
    new ApiError(409, 'targets.group_taken', `Goal ${goal} has a target ${group ? `for ${group}` : 'for all groups'} already.`, [
      { field: 'body.group', message: 'has a target already' },
    ]),
  duplicateMilestone: (period: string) =>
    new ApiError(400, 'targets.duplicate_milestone', `Two milestones for ${period}.`, [
      { field: 'body.milestones', message: `${period} appears twice` },
    ]),
  milestoneAfterDeadline: (period: string, deadline: string) =>
    new ApiError(400, 'targets.milestone_after_deadline', `The milestone ${period} ends after the deadline ${deadline}.`, [
      { field: 'body.milestones', message: `${period} ends after the deadline` },
    ]),
  inUse: () => new ApiError(409, 'targets.in_use', 'A target of a later plan version continues this target; it cannot be deleted.'),
};
