import { and, eq, sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '@planpuls/contracts';
import { auditLog, commentMentions, comments, emailOutbox, notifications, users } from '@planpuls/db';
import { createMunicipality, errorCode, expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';
import { commentsServiceFactory } from './comments.service';

const FARSTA_FIGURE = { indicator: 'turnover_total', unit: 'FARSTA', period: '2025-T2' };
const SPANGA_FIGURE = { indicator: 'turnover_total', unit: 'SPANGA_TENSTA', period: '2025-T2' };
const query = (fields: Record<string, string>) => `/comments?${new URLSearchParams(fields).toString()}`;

describe('comments', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let goalId: string;
  let targetId: string;
  let activityId: string;

  /** Requests to /api/v1 as one of the demo users (or the test administrator when `who` is undefined). */
  const as = (who?: string) => {
    const send = (
      method: InjectOptions['method'],
      path: string,
      payload?: unknown,
      headers: Record<string, string> = {},
    ): Promise<LightMyRequestResponse> =>
      t.app.inject({
        method,
        url: `/api/v1${path}`,
        headers: { ...(who ? { cookie: cookies[who]! } : {}), ...headers },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    return {
      get: (path: string) => send('GET', path),
      post: (path: string, body?: unknown, headers?: Record<string, string>) => send('POST', path, body, headers),
      patch: (path: string, body: unknown) => send('PATCH', path, body),
      delete: (path: string) => send('DELETE', path),
    };
  };

  beforeAll(async () => {
    for (const who of ['styrgrupp', 'hr.farsta', 'hr.spanga', 'ssr.central', 'vision.farsta', 'lasare']) {
      cookies[who] = await t.loginAs(`${who}@planpuls.test`);
      const [user] = await t.database.owner
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, `${who}@planpuls.test`));
      ids[who] = user!.id;
    }
    const plan = expectStatus(await as().get('/plans/HP-2024'), 200);
    const goal = plan.focusAreas
      .flatMap((area: { goals: Array<{ id: string; targets: Array<{ id: string }> }> }) => area.goals)
      .find((g: { targets: unknown[] }) => g.targets.length > 0);
    goalId = goal.id;
    targetId = goal.targets[0].id;
    activityId = plan.activities[0].id;
  });

  const backdate = (commentId: string, minutes: number) =>
    t.database.owner.execute(sql`UPDATE comments SET created_at = now() - make_interval(mins => ${minutes}) WHERE id = ${commentId}`);
  const mentionNotices = async (userId: string) =>
    (
      await t.database.owner
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'mentioned')))
    ).length;

  describe('threads and replies', () => {
    it('opens a thread on a goal, a target and an activity, and lists each on its own subject', async () => {
      const thread = expectStatus(await as('styrgrupp').post('/comments', { goal: goalId, body: 'Hur ser det ut i Farsta?' }), 201);
      expect(thread).toMatchObject({
        id: expect.any(String),
        subject: { kind: 'goal', goalId, targetId: null, indicator: null },
        resolved: false,
        resolvedAt: null,
        resolvedBy: null,
        comments: [
          {
            threadId: null,
            author: { id: ids.styrgrupp, displayName: 'Johan Bergström' },
            asUnion: null,
            body: 'Hur ser det ut i Farsta?',
            edited: false,
            editedAt: null,
            mentions: [],
          },
        ],
      });
      const comment = thread.comments[0];
      expect(Date.parse(comment.editableUntil) - Date.parse(comment.createdAt)).toBe(15 * 60_000);
      expectStatus(await as('styrgrupp').post('/comments', { target: targetId, body: 'Delmålet är för lågt satt.' }), 201);
      expectStatus(await as('styrgrupp').post('/comments', { activity: activityId, body: 'När är den klar?' }), 201);

      const onGoal = expectStatus(await as('lasare').get(query({ goal: goalId })), 200);
      expect(onGoal.items.map((item: { id: string }) => item.id)).toEqual([thread.id]);
      expect(expectStatus(await as('lasare').get(query({ target: targetId })), 200).items[0].comments[0].body).toBe(
        'Delmålet är för lågt satt.',
      );
      expect(expectStatus(await as('lasare').get(query({ activity: activityId })), 200).items[0].subject).toMatchObject({
        kind: 'activity',
        activityId,
      });
    });

    it('keeps replies in their thread, oldest first; a reply to a reply joins the same thread', async () => {
      const thread = expectStatus(
        await as('hr.farsta').post('/comments', { ...FARSTA_FIGURE, group: 'SOC', body: 'Siffran stämmer inte.' }),
        201,
      );
      const reply = expectStatus(await as('styrgrupp').post('/comments', { threadId: thread.id, body: 'Kan du förklara?' }), 201);
      const replyId = reply.comments[1].id;
      const again = expectStatus(await as('hr.farsta').post('/comments', { threadId: replyId, body: 'Två interna byten saknades.' }), 201);
      expect(again.id).toBe(thread.id);
      expect(again.comments.map((c: { body: string; threadId: string | null }) => [c.body, c.threadId])).toEqual([
        ['Siffran stämmer inte.', null],
        ['Kan du förklara?', thread.id],
        ['Två interna byten saknades.', thread.id],
      ]);
      expect(again.subject).toEqual({
        kind: 'figure',
        goalId: null,
        targetId: null,
        activityId: null,
        indicator: 'turnover_total',
        unit: 'FARSTA',
        group: 'SOC',
        period: '2025-T2',
      });

      const listed = expectStatus(await as('lasare').get(query({ ...FARSTA_FIGURE, group: 'SOC' })), 200);
      expect(listed.items).toHaveLength(1);
      expect(listed.items[0].comments).toHaveLength(3);
      // The figure of all groups together is another subject.
      expect(expectStatus(await as('lasare').get(query(FARSTA_FIGURE)), 200).items).toEqual([]);
    });

    it('refuses a reply that also names a subject, and a reply to an unknown comment', async () => {
      const thread = expectStatus(await as('styrgrupp').post('/comments', { goal: goalId, body: 'Tråd' }), 201);
      expect(errorCode(await as('styrgrupp').post('/comments', { threadId: thread.id, goal: goalId, body: 'Svar' }), 400)).toBe(
        'comments.subject_invalid',
      );
      const unknown = await as('styrgrupp').post('/comments', { threadId: '6f1c2d1e-0000-4000-8000-000000000000', body: 'Svar' });
      expect(errorCode(unknown, 404)).toBe('comments.not_found');
      expect(unknown.json().error.details[0].field).toBe('body.threadId');
    });
  });

  describe('editing', () => {
    it('lets the author change the text within the window, keeping every earlier text', async () => {
      const thread = expectStatus(await as('ssr.central').post('/comments', { goal: goalId, body: 'Första versionen' }), 201);
      const id = thread.comments[0].id;
      const edited = expectStatus(await as('ssr.central').patch(`/comments/${id}`, { body: 'Andra versionen' }), 200);
      expect(edited.comments[0]).toMatchObject({ body: 'Andra versionen', edited: true, editedAt: expect.any(String) });
      expectStatus(await as('ssr.central').patch(`/comments/${id}`, { body: 'Tredje versionen', reason: 'Stavfel' }), 200);

      const history = expectStatus(await as('lasare').get(`/comments/${id}/revisions`), 200);
      expect(history.commentId).toBe(id);
      expect(history.current).toBe('Tredje versionen');
      expect(history.items.map((item: { body: string }) => item.body)).toEqual(['Första versionen', 'Andra versionen']);
      expect(history.items[0].writtenAt).toBe(thread.comments[0].createdAt);
      expect(history.items[1].writtenAt).toBe(edited.comments[0].editedAt);

      const [audited] = await t.database.owner
        .select({ reason: auditLog.reason, actor: auditLog.actorUserId })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'comments'), eq(auditLog.entityId, id), eq(auditLog.reason, 'Stavfel')));
      expect(audited).toEqual({ reason: 'Stavfel', actor: ids['ssr.central'] });
    });

    it('an unedited comment has no earlier texts', async () => {
      const thread = expectStatus(await as('styrgrupp').post('/comments', { goal: goalId, body: 'Orörd' }), 201);
      expect(expectStatus(await as('lasare').get(`/comments/${thread.id}/revisions`), 200)).toEqual({
        commentId: thread.id,
        current: 'Orörd',
        items: [],
      });
    });

    it('refuses a change by anyone but the author, an administrator included', async () => {
      const thread = expectStatus(await as('hr.farsta').post('/comments', { goal: goalId, body: 'Min text' }), 201);
      expect(errorCode(await as('styrgrupp').patch(`/comments/${thread.id}`, { body: 'Ändrad' }), 403)).toBe('comments.not_author');
      expect(errorCode(await as().patch(`/comments/${thread.id}`, { body: 'Ändrad' }), 403)).toBe('comments.not_author');
      expect(errorCode(await as('lasare').patch(`/comments/${thread.id}`, { body: 'Ändrad' }), 403)).toBe('auth.forbidden');
      expect(expectStatus(await as('lasare').get(`/comments/${thread.id}/revisions`), 200).current).toBe('Min text');
    });

    it('answers 409 comments.edit_window_closed after COMMENT_EDIT_MINUTES, and the text stays', async () => {
      const thread = expectStatus(await as('hr.farsta').post('/comments', { goal: goalId, body: 'Snart låst' }), 201);
      await backdate(thread.id, 14);
      expectStatus(await as('hr.farsta').patch(`/comments/${thread.id}`, { body: 'Hann ändra' }), 200);
      await backdate(thread.id, 16);
      expect(errorCode(await as('hr.farsta').patch(`/comments/${thread.id}`, { body: 'För sent' }), 409)).toBe(
        'comments.edit_window_closed',
      );
      const history = expectStatus(await as('lasare').get(`/comments/${thread.id}/revisions`), 200);
      expect(history.current).toBe('Hann ändra');
      expect(history.items.map((item: { body: string }) => item.body)).toEqual(['Snart låst']);
    });

    it('answers 404 for an unknown comment', async () => {
      expect(errorCode(await as('styrgrupp').patch('/comments/6f1c2d1e-0000-4000-8000-000000000000', { body: 'x' }), 404)).toBe(
        'comments.not_found',
      );
      expect(errorCode(await as('styrgrupp').get('/comments/6f1c2d1e-0000-4000-8000-000000000000/revisions'), 404)).toBe(
        'comments.not_found',
      );
    });
  });

  describe('resolving', () => {
    let threadId: string;
    let replyId: string;
    beforeAll(async () => {
      const thread = expectStatus(
        await as('vision.farsta').post('/comments', { ...FARSTA_FIGURE, body: 'Varför ökar omsättningen?' }),
        201,
      );
      threadId = thread.id;
      replyId = expectStatus(await as('hr.farsta').post('/comments', { threadId, body: 'Vi utreder.' }), 201).comments[1].id;
    });

    it('refuses anyone but the thread’s author, the steering group and administrators — a replier included', async () => {
      expect(errorCode(await as('hr.farsta').post(`/comments/${threadId}/resolve`), 403)).toBe('comments.resolve_forbidden');
      expect(errorCode(await as('ssr.central').post(`/comments/${threadId}/resolve`), 403)).toBe('comments.resolve_forbidden');
      expect(errorCode(await as('lasare').post(`/comments/${threadId}/resolve`), 403)).toBe('auth.forbidden');
      expect(
        expectStatus(await as('lasare').get(query(FARSTA_FIGURE)), 200).items.find((item: { id: string }) => item.id === threadId).resolved,
      ).toBe(false);
    });

    it('lets the author resolve (through any comment of the thread) and reopen; resolving twice changes nothing', async () => {
      const resolved = expectStatus(await as('vision.farsta').post(`/comments/${replyId}/resolve`), 200);
      expect(resolved).toMatchObject({
        id: threadId,
        resolved: true,
        resolvedAt: expect.any(String),
        resolvedBy: { id: ids['vision.farsta'], displayName: 'Mikael Öberg' },
      });
      const again = expectStatus(await as('styrgrupp').post(`/comments/${threadId}/resolve`), 200);
      expect(again.resolvedAt).toBe(resolved.resolvedAt);
      expect(again.resolvedBy.id).toBe(ids['vision.farsta']);
      expect(expectStatus(await as('vision.farsta').post(`/comments/${threadId}/reopen`), 200)).toMatchObject({
        resolved: false,
        resolvedAt: null,
        resolvedBy: null,
      });
    });

    it('lets the steering group and administrators resolve and reopen any thread', async () => {
      expect(expectStatus(await as('styrgrupp').post(`/comments/${threadId}/resolve`), 200).resolvedBy.id).toBe(ids.styrgrupp);
      expect(expectStatus(await as().post(`/comments/${threadId}/reopen`), 200).resolved).toBe(false);
      expect(expectStatus(await as().post(`/comments/${threadId}/resolve`), 200).resolved).toBe(true);
      expect(
        expectStatus(await as('lasare').get(query(FARSTA_FIGURE)), 200).items.find((item: { id: string }) => item.id === threadId).resolved,
      ).toBe(true);
    });

    it('answers 404 for an unknown comment', async () => {
      expect(errorCode(await as('styrgrupp').post('/comments/6f1c2d1e-0000-4000-8000-000000000000/resolve'), 404)).toBe(
        'comments.not_found',
      );
    });
  });

  describe('writing as a union', () => {
    it('stamps a union member’s comment with their union, shown to the steering group, administrators and the author only', async () => {
      const thread = expectStatus(
        await as('vision.farsta').post('/comments', { goal: goalId, body: 'Vision anser att målet är för svagt.' }),
        201,
      );
      expect(thread.comments[0].asUnion).toEqual({ code: 'VISION', name: 'Vision' });
      const reply = expectStatus(await as('ssr.central').post('/comments', { threadId: thread.id, body: 'SSR instämmer.' }), 201);
      expect(reply.comments[1].asUnion).toEqual({ code: 'SSR', name: 'Akademikerförbundet SSR' });
      const [row] = await t.database.owner.select({ asUnionId: comments.asUnionId }).from(comments).where(eq(comments.id, thread.id));
      expect(row!.asUnionId).not.toBeNull();
      const unionsSeenBy = async (who?: string) =>
        (
          expectStatus(await as(who).get(query({ goal: goalId })), 200).items.find((item: { id: string }) => item.id === thread.id)
            .comments as Array<{ asUnion: unknown }>
        ).map((c) => c.asUnion);
      const both = [
        { code: 'VISION', name: 'Vision' },
        { code: 'SSR', name: 'Akademikerförbundet SSR' },
      ];
      expect(await unionsSeenBy('styrgrupp')).toEqual(both);
      expect(await unionsSeenBy()).toEqual(both);
      // Which person is a member of which union is theirs (GDPR art. 9): HR, viewers and other unions' members read the comment as the person's.
      expect(await unionsSeenBy('lasare')).toEqual([null, null]);
      expect(await unionsSeenBy('hr.farsta')).toEqual([null, null]);
      expect(await unionsSeenBy('ssr.central')).toEqual([null, { code: 'SSR', name: 'Akademikerförbundet SSR' }]);
      expect(await unionsSeenBy('vision.farsta')).toEqual([{ code: 'VISION', name: 'Vision' }, null]);
    });

    it('does not stamp others, even a reply to a union thread', async () => {
      const thread = expectStatus(await as('hr.farsta').post('/comments', { goal: goalId, body: 'HR svarar.' }), 201);
      expect(thread.comments[0].asUnion).toBeNull();
    });

    it('never gives the union to a caller that is not a logged-in person', async () => {
      const service = commentsServiceFactory({ db: t.app.db, editMinutes: 15, reportStates: t.app.services.reportStates });
      const [{ municipalityId }] = (await t.database.owner
        .select({ municipalityId: users.municipalityId })
        .from(users)
        .where(eq(users.id, ids.lasare!))) as [{ municipalityId: string }];
      const caller = { municipalityId, userId: null, grants: [{ role: 'steering' as const, allUnits: true, units: [] }] };
      const asToken = await service.list({ ...caller, kind: 'token' }, { goal: goalId });
      const asPerson = await service.list({ ...caller, kind: 'user', userId: ids.styrgrupp! }, { goal: goalId });
      const unionsIn = (list: typeof asToken) =>
        list.items.flatMap((item) => item.comments.map((comment) => comment.asUnion)).filter((union) => union !== null);
      expect(unionsIn(asPerson).length).toBeGreaterThan(0);
      expect(unionsIn(asToken)).toEqual([]);
      expect(JSON.stringify(asToken)).not.toMatch(/"asUnion":\{|Akademikerförbundet/);
      await expect(service.create({ ...caller, kind: 'token' }, { goal: goalId, body: 'System' })).rejects.toMatchObject({
        statusCode: 403,
      });
    });

    it('refuses comments to anyone not logged in and to the HR system’s token', async () => {
      expect(errorCode(await t.anonymous.inject({ method: 'GET', url: `/api/v1${query({ goal: goalId })}` }), 401)).toBe(
        'auth.not_logged_in',
      );
      const token = expectStatus(await as().post('/api-tokens', { name: 'HR-systemet', units: ['FARSTA'] }), 201).token;
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1${query({ goal: goalId })}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toMatch(/Vision/);
    });
  });

  describe('mentions', () => {
    let stranger: { id: string };
    beforeAll(async () => {
      const otherMunicipality = await createMunicipality(t.database.owner, 'GOTEBORG', 'Göteborgs stad');
      [stranger] = (await t.database.owner
        .insert(users)
        .values({ municipalityId: otherMunicipality, email: 'kollega@goteborg.test', displayName: 'Kollega i Göteborg' })
        .returning({ id: users.id })) as [{ id: string }];
    });

    it('records a mention by id and by @email, and notifies each mentioned user (inbox and email), never the author', async () => {
      const before = {
        hr: await mentionNotices(ids['hr.farsta']!),
        steering: await mentionNotices(ids.styrgrupp!),
        author: await mentionNotices(ids['ssr.central']!),
      };
      const thread = expectStatus(
        await as('ssr.central').post('/comments', {
          goal: goalId,
          body: 'Vad säger @STYRGRUPP@planpuls.test och @ssr.central@planpuls.test om detta?',
          mentions: [ids['hr.farsta']],
        }),
        201,
      );
      expect(thread.comments[0].mentions.map((m: { id: string }) => m.id).sort()).toEqual(
        [ids['hr.farsta'], ids.styrgrupp, ids['ssr.central']].sort(),
      );
      expect(await mentionNotices(ids['hr.farsta']!)).toBe(before.hr + 1);
      expect(await mentionNotices(ids.styrgrupp!)).toBe(before.steering + 1);
      expect(await mentionNotices(ids['ssr.central']!)).toBe(before.author);
      const [notice] = await t.database.owner
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, ids['hr.farsta']!), eq(notifications.kind, 'mentioned')));
      expect(notice!.title).toBe('Elin Sandberg nämnde dig i en kommentar');
      expect(notice!.link).toMatch(/^\/plans\/[0-9a-f-]+\/goals\//);
      // The union of the author is not named outside the app.
      expect(`${notice!.title} ${notice!.body}`).not.toMatch(/SSR/);
      const mails = await t.database.owner.select().from(emailOutbox).where(eq(emailOutbox.toAddress, 'hr.farsta@planpuls.test'));
      expect(mails.some((mail) => mail.body.includes('Vad säger'))).toBe(true);
    });

    it('notifies only the newly mentioned when an edit adds a mention', async () => {
      const thread = expectStatus(
        await as('styrgrupp').post('/comments', { ...SPANGA_FIGURE, body: 'Fråga till @hr.spanga@planpuls.test' }),
        201,
      );
      const spanga = await mentionNotices(ids['hr.spanga']!);
      const farsta = await mentionNotices(ids['hr.farsta']!);
      const edited = expectStatus(
        await as('styrgrupp').patch(`/comments/${thread.id}`, {
          body: 'Fråga till @hr.spanga@planpuls.test',
          mentions: [ids['hr.farsta']],
        }),
        200,
      );
      expect(edited.comments[0].mentions).toHaveLength(2);
      expect(await mentionNotices(ids['hr.spanga']!)).toBe(spanga);
      expect(await mentionNotices(ids['hr.farsta']!)).toBe(farsta + 1);
      const [notice] = await t.database.owner
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, ids['hr.spanga']!), eq(notifications.kind, 'mentioned')));
      expect(notice!.link).toBe('/units/SPANGA_TENSTA?period=2025-T2');
    });

    it('finds people to mention by part of their name or email, in the writer’s municipality only, without their union', async () => {
      const found = expectStatus(await as('vision.farsta').get('/comments/mentionable?q=SANDB'), 200);
      expect(found).toEqual({ items: [{ id: ids['ssr.central'], displayName: 'Elin Sandberg' }] });
      expect(
        expectStatus(await as('hr.farsta').get('/comments/mentionable?q=hr.spanga%40'), 200).items.map((p: { id: string }) => p.id),
      ).toEqual([ids['hr.spanga']]);
      expect(expectStatus(await as('hr.farsta').get('/comments/mentionable?q=%25'), 200).items).toEqual([]);
      const everyone = expectStatus(await as('styrgrupp').get('/comments/mentionable'), 200).items;
      expect(everyone.length).toBeGreaterThanOrEqual(7);
      expect(everyone.length).toBeLessThanOrEqual(20);
      expect(JSON.stringify(everyone)).not.toMatch(/Göteborg|union|Vision/i);
      expect(expectStatus(await as('styrgrupp').get('/comments/mentionable?q=kollega'), 200).items).toEqual([]);
      expect(errorCode(await as('lasare').get('/comments/mentionable?q=a'), 403)).toBe('auth.forbidden');
    });

    it('refuses a mention of an unknown user or one of another municipality with 400, storing nothing', async () => {
      const count = async () =>
        Number(
          (await t.database.owner.execute(sql`SELECT (SELECT count(*) FROM comments) + (SELECT count(*) FROM notifications) AS n`)).rows[0]!
            .n,
        );
      const before = await count();

      const byId = await as('styrgrupp').post('/comments', { goal: goalId, body: 'Hej', mentions: [ids.lasare, stranger.id] });
      expect(errorCode(byId, 400)).toBe('comments.mention_unknown');
      expect(byId.json().error.details).toEqual([{ field: 'body.mentions[1]', message: 'is not a user of your municipality' }]);
      expect(errorCode(await as('styrgrupp').post('/comments', { goal: goalId, body: 'Hej @kollega@goteborg.test' }), 400)).toBe(
        'comments.mention_unknown',
      );
      expect(errorCode(await as('styrgrupp').post('/comments', { goal: goalId, body: 'Hej @ingen@planpuls.test' }), 400)).toBe(
        'comments.mention_unknown',
      );
      expect(await count()).toBe(before);
      expect(await t.database.owner.select().from(commentMentions).where(eq(commentMentions.userId, stranger.id))).toEqual([]);
    });
  });

  describe('scope', () => {
    it('lets HR comment on the figures of its own units only; goals, targets and activities are plan-wide', async () => {
      expectStatus(await as('hr.farsta').post('/comments', { ...FARSTA_FIGURE, body: 'Farsta' }), 201);
      const other = await as('hr.farsta').post('/comments', { ...SPANGA_FIGURE, body: 'Spånga' });
      expect(errorCode(other, 403)).toBe('comments.unit_forbidden');
      expectStatus(await as('hr.spanga').post('/comments', { goal: goalId, body: 'Mål' }), 201);
      expectStatus(await as('hr.spanga').post('/comments', { activity: activityId, body: 'Aktivitet' }), 201);
    });

    it('lets a local union reference group comment on its own units’ figures only, and a central one on all', async () => {
      expect(errorCode(await as('vision.farsta').post('/comments', { ...SPANGA_FIGURE, body: 'Spånga' }), 403)).toBe(
        'comments.unit_forbidden',
      );
      expectStatus(await as('vision.farsta').post('/comments', { target: targetId, body: 'Delmål' }), 201);
      expectStatus(await as('ssr.central').post('/comments', { ...SPANGA_FIGURE, body: 'Spånga' }), 201);
    });

    it('refuses a reply in a thread on another unit’s figure', async () => {
      const thread = expectStatus(await as('hr.spanga').post('/comments', { ...SPANGA_FIGURE, body: 'Spångas siffra' }), 201);
      expect(errorCode(await as('hr.farsta').post('/comments', { threadId: thread.id, body: 'Svar' }), 403)).toBe(
        'comments.unit_forbidden',
      );
      expect(errorCode(await as('vision.farsta').post('/comments', { threadId: thread.id, body: 'Svar' }), 403)).toBe(
        'comments.unit_forbidden',
      );
      expectStatus(await as('styrgrupp').post('/comments', { threadId: thread.id, body: 'Svar' }), 201);
      // Reading is for every person, whatever the unit.
      expect(expectStatus(await as('hr.farsta').get(query(SPANGA_FIGURE)), 200).items.length).toBeGreaterThan(0);
    });

    it('lets viewers read but never write', async () => {
      expect(errorCode(await as('lasare').post('/comments', { goal: goalId, body: 'Läsare' }), 403)).toBe('auth.forbidden');
      expectStatus(await as('lasare').get(query({ goal: goalId })), 200);
    });
  });

  describe('comments are never deleted', () => {
    it('has no way to delete a comment', async () => {
      const thread = expectStatus(await as('styrgrupp').post('/comments', { goal: goalId, body: 'Offentlig handling' }), 201);
      for (const who of [undefined, 'styrgrupp']) {
        const response = await as(who).delete(`/comments/${thread.id}`);
        expect([404, 405]).toContain(response.statusCode);
      }
      const document = (await t.anonymous.inject({ method: 'GET', url: '/docs/json' })).json();
      const methods = Object.entries(document.paths as Record<string, Record<string, unknown>>)
        .filter(([path]) => path.startsWith('/api/v1/comments'))
        .flatMap(([, operations]) => Object.keys(operations));
      expect(methods).not.toContain('delete');
      expect(await t.database.owner.select({ id: comments.id }).from(comments).where(eq(comments.id, thread.id))).toHaveLength(1);
    });

    it('keeps the things they are about: an activity or a target with comments cannot be deleted', async () => {
      const activity = expectStatus(await as().post('/plans/HP-2024/activities', { code: 'A-KVAR', name: 'Aktivitet med kommentar' }), 201);
      const onActivity = expectStatus(await as('styrgrupp').post('/comments', { activity: activity.id, body: 'Hur går det?' }), 201);
      const refused = await as().delete(`/activities/${activity.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('activities.has_official_record');
      expect(refused.json().error.details).toEqual([{ field: 'comments', message: 'exists' }]);

      expectStatus(await as('styrgrupp').post('/comments', { target: targetId, body: 'Målvärdet behöver förklaras.' }), 201);
      const target = await as().delete(`/targets/${targetId}`);
      expect(target.statusCode).toBe(409);
      expect(target.json().error.code).toBe('targets.has_official_record');
      // Both are codes of the closed list, which clients have words for.
      expect([refused, target].map((answer) => isErrorCode(answer.json().error.code))).toEqual([true, true]);

      expect(await t.database.owner.select({ id: comments.id }).from(comments).where(eq(comments.id, onActivity.id))).toHaveLength(1);
      expect(expectStatus(await as().get(`/activities/${activity.id}`), 200).code).toBe('A-KVAR');
    });
  });

  describe('malformed input', () => {
    it('needs exactly one subject in a query', async () => {
      expect(errorCode(await as('lasare').get('/comments'), 400)).toBe('comments.subject_invalid');
      expect(errorCode(await as('lasare').get(query({ goal: goalId, target: targetId })), 400)).toBe('comments.subject_invalid');
      expect(errorCode(await as('lasare').get(query({ goal: goalId, unit: 'FARSTA' })), 400)).toBe('comments.subject_invalid');
      const missing = await as('lasare').get(query({ indicator: 'turnover_total', unit: 'FARSTA' }));
      expect(errorCode(missing, 400)).toBe('comments.subject_invalid');
      expect(missing.json().error.details[0].field).toBe('query.period');
    });

    it('answers 404 comments.subject_not_found for unknown things, naming the field', async () => {
      const unit = await as('lasare').get(query({ ...FARSTA_FIGURE, unit: 'ATLANTIS' }));
      expect(errorCode(unit, 404)).toBe('comments.subject_not_found');
      expect(unit.json().error.details[0].field).toBe('query.unit');
      expect(errorCode(await as('lasare').get(query({ ...FARSTA_FIGURE, group: 'NOPE' })), 404)).toBe('comments.subject_not_found');
      expect(errorCode(await as('lasare').get(query({ goal: '6f1c2d1e-0000-4000-8000-000000000000' })), 404)).toBe(
        'comments.subject_not_found',
      );
      expect(
        errorCode(await as('styrgrupp').post('/comments', { indicator: 'nope', unit: 'FARSTA', period: '2025-T2', body: 'x' }), 404),
      ).toBe('comments.subject_not_found');
    });

    it('refuses bad codes, blank or too long text, unknown fields and bad mention lists with 400', async () => {
      expect(errorCode(await as('lasare').get(query({ ...FARSTA_FIGURE, period: '2025-T9' })), 400)).toBe('request.invalid');
      expect(errorCode(await as('lasare').get(query({ goal: 'not-a-uuid' })), 400)).toBe('request.invalid');
      const post = (body: unknown) => as('styrgrupp').post('/comments', body);
      for (const body of [
        { goal: goalId, body: '   ' },
        // Text no reader can see: a zero-width space, a word joiner and a no-break space, a lone combining mark.
        { goal: goalId, body: '\u200b' },
        { goal: goalId, body: '\u2060\u00a0' },
        { goal: goalId, body: '\u0301' },
        { goal: goalId, body: '' },
        { goal: goalId, body: 'x'.repeat(5001) },
        { goal: goalId },
        { goal: goalId, body: 'x', unknownField: 1 },
        { goal: goalId, body: 'x', mentions: ['not-a-uuid'] },
        { goal: goalId, body: 'x', mentions: [ids.lasare, ids.lasare] },
        { goal: goalId, body: 'x', threadId: 'x' },
      ]) {
        expect(errorCode(await post(body), 400), JSON.stringify(body).slice(0, 80)).toBe('request.invalid');
      }
      expect(errorCode(await post({ body: 'Utan ämne' }), 400)).toBe('comments.subject_invalid');
      expect(errorCode(await as('styrgrupp').patch('/comments/not-a-uuid', { body: 'x' }), 400)).toBe('request.invalid');
    });
  });
});
