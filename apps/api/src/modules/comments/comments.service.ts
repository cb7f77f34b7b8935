import type {
  CommentQuery,
  CommentRevisionList,
  CommentThread,
  CommentThreadList,
  CreateComment,
  MentionableList,
  UpdateComment,
} from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { inScope, permits, readBasis, unitScope, type Grant } from '@planpuls/domain';
import { grantsOfUser } from '../auth/auth.service';
import { notifyUsers } from '../notifications/notify';
import { lookups } from '../../lookups/lookups';
import type { ReportStatesService } from '../reporting-cycles/report-states.service';
import { toThreads, type Audience } from './comment-presenter';
import { namesSubject, subjectOf, type SubjectReference } from './comment-subject';
import { commentErrors as errors } from './comments.errors';
import * as repository from './comments.repository';
import type { StoredComment, SubjectColumns } from './comments.repository';
import { mentionedEmails } from './mentions';

/** Who calls: a logged-in person, or a system's API token (which never writes comments nor sees unions). */
export interface Caller {
  kind: 'user' | 'token';
  municipalityId: string;
  /** The person; null for a token. */
  userId: string | null;
  grants: readonly Grant[];
}

const EMPTY_SUBJECT = {
  goalId: null,
  targetId: null,
  activityId: null,
  indicatorId: null,
  unitId: null,
  professionalGroupId: null,
  periodId: null,
};

/** The subject's ids in this municipality (404 when one is unknown) and the unit whose figure it is. */
async function resolveSubject(
  db: Database,
  municipalityId: string,
  reference: SubjectReference,
  where: 'query' | 'body',
): Promise<SubjectColumns> {
  if (reference.kind !== 'figure') {
    if (!(await repository.findPlanSubject(db, municipalityId, reference.kind, reference.id))) {
      throw errors.subjectNotFound(`${where}.${reference.kind}`, reference.id);
    }
    return { ...EMPTY_SUBJECT, subject: reference.kind, [`${reference.kind}Id`]: reference.id };
  }
  // A comment names its subject: an unknown part is "nothing to comment on" (comments.subject_not_found), not the part's own 404.
  const known = async (field: string, code: string, find: typeof lookups.find.unitId) => {
    const id = await find(db, municipalityId, code);
    if (!id) throw errors.subjectNotFound(`${where}.${field}`, code);
    return id;
  };
  const indicatorId = await known('indicator', reference.indicator, lookups.find.indicatorId);
  const unitId = await known('unit', reference.unit, lookups.find.unitId);
  const professionalGroupId = reference.group === null ? null : await known('group', reference.group, lookups.find.professionalGroupId);
  const { id: periodId } = await lookups.period(db, reference.period, `${where}.period`);
  return { ...EMPTY_SUBJECT, subject: 'figure', indicatorId, unitId, professionalGroupId, periodId };
}

/** HR and local union reference groups comment on the figures of their own units; goals, targets, activities are plan-wide. */
function checkScope(caller: Caller, unit: string | null): void {
  if (unit !== null && !inScope(unitScope(caller.grants, 'comments:write'), unit)) throw errors.unitForbidden(unit);
}

const holds = (caller: Caller, ...roles: Grant['role'][]) => caller.grants.some((grant) => roles.includes(grant.role));

function person(caller: Caller): string {
  if (caller.kind !== 'user' || !caller.userId) throw errors.peopleOnly();
  return caller.userId;
}

/** The users named by id (`mentions`) and by `@email` in the text; 400 when one is not an active user of the municipality. */
async function resolveMentions(db: Database, municipalityId: string, body: { body: string; mentions?: string[] }): Promise<string[]> {
  const ids = body.mentions ?? [];
  const emails = mentionedEmails(body.body);
  const found = await repository.findMentionable(db, municipalityId, ids, emails);
  const unknown = [
    ...ids.flatMap((id, index) =>
      found.some((user) => user.id === id) ? [] : [{ field: `body.mentions[${index}]`, message: 'is not a user of your municipality' }],
    ),
    ...emails.flatMap((email) =>
      found.some((user) => user.email === email) ? [] : [{ field: 'body.body', message: `@${email} is not a user of your municipality` }],
    ),
  ];
  if (unknown.length > 0) throw errors.mentionUnknown(unknown);
  return [...new Set(found.map((user) => user.id))];
}

