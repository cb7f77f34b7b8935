import type { Comment, CommentThread } from '@planpuls/contracts';
import type { StoredComment } from './comments.repository';

export interface Audience {
  /**
   * Whether the reader sees which union a person wrote as (`union_membership:read`: the steering group and
   * administrators). Union membership is sensitive personal data (GDPR art. 9): everyone else — other people,
   * a system's token, an anonymous or public reader — reads the comment as the person's, without the union.
   */
  seesUnions: boolean;
  /** The reading person, who always sees their own union on their own comments; null for a token. */
  readerUserId: string | null;
  editMinutes: number;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toComment(stored: StoredComment, audience: Audience): Comment {
  const { row } = stored;
  return {
    id: row.id,
    threadId: row.threadId,
    author: { id: row.authorUserId, displayName: stored.authorName },
    asUnion: audience.seesUnions || row.authorUserId === audience.readerUserId ? stored.union : null,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    edited: row.editedAt !== null,
    editedAt: iso(row.editedAt),
    editableUntil: new Date(row.createdAt.getTime() + audience.editMinutes * 60_000).toISOString(),
    mentions: stored.mentions,
  };
}

/** Comments grouped into threads: each opened by a first comment, its replies oldest first; threads oldest first. */
export function toThreads(stored: readonly StoredComment[], audience: Audience): CommentThread[] {
  const threads = new Map<string, { first?: StoredComment; replies: StoredComment[] }>();
  for (const comment of stored) {
    const threadId = comment.row.threadId ?? comment.row.id;
    const thread = threads.get(threadId) ?? { replies: [] };
    if (comment.row.threadId === null) thread.first = comment;
    else thread.replies.push(comment);
    threads.set(threadId, thread);
  }
  return [...threads.values()]
    .filter((thread): thread is { first: StoredComment; replies: StoredComment[] } => thread.first !== undefined)
    .map(({ first, replies }) => {
      const { row, codes } = first;
      return {
        id: row.id,
        subject: {
          kind: row.subject,
          goalId: row.goalId,
          targetId: row.targetId,
          activityId: row.activityId,
          indicator: codes.indicator,
          unit: codes.unit,
          group: codes.group,
          period: codes.period,
        },
        resolved: row.resolvedAt !== null,
        resolvedAt: iso(row.resolvedAt),
        resolvedBy: row.resolvedBy && first.resolverName !== null ? { id: row.resolvedBy, displayName: first.resolverName } : null,
        comments: [first, ...replies].map((comment) => toComment(comment, audience)),
      };
    });
}
