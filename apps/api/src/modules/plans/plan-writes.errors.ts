import type { MeasurabilityProblem } from '@planpuls/contracts';
import { ApiError } from '../../errors';

export const planWriteErrors = {
  codeTaken: (code: string) =>
    new ApiError(409, 'plans.code_taken', `A plan with the code "${code}" exists already.`, [{ field: 'body.code', message: 'is taken' }]),
  archived: (code: string) => new ApiError(409, 'plans.archived', `The plan ${code} is archived and can no longer change.`),
  notDraft: (code: string, status: string) =>
    new ApiError(409, 'plans.not_draft', `The plan ${code} is ${status}; only a draft can be adopted or deleted.`),
  inUse: (code: string) =>
    new ApiError(409, 'plans.in_use', `The plan ${code} is referenced by another plan version and cannot be deleted.`),
  draftNotRevisable: (code: string) =>
    new ApiError(
      409,
      'plans.draft_not_revisable',
      `The plan ${code} is a draft: change it directly; only an adopted or archived plan is revised.`,
    ),
  alreadyRevised: (code: string, revision: { id: string; code: string; version: number }) =>
    new ApiError(
      409,
      'plans.already_revised',
      `The plan ${code} has a revision already (${revision.code} version ${revision.version}): change that one.`,
      [{ field: 'planId', message: `revised by ${revision.id}` }],
    ),
  periodsOutOfOrder: () =>
    new ApiError(400, 'plans.periods_out_of_order', 'validFrom must not start after validTo ends.', [
      { field: 'body.validTo', message: 'ends before validFrom starts' },
    ]),
  notMeasurable: (code: string, problems: MeasurabilityProblem[]) =>
    new ApiError(
      409,
      'plans.not_measurable',
      `The plan ${code} cannot be adopted: ${problems.length} thing(s) are missing. GET /plans/{planId}/measurability lists them.`,
      problems.map(({ code: problem, message, goal, activity }) => ({
        field: goal ? `goals.${goal}` : activity ? `activities.${activity}` : 'plan',
        message,
        code: problem,
      })),
    ),
};
