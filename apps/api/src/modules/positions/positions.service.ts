import { and, eq, type SQL } from 'drizzle-orm';
import { positions } from '@planpuls/db';
import type {
  AnswerPosition,
  CreatePosition,
  GoalPositionsQuery,
  PositionList,
  RestatePosition,
  UnionPosition,
  UpdatePosition,
  WithdrawPosition,
} from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { permits } from '@planpuls/domain';
import { translateViolations } from '../../database-errors';
import type { Principal } from '../auth/principal';
import { goalErrors } from '../goals/goals.errors';
import type { GoalsService } from '../goals/goals.service';
import { findReviewCycle } from '../reviews/review-cycle';
import { positionErrors as errors } from './positions.errors';
import * as repository from './positions.repository';
import type { StoredPosition } from './positions.repository';

/** Who is asking, as far as positions care. */
export interface Caller {
  municipalityId: string;
  principal: Principal;
}

/**
 * The rules (docs/domain.md#reviews-and-positions and issue #7), decided here where the issue is silent:
 * - a union user records positions for their own reference group (`users.reference_group_id`) on any goal of the
 *   cycle's plan: positions are plan-wide, so a local group may take one on any goal;
 * - one active position per cycle × goal × group; after a withdrawal the group may record a new one;
 * - an unanswered position is edited in place (the audit trigger keeps its history) while the review is open;
 *   an answered one only withdrawn or restated (a new position pointing back, the old one `superseded`), so an
 *   answer always answers the text it was given to; restating an unanswered one is refused (edit it instead);
 * - every signatory confirms with their own login; a change of stance, text, meeting or minutes resets all
 *   confirmations; a listed signatory keeps their confirmation when only the list changes;
 * - the steering group may answer any active position (every reservation must be answered before the review
 *   closes) and change its answer while the review is open;
 * - once the cycle's review is closed, nothing about its positions changes (409 positions.frozen).
 */
