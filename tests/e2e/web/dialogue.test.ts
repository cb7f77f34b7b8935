import AxeBuilder from '@axe-core/playwright';
import type { ReportingCycle, UnionPosition } from '@planpuls/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser, launchBrowser, newPage, open, plain, screenshotPath, settle } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => ({
    id: v.id,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
const api = async <T>(page: Page, path: string): Promise<T> => (await (await page.request.get(`/api/v1${path}`)).json()) as T;
/** Nothing may be wider than the window (no sideways scrolling at a phone's width). */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

const UNION_CENTRAL = demoUser('ssr.central@planpuls.test');
const STEERING = demoUser('styrgrupp@planpuls.test');
const GOAL_PAGE = '/plans/HP-2024/goals/2.1?period=2025-T2';
const RESERVATION =
  'Målet om personalomsättning räknar inte flyttar mellan stadens förvaltningar. Vi reserverar oss mot att följa upp enbart extern omsättning.';
const ANSWER = 'Styrgruppen följer båda måtten sida vid sida från 2025-T3 och redovisar intern rörlighet i rapporten.';

/** The 2025-T2 cycle of the revised plan; created through the API when the demo data lacks it. */
async function cycle2025T2(page: Page): Promise<ReportingCycle> {
  const plan = await api<{ id: string }>(page, '/plans/HP-2024');
  const found = (await api<{ items: ReportingCycle[] }>(page, `/reporting-cycles?planId=${plan.id}&period=2025-T2`)).items[0];
  if (found) return found;
  const csrf = (await api<{ token: string }>(page, '/auth/csrf')).token;
  const created = await page.request.post('/api/v1/reporting-cycles', {
    headers: { 'x-csrf-token': csrf },
    data: { planId: plan.id, period: '2025-T2', opensOn: '2025-09-01', deadline: '2025-09-15', dataElements: ['average_headcount'] },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as ReportingCycle;
}

describe('the dialogue between the union reference groups and the steering group', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a union member comments as their union; the steering group replies mentioning them, edits the reply keeping the earlier text, and resolves the thread', async () => {
    const union = await newPage(browser, { user: UNION_CENTRAL });
    await open(union, GOAL_PAGE);
    const comments = union.locator('section.comments');
    await comments.getByLabel('Ny kommentar').fill('Hur räknas byten mellan stadsdelsförvaltningar i måttet?');
    await comments.getByRole('button', { name: 'Skicka kommentaren' }).click();
    const thread = comments.locator('li.thread', { hasText: 'Hur räknas byten' });
    await thread.waitFor();
    // Written as the union: shown to logged-in people.
    expect(plain(await thread.locator('.dlg-tag--union').textContent())).toMatch(/^för .+/);

    // A single figure has threads of its own: the goal's indicator for the chosen unit, group and period.
    await open(union, `${GOAL_PAGE}&group=SOC&unit=FARSTA`);
    const figure = union.locator('section.comments', {
      has: union.getByRole('heading', { name: /^Kommentarer om värdet för Farsta.*, 2025-T2$/ }),
    });
    await figure.getByLabel('Ny kommentar').fill('Farstas siffra för socialsekreterare ser låg ut – stämmer headcount?');
    await figure.getByRole('button', { name: 'Skicka kommentaren' }).click();
    await figure.locator('li.thread', { hasText: 'Farstas siffra' }).waitFor();
    const goalThreads = union.locator('section.comments', { has: union.getByRole('heading', { name: 'Kommentarer', exact: true }) });
    expect(await goalThreads.locator('li.thread', { hasText: 'Farstas siffra' }).count()).toBe(0);
    await union.context().close();

    const steering = await newPage(browser, { user: STEERING });
    await open(steering, GOAL_PAGE);
    const steeringThread = steering.locator('section.comments li.thread', { hasText: 'Hur räknas byten' });
    await steeringThread.getByRole('button', { name: 'Svara' }).click();
    await steeringThread.getByLabel('Ditt svar').fill('De räknas i total omsättning, inte i extern.');
    await steeringThread.getByLabel('Nämn någon').fill('ssr');
    const add = steeringThread.getByRole('button', { name: /^Lägg till / }).first();
    await add.waitFor();
    const mentioned = plain(await add.textContent()).replace(/^Lägg till /, '');
    await add.click();
    await steeringThread.getByRole('button', { name: 'Skicka svaret' }).click();
    const reply = steeringThread.locator('.reply', { hasText: 'De räknas i total omsättning' });
    await reply.waitFor();
    expect(plain(await reply.textContent())).toContain(`Nämner: ${mentioned}`);

    // An edit within the window keeps the earlier text.
    await reply.getByRole('button', { name: 'Ändra' }).click();
    await steeringThread.getByLabel('Ändra kommentaren').fill('De räknas i total omsättning (flytt ut), inte i extern.');
    await steeringThread.getByRole('button', { name: 'Spara ändringen' }).click();
    const edited = steeringThread.locator('.reply', { hasText: '(flytt ut)' });
    await edited.waitFor();
    expect(plain(await edited.textContent())).toContain('ändrad');
    await edited.getByRole('button', { name: 'Visa tidigare versioner' }).click();
    expect(plain(await edited.locator('.revisions').textContent())).toContain('De räknas i total omsättning, inte i extern.');

    await steeringThread.getByRole('button', { name: 'Markera som löst' }).click();
    await steeringThread.locator('.dlg-tag--resolved').waitFor();
    expect(await steeringThread.getByRole('button', { name: 'Öppna igen' }).count()).toBe(1);
    await steering.locator('section.comments').screenshot({ path: screenshotPath('dialogue-comments-1280') });
    await steering.context().close();
  });

  it('the central reference group records a reservation on goal 2.1 for 2025-T2; the steering group answers it and closes the review; the reservation and the answer show on the goal and the cycle is locked', async () => {
    const union = await newPage(browser, { user: UNION_CENTRAL });
    const cycle = await cycle2025T2(union);
    expect(cycle.reviewClosedAt, 'the 2025-T2 review must be open when the journey starts').toBeNull();
    await open(union, GOAL_PAGE);
    const positions = union.locator('section.positions');
    expect(plain(await positions.locator('h2').textContent())).toBe('Fackliga ståndpunkter 2025-T2');

    await positions.getByRole('button', { name: 'Lämna ståndpunkt' }).click();
    // Incomplete: the form says what is missing and nothing is saved.
    await positions.getByRole('button', { name: 'Spara ståndpunkten' }).click();
    expect(plain(await positions.getByRole('alert').textContent())).toBe('Välj ståndpunkt och fyll i text och möte.');
    expect(await violations(union), 'the open position form').toEqual([]);
    await positions.getByLabel('Reservation').check();
    await positions.getByLabel('Ståndpunkten med motivering').fill(RESERVATION);
    await positions.getByLabel('Möte', { exact: true }).fill('Samverkan 2025-09-18');
    await positions.getByLabel('Protokoll', { exact: true }).fill('Protokoll 2025:9 § 4');
    // The recorder is a signatory by default, and confirms with their own login.
    expect(await positions.locator('.people ul li').count()).toBe(1);
    await positions.getByRole('button', { name: 'Spara ståndpunkten' }).click();
    const card = positions.locator('article.position', { hasText: RESERVATION });
    await card.waitFor();
    expect(plain(await card.textContent())).toContain('Reservationen väntar på styrgruppens svar.');
    expect(plain(await card.textContent())).toContain('inte bekräftat än');
    await card.getByRole('button', { name: 'Bekräfta med min inloggning' }).click();
    await card.getByText(/bekräftat \d/).waitFor();
    expect(await positions.getByRole('button', { name: 'Lämna ståndpunkt' }).count()).toBe(0);
    await positions.screenshot({ path: screenshotPath('dialogue-goal-positions-1280') });

    const steering = await newPage(browser, { user: STEERING });
    await open(steering, '/plans/HP-2024?period=2025-T2');
    await steering.getByRole('link', { name: 'Styrgruppens uppföljning 2025-T2' }).click();
    await steering.waitForURL(/\/plans\/HP-2024\/review\?period=2025-T2/);
    await settle(steering);
    expect(plain(await steering.locator('h1').textContent())).toBe('Styrgruppens uppföljning 2025-T2');
    const close = steering.getByRole('button', { name: 'Stäng uppföljningen' });
    expect(await close.isDisabled()).toBe(true);
    await steering
      .locator('.unanswered')
      .getByRole('button', { name: /^Mål 2\.1:/ })
      .click();
    const goal = steering.locator('section#goal-2\\.1');
    expect(await goal.evaluate((el) => el === document.activeElement)).toBe(true);

    // An assessment other than the computed status needs a reason.
    await goal.getByRole('button', { name: 'Bedöm Mål 2.1' }).click();
    const status = goal.getByLabel('Bedömd status');
    const computed = await status.inputValue();
    await status.selectOption(computed === 'not_met' ? 'at_risk' : 'not_met');
    await goal.getByLabel('Skäl till annan status än den beräknade').fill('');
    await goal.getByRole('button', { name: 'Spara bedömningen' }).click();
    expect(plain(await goal.getByRole('alert').textContent())).toBe('Ange skäl när den bedömda statusen skiljer sig från den beräknade.');
    expect(await violations(steering), 'the open assessment form').toEqual([]);
    await goal.getByLabel('Skäl till annan status än den beräknade').fill('Intern rörlighet räknas inte i det beräknade måttet.');
    await goal.getByLabel('Beslut', { exact: true }).fill('Redovisa total omsättning bredvid extern från 2025-T3.');
    await goal.getByRole('button', { name: 'Spara bedömningen' }).click();
    await goal.getByText('Intern rörlighet räknas inte i det beräknade måttet.').waitFor();

    const reservation = goal.locator('article.position', { hasText: RESERVATION });
    await reservation.getByRole('button', { name: 'Svara', exact: true }).click();
    await reservation.getByLabel('Styrgruppens svar').fill(ANSWER);
    await reservation.getByRole('button', { name: 'Spara svaret' }).click();
    await reservation.locator('.answer', { hasText: ANSWER }).waitFor();
    await steering.getByText('Alla reservationer är besvarade.').waitFor();
    await goal.screenshot({ path: screenshotPath('dialogue-review-goal-1280') });

    await close.click();
    const dialog = steering.getByRole('dialog', { name: 'Stänga uppföljningen 2025-T2?' });
    await dialog.getByRole('button', { name: 'Stäng och lås' }).click();
    await steering.locator('.review-state .closed').waitFor();
    expect(plain(await steering.locator('.review-state').textContent())).toContain('Perioden är låst');
    expect(await steering.getByRole('button', { name: 'Bedöm Mål 2.1' }).count()).toBe(0);
    expect(await steering.getByRole('button', { name: 'Ändra svaret' }).count()).toBe(0);

    // The goal shows the reservation with its answer, frozen; the cycle is locked in the API too.
    await open(union, GOAL_PAGE);
    const frozen = union.locator('section.positions');
    expect(plain(await frozen.textContent())).toContain('Styrgruppens uppföljning är stängd: ståndpunkterna är låsta.');
    const shown = frozen.locator('article.position', { hasText: RESERVATION });
    expect(plain(await shown.textContent())).toContain(ANSWER);
    expect(plain(await shown.locator('.dlg-tag').first().textContent())).toBe('Reservation');
    expect(await frozen.getByRole('button', { name: 'Lämna ståndpunkt' }).count()).toBe(0);
    expect(await shown.getByRole('button').count()).toBe(0);
    const after = (await api<{ items: ReportingCycle[] }>(union, `/reporting-cycles?planId=${cycle.planId}&period=2025-T2`)).items[0]!;
    expect(after.reviewClosedAt).not.toBeNull();
    const plan = await api<{ focusAreas: { goals: { id: string; code: string }[] }[] }>(union, '/plans/HP-2024');
    const goalId = plan.focusAreas.flatMap((area) => area.goals).find((g) => g.code === '2.1')!.id;
    const stored = (await api<{ items: UnionPosition[] }>(union, `/goals/${goalId}/positions?cycle=${cycle.id}`)).items;
    expect(stored.find((p) => p.text === RESERVATION)).toMatchObject({
      stance: 'reservation',
      frozen: true,
      signed: true,
      answer: { text: ANSWER },
    });
    await union.context().close();
    await steering.context().close();
  });

  it('after the answer a position can only be restated or withdrawn, and the earlier ones stay in the record', async () => {
    const page = '/plans/HP-2024/goals/2.1?period=2025-T1';
    const union = await newPage(browser, { user: UNION_CENTRAL });
    await open(union, page);
    const positions = union.locator('section.positions');
    await positions.getByRole('button', { name: 'Lämna ståndpunkt' }).click();
    await positions.getByLabel('Ställer sig delvis bakom').check();
    await positions.getByLabel('Ståndpunkten med motivering').fill('Vi stöder målet men saknar resurser till mentorer.');
    await positions.getByLabel('Möte', { exact: true }).fill('Samverkan 2025-05-20');
    await positions.getByRole('button', { name: 'Spara ståndpunkten' }).click();
    await positions.locator('article.position', { hasText: 'saknar resurser' }).getByRole('button', { name: 'Ändra' }).waitFor();

    const steering = await newPage(browser, { user: STEERING });
    await open(steering, page);
    const card = steering.locator('section.positions article.position', { hasText: 'saknar resurser' });
    await card.getByRole('button', { name: 'Svara', exact: true }).click();
    await card.getByLabel('Styrgruppens svar').fill('Mentorerna finansieras från 2025-T3.');
    await card.getByRole('button', { name: 'Spara svaret' }).click();
    await card.locator('.answer').waitFor();
    await steering.context().close();

    await open(union, page);
    const answered = positions.locator('article.position', { hasText: 'saknar resurser' });
    await answered.getByRole('button', { name: 'Formulera om' }).waitFor();
    expect(await answered.getByRole('button', { name: 'Ändra' }).count()).toBe(0);
    await answered.getByRole('button', { name: 'Formulera om' }).click();
    await answered.getByLabel('Ståndpunkten med motivering').fill('Med finansieringen från 2025-T3 ställer vi oss bakom målet.');
    await answered.getByLabel('Ställer sig bakom', { exact: true }).check();
    await answered.getByRole('button', { name: 'Spara den nya ståndpunkten' }).click();
    const restated = positions.locator('article.position', { hasText: 'Med finansieringen' });
    await restated.waitFor();
    expect(plain(await restated.textContent())).toContain('omformulerad efter svar');
    expect(await positions.locator('article.position', { hasText: 'saknar resurser' }).count()).toBe(0);

    await positions.getByLabel('Visa återkallade och ersatta').check();
    const superseded = positions.locator('article.position', { hasText: 'saknar resurser' });
    await superseded.waitFor();
    expect(plain(await superseded.locator('h3').textContent())).toContain('Ersatt');

    await restated.getByRole('button', { name: 'Återkalla' }).click();
    await restated.getByLabel('Varför återkallas ståndpunkten? (frivilligt)').fill('Ny bedömning i referensgruppen.');
    await restated.getByRole('button', { name: 'Återkalla ståndpunkten' }).click();
    await restated.locator('h3', { hasText: 'Återkallad' }).waitFor();
    // With nothing in force, the group may record a new position.
    await positions.getByRole('button', { name: 'Lämna ståndpunkt' }).waitFor();
    await union.context().close();
  });

  it('a draft plan lists what keeps it from being measurable and cannot be adopted until the list is empty', async () => {
    const steering = await newPage(browser, { user: STEERING });
    const csrf = (await api<{ token: string }>(steering, '/auth/csrf')).token;
    const created = await steering.request.post('/api/v1/plans', {
      headers: { 'x-csrf-token': csrf },
      data: { code: 'E2E-UTKAST', name: 'Utkast utan mål' },
    });
    expect(created.status()).toBe(201);
    await open(steering, '/plans/E2E-UTKAST/manage');
    expect(plain(await steering.locator('h1').textContent())).toBe('Planens mätbarhet och aktiviteter: Utkast utan mål');
    expect(plain(await steering.locator('.problems').innerText())).toContain('Planen har inga mål');
    expect(await steering.getByRole('button', { name: 'Anta planen' }).isDisabled()).toBe(true);
    expect(plain(await steering.locator('#adopt-blocked').textContent())).toBe('Planen kan antas först när listan ovan är tom.');

    // An activity without owner, due date or definition of done is listed too, and one past its due date stands out.
    await steering.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await steering.getByLabel('Kod').fill('A1');
    await steering.getByLabel('Namn', { exact: true }).fill('Mentorsprogram för nya socialsekreterare');
    await steering.getByRole('button', { name: 'Spara aktiviteten' }).click();
    await steering.getByText('Aktivitet A1 Mentorsprogram för nya socialsekreterare').waitFor();
    const problems = plain(await steering.locator('.problems').innerText());
    expect(problems).toContain('saknar ansvarig');
    expect(problems).toContain('saknar slutdatum');
    await steering.getByRole('button', { name: 'Ändra A1' }).click();
    await steering.getByLabel('Ansvarig').fill('HR-chef');
    await steering.getByLabel('Klar senast').fill('2025-01-31');
    await steering.getByLabel('Klart när').fill('Alla nyanställda har en mentor.');
    await steering.getByRole('button', { name: 'Spara aktiviteten' }).click();
    const row = steering.locator('.activities li', { hasText: 'Mentorsprogram' });
    await row.locator('.dlg-tag--overdue').waitFor();
    // Each activity has its own comment threads.
    await row.getByRole('button', { name: 'Kommentarer aktivitet A1' }).click();
    await row.getByLabel('Ny kommentar').fill('Vem är mentor i Farsta?');
    await row.getByRole('button', { name: 'Skicka kommentaren' }).click();
    await row.locator('li.thread', { hasText: 'Vem är mentor i Farsta?' }).waitFor();
    await expect.poll(async () => plain(await steering.locator('.problems').innerText())).not.toContain('Aktivitet A1');
    await steering.context().close();
  });

  it('a measurable draft is adopted with its date and decision, and revising it creates the next version as a draft', async () => {
    const steering = await newPage(browser, { user: STEERING });
    const csrf = (await api<{ token: string }>(steering, '/auth/csrf')).token;
    const post = async <T>(path: string, data: unknown): Promise<T> => {
      const response = await steering.request.post(`/api/v1${path}`, { headers: { 'x-csrf-token': csrf }, data });
      expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
      return (await response.json()) as T;
    };
    const plan = await post<{ id: string }>('/plans', { code: 'E2E-REV', name: 'Mätbar testplan' });
    await post(`/plans/${plan.id}/focus-areas`, { code: '1', name: 'Rimlig arbetsbelastning' });
    const goal = await post<{ id: string }>(`/plans/${plan.id}/goals`, {
      code: '1.1',
      name: 'Personalomsättningen ska minska',
      focusArea: '1',
      indicator: 'turnover_total',
      owner: 'HR-direktören',
      dataSource: 'HR-systemet',
      frequency: 'tertial',
    });
    await post(`/goals/${goal.id}/targets`, {
      kind: 'at_most',
      level: 'city',
      value: 10,
      deadline: '2026-T3',
      baseline: { kind: 'fixed', value: 20, source: 'HR-systemet' },
    });

    await open(steering, '/plans/E2E-REV/manage');
    await steering.getByText('Planen är mätbar: inget saknas. Den kan antas.').waitFor();
    await steering.getByRole('button', { name: 'Anta planen' }).click();
    expect(plain(await steering.getByRole('alert').textContent())).toBe('Ange beslutet som antar planen.');
    await steering.getByLabel('Antagen').fill('2026-02-20');
    await steering.getByLabel('Beslut').fill('Socialnämnden 2026-02-20 § 5');
    await steering.getByRole('button', { name: 'Anta planen' }).click();
    const facts = steering.locator('dl.facts');
    await facts.getByText('Socialnämnden 2026-02-20 § 5').waitFor();
    expect(plain(await facts.innerText())).toContain('Antagen');
    expect(plain(await facts.innerText())).toContain('20 feb. 2026');

    await steering.getByRole('button', { name: 'Skapa ny version' }).click();
    await steering.waitForURL((url) => url.pathname.endsWith('/manage') && !url.pathname.includes('E2E-REV'));
    await settle(steering);
    await facts.getByText('E2E-REV · version 2').waitFor();
    expect(plain(await facts.innerText())).toContain('Utkast');
    // The copy keeps the goal and its target, so it is measurable from the start; both versions are listed.
    await steering.getByText('Planen är mätbar: inget saknas. Den kan antas.').waitFor();
    expect((await steering.locator('.versions li').allInnerTexts()).map(plain)).toEqual(['version 2 — Utkast', 'version 1 — Antagen']);
    await steering.context().close();
  });

  it('works from the keyboard, and shows readers the dialogue without ways to write', async () => {
    const steering = await newPage(browser, { user: STEERING });
    await open(steering, GOAL_PAGE);
    const comments = steering.locator('section.comments', { has: steering.getByRole('heading', { name: 'Kommentarer', exact: true }) });
    await comments.getByLabel('Ny kommentar').focus();
    await steering.keyboard.type('Skrivet med tangentbordet.');
    await steering.keyboard.press('Tab'); // the mention search
    await steering.keyboard.press('Tab'); // send
    expect(await steering.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skicka kommentaren');
    await steering.keyboard.press('Enter');
    await comments.locator('li.thread', { hasText: 'Skrivet med tangentbordet.' }).waitFor();

    await open(steering, '/plans/HP-2024/review?period=2025-T2');
    await steering.locator('table.summary').getByRole('button', { name: '2.1' }).focus();
    await steering.keyboard.press('Enter');
    expect(await steering.evaluate(() => document.activeElement?.id)).toBe('goal-2.1');
    await steering.context().close();

    const viewer = await newPage(browser, { user: demoUser('lasare@planpuls.test') });
    await open(viewer, GOAL_PAGE);
    // The dialogue sections load after the page's figures.
    await viewer.locator('section.positions article.position', { hasText: RESERVATION }).waitFor();
    await viewer.locator('section.comments li.thread').first().waitFor();
    expect(await viewer.getByLabel('Ny kommentar').count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Svara' }).count()).toBe(0);
    await open(viewer, '/plans/HP-2024/review?period=2025-T2');
    expect(await viewer.getByRole('button', { name: /^(Bedöm|Stäng uppföljningen|Lägg till aktivitet)/ }).count()).toBe(0);
    await viewer.context().close();

    // HR comments on its own units' figures only.
    const hr = await newPage(browser, { user: demoUser('hr.farsta@planpuls.test') });
    await open(hr, `${GOAL_PAGE}&group=SOC&unit=SPANGA_TENSTA`);
    const other = hr.locator('section.comments', { has: hr.getByRole('heading', { name: /^Kommentarer om värdet för / }) });
    await other.getByText('Du kan kommentera siffror för dina egna förvaltningar.').waitFor();
    expect(await other.getByLabel('Ny kommentar').count()).toBe(0);
    await open(hr, `${GOAL_PAGE}&group=SOC&unit=FARSTA`);
    const own = hr.locator('section.comments', { has: hr.getByRole('heading', { name: /^Kommentarer om värdet för Farsta/ }) });
    await own.getByLabel('Ny kommentar').waitFor();
    await hr.context().close();
  });

  for (const width of [1280, 390]) {
    for (const locale of ['sv', 'en'] as const) {
      it(`the review board, the plan page and the goal's dialogue have no axe violations at ${width} px in ${locale}`, async () => {
        const page = await newPage(browser, { user: STEERING, width, locale });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') pageErrors.push(message.text());
        });
        for (const [name, path] of [
          ['dialogue-review', '/plans/HP-2024/review?period=2025-T2'],
          ['dialogue-plan-admin', '/plans/HP-2024/manage'],
          ['dialogue-draft', '/plans/E2E-UTKAST/manage'],
          ['dialogue-goal', GOAL_PAGE],
        ] as const) {
          await open(page, path).catch((error: unknown) => {
            throw new Error(`${path} did not settle; errors in the page: ${pageErrors.join(' | ') || 'none'}`, { cause: error });
          });
          // The goal's dialogue loads after its figures: check it once it is there.
          if (name === 'dialogue-goal') await page.locator('section.positions article.position').first().waitFor();
          expect(await violations(page), path).toEqual([]);
          expect(await overflows(page), path).toBe(false);
          if (locale === 'sv')
            await page.screenshot({
              path: screenshotPath(`${name}-${width}`),
              fullPage: name !== 'dialogue-goal' && name !== 'dialogue-review',
            });
        }
        await page.context().close();
      });
    }
  }
});
