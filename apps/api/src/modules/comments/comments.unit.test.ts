import { describe, expect, it } from 'vitest';
import { toThreads } from './comment-presenter';
import { namesSubject, subjectOf } from './comment-subject';
import type { StoredComment } from './comments.repository';
import { mentionedEmails } from './mentions';

describe('mentions in a comment’s text', () => {
  it('finds @ followed by an email, lower-cased, once each', () => {
    expect(mentionedEmails('Vad säger @Anna.Berg@Stockholm.se och @anna.berg@stockholm.se, och @hr.farsta@planpuls.test?')).toEqual([
      'anna.berg@stockholm.se',
      'hr.farsta@planpuls.test',
    ]);
  });

  it('ignores a bare email, an @ without an email and an @ inside a word', () => {
    expect(mentionedEmails('Skriv till anna@stockholm.se, @anna, e-post@ eller x@@y.se')).toEqual([]);
  });

  it('leaves a full stop after the address out', () => {
    expect(mentionedEmails('Fråga @lasare@planpuls.test.')).toEqual(['lasare@planpuls.test']);
  });
});

describe('the subject of a query or a body', () => {
  const goal = '6f1c2d1e-0000-4000-8000-000000000000';

  it('is a goal, target or activity by id, or a figure by codes with the group optional', () => {
    expect(subjectOf({ goal }, 'query')).toEqual({ kind: 'goal', id: goal });
    expect(subjectOf({ activity: goal }, 'body')).toEqual({ kind: 'activity', id: goal });
    expect(subjectOf({ indicator: 'turnover_total', unit: 'FARSTA', period: '2025-T2' }, 'query')).toEqual({
      kind: 'figure',
      indicator: 'turnover_total',
      unit: 'FARSTA',
      group: null,
      period: '2025-T2',
    });
  });

  it('is refused when none, more than one, or an incomplete figure is given', () => {
    for (const fields of [{}, { goal, target: goal }, { goal, unit: 'FARSTA' }, { group: 'SOC' }, { indicator: 'x', unit: 'FARSTA' }]) {
      expect(() => subjectOf(fields, 'query'), JSON.stringify(fields)).toThrow(
        expect.objectContaining({ code: 'comments.subject_invalid', statusCode: 400 }),
      );
    }
  });

  it('is named by any one subject field', () => {
    expect(namesSubject({})).toBe(false);
    expect(namesSubject({ group: 'SOC' })).toBe(true);
  });
});

describe('threads as readers see them', () => {
  const at = new Date('2026-03-02T10:00:00Z');
  const stored = (id: string, threadId: string | null, union: StoredComment['union']): StoredComment => ({
    row: {
      id,
      municipalityId: 'm',
      subject: 'goal',
      goalId: 'g',
      targetId: null,
      activityId: null,
      indicatorId: null,
      unitId: null,
      professionalGroupId: null,
      periodId: null,
      threadId,
      authorUserId: 'u',
      asUnionId: union ? 'union' : null,
      body: id,
      createdAt: at,
      editedAt: null,
      resolvedAt: null,
      resolvedBy: null,
    },
    authorName: 'Elin Sandberg',
    union,
    resolverName: null,
    codes: { indicator: null, unit: null, group: null, period: null },
    mentions: [],
  });
  const comments = [stored('a', null, { code: 'SSR', name: 'Akademikerförbundet SSR' }), stored('b', null, null), stored('a1', 'a', null)];

  it('groups replies under their first comment and gives the edit deadline', () => {
    const threads = toThreads(comments, { seesUnions: true, readerUserId: null, editMinutes: 15 });
    expect(threads.map((thread) => thread.comments.map((comment) => comment.id))).toEqual([['a', 'a1'], ['b']]);
    expect(threads[0]!.comments[0]!.editableUntil).toBe('2026-03-02T10:15:00.000Z');
  });

  it('shows the union a member wrote as to those who see unions and to the author only', () => {
    expect(toThreads(comments, { seesUnions: true, readerUserId: null, editMinutes: 15 })[0]!.comments[0]!.asUnion).toEqual({
      code: 'SSR',
      name: 'Akademikerförbundet SSR',
    });
    const author = comments[0]!.row.authorUserId;
    expect(toThreads(comments, { seesUnions: false, readerUserId: author, editMinutes: 15 })[0]!.comments[0]!.asUnion).toEqual({
      code: 'SSR',
      name: 'Akademikerförbundet SSR',
    });
    const hidden = toThreads(comments, { seesUnions: false, readerUserId: '6f1c2d1e-0000-4000-8000-00000000abcd', editMinutes: 15 });
    expect(hidden.flatMap((thread) => thread.comments.map((comment) => comment.asUnion))).toEqual([null, null, null]);
    expect(JSON.stringify(hidden)).not.toContain('Akademikerförbundet');
  });
});
