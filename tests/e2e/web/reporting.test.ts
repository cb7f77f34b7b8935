import AxeBuilder from '@axe-core/playwright';
import type { DataValue, ReportingCycle, UnitReport } from '@planpuls/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, baseUrl, launchBrowser, logIn, plain, screenshotPath, settle, STEERING } from './browser';

const PASSWORD = process.env.DEMO_PASSWORD ?? 'planpuls-demo';
const HR_FARSTA = { email: 'hr.farsta@planpuls.test', password: PASSWORD };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => ({
    id: v.id,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
const api = async <T>(page: Page, path: string): Promise<T> => (await (await page.request.get(`/api/v1${path}`)).json()) as T;

/** A page logged in as `user` through the login form, in Swedish unless told otherwise. */
async function pageAs(
  browser: Browser,
  user: { email: string; password: string },
  width = 1280,
  locale: 'sv' | 'en' = 'sv',
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    baseURL: baseUrl(),
    locale: 'sv-SE',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await logIn(page, {}, user);
  // The login form is Swedish; the language chosen applies from the next page on.
  if (locale === 'en') await context.addInitScript(() => localStorage.setItem('planpuls.locale', 'en'));
  return page;
}

async function cycleOf(page: Page, period: string): Promise<ReportingCycle> {
  const plan = (await api<{ items: { id: string; code: string }[] }>(page, '/plans')).items.find((p) => p.code === 'HP-2024')!;
  const cycles = (await api<{ items: ReportingCycle[] }>(page, `/reporting-cycles?planId=${plan.id}&period=${period}`)).items;
  return cycles[0]!;
}

const storedValue = async (page: Page, element: string, unit: string, group: string, period: string) =>
  (await api<{ items: DataValue[] }>(page, `/data-values?dataElement=${element}&unit=${unit}&group=${group}&period=${period}`)).items[0]!;

/** The grid cell of a data element (row, by its code) and group (column). */
const cell = (page: Page, element: string, group: string | null) => page.locator(`[data-cell="${element}|${group ?? ''}"]`);
const saveStatus = (page: Page) => page.locator('.save-status');

describe('reporting in the browser', () => {
  let browser: Browser;
  let cycle: ReportingCycle;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves through the grid with the keyboard, edits with Enter, cancels with Escape, shows a definition on ? and pastes a block from Excel', async () => {
    const page = await pageAs(browser, ADMIN);
    cycle = await cycleOf(page, '2025-T3');
    await page.goto(`/reporting/cycles/${cycle.id}/units/RINKEBY_KISTA`);
    await settle(page);
    expect(plain(await page.locator('h1').textContent())).toBe('Rapport: Rinkeby-Kista stadsdelsförvaltning, 2025-T3');

    // One tab stop: Tab from the "copy" button and links lands on the grid's active cell.
    const first = page.locator('[role="gridcell"][tabindex="0"]');
    await expect.poll(() => first.count()).toBe(1);
    await first.focus();
    const focusedCell = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    const start = await focusedCell();
    await page.keyboard.press('ArrowRight');
    const right = await focusedCell();
    expect(right).not.toBe(start);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect(await focusedCell()).toBe(start);

    // Enter edits, Escape cancels: nothing is written.
    const [element, group] = start!.split('|') as [string, string];
    const before = await storedValue(page, element, 'RINKEBY_KISTA', group, '2025-T3');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('999');
    await page.keyboard.press('Escape');
    expect(await focusedCell()).toBe(start);
    expect((await storedValue(page, element, 'RINKEBY_KISTA', group, '2025-T3')).version).toBe(before.version);

    // "?" shows the row's definition; Escape returns to the cell.
    await page.keyboard.press('?');
    const definition = page.getByRole('dialog');
    await expect.poll(() => definition.count()).toBe(1);
    expect(plain(await definition.textContent())).toContain(element);
    await page.keyboard.press('Escape');
    await expect.poll(() => definition.count()).toBe(0);
    expect(await focusedCell()).toBe(start);

    // Before the deadline an open report takes drafts without a reason.
    expect(await page.getByLabel('Anledning till ändringarna').count()).toBe(0);

    // Typing a number starts editing; a decimal comma is read as Swedish; Enter saves and moves down.
    const sickLeave = page.locator('[data-indicator="sick_leave"][data-group="SOC"]');
    const sickLeaveBefore = plain(await sickLeave.textContent());
    await cell(page, 'sick_hours', 'SOC').focus();
    await page.keyboard.type('1234,5');
    await page.keyboard.press('Enter');
    await expect.poll(async () => plain(await saveStatus(page).textContent())).toMatch(/^Sparat \d\d:\d\d$/);
    expect((await storedValue(page, 'sick_hours', 'RINKEBY_KISTA', 'SOC', '2025-T3')).value).toBe(1234.5);
    expect(plain(await cell(page, 'sick_hours', 'SOC').textContent())).toBe('1 234,5');
    // The indicator it feeds is computed again beside the grid (sick leave, rolling 12 months).
    expect(plain(await sickLeave.textContent())).not.toBe(sickLeaveBefore);
    expect(plain(await sickLeave.textContent())).toMatch(/^\d+,\d %$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).not.toBe('sick_hours|SOC');

    // A whole number where the element takes integers is refused inline, described by its error, and not saved.
    await cell(page, 'external_leavers', 'BIST').focus();
    await page.keyboard.type('2,5');
    await page.keyboard.press('Enter');
    const refused = cell(page, 'external_leavers', 'BIST');
    expect(await refused.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await refused.getAttribute('aria-describedby'))!;
    expect(plain(await page.locator(`[id="${describedBy}"]`).textContent())).toBe('Uppgiften tar bara heltal.');

    // A block pasted from Excel fills cells from the focused one: two rows × two groups.
    await cell(page, 'lvu_cases', 'BIST').focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '4\t7\r\n3\t6\r\n');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => (await storedValue(page, 'lvu_cases', 'RINKEBY_KISTA', 'CHEF', '2025-T3')).value).toBe(7);
    const rows = await page
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector('[data-cell]')?.getAttribute('data-cell')));
    const nextElement = rows[rows.indexOf('lvu_cases|BIST') + 1]!.split('|')[0]!;
    await expect.poll(async () => (await storedValue(page, nextElement, 'RINKEBY_KISTA', 'CHEF', '2025-T3')).value).toBe(6);
    expect((await storedValue(page, 'lvu_cases', 'RINKEBY_KISTA', 'BIST', '2025-T3')).value).toBe(4);

    // Tab leaves the grid.
    await cell(page, 'lvu_cases', 'BIST').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]') === null)).toBe(true);

    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('when someone else saved the same value, shows their value against mine and lets me choose — never a silent overwrite', async () => {
    const page = await pageAs(browser, ADMIN);
    await page.goto(`/reporting/cycles/${cycle.id}/units/RINKEBY_KISTA`);
    await settle(page);

    // Another person (a second session) changes the value after this page read it.
    const other = await pageAs(browser, ADMIN);
    const stored = await storedValue(page, 'open_cases', 'RINKEBY_KISTA', 'SOC', '2025-T3');
    const csrf = ((await (await other.request.get('/api/v1/auth/csrf')).json()) as { token: string }).token;
    const theirs = await other.request.put('/api/v1/data-values/open_cases/RINKEBY_KISTA/2025-T3?group=SOC', {
      data: { value: 501 },
      headers: { 'if-match': `"${stored.version}"`, 'x-csrf-token': csrf },
    });
    expect(theirs.status()).toBe(200);
    await other.context().close();

    await cell(page, 'open_cases', 'SOC').focus();
    await page.keyboard.type('480');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.conflict');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(plain(await dialog.locator('h2').textContent())).toBe('Någon annan har ändrat värdet');
    expect(plain(await dialog.locator('.conflict-theirs').textContent())).toBe('501');
    expect(plain(await dialog.locator('.conflict-mine').textContent())).toBe('480');
    // Nothing of mine was written yet.
    expect((await storedValue(page, 'open_cases', 'RINKEBY_KISTA', 'SOC', '2025-T3')).value).toBe(501);
    expect(await violations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Spara mitt värde i stället' }).click();
    await expect.poll(async () => (await storedValue(page, 'open_cases', 'RINKEBY_KISTA', 'SOC', '2025-T3')).value).toBe(480);
    expect(await dialog.isVisible()).toBe(false);
    await page.context().close();
  });

  it("Farsta's HR imports a CSV for 2025-T3 with two bad rows, fixes them in the grid, explains a missed target, submits; the steering group approves", async () => {
    const hr = await pageAs(browser, HR_FARSTA);
    await hr.goto('/reporting');
    await settle(hr);
    await hr.locator('#reporting-cycle').selectOption(cycle.id);
    const farstaLink = hr.getByRole('link', { name: 'Farsta stadsdelsförvaltning' });
    await expect.poll(() => farstaLink.count()).toBe(1);
    // HR sees only its own unit.
    expect(await hr.locator('.reports-table tbody tr').count()).toBe(1);
    await farstaLink.click();
    await hr.waitForURL(/\/units\/FARSTA$/);
    await settle(hr);
    await hr.getByRole('link', { name: 'Importera CSV/Excel' }).click();
    await hr.waitForURL(/\/reporting\/import/);
    await settle(hr);
    expect(await violations(hr)).toEqual([]);

    // The template (the cycle's data set for Farsta, stored values filled in) and the export are real files.
    const template = await hr.request.get(
      (await hr.getByRole('link', { name: 'Mall för Farsta stadsdelsförvaltning (CSV)' }).getAttribute('href'))!,
    );
    expect(template.status()).toBe(200);
    expect((await template.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(
      'uppgift;benämning;enhet;yrkesgrupp;period;värde;kommentar',
    );
    const exported = await hr.request.get(
      (await hr.getByRole('link', { name: 'Exportera uppföljningens värden (Excel)' }).getAttribute('href'))!,
    );
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');

    const csv = [
      'uppgift;enhet;yrkesgrupp;period;värde;kommentar',
      'external_leavers;FARSTA;SOC;2025-T3;2;',
      'internal_moves_out;FARSTA;SOC;2025-T3;1;',
      'sick_hours;FARSTA;BOGUS;2025-T3;1000;',
      'open_cases;FARSTA;SOC;2025-T3;1402;',
      'average_headcount;FARSTA;SOC;2025-T3;sextioåtta;',
      'sick_hours;FARSTA;SOC;2025-T3;2100,5;',
      '',
    ].join('\r\n');
    await hr.locator('#import-file').setInputFiles({ name: 'farsta-2025-T3.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await hr.getByRole('button', { name: 'Kontrollera filen' }).click();
    const summary = hr.locator('.import-summary');
    await expect.poll(() => summary.count()).toBe(1);
    const total = async (key: string) => plain(await summary.locator(`.total--${key} dd`).textContent());
    expect([await total('rows'), await total('valid'), await total('invalid')]).toEqual(['6', '4', '2']);
    const errorRows = await summary
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent?.trim())));
    expect(errorRows).toEqual([
      ['3', 'Yrkesgrupp', 'Yrkesgruppen finns inte.'],
      ['5', 'Värde', 'Värdet är inte ett tal.'],
    ]);
    expect(await violations(hr)).toEqual([]);
    await hr.screenshot({ path: screenshotPath('reporting-import-1280'), fullPage: true });

    // The rows that passed are imported; the two bad ones are left to fix by hand.
    await hr.getByRole('button', { name: 'Importera 4 rader' }).click();
    await expect
      .poll(async () => plain(await hr.locator('.skipped').textContent()))
      .toBe('Raderna 3, 5 hoppades över. Rätta värdena i rapporten.');
    expect((await storedValue(hr, 'open_cases', 'FARSTA', 'SOC', '2025-T3')).value).toBe(1402);
    expect((await storedValue(hr, 'sick_hours', 'FARSTA', 'SOC', '2025-T3')).value).toBe(2100.5);

    await hr.getByRole('link', { name: 'Till rapporten för Farsta stadsdelsförvaltning' }).click();
    await hr.waitForURL(/\/units\/FARSTA$/);
    await settle(hr);
    await cell(hr, 'sick_hours', 'BIST').focus();
    await hr.keyboard.press('F2');
    await hr.keyboard.press('Control+A');
    await hr.keyboard.type('1000');
    await hr.keyboard.press('Enter');
    await cell(hr, 'average_headcount', 'SOC').focus();
    await hr.keyboard.type('68');
    await hr.keyboard.press('Enter');
    await expect.poll(async () => plain(await saveStatus(hr).textContent())).toMatch(/^Sparat/);
    await expect.poll(async () => (await storedValue(hr, 'sick_hours', 'FARSTA', 'BIST', '2025-T3')).value).toBe(1000);
    await expect.poll(async () => (await storedValue(hr, 'average_headcount', 'FARSTA', 'SOC', '2025-T3')).value).toBe(68);

    // Every figure that needs it is explained, and every broken rule.
    const report = await api<UnitReport>(hr, `/reporting-cycles/${cycle.id}/reports/FARSTA`);
    expect(report.neededExplanations.length).toBeGreaterThan(0);
    await expect.poll(() => hr.locator('.explanation').count()).toBe(report.neededExplanations.length);
    const explanations = hr.locator('.explanation');
    for (let i = 0; i < report.neededExplanations.length; i += 1) {
      const form = explanations.nth(i);
      await form.getByLabel('Förklaring').fill('Sjukskrivningar efter en omorganisation under hösten; åtgärder pågår.');
      await form.getByRole('button', { name: 'Spara förklaringen' }).click();
      await expect.poll(async () => plain(await form.locator('.saved').textContent())).toBe('Förklaringen är sparad.');
    }
    for (const textarea of await hr.locator('.report-actions .rule textarea').all()) await textarea.fill('Kontrollerat mot HR-systemet.');
    expect(await violations(hr)).toEqual([]);
    await hr.screenshot({ path: screenshotPath('reporting-report-1280'), fullPage: true });

    await hr.getByRole('button', { name: 'Skicka in rapporten' }).click();
    await expect.poll(async () => plain(await hr.locator('.action-done').textContent())).toBe('Rapporten är inskickad.');
    expect(plain(await hr.locator('.report-state').first().textContent())).toBe('Inskickad');
    // Submitted: read-only for HR.
    expect(await hr.locator('[role="grid"]').getAttribute('aria-readonly')).toBe('true');
    await hr.context().close();

    const steering = await pageAs(browser, STEERING);
    await steering.goto(`/reporting?cycle=${cycle.id}`);
    await settle(steering);
    await steering.getByRole('link', { name: 'Farsta stadsdelsförvaltning' }).first().click();
    await steering.waitForURL(/\/units\/FARSTA$/);
    await settle(steering);
    expect(plain(await steering.locator('.explanation textarea').first().inputValue())).toContain('omorganisation');
    await steering.getByRole('button', { name: 'Godkänn rapporten' }).click();
    await expect.poll(async () => plain(await steering.locator('.action-done').textContent())).toBe('Rapporten är godkänd.');
    expect((await api<UnitReport>(steering, `/reporting-cycles/${cycle.id}/reports/FARSTA`)).state).toBe('approved');

    // The explanation shows on the goal whose indicator it explains.
    const explained = report.neededExplanations[0]!;
    const plan = await api<{ focusAreas: { goals: { code: string; indicator: string | null }[] }[] }>(steering, '/plans/HP-2024');
    const goal = plan.focusAreas.flatMap((area) => area.goals).find((candidate) => candidate.indicator === explained.indicator)!;
    await steering.goto(`/plans/HP-2024/goals/${encodeURIComponent(goal.code)}?period=2025-T3&unit=FARSTA`);
    await settle(steering);
    const onGoal = steering.locator('section.explanations');
    await expect.poll(async () => plain(await onGoal.textContent())).toContain('Sjukskrivningar efter en omorganisation under hösten');
    expect(plain(await onGoal.textContent())).toContain('Farsta stadsdelsförvaltning');
    await onGoal.screenshot({ path: screenshotPath('goal-explanations-1280') });
    expect(await violations(steering)).toEqual([]);
    await steering.context().close();
  });

  it('the steering group returns a submitted report with a comment, which the unit then sees', async () => {
    const steering = await pageAs(browser, STEERING);
    await steering.goto(`/reporting/cycles/${cycle.id}/units/SKARPNACK`);
    await settle(steering);
    expect(plain(await steering.locator('.report-state').first().textContent())).toBe('Inskickad');
    // The grid is read-only for the steering group.
    expect(await steering.locator('[role="grid"]').getAttribute('aria-readonly')).toBe('true');
    await steering.getByRole('button', { name: 'Skicka tillbaka' }).click();
    expect(plain(await steering.locator('.action-error').textContent())).toBe('Skriv vad förvaltningen behöver se över.');
    await steering.getByLabel('Vad behöver förvaltningen se över?').fill('Sjukfrånvaron för chefer ser för låg ut.');
    await steering.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await expect
      .poll(async () => plain(await steering.locator('.action-done').textContent()))
      .toBe('Rapporten är återsänd till förvaltningen.');
    await steering.context().close();

    const admin = await pageAs(browser, ADMIN);
    await admin.goto(`/reporting/cycles/${cycle.id}/units/SKARPNACK`);
    await settle(admin);
    expect(plain(await admin.locator('.report-state').first().textContent())).toBe('Återsänd');
    expect(plain(await admin.locator('.returned').textContent())).toBe('Återsänd: Sjukfrånvaron för chefer ser för låg ut.');
    await admin.context().close();
  });

  it("copies last period's values into the empty cells of a new cycle as a starting point", async () => {
    const admin = await pageAs(browser, ADMIN);
    const plan = (await api<{ items: { id: string; code: string }[] }>(admin, '/plans')).items.find((p) => p.code === 'HP-2024')!;
    const csrf = ((await (await admin.request.get('/api/v1/auth/csrf')).json()) as { token: string }).token;
    const created = await admin.request.post('/api/v1/reporting-cycles', {
      // A deadline already passed: every unit is late, and a late entry needs a reason.
      data: {
        planId: plan.id,
        period: '2026-T1',
        opensOn: '2026-05-01',
        deadline: '2026-05-15',
        dataElements: ['sick_hours', 'scheduled_hours', 'student_placements'],
      },
      headers: { 'x-csrf-token': csrf },
    });
    expect(created.status()).toBe(201);
    const next = (await created.json()) as ReportingCycle;
    await admin.goto(`/reporting/cycles/${next.id}/units/SKARPNACK`);
    await settle(admin);
    expect(plain(await cell(admin, 'sick_hours', 'SOC').textContent())).toBe('tom');
    const last = await storedValue(admin, 'sick_hours', 'SKARPNACK', 'SOC', '2025-T3');
    expect(plain(await admin.locator('.report-meta').textContent())).toContain('Försenad');

    // Late: a change needs a reason, asked for before anything is sent.
    await cell(admin, 'sick_hours', 'SOC').focus();
    await admin.keyboard.type('12');
    await admin.keyboard.press('Enter');
    expect(plain(await cell(admin, 'sick_hours', 'SOC').locator('.cell-error').textContent())).toBe(
      'Skriv en anledning i fältet ovanför tabellen först.',
    );
    expect(await storedValue(admin, 'sick_hours', 'SKARPNACK', 'SOC', '2026-T1')).toBeUndefined();
    await admin.getByLabel('Anledning till ändringarna').fill('Sen inrapportering efter byte av HR-system');

    await admin.getByRole('button', { name: 'Kopiera värden från 2025-T3' }).click();
    expect(plain(await admin.locator('.copied').textContent())).toBe('7 tomma celler fylldes med värden från 2025-T3.');
    await expect.poll(async () => plain(await admin.locator('.save-status').textContent())).toMatch(/^Sparat/);
    // The cell with an error was empty in the grid, so it is filled from last period as well.
    await expect.poll(async () => (await storedValue(admin, 'sick_hours', 'SKARPNACK', 'SOC', '2026-T1'))?.value).toBe(last.value);
    expect(await cell(admin, 'sick_hours', 'SOC').locator('.cell-error').count()).toBe(0);
    // Nothing is empty any more: a second copy fills nothing.
    await admin.getByRole('button', { name: 'Kopiera värden från 2025-T3' }).click();
    expect(plain(await admin.locator('.copied').textContent())).toBe('Inga tomma celler att fylla från 2025-T3.');
    await admin.context().close();
  });

  it('asks for a reason once the deadline has passed while the page was open, keeping the value typed', async () => {
    const admin = await pageAs(browser, ADMIN);
    const plan = (await api<{ items: { id: string; code: string }[] }>(admin, '/plans')).items.find((p) => p.code === 'HP-2024')!;
    const csrf = ((await (await admin.request.get('/api/v1/auth/csrf')).json()) as { token: string }).token;
    // A deadline some days ago by the server's clock: every unit of the cycle is late.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const created = await admin.request.post('/api/v1/reporting-cycles', {
      data: { planId: plan.id, period: '2026-T2', opensOn: day(-20), deadline: day(-6), dataElements: ['sick_hours', 'scheduled_hours'] },
      headers: { 'x-csrf-token': csrf },
    });
    expect(created.status(), await created.text()).toBe(201);
    const late = (await created.json()) as ReportingCycle;
    // The browser opens the page at 23:50 in Stockholm on the day the report is due, and the night passes.
    const offsetHours =
      Number(
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }).format(
          new Date(`${late.dueOn}T12:00:00Z`),
        ),
      ) - 12;
    const evening = Date.parse(`${late.dueOn}T23:50:00Z`) - offsetHours * 3_600_000;
    await admin.clock.install({ time: evening });
    await admin.goto(`/reporting/cycles/${late.id}/units/FARSTA`);
    await settle(admin);
    expect(await admin.getByLabel('Anledning till ändringarna').count()).toBe(0);
    await admin.clock.setSystemTime(evening + 40 * 60_000);

    // 00:30: the change is late and needs a reason; the page asks for it and keeps what was typed.
    await cell(admin, 'sick_hours', 'SOC').focus();
    await admin.keyboard.type('12');
    await admin.keyboard.press('Enter');
    const reason = admin.getByLabel('Anledning till ändringarna');
    await reason.waitFor();
    expect(plain(await cell(admin, 'sick_hours', 'SOC').textContent())).toContain('12');
    expect(await storedValue(admin, 'sick_hours', 'FARSTA', 'SOC', '2026-T2')).toBeUndefined();
    await reason.fill('Sen inrapportering efter midnatt');
    await cell(admin, 'sick_hours', 'SOC').focus();
    await admin.keyboard.type('12');
    await admin.keyboard.press('Enter');
    await expect.poll(async () => (await storedValue(admin, 'sick_hours', 'FARSTA', 'SOC', '2026-T2'))?.value).toBe(12);
    await admin.context().close();
  });

  it('the steering group sees the overdue units; the inbox lists messages and marks them read', async () => {
    const steering = await pageAs(browser, STEERING);
    await steering.goto('/reporting');
    await settle(steering);
    const overdue = steering.locator('.overdue-list li');
    const expected = (await api<{ items: { unit: { name: string } }[] }>(steering, '/overdue-reports')).items.map((i) => i.unit.name);
    expect(expected.length).toBeGreaterThan(0);
    expect((await overdue.allTextContents()).map(plain).map((text) => text.split(',')[0])).toEqual(expected);
    expect(await violations(steering)).toEqual([]);
    await steering.context().close();

    const hr = await pageAs(browser, { email: 'hr.spanga@planpuls.test', password: PASSWORD });
    await hr.goto('/notifications');
    await settle(hr);
    const messages = hr.locator('.message');
    await expect.poll(() => messages.count()).toBeGreaterThan(0);
    // A reminder leads to the unit's report.
    expect(await messages.first().getByRole('link', { name: 'Öppna' }).getAttribute('href')).toMatch(
      /^\/reporting\/cycles\/[0-9a-f-]{36}\/units\/SPANGA_TENSTA$/,
    );
    const bell = hr.locator('.bell');
    await expect.poll(async () => (await bell.getAttribute('aria-label')) ?? '').toMatch(/^Meddelanden, \d+ olästa$/);
    expect(await violations(hr)).toEqual([]);
    await hr.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await expect.poll(() => hr.locator('.message--unread').count()).toBe(0);
    await expect.poll(async () => bell.getAttribute('aria-label')).toBe('Meddelanden');
    await hr.context().close();
  });

  it('every reporting view is axe-clean and fits a phone and a desktop', async () => {
    for (const width of [1280, 390]) {
      const page = await pageAs(browser, ADMIN, width);
      for (const [name, path] of [
        ['reporting-home', `/reporting?cycle=${cycle.id}`],
        ['reporting-grid', `/reporting/cycles/${cycle.id}/units/RINKEBY_KISTA`],
        ['reporting-import-empty', `/reporting/import?cycle=${cycle.id}&unit=RINKEBY_KISTA`],
        ['notifications', '/notifications'],
      ] as const) {
        await page.goto(path);
        await settle(page);
        expect(await violations(page), path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} fits ${width} px`).toBe(true);
        await page.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage: true });
      }
      await page.context().close();
    }
  });

  it('reads in English too, with Swedish names marked as Swedish', async () => {
    const page = await pageAs(browser, ADMIN, 1280, 'en');
    const t3 = await cycleOf(page, '2025-T3');
    await page.goto(`/reporting/cycles/${t3.id}/units/RINKEBY_KISTA`);
    await settle(page);
    expect(plain(await page.locator('h1').textContent())).toBe('Report: Rinkeby-Kista stadsdelsförvaltning, 2025-T3');
    expect(await page.locator('h1 [lang="sv"]').count()).toBe(1);
    expect(plain(await page.locator('.grid-help').textContent())).toMatch(/^Arrow keys move between cells/);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it("lists a dry run's problems a page at a time, with the totals of the whole file", async () => {
    const page = await pageAs(browser, ADMIN);
    await page.goto('/reporting/import');
    await settle(page);
    const rows = Array.from({ length: 60 }, (_, i) => `external_leavers;NO_SUCH_UNIT_${i};SOC;2025-T3;1;`);
    const csv = ['uppgift;enhet;yrkesgrupp;period;värde;kommentar', ...rows, ''].join('\r\n');
    await page.locator('#import-file').setInputFiles({ name: 'many-errors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    const summary = page.locator('.import-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(plain(await summary.locator('h3').textContent())).toBe('Fel i filen – 60 fel totalt');
    expect((await summary.locator('.by-code li').allTextContents()).map(plain)).toEqual(['Förvaltningen finns inte. (60)']);
    expect(plain(await summary.locator('.pager span').textContent())).toBe('Sida 1 av 2');
    expect(await summary.locator('tbody tr').count()).toBe(50);
    // Nothing can be imported from a file where every row is wrong.
    expect(await page.getByRole('button', { name: /^Importera/ }).count()).toBe(0);

    await summary.getByRole('button', { name: 'Nästa sida' }).click();
    await expect.poll(async () => plain(await summary.locator('.pager span').textContent())).toBe('Sida 2 av 2');
    expect((await summary.locator('tbody tr th').allTextContents()).map(plain)).toEqual(
      Array.from({ length: 10 }, (_, i) => String(51 + i)),
    );
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('checks an import chosen before the session ended once the user has logged in again, the file still chosen', async () => {
    const page = await pageAs(browser, ADMIN);
    await page.goto('/reporting/import');
    await settle(page);
    const csv = ['uppgift;enhet;yrkesgrupp;period;värde;kommentar', 'open_cases;NORRMALM;SOC;2025-T3;77;', ''].join('\r\n');
    await page.locator('#import-file').setInputFiles({ name: 'norrmalm.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Logga in igen' });
    await dialog.waitFor();
    await dialog.getByLabel('Lösenord').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Logga in och spara' }).click();
    const summary = page.locator('.import-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(plain(await summary.locator('.total--valid dd').textContent())).toBe('1');
    await page.context().close();
  });

  it('imports a UTF-16 CSV without its bad row, and the note reads as it was written', async () => {
    const page = await pageAs(browser, ADMIN);
    await page.goto('/reporting/import');
    await settle(page);
    // U+0A0A and U+2222 hold the bytes of a line break and a quote in UTF-16; Å, Ö are not ASCII.
    const note = 'Åsa på Östermalm ਊ ∢';
    const csv = [
      'uppgift;enhet;yrkesgrupp;period;värde;kommentar',
      `open_cases;NORRMALM;SOC;2025-T3;77;${note}`,
      'open_cases;NO_SUCH_UNIT;SOC;2025-T3;1;',
      '',
    ].join('\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    await page.locator('#import-file').setInputFiles({ name: 'norrmalm-utf16.csv', mimeType: 'text/csv', buffer: utf16 });
    await page.locator('#import-reason').fill('Rättning efter avstämning');
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    const summary = page.locator('.import-summary');
    await expect.poll(() => summary.count()).toBe(1);
    const total = async (key: string) => plain(await summary.locator(`.total--${key} dd`).textContent());
    expect([await total('rows'), await total('valid'), await total('invalid')]).toEqual(['2', '1', '1']);

    // The file sent again is the chosen file's own bytes without the bad record: still UTF-16, never re-encoded
    // (Chromium's Blob.text() happens to read a UTF-16 byte order mark; browsers that follow the spec do not).
    // (The browser does not expose an upload's file in the request, so the page notes what it hands to the upload.)
    await page.evaluate(() => {
      const sent: number[][] = [];
      Object.assign(window, { sentFiles: sent });
      const send = XMLHttpRequest.prototype.send;
      XMLHttpRequest.prototype.send = function (body) {
        const file = body instanceof FormData ? body.get('file') : null;
        if (file instanceof Blob) void file.arrayBuffer().then((bytes) => sent.push(Array.from(new Uint8Array(bytes))));
        return send.call(this, body);
      };
    });
    await page.getByRole('button', { name: 'Importera 1 rad' }).click();
    await expect
      .poll(async () => plain(await page.locator('.skipped').textContent()))
      .toBe('Rad 2 hoppades över. Rätta värdet i rapporten.');
    const kept = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv.split('\r\n').slice(0, 2).join('\r\n') + '\r\n', 'utf16le')]);
    const sent = await page.evaluate(() => (window as unknown as { sentFiles: number[][] }).sentFiles);
    expect(sent).toHaveLength(1);
    expect(Buffer.from(sent[0]!).equals(kept)).toBe(true);
    const stored = await storedValue(page, 'open_cases', 'NORRMALM', 'SOC', '2025-T3');
    expect([stored.value, stored.note]).toEqual([77, note]);
    await page.context().close();
  });
});
