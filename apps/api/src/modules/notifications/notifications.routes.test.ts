import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { notifyUsers } from './notify';

describe('the notification inbox', () => {
  const t = useTestApp('demo');
  let farsta: string;
  let spanga: string;
  let spangaMessage: string;

  const userOf = async (email: string) =>
    (await t.database.owner.execute<{ id: string; m: string }>(sql`SELECT id, municipality_id AS m FROM users WHERE email = ${email}`))
      .rows[0]!;

  beforeAll(async () => {
    const hrFarsta = await userOf('hr.farsta@planpuls.test');
    const hrSpanga = await userOf('hr.spanga@planpuls.test');
    for (const [title, minutesAgo] of [
      ['Första', 30],
      ['Andra', 20],
      ['Tredje', 10],
    ] as const) {
      await notifyUsers(t.database.app, {
        municipalityId: hrFarsta.m,
        userIds: [hrFarsta.id],
        kind: 'mentioned',
        title,
        body: `${title} meddelandet`,
        link: '/goals/x',
      });
      // Distinct creation times, so "newest first" is well defined.
      await t.database.owner.execute(
        sql`UPDATE notifications SET created_at = now() - make_interval(mins => ${minutesAgo}) WHERE title = ${title}`,
      );
    }
    await notifyUsers(t.database.app, {
      municipalityId: hrSpanga.m,
      userIds: [hrSpanga.id, hrSpanga.id],
      kind: 'overdue',
      title: 'Försenad',
      body: 'Spånga är sen',
    });
    farsta = await t.loginAs('hr.farsta@planpuls.test');
    spanga = await t.loginAs('hr.spanga@planpuls.test');
    spangaMessage = (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: { cookie: spanga } })).json().items[0].id;
  });

  const inbox = async (cookie: string, query = '') => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/notifications${query}`, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('shows only one’s own messages, newest first, with the unread count', async () => {
    const page = await inbox(farsta);
    expect(page).toMatchObject({ page: 1, pageSize: 50, total: 3, unread: 3 });
    expect(page.items.map((item: { title: string }) => item.title)).toEqual(['Tredje', 'Andra', 'Första']);
    expect(page.items[0]).toMatchObject({ kind: 'mentioned', body: 'Tredje meddelandet', link: '/goals/x', readAt: null });
    expect(await inbox(spanga)).toMatchObject({ total: 1, unread: 1, items: [{ title: 'Försenad', link: null }] });
  });

  it('marks one’s own message read and puts unread ones first; another user’s message is not found', async () => {
    const newest = (await inbox(farsta)).items[0];
    const read = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${newest.id}/read`, headers: { cookie: farsta } });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readAt).toEqual(expect.any(String));
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${newest.id}/read`, headers: { cookie: farsta } });
    expect(again.json().readAt).toBe(read.json().readAt);

    const page = await inbox(farsta);
    expect(page).toMatchObject({ total: 3, unread: 2 });
    expect(page.items.map((item: { title: string }) => item.title)).toEqual(['Andra', 'Första', 'Tredje']);
    expect(await inbox(farsta, '?unreadOnly=true')).toMatchObject({ total: 2, unread: 2 });
    expect((await inbox(farsta, '?pageSize=2&page=2')).items.map((item: { title: string }) => item.title)).toEqual(['Tredje']);

    const foreign = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${spangaMessage}/read`, headers: { cookie: farsta } });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('notifications.not_found');
    expect(await inbox(spanga)).toMatchObject({ unread: 1 });
  });

  it('marks all of one’s own messages read, and nobody else’s', async () => {
    const all = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: { cookie: farsta } });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toEqual({ marked: 2 });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: { cookie: farsta } })).json()).toEqual({
      marked: 0,
    });
    expect(await inbox(farsta)).toMatchObject({ total: 3, unread: 0 });
    expect(await inbox(spanga)).toMatchObject({ total: 1, unread: 1 });
  });

  it('skips disabled users when notifying', async () => {
    const viewer = await userOf('lasare@planpuls.test');
    await t.database.owner.execute(sql`UPDATE users SET disabled = true WHERE id = ${viewer.id}`);
    expect(
      await notifyUsers(t.database.app, { municipalityId: viewer.m, userIds: [viewer.id], kind: 'mentioned', title: 'x', body: 'y' }),
    ).toEqual([]);
    const rows = await t.database.owner.execute(sql`SELECT 1 FROM notifications WHERE user_id = ${viewer.id}`);
    expect(rows.rows).toHaveLength(0);
  });
});
