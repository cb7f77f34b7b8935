import type { AssessGoal, CloseReview, ReviewBoard, ReviewClosed, ReviewGoal } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { hasVisibleText, isActivityOverdue, seesSmallNumbers, todayInStockholm, worstStatus } from '@planpuls/domain';
import { goalErrors } from '../goals/goals.errors';
import type { GoalsService } from '../goals/goals.service';
import type { PlansService } from '../plans/plans.service';
import type { Caller, PositionsService } from '../positions/positions.service';
import type { ProgressService } from '../progress/progress.service';
import { targetErrors } from '../targets/targets.errors';
import { targetStatus } from './review-status';
import { findReviewCycle, type ReviewCycle } from './review-cycle';
import { reviewErrors as errors } from './reviews.errors';
import * as repository from './reviews.repository';

/**
 * The steering group's review of one reporting cycle: per goal and target the computed status for the cycle's
 * period, the assessment (a different status only with a reason), the union positions with answers, and the
 * activities. Closing refuses while a reservation lacks an answer, and locks the cycle: positions and
 * assessments freeze (value writes after it need a reason; the database enforces that via review_closed_at).
 */
export interface ReviewsServiceDeps {
  db: Database;
  progress: Pick<ProgressService, 'forPlan'>;
  positions: Pick<PositionsService, 'listActiveForCycle' | 'readerVariant'>;
  plans: Pick<PlansService, 'content'>;
  goals: Pick<GoalsService, 'find'>;
}