/** Where the app shows the thread and how to name it in a Swedish message. */
async function placeOf(db: Database, municipalityId: string, first: StoredComment): Promise<{ label: string; link: string | null }> {
  const { row, codes } = first;
  if (row.subject === 'figure') {
    const group = codes.group ? `, ${codes.group}` : '';
    const query = new URLSearchParams({ period: codes.period!, ...(codes.group ? { group: codes.group } : {}) });
    return {
      label: `nyckeltalet ${codes.indicator} för ${codes.unit}${group} ${codes.period}`,
      link: `/units/${codes.unit}?${query.toString()}`,
    };
  }
  const place = await repository.findPlanSubject(db, municipalityId, row.subject, (row.goalId ?? row.targetId ?? row.activityId)!);
  const link = place?.planId
    ? place.goalCode
      ? `/plans/${place.planId}/goals/${encodeURIComponent(place.goalCode)}`
      : `/plans/${place.planId}`
    : null;
  const goal = place?.goalCode ? ` ${place.goalCode}` : '';
  const label = { goal: `målet${goal}`, target: `ett delmål till målet${goal}`, activity: 'en aktivitet' }[row.subject];
  return { label, link };
}

const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

export interface CommentsServiceDeps {
  db: Database;
  editMinutes: number;
  reportStates: Pick<ReportStatesService, 'stateOfUnit'>;
}

