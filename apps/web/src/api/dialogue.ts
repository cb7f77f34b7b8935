import type {
  ActivityDetail,
  AdoptPlan,
  AnswerPosition,
  AssessGoal,
  CloseReview,
  CommentPerson,
  CommentQuery,
  CommentRevisionList,
  CommentThread,
  CreateActivity,
  CreateComment,
  CreatePosition,
  GoalPositionsQuery,
  Measurability,
  PlanSummary,
  RestatePosition,
  ReviewBoard,
  ReviewClosed,
  ReviewGoal,
  RevisePlan,
  UnionPosition,
  UpdateActivity,
  UpdateComment,
  UpdatePosition,
  WithdrawPosition,
} from '@planpuls/contracts';
import { apiRequest } from './client';

/**
 * Calls for the dialogue between the steering group and the unions (comments, positions, the review board)
 * and for keeping a plan measurable (activities, measurability, adoption, revision); types from the contracts.
 */

const segment = encodeURIComponent;
const withQuery = (path: string, query: Record<string, string | boolean | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};
const post = <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body, csrf: true });

export const commentsApi = {
  threads: (subject: CommentQuery) =>
    apiRequest<{ items: CommentThread[] }>(withQuery('/api/v1/comments', { ...subject })).then((list) => list.items),
  create: (body: CreateComment) => post<CommentThread>('/api/v1/comments', body),
  update: (commentId: string, body: UpdateComment) =>
    apiRequest<CommentThread>(`/api/v1/comments/${segment(commentId)}`, { method: 'PATCH', body, csrf: true }),
  revisions: (commentId: string) => apiRequest<CommentRevisionList>(`/api/v1/comments/${segment(commentId)}/revisions`),
  resolve: (commentId: string) => post<CommentThread>(`/api/v1/comments/${segment(commentId)}/resolve`),
  reopen: (commentId: string) => post<CommentThread>(`/api/v1/comments/${segment(commentId)}/reopen`),
  mentionable: (q: string) =>
    apiRequest<{ items: CommentPerson[] }>(withQuery('/api/v1/comments/mentionable', { q: q || undefined })).then((list) => list.items),
};

export const positionsApi = {
  forGoal: (goalId: string, query: GoalPositionsQuery = {}) =>
    apiRequest<{ items: UnionPosition[] }>(withQuery(`/api/v1/goals/${segment(goalId)}/positions`, { cycle: query.cycle, history: query.history })).then(
      (list) => list.items,
    ),
  create: (goalId: string, body: CreatePosition) => post<UnionPosition>(`/api/v1/goals/${segment(goalId)}/positions`, body),
  update: (positionId: string, body: UpdatePosition) =>
    apiRequest<UnionPosition>(`/api/v1/positions/${segment(positionId)}`, { method: 'PATCH', body, csrf: true }),
  withdraw: (positionId: string, body: WithdrawPosition) => post<UnionPosition>(`/api/v1/positions/${segment(positionId)}/withdraw`, body),
  restate: (positionId: string, body: RestatePosition) => post<UnionPosition>(`/api/v1/positions/${segment(positionId)}/restate`, body),
  confirm: (positionId: string) => post<UnionPosition>(`/api/v1/positions/${segment(positionId)}/confirm`),
  answer: (positionId: string, body: AnswerPosition) =>
    apiRequest<UnionPosition>(`/api/v1/positions/${segment(positionId)}/answer`, { method: 'PUT', body, csrf: true }),
};

export const reviewsApi = {
  board: (cycleId: string) => apiRequest<ReviewBoard>(`/api/v1/reporting-cycles/${segment(cycleId)}/review`),
  assessGoal: (cycleId: string, goalId: string, body: AssessGoal) =>
    apiRequest<ReviewGoal>(`/api/v1/reporting-cycles/${segment(cycleId)}/review/goals/${segment(goalId)}`, { method: 'PUT', body, csrf: true }),
  assessTarget: (cycleId: string, goalId: string, targetId: string, body: AssessGoal) =>
    apiRequest<ReviewGoal>(`/api/v1/reporting-cycles/${segment(cycleId)}/review/goals/${segment(goalId)}/targets/${segment(targetId)}`, {
      method: 'PUT',
      body,
      csrf: true,
    }),
  close: (cycleId: string, body: CloseReview) => post<ReviewClosed>(`/api/v1/reporting-cycles/${segment(cycleId)}/review/close`, body),
};

export const planAdminApi = {
  measurability: (planId: string) => apiRequest<Measurability>(`/api/v1/plans/${segment(planId)}/measurability`),
  adopt: (planId: string, body: AdoptPlan) => post<PlanSummary>(`/api/v1/plans/${segment(planId)}/adopt`, body),
  revise: (planId: string, body: RevisePlan) => post<PlanSummary>(`/api/v1/plans/${segment(planId)}/revise`, body),
  createActivity: (planId: string, body: CreateActivity) => post<ActivityDetail>(`/api/v1/plans/${segment(planId)}/activities`, body),
  updateActivity: (activityId: string, body: UpdateActivity) =>
    apiRequest<ActivityDetail>(`/api/v1/activities/${segment(activityId)}`, { method: 'PATCH', body, csrf: true }),
};
