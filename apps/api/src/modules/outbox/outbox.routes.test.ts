import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { notifyUsers } from '../notifications/notify';

describe('the email outbox', () => {
  const t = useTestApp('demo');

  beforeAll(async () => {
    const users = await t.database.owner.execute<{ id: string; m: string }>(
      sql`SELECT id, municipality_id AS m FROM users WHERE email IN ('hr.farsta@planpuls.test', 'styrgrupp@planpuls.test') ORDER BY email`,
    );
    await notifyUsers(t.database.app, {
      municipalityId: users.rows[0]!.m,
      userIds: users.rows.map((row) => row.id),
      kind: 'report_returned',
      title: 'Rapporten har skickats tillbaka',
      body: 'Kontrollera sjuktimmarna.',
      link: '/reporting/x/FARSTA',
    });
    await t.database.owner.execute(sql`UPDATE email_outbox SET sent_at = now(), attempts = 1 WHERE to_address = 'styrgrupp@planpuls.test'`);
  });

  it('without SMTP keeps every email for the administrator to read, newest first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/outbox' });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ smtpConfigured: false, total: 2, page: 1, pageSize: 50 });
    const farsta = page.items.find((item: { to: string }) => item.to === 'hr.farsta@planpuls.test');
    expect(farsta).toMatchObject({ subject: 'Planpuls: Rapporten har skickats tillbaka', sentAt: null, attempts: 0, lastError: null });
    expect(farsta.body).toContain('Kontrollera sjuktimmarna.');
    expect(farsta.body).toContain('Öppna i Planpuls: /reporting/x/FARSTA');

    const unsent = (await t.app.inject({ method: 'GET', url: '/api/v1/outbox?unsentOnly=true' })).json();
    expect(unsent.items.map((item: { to: string }) => item.to)).toEqual(['hr.farsta@planpuls.test']);
  });

  it('is for administrators only', async () => {
    for (const email of ['styrgrupp@planpuls.test', 'hr.farsta@planpuls.test']) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/outbox', headers: { cookie: await t.loginAs(email) } });
      expect(response.statusCode).toBe(403);
    }
  });
});