export function positionsServiceFactory({ db, goals }: { db: Database; goals: Pick<GoalsService, 'find'> }) {
  async function referenceGroupOf(tx: Database, caller: Caller): Promise<string | null> {
    if (caller.principal.kind !== 'user') return null;
    return repository.referenceGroupOf(tx, caller.municipalityId, caller.principal.userId);
  }

  function allowedFor(position: StoredPosition, callerGroup: string | null, caller: Caller): UnionPosition['allowed'] {
    const open = position.state === 'active' && !position.frozen;
    const own = callerGroup !== null && callerGroup === position.referenceGroup.id && permits(caller.principal.grants, 'positions:write');
    return {
      edit: open && own && position.answer === null,
      withdraw: open && own,
      restate: open && own && position.answer !== null,
      answer: open && permits(caller.principal.grants, 'reviews:manage'),
    };
  }

  /**
   * A position is its reference group's, signed by the group for everyone; which persons recorded and signed it
   * says who sits for a union (GDPR art. 9), shown to the group's own members, the steering group and administrators.
   */
  async function present(tx: Database, caller: Caller, stored: StoredPosition[]): Promise<UnionPosition[]> {
    const group = await referenceGroupOf(tx, caller);
    const seesUnions = caller.principal.kind === 'user' && permits(caller.principal.grants, 'union_membership:read');
    return stored.map((position) => {
      const allowed = allowedFor(position, group, caller);
      if (seesUnions || (group !== null && group === position.referenceGroup.id)) return { ...position, allowed };
      return { ...position, recordedBy: null, signatories: [], allowed };
    });
  }

  async function get(tx: Database, caller: Caller, id: string): Promise<UnionPosition> {
    const position = await repository.findPosition(tx, caller.municipalityId, id);
    if (!position) throw errors.notFound(id);
    const [presented] = await present(tx, caller, [position]);
    return presented!;
  }

  /** The position locked, its cycle locked against closing, and the checks every union change needs. */
  async function forUnionChange(tx: Database, caller: Caller, id: string) {
    const row = await repository.lockPosition(tx, caller.municipalityId, id);
    if (!row) throw errors.notFound(id);
    const group = await referenceGroupOf(tx, caller);
    if (group === null) throw errors.noReferenceGroup();
    if (group !== row.referenceGroupId) throw errors.otherReferenceGroup();
    const cycle = await findReviewCycle(tx, caller.municipalityId, row.cycleId, 'share');
    if (cycle.reviewClosedAt) throw errors.frozen();
    if (row.state !== 'active') throw errors.notActive(row.state);
    return { row, answered: await repository.hasAnswer(tx, id) };
  }

  async function checkSignatories(
    tx: Database,
    caller: Caller,
    referenceGroupId: string,
    ids: readonly string[] | undefined,
  ): Promise<void> {
    const strangers = await repository.outsiders(tx, caller.municipalityId, referenceGroupId, ids ?? []);
    if (strangers.length > 0) throw errors.invalidSignatories(strangers);
  }

  const uniqueActive = { unique: () => errors.exists('') };

  return {
    get: (caller: Caller, id: string) => get(db, caller, id),

    /**
     * What a list of positions shown to the caller depends on besides their grants: whether they are a person and
     * their reference group (whose members see who recorded and signed, and may change its positions).
     */
    async readerVariant(caller: Caller): Promise<string> {
      return `${caller.principal.kind}|${(await referenceGroupOf(db, caller)) ?? ''}`;
    },

    /** The goal's positions: active ones of every cycle (or of one), or with `history` also withdrawn and superseded. */
    async listForGoal(caller: Caller, goalId: string, query: GoalPositionsQuery): Promise<PositionList> {
      const goal = await goals.find(caller.municipalityId, goalId);
      if (!goal) throw goalErrors.notFound(goalId);
      if (query.cycle) await findReviewCycle(db, caller.municipalityId, query.cycle, undefined, 'query.cycle');
      const conditions: SQL[] = [eq(positions.municipalityId, caller.municipalityId), eq(positions.goalId, goalId)];
      if (query.cycle) conditions.push(eq(positions.cycleId, query.cycle));
      if (!query.history) conditions.push(eq(positions.state, 'active'));
      return { items: await present(db, caller, await repository.positionsWhere(db, and(...conditions))) };
    },

    /** The active positions of a review cycle (for its board). */
    async listActiveForCycle(caller: Caller, cycleId: string): Promise<UnionPosition[]> {
      const where = and(eq(positions.municipalityId, caller.municipalityId), eq(positions.cycleId, cycleId), eq(positions.state, 'active'));
      return present(db, caller, await repository.positionsWhere(db, where));
    },

    create: (caller: Caller, goalId: string, body: CreatePosition): Promise<UnionPosition> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const group = await referenceGroupOf(tx, caller);
            if (group === null || caller.principal.kind !== 'user') throw errors.noReferenceGroup();
            const goal = await goals.find(caller.municipalityId, goalId, tx);
            if (!goal) throw goalErrors.notFound(goalId);
            const cycle = await findReviewCycle(tx, caller.municipalityId, body.cycleId, 'share', 'body.cycleId');
            if (cycle.planId !== goal.planId) throw errors.goalOutsideCycle();
            if (cycle.reviewClosedAt) throw errors.frozen();
            const existing = await repository.activePositionId(tx, cycle.id, goal.id, group);
            if (existing) throw errors.exists(existing);
            await checkSignatories(tx, caller, group, body.signatories);
            const id = await repository.insertPosition(tx, {
              municipalityId: caller.municipalityId,
              cycleId: cycle.id,
              goalId: goal.id,
              referenceGroupId: group,
              stance: body.stance,
              text: body.text,
              meeting: body.meeting,
              minutesReference: body.minutesReference ?? null,
              recordedBy: caller.principal.userId,
            });
            await repository.addSignatories(tx, caller.municipalityId, id, body.signatories ?? []);
            return get(tx, caller, id);
          }),
        uniqueActive,
      ),

    update: (caller: Caller, id: string, body: UpdatePosition): Promise<UnionPosition> =>
      db.transaction(async (tx) => {
        const { row, answered } = await forUnionChange(tx, caller, id);
        if (answered) throw errors.answered();
        const { signatories, ...fields } = body;
        const contentChanged = (Object.keys(fields) as Array<keyof typeof fields>).some(
          (key) => fields[key] !== undefined && fields[key] !== row[key],
        );
        if (contentChanged) {
          await repository.updatePosition(tx, id, fields);
          await repository.resetConfirmations(tx, id);
        }
        if (signatories) {
          await checkSignatories(tx, caller, row.referenceGroupId, signatories);
          const current = await repository.signatoryIds(tx, id);
          await repository.removeSignatories(
            tx,
            id,
            current.filter((userId) => !signatories.includes(userId)),
          );
          await repository.addSignatories(
            tx,
            caller.municipalityId,
            id,
            signatories.filter((userId) => !current.includes(userId)),
          );
          if (!contentChanged) await repository.updatePosition(tx, id, {});
        }
        return get(tx, caller, id);
      }),

    withdraw: (caller: Caller, id: string, _body: WithdrawPosition): Promise<UnionPosition> =>
      db.transaction(async (tx) => {
        await forUnionChange(tx, caller, id);
        await repository.updatePosition(tx, id, { state: 'withdrawn', withdrawnAt: new Date() });
        return get(tx, caller, id);
      }),

    /** After an answer: the old position is superseded by a new one that needs its own signatures (and answer). */
    restate: (caller: Caller, id: string, body: RestatePosition): Promise<UnionPosition> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const { row, answered } = await forUnionChange(tx, caller, id);
            if (!answered) throw errors.notAnswered();
            await checkSignatories(tx, caller, row.referenceGroupId, body.signatories);
            await repository.updatePosition(tx, id, { state: 'superseded' });
            const newId = await repository.insertPosition(tx, {
              municipalityId: caller.municipalityId,
              cycleId: row.cycleId,
              goalId: row.goalId,
              referenceGroupId: row.referenceGroupId,
              stance: body.stance,
              text: body.text,
              meeting: body.meeting,
              minutesReference: body.minutesReference ?? null,
              restatesId: id,
              recordedBy: (caller.principal as { userId: string }).userId,
            });
            await repository.addSignatories(tx, caller.municipalityId, newId, body.signatories ?? []);
            return get(tx, caller, newId);
          }),
        uniqueActive,
      ),

    /** A listed signatory confirms with their own login (again after a change). */
    confirm: (caller: Caller, id: string): Promise<UnionPosition> =>
      db.transaction(async (tx) => {
        const row = await repository.lockPosition(tx, caller.municipalityId, id);
        if (!row) throw errors.notFound(id);
        const cycle = await findReviewCycle(tx, caller.municipalityId, row.cycleId, 'share');
        if (cycle.reviewClosedAt) throw errors.frozen();
        if (row.state !== 'active') throw errors.notActive(row.state);
        if (caller.principal.kind !== 'user' || !(await repository.confirmSignature(tx, id, caller.principal.userId)))
          throw errors.notSignatory();
        return get(tx, caller, id);
      }),

    /** The steering group's answer (set or changed while the review is open). */
    answer: (caller: Caller, id: string, body: AnswerPosition): Promise<UnionPosition> =>
      db.transaction(async (tx) => {
        const row = await repository.lockPosition(tx, caller.municipalityId, id);
        if (!row) throw errors.notFound(id);
        const cycle = await findReviewCycle(tx, caller.municipalityId, row.cycleId, 'share');
        if (cycle.reviewClosedAt) throw errors.frozen();
        if (row.state !== 'active') throw errors.notActive(row.state);
        if (caller.principal.kind !== 'user') throw errors.notFound(id);
        await repository.upsertAnswer(tx, caller.municipalityId, id, body.text, caller.principal.userId);
        return get(tx, caller, id);
      }),
  };
}

export type PositionsService = ReturnType<typeof positionsServiceFactory>;
