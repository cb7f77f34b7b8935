import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, notifications, users } from '@planpuls/db';
import { expectStatus } from '../../testing/fixtures';
import { useTestApp } from '../../testing/test-app';

/**
 * Issue 12: a mention's notification quoted a comment on a draft figure to people who may not read the thread
 * (union members, viewers, HR of other units read a unit's figures, explanations and comments only once its
 * values are submitted or approved: `readBasis`). What a notification quotes follows the rule of the thread.
 */
describe('a mention of a comment on a figure', () => {
  const t = useTestApp('demo');
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const DRAFT_TEXT = 'Utkastet visar tre avgångar i Farsta';
  let cycleId: string;

  const as = (who: string | null, options: InjectOptions) =>
    t.app.inject({
      ...options,
      url: `/api/v1${options.url}`,
      headers: { ...(options.headers ?? {}), ...(who ? { cookie: cookies[who]! } : {}) },
    });
  const mentionsOf = async (who: string) =>
    t.database.owner
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, ids[who]!), eq(notifications.kind, 'mentioned')));
  const mailsTo = async (who: string) =>
    t.database.owner
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, `${who}@planpuls.test`));
  const figure = (period: string) => ({ indicator: 'turnover_total', unit: 'FARSTA', period });
  const threadsFor = async (who: string, period: string) =>
    expectStatus(await as(who, { method: 'GET', url: `/comments?${new URLSearchParams(figure(period)).toString()}` }), 200)
      .items as unknown[];

  beforeAll(async () => {
    for (const who of ['styrgrupp', 'hr.farsta', 'hr.spanga', 'ssr.central', 'vision.farsta', 'lasare']) {
      cookies[who] = await t.loginAs(`${who}@planpuls.test`);
      const [user] = await t.database.owner
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, `${who}@planpuls.test`));
      ids[who] = user!.id;
    }
    const plan = expectStatus(await as(null, { method: 'GET', url: '/plans/HP-2024' }), 200);
    const created = await as(null, {
      method: 'POST',
      url: '/reporting-cycles',
      payload: {
        planId: plan.id,
        period: '2031-T1',
        dataElements: ['external_leavers', 'average_headcount'],
        opensOn: '2030-01-01',
        deadline: '2030-01-15',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    cycleId = created.json().id;
  });

  it('quotes a comment on a draft figure only to those who read the thread, and tells the others where, not what', async () => {
    const mentioned = ['styrgrupp', 'ssr.central', 'vision.farsta', 'hr.spanga', 'lasare'];
    expectStatus(
      await as('hr.farsta', {
        method: 'POST',
        url: '/comments',
        payload: { ...figure('2031-T1'), body: DRAFT_TEXT, mentions: mentioned.map((who) => ids[who]) },
      }),
      201,
    );
    // The steering group reads FARSTA's drafts: the thread, and the quote.
    expect(await threadsFor('styrgrupp', '2031-T1')).toHaveLength(1);
    const [steering] = await mentionsOf('styrgrupp');
    expect(steering!.body).toContain(DRAFT_TEXT);
    // The others read no thread on a draft figure, and no quote of it in their inbox or email.
    for (const who of ['ssr.central', 'vision.farsta', 'hr.spanga', 'lasare']) {
      expect(await threadsFor(who, '2031-T1'), who).toEqual([]);
      const notices = await mentionsOf(who);
      expect(notices, who).toHaveLength(1);
      expect(notices[0]!.body, who).not.toContain(DRAFT_TEXT);
      expect(notices[0]!.body, who).toContain('FARSTA');
      expect(notices[0]!.link).toBe('/units/FARSTA?period=2031-T1');
      for (const mail of await mailsTo(who)) expect(mail.body, who).not.toContain(DRAFT_TEXT);
    }
  });

  it('quotes it to a union member once the unit has submitted, as the thread then shows it', async () => {
    const submitted = await as('hr.farsta', { method: 'POST', url: `/reporting-cycles/${cycleId}/reports/FARSTA/submit`, payload: {} });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const [thread] = (await threadsFor('ssr.central', '2031-T1')) as Array<{ id: string }>;
    expect(thread).toBeDefined();
    const reply = `${DRAFT_TEXT}, inskickat`;
    expectStatus(
      await as('styrgrupp', {
        method: 'POST',
        url: '/comments',
        payload: { threadId: thread!.id, body: reply, mentions: [ids['ssr.central'], ids.lasare] },
      }),
      201,
    );
    expect((await mentionsOf('ssr.central')).some((notice) => notice.body.includes(reply))).toBe(true);
    // The viewer reads approved figures only: still no quote.
    expect((await mentionsOf('lasare')).some((notice) => notice.body.includes(DRAFT_TEXT))).toBe(false);
  });
});
