import type {
  AdoptPlan,
  AnswerPosition,
  AssessGoal,
  CloseReview,
  CommentQuery,
  CreateActivity,
  CreateComment,
  CreatePosition,
  GoalPositionsQuery,
  RestatePosition,
  RevisePlan,
  UpdateActivity,
  UpdateComment,
  UpdatePosition,
  WithdrawPosition,
} from '@planpuls/contracts';
import { http } from './client';
import { call } from './http';

/**
 * Calls for the dialogue between the steering group and the unions (comments, positions, the review board)
 * and for keeping a plan measurable (activities, measurability, adoption, revision); typed from the generated schema.
 */

const items = <T>(list: { items: T[] }) => list.items;
const comment = (commentId: string) => ({ params: { path: { commentId } } });
const position = (positionId: string) => ({ params: { path: { positionId } } });
const plan = (planId: string) => ({ params: { path: { planId } } });
const cycle = (cycleId: string) => ({ params: { path: { cycleId } } });

export const commentsApi = {
  threads: (subject: CommentQuery) => call(http.GET('/api/v1/comments', { params: { query: subject } })).then(items),
  create: (body: CreateComment) => call(http.POST('/api/v1/comments', { body })),
  update: (commentId: string, body: UpdateComment) => call(http.PATCH('/api/v1/comments/{commentId}', { ...comment(commentId), body })),
  revisions: (commentId: string) => call(http.GET('/api/v1/comments/{commentId}/revisions', comment(commentId))),
  resolve: (commentId: string) => call(http.POST('/api/v1/comments/{commentId}/resolve', comment(commentId))),
  reopen: (commentId: string) => call(http.POST('/api/v1/comments/{commentId}/reopen', comment(commentId))),
  mentionable: (q: string) => call(http.GET('/api/v1/comments/mentionable', { params: { query: { q: q || undefined } } })).then(items),
};

export const positionsApi = {
  forGoal: (goalId: string, query: GoalPositionsQuery = {}) =>
    call(
      http.GET('/api/v1/goals/{goalId}/positions', { params: { path: { goalId }, query: { cycle: query.cycle, history: query.history } } }),
    ).then(items),
  create: (goalId: string, body: CreatePosition) =>
    call(http.POST('/api/v1/goals/{goalId}/positions', { params: { path: { goalId } }, body })),
  update: (positionId: string, body: UpdatePosition) =>
    call(http.PATCH('/api/v1/positions/{positionId}', { ...position(positionId), body })),
  withdraw: (positionId: string, body: WithdrawPosition) =>
    call(http.POST('/api/v1/positions/{positionId}/withdraw', { ...position(positionId), body })),
  restate: (positionId: string, body: RestatePosition) =>
    call(http.POST('/api/v1/positions/{positionId}/restate', { ...position(positionId), body })),
  confirm: (positionId: string) => call(http.POST('/api/v1/positions/{positionId}/confirm', position(positionId))),
  answer: (positionId: string, body: AnswerPosition) =>
    call(http.PUT('/api/v1/positions/{positionId}/answer', { ...position(positionId), body })),
};

export const reviewsApi = {
  board: (cycleId: string) => call(http.GET('/api/v1/reporting-cycles/{cycleId}/review', cycle(cycleId))),
  assessGoal: (cycleId: string, goalId: string, body: AssessGoal) =>
    call(http.PUT('/api/v1/reporting-cycles/{cycleId}/review/goals/{goalId}', { params: { path: { cycleId, goalId } }, body })),
  assessTarget: (cycleId: string, goalId: string, targetId: string, body: AssessGoal) =>
    call(
      http.PUT('/api/v1/reporting-cycles/{cycleId}/review/goals/{goalId}/targets/{targetId}', {
        params: { path: { cycleId, goalId, targetId } },
        body,
      }),
    ),
  close: (cycleId: string, body: CloseReview) =>
    call(http.POST('/api/v1/reporting-cycles/{cycleId}/review/close', { ...cycle(cycleId), body })),
};

export const planAdminApi = {
  measurability: (planId: string) => call(http.GET('/api/v1/plans/{planId}/measurability', plan(planId))),
  adopt: (planId: string, body: AdoptPlan) => call(http.POST('/api/v1/plans/{planId}/adopt', { ...plan(planId), body })),
  revise: (planId: string, body: RevisePlan) => call(http.POST('/api/v1/plans/{planId}/revise', { ...plan(planId), body })),
  createActivity: (planId: string, body: CreateActivity) => call(http.POST('/api/v1/plans/{planId}/activities', { ...plan(planId), body })),
  updateActivity: (activityId: string, body: UpdateActivity) =>
    call(http.PATCH('/api/v1/activities/{activityId}', { params: { path: { activityId } }, body })),
};
