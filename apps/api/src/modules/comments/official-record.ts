import { sql } from 'drizzle-orm';
import type { Database } from '@planpuls/db';
import { ApiError } from '../../errors';

/** What deleting a thing would take with it, among the official documents: comments, positions, assessments. */
export interface RecordSubject {
  planId?: string;
  goalId?: string;
  targetId?: string;
  activityId?: string;
  unitId?: string;
}

/**
 * Comments and union positions are official documents (allmänna handlingar) and the steering group's
 * assessments are decisions: the schema would delete them with their goal, target, activity, plan or unit,
 * so those deletions are refused while any exist. Labels name what was found.
 */
export async function officialRecordOf(db: Database, municipalityId: string, subject: RecordSubject): Promise<string[]> {
  const id = (value: string | undefined) => (value === undefined ? sql`NULL::uuid` : sql`${value}::uuid`);
  const goalsOf = sql`(SELECT g.id FROM goals g WHERE g.municipality_id = ${municipalityId}::uuid AND (g.id = ${id(subject.goalId)} OR g.plan_id = ${id(subject.planId)}))`;
  const targetsOf = sql`(SELECT t.id FROM targets t WHERE t.municipality_id = ${municipalityId}::uuid AND (t.id = ${id(subject.targetId)} OR t.goal_id IN ${goalsOf}))`;
  const activitiesOf = sql`(SELECT a.id FROM activities a WHERE a.municipality_id = ${municipalityId}::uuid AND (a.id = ${id(subject.activityId)} OR a.plan_id = ${id(subject.planId)} OR a.goal_id IN ${goalsOf}))`;
  const result = await db.execute<{ comments: boolean; positions: boolean; assessments: boolean }>(sql`
    SELECT
      EXISTS (
        SELECT 1 FROM comments c WHERE c.municipality_id = ${municipalityId}::uuid
          AND (c.goal_id IN ${goalsOf} OR c.target_id IN ${targetsOf} OR c.activity_id IN ${activitiesOf} OR c.unit_id = ${id(subject.unitId)})
      ) AS comments,
      EXISTS (SELECT 1 FROM positions p WHERE p.municipality_id = ${municipalityId}::uuid AND p.goal_id IN ${goalsOf}) AS positions,
      EXISTS (
        SELECT 1 FROM goal_assessments s WHERE s.municipality_id = ${municipalityId}::uuid
          AND (s.goal_id IN ${goalsOf} OR s.target_id IN ${targetsOf})
      ) AS assessments`);
  const found = result.rows[0];
  return found ? (['comments', 'positions', 'assessments'] as const).filter((label) => found[label]) : [];
}

/** The codes are written out, one per kind of thing kept, so the closed list of error codes holds each. */
type OfficialRecordCode =
  | 'plans.has_official_record'
  | 'goals.has_official_record'
  | 'targets.has_official_record'
  | 'activities.has_official_record';

export const officialRecordError = (code: OfficialRecordCode, label: string, record: string[]) =>
  new ApiError(
    409,
    code,
    `${label} has ${record.join(', ')}, which are official documents and are kept; it cannot be deleted.`,
    record.map((what) => ({ field: what, message: 'exists' })),
  );