export function reviewsServiceFactory({ db, progress, positions, plans, goals }: ReviewsServiceDeps) {
  /** Computed statuses of every goal and target of the cycle's plan, as the caller may see them. */
  async function computedStatuses(caller: Caller, cycle: ReviewCycle) {
    const result = await progress.forPlan(caller.municipalityId, caller.principal.grants, cycle.planId, cycle.period);
    const targets = new Map<string, ReturnType<typeof targetStatus>>();
    const goals = new Map<string, ReturnType<typeof targetStatus>>();
    for (const goal of result.goals) {
      const statuses = goal.targets.map((target) => {
        const status = targetStatus(target);
        targets.set(target.targetId, status);
        return status;
      });
      goals.set(goal.goalId, worstStatus(statuses));
    }
    return { targets, goals };
  }

  async function board(caller: Caller, cycleId: string): Promise<ReviewBoard> {
    const cycle = await findReviewCycle(db, caller.municipalityId, cycleId);
    const [{ focusAreas, activities }, computed, assessments, active, times, closedBy, unanswered] = await Promise.all([
      plans.content(caller.municipalityId, cycle.planId),
      computedStatuses(caller, cycle),
      repository.assessmentsOfCycle(db, caller.municipalityId, cycle.id),
      positions.listActiveForCycle(caller, cycle.id),
      repository.activityTimes(db, caller.municipalityId, cycle.planId),
      repository.userName(db, cycle.reviewClosedBy),
      repository.unansweredReservations(db, caller.municipalityId, cycle.id),
    ]);
    const today = todayInStockholm();
    // The status an assessment records was computed as the steering group reads the figures: on drafts and small
    // numbers of every unit. It is quoted only to those who read the same; the assessed status is the group's own
    // judgement, published to every reader of the board.
    const quotesComputed = seesSmallNumbers(caller.principal.grants, null);
    const assessmentOf = (goalId: string, targetId: string | null) => {
      const found = assessments.find((a) => a.goalId === goalId && a.targetId === targetId);
      if (!found) return null;
      const { goalId: _goal, targetId: _target, ...assessment } = found;
      return quotesComputed ? assessment : { ...assessment, computedStatus: null };
    };
    const goals: ReviewGoal[] = focusAreas.flatMap((area) =>
      area.goals.map((goal) => ({
        goalId: goal.id,
        code: goal.code,
        name: goal.name,
        computedStatus: computed.goals.get(goal.id) ?? null,
        assessment: assessmentOf(goal.id, null),
        targets: goal.targets.map((target) => ({
          targetId: target.id,
          group: target.group,
          level: target.level,
          computedStatus: computed.targets.get(target.id) ?? null,
          assessment: assessmentOf(goal.id, target.id),
        })),
        positions: active.filter((position) => position.goalId === goal.id),
        activities: activities
          .filter((activity) => activity.goal === goal.code)
          .map((activity) => {
            const time = times.find((t) => t.id === activity.id)!;
            return {
              ...activity,
              overdue: isActivityOverdue(activity, today),
              createdAt: new Date(time.createdAt).toISOString(),
              updatedAt: new Date(time.updatedAt).toISOString(),
            };
          }),
      })),
    );
    return {
      cycleId: cycle.id,
      planId: cycle.planId,
      period: cycle.period,
      closed: cycle.reviewClosedAt !== null,
      closedAt: cycle.reviewClosedAt ? new Date(cycle.reviewClosedAt).toISOString() : null,
      closedBy,
      unansweredReservations: unanswered.map((reservation) => reservation.positionId),
      goals,
    };
  }

  return {
    board,
    /**
     * What the caller's board depends on besides the database and their grants (response-cache.ts): how positions are
     * shown to them, and the day in Stockholm, which decides whether an activity is overdue.
     */
    boardVariant: async (caller: Caller): Promise<string> => `${await positions.readerVariant(caller)}|${todayInStockholm()}`,

    /** Assess a goal (targetId null) or one of its targets; returns the goal's row of the board. */
    async assess(caller: Caller, cycleId: string, goalId: string, targetId: string | null, body: AssessGoal): Promise<ReviewGoal> {
      await db.transaction(async (tx) => {
        const cycle = await findReviewCycle(tx, caller.municipalityId, cycleId, 'share');
        const goal = await goals.find(caller.municipalityId, goalId, tx);
        if (!goal || goal.planId !== cycle.planId) throw goalErrors.notFound(goalId);
        if (targetId !== null && !goal.targets.some((target) => target.id === targetId)) throw targetErrors.notFound(targetId);
        if (cycle.reviewClosedAt) throw errors.closed();
        const computed = await computedStatuses(caller, cycle);
        const computedStatus = (targetId === null ? computed.goals.get(goalId) : computed.targets.get(targetId)) ?? null;
        const overrides = computedStatus !== null && body.assessedStatus !== computedStatus;
        if (overrides && !hasVisibleText(body.overrideReason)) throw errors.overrideReasonRequired(computedStatus, body.assessedStatus);
        if (caller.principal.kind !== 'user') throw goalErrors.notFound(goalId);
        await repository.saveAssessment(tx, {
          municipalityId: caller.municipalityId,
          cycleId,
          goalId,
          targetId,
          computedStatus,
          assessedStatus: body.assessedStatus,
          // A reason only explains a difference; kept with the assessment when given.
          overrideReason: body.overrideReason ?? null,
          assessment: body.assessment ?? null,
          decisions: body.decisions ?? null,
          assessedBy: caller.principal.userId,
        });
      });
      return (await board(caller, cycleId)).goals.find((goal) => goal.goalId === goalId)!;
    },

    close: (caller: Caller, cycleId: string, _body: CloseReview): Promise<ReviewClosed> =>
      db.transaction(async (tx) => {
        const cycle = await findReviewCycle(tx, caller.municipalityId, cycleId, 'update');
        if (cycle.reviewClosedAt) throw errors.closed();
        const unanswered = await repository.unansweredReservations(tx, caller.municipalityId, cycle.id);
        if (unanswered.length > 0) throw errors.unansweredReservations(unanswered);
        if (caller.principal.kind !== 'user') throw errors.closed();
        const closedAt = await repository.closeReview(tx, cycle.id, caller.principal.userId);
        return {
          cycleId: cycle.id,
          closedAt: new Date(closedAt).toISOString(),
          closedBy: (await repository.userName(tx, caller.principal.userId))!,
        };
      }),
  };
}