export function commentsServiceFactory({ db, editMinutes, reportStates }: CommentsServiceDeps) {
  /**
   * Whether the caller reads the comments on a unit's figure for a period: by the rule of the figure and its
   * explanation (`readBasis`), since a comment on a draft figure quotes the draft.
   */
  async function readsFigureThread(
    tx: Database,
    reader: { grants: readonly Grant[] },
    unit: { code: string; id: string },
    periodId: string,
  ): Promise<boolean> {
    const basis = readBasis(reader.grants, unit.code);
    if (basis === 'drafts') return true;
    const state = await reportStates.stateOfUnit(unit.id, periodId, tx);
    return state === 'approved' || (basis === 'submitted' && state === 'submitted');
  }

  const audienceOf = (caller: Caller): Audience => ({
    seesUnions: caller.kind === 'user' && permits(caller.grants, 'union_membership:read'),
    readerUserId: caller.kind === 'user' ? caller.userId : null,
    editMinutes,
  });

  async function thread(tx: Database, caller: Caller, threadId: string): Promise<CommentThread> {
    const [found] = toThreads(await repository.commentsOfThread(tx, caller.municipalityId, threadId), audienceOf(caller));
    return found!;
  }

  /** Tells the newly mentioned (never the author) about the comment; the union is not named outside the app. */
  async function notifyMentioned(tx: Database, caller: Caller, commentId: string, threadId: string, userIds: string[]): Promise<void> {
    const recipients = userIds.filter((id) => id !== caller.userId);
    if (recipients.length === 0) return;
    const stored = await repository.commentsOfThread(tx, caller.municipalityId, threadId);
    const first = stored.find((comment) => comment.row.id === threadId)!;
    const comment = stored.find((candidate) => candidate.row.id === commentId)!;
    const { label, link } = await placeOf(tx, caller.municipalityId, first);
    // A comment on a figure is read by the rule of the figure (readBasis): a recipient who may not read the
    // thread yet (a union member, a viewer or HR of another unit, while the unit's values are drafts) is told
    // where, not what; the thread shows them the comment once they may read it.
    const { row } = first;
    const readers: string[] = [];
    const notYet: string[] = [];
    for (const id of recipients) {
      const reads =
        row.subject !== 'figure' ||
        (await readsFigureThread(tx, { grants: await grantsOfUser(tx, id) }, { code: first.codes.unit!, id: row.unitId! }, row.periodId!));
      (reads ? readers : notYet).push(id);
    }
    const notice = {
      municipalityId: caller.municipalityId,
      kind: 'mentioned',
      title: `${comment.authorName} nämnde dig i en kommentar`,
      link,
    };
    await notifyUsers(tx, {
      ...notice,
      userIds: readers,
      body: `${comment.authorName} nämnde dig i en kommentar om ${label}:\n\n${excerpt(comment.row.body)}`,
    });
    await notifyUsers(tx, {
      ...notice,
      userIds: notYet,
      body: `${comment.authorName} nämnde dig i en kommentar om ${label}. Du kan läsa kommentaren när förvaltningens värden för perioden har lämnats in eller godkänts.`,
    });
  }

  async function lockedComment(tx: Database, caller: Caller, id: string) {
    const found = await repository.findComment(tx, caller.municipalityId, id, { editMinutes, lock: true });
    if (!found) throw errors.notFound(id);
    return found;
  }

  async function setResolution(caller: Caller, id: string, resolved: boolean): Promise<CommentThread> {
    const userId = person(caller);
    return db.transaction(async (tx) => {
      const found = await lockedComment(tx, caller, id);
      const first = found.row.threadId === null ? found : await lockedComment(tx, caller, found.row.threadId);
      if (first.row.authorUserId !== userId && !holds(caller, 'admin', 'steering')) throw errors.resolveForbidden();
      // Resolving a resolved thread (or reopening an open one) changes nothing: two people may click at once.
      if (resolved !== (first.row.resolvedAt !== null))
        await repository.setResolved(tx, caller.municipalityId, first.row.id, resolved ? userId : null);
      return thread(tx, caller, first.row.id);
    });
  }

  return {
    async list(caller: Caller, query: CommentQuery): Promise<CommentThreadList> {
      const reference = subjectOf(query, 'query');
      const subject = await resolveSubject(db, caller.municipalityId, reference, 'query');
      if (
        reference.kind === 'figure' &&
        !(await readsFigureThread(db, caller, { code: reference.unit, id: subject.unitId! }, subject.periodId!))
      )
        return { items: [] };
      return { items: toThreads(await repository.commentsOnSubject(db, caller.municipalityId, subject), audienceOf(caller)) };
    },

    /** A new thread on a subject, or a reply to the thread of `threadId`; a union member writes as their union. */
    async create(caller: Caller, body: CreateComment): Promise<CommentThread> {
      const userId = person(caller);
      return db.transaction(async (tx) => {
        let subject: SubjectColumns;
        let threadId: string | null = null;
        if (body.threadId !== undefined) {
          if (namesSubject(body)) throw errors.subjectInvalid('a reply takes the subject of its thread', 'body.threadId');
          const replyTo = await repository.findComment(tx, caller.municipalityId, body.threadId);
          if (!replyTo) throw errors.notFound(body.threadId, 'body.threadId');
          threadId = replyTo.row.threadId ?? replyTo.row.id;
          const { subject: kind, goalId, targetId, activityId, indicatorId, unitId, professionalGroupId, periodId } = replyTo.row;
          subject = { subject: kind, goalId, targetId, activityId, indicatorId, unitId, professionalGroupId, periodId };
          checkScope(caller, replyTo.unit);
        } else {
          const reference = subjectOf(body, 'body');
          checkScope(caller, reference.kind === 'figure' ? reference.unit : null);
          subject = await resolveSubject(tx, caller.municipalityId, reference, 'body');
        }
        const mentioned = await resolveMentions(tx, caller.municipalityId, body);
        const asUnionId = holds(caller, 'union') ? await repository.findUnionOf(tx, caller.municipalityId, userId) : null;
        const id = await repository.insertComment(tx, {
          municipalityId: caller.municipalityId,
          ...subject,
          threadId,
          authorUserId: userId,
          asUnionId,
          body: body.body,
        });
        const added = await repository.addMentions(tx, caller.municipalityId, id, mentioned);
        await notifyMentioned(tx, caller, id, threadId ?? id, added);
        return thread(tx, caller, threadId ?? id);
      });
    },

    /** Only the author, only within the edit window; the earlier text is kept, newly mentioned users are told. */
    async update(caller: Caller, id: string, body: UpdateComment): Promise<CommentThread> {
      const userId = person(caller);
      return db.transaction(async (tx) => {
        const found = await lockedComment(tx, caller, id);
        if (found.row.authorUserId !== userId) throw errors.notAuthor();
        if (!found.editWindowOpen) throw errors.editWindowClosed(editMinutes);
        const mentioned = await resolveMentions(tx, caller.municipalityId, body);
        if (body.body !== found.row.body) await repository.reviseComment(tx, found.row, body.body);
        const threadId = found.row.threadId ?? found.row.id;
        const added = await repository.addMentions(tx, caller.municipalityId, id, mentioned);
        await notifyMentioned(tx, caller, id, threadId, added);
        return thread(tx, caller, threadId);
      });
    },

    resolve: (caller: Caller, id: string) => setResolution(caller, id, true),
    reopen: (caller: Caller, id: string) => setResolution(caller, id, false),

    /** Whom a writer can mention, for the picker of the web app. */
    async mentionable(caller: Caller, text: string | undefined): Promise<MentionableList> {
      return { items: await repository.searchPeople(db, caller.municipalityId, text?.trim() || undefined, 20) };
    },

    async revisions(caller: Caller, id: string): Promise<CommentRevisionList> {
      const found = await repository.findComment(db, caller.municipalityId, id);
      if (!found) throw errors.notFound(id);
      const { unitId, periodId } = found.row;
      if (found.unit !== null && unitId && periodId && !(await readsFigureThread(db, caller, { code: found.unit, id: unitId }, periodId)))
        throw errors.notFound(id);
      const items = await repository.listRevisions(db, caller.municipalityId, id);
      return {
        commentId: id,
        current: found.row.body,
        items: items.map((item) => ({
          body: item.body,
          writtenAt: item.writtenAt.toISOString(),
          replacedAt: item.replacedAt.toISOString(),
        })),
      };
    },
  };
}
