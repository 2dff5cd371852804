import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, viewports, type Browser, apiAsSignedIn } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');

const noHorizontalScroll = async (page: Page) => {
  const [scrollWidth, innerWidth] = await page.evaluate<[number, number]>('[document.documentElement.scrollWidth, window.innerWidth]');
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
};
const focusedId = (page: Page) => page.evaluate<string>("document.activeElement?.id ?? ''");
/** Seconds shown by a m:ss clock. */
const seconds = async (timer: Locator) => {
  const [m, s] = (await timer.textContent())!.trim().split(':').map(Number);
  return m! * 60 + s!;
};

/** The gym floor through the UI: one tap per set, rest timer, recovery, completion, timed blocks. */
describe('live session (Chromium, phone then desktop)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const email = `live-${randomUUID()}@example.test`;

  const api = (method: string, path: string, body?: unknown) => apiAsSignedIn(page, endpoints.apiUrl, method, path, body);

  beforeAll(async () => {
    browser = await launchBrowser({ viewport: 'phone' });
    page = browser.page;
    page.setDefaultTimeout(15_000);
    errors = collectConsoleErrors(page);
    await signUpThroughUi(page, endpoints.webUrl, localDir, email);
  });
  afterAll(async () => browser?.close());

  it('writes a session with a bench press planned without a load and a run planned by time', async () => {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${endpoints.webUrl}/training/new`);
    await page.getByRole('heading', { name: 'New session', level: 1 }).waitFor();
    await page.getByLabel('Title').fill('Bench and run');
    const first = page.getByRole('listitem', { name: 'Exercise 1' });
    await first.getByLabel('Exercise (catalog id)').fill('bench-press');
    await first.getByLabel('Sets', { exact: true }).fill('3');
    await first.getByLabel('Reps').fill('5');
    await first.getByLabel('Rest (s)').fill('90');
    await page.getByRole('button', { name: 'Add an exercise' }).click();
    const second = page.getByRole('listitem', { name: 'Exercise 2' });
    await second.getByLabel('Exercise (catalog id)').fill('run');
    await second.getByLabel('Sets', { exact: true }).fill('1');
    await second.getByLabel('Duration (s)').fill('600');
    await second.getByLabel('Rest (s)').fill('0');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('heading', { name: 'Bench and run', level: 1 }).waitFor();
  });

  it('starts into a table per exercise, logs a load the plan did not have, and rests by itself', async () => {
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { name: 'Live session' }).waitFor();
    // Focus went to the first set row.
    await expect.poll(() => focusedId(page)).toBe('live-in-0-0-reps');

    const bench = page.getByRole('table', { name: 'Sets of Bench press' });
    const run = page.getByRole('table', { name: 'Sets of Run' });
    expect(await bench.getByRole('row').count()).toBe(4); // header + 3 sets, no "Set 3 of 2"
    expect(await bench.getByLabel('Reps, set 1').inputValue()).toBe('5');
    // The plan had no load: the column is there all the same, empty.
    expect(await bench.getByLabel('Load (kg), set 1').inputValue()).toBe('');
    // The run was planned by time: its distance can be logged too.
    expect(await run.getByLabel('Time (m:ss), set 1').inputValue()).toBe('10:00');
    await run.getByLabel('Distance (m), set 1').waitFor();

    // Nothing entered is refused with a clear message (unless meant).
    await bench.getByLabel('Reps, set 1').fill('');
    await bench.getByRole('button', { name: 'Log set 1 of Bench press' }).click();
    await bench.getByRole('alert').filter({ hasText: 'Set 1 has nothing entered' }).waitFor();
    await bench.getByRole('button', { name: 'Cancel' }).click();
    await bench.getByLabel('Reps, set 1').fill('0');
    await bench.getByRole('button', { name: 'Log set 1 of Bench press' }).click();
    await bench.getByRole('alert').filter({ hasText: 'Set 1 has 0 reps' }).waitFor();
    await bench.getByRole('button', { name: 'Cancel' }).click();

    await bench.getByLabel('Reps, set 1').fill('5');
    await bench.getByLabel('Load (kg), set 1').fill('60');
    await bench.getByRole('button', { name: 'Log set 1 of Bench press' }).click();
    await bench.getByRole('img', { name: 'Set 1 of Bench press logged' }).waitFor();
    // The rest starts by itself from the set's rest; focus is on the next set's ✓.
    const rest = page.getByTestId('rest-timer');
    await rest.waitFor();
    expect(await seconds(rest.getByRole('timer'))).toBeGreaterThan(30);
    await expect.poll(() => focusedId(page)).toBe('live-done-0-1');
    // The load just used is offered for the next set.
    expect(await bench.getByLabel('Load (kg), set 2').inputValue()).toBe('60');

    await noHorizontalScroll(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'live-table-phone');
    await page.setViewportSize(viewports.desktop);
    await screenshot(page, 'live-table-desktop');
    await page.setViewportSize(viewports.phone);
  });

  it('keeps the rest timer through a reload: Resume restores the exercise, the set and the timer', async () => {
    const bench = page.getByRole('table', { name: 'Sets of Bench press' });
    await bench.getByRole('button', { name: 'Log set 2 of Bench press' }).click();
    await bench.getByRole('img', { name: 'Set 2 of Bench press logged' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('live-done-0-2');
    const rest = page.getByTestId('rest-timer');
    await rest.waitFor();
    // The rest timer stays in view wherever the page is scrolled.
    for (const y of [0, 800, 100_000]) {
      await page.evaluate(`window.scrollTo(0, ${y})`);
      const box = (await rest.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewports.phone.height + 1);
    }
    await screenshot(page, 'live-rest');
    const snapshotSaved = page.waitForResponse((response) => response.url().endsWith('/snapshot') && response.request().method() === 'PUT' && response.ok());
    await page.getByRole('button', { name: '+15 s (15 seconds more rest)' }).click();
    await snapshotSaved.catch(() => undefined);
    const before = await seconds(rest.getByRole('timer'));

    await page.reload();
    await page.getByRole('heading', { name: 'Resume your session?' }).waitFor();
    expect(await page.locator('.recovery').textContent()).toMatch(/Bench press, set 3 · rest running/);
    await screenshot(page, 'live-resume');
    await page.getByRole('button', { name: 'Resume' }).click();
    const timer = page.getByTestId('rest-timer').getByRole('timer');
    await timer.waitFor();
    const restored = await seconds(timer);
    expect(restored).toBeGreaterThan(0);
    expect(restored).toBeLessThanOrEqual(before);
    await expect.poll(() => seconds(timer), { timeout: 5_000 }).toBeLessThan(restored);
    // Same exercise and set: bench press set 3 is the current row, its ✓ focused.
    await expect.poll(() => focusedId(page)).toBe('live-done-0-2');
    expect(await page.locator('tr.set-current .done-btn').getAttribute('aria-label')).toBe('Log set 3 of Bench press');
    expect(await page.getByRole('table', { name: 'Sets of Bench press' }).getByRole('img', { name: /logged/ }).count()).toBe(2);
  });

  it('shows the session in progress on other screens, and only one session runs at a time', async () => {
    const sessionUrl = page.url();
    const draft = await api('POST', '/training/sessions', { coach: 'force', discipline: 'strength', title: 'Second draft', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5 }] }] });
    await page.getByRole('link', { name: 'Records' }).click();
    const bar = page.getByRole('complementary', { name: 'Session in progress' });
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/Bench and run.*Elapsed \d+:\d\d.*Rest \d:\d\d/);
    await noHorizontalScroll(page);

    await page.goto(`${endpoints.webUrl}/training/sessions/${draft.id}`);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { name: 'Another session is in progress' }).waitFor();
    expect((await api('GET', `/training/sessions/${draft.id}`)).status).toBe('draft');
    await page.getByRole('link', { name: 'Resume Bench and run' }).click();
    await page.getByRole('heading', { name: 'Live session' }).waitFor();
    expect(page.url()).toBe(sessionUrl);
    expect(await bar.count()).toBe(0);
  });

  it('logs a distance on the run, asks before finishing with a set left, then shows the summary with a record', async () => {
    const rest = page.getByTestId('rest-timer');
    if (await rest.isVisible()) await rest.getByRole('button', { name: /Skip rest|OK/ }).click();
    const run = page.getByRole('table', { name: 'Sets of Run' });
    await run.getByLabel('Distance (m), set 1').fill('2000');
    await run.getByLabel('Time (m:ss), set 1').fill('10:30');
    await run.getByRole('button', { name: 'Log set 1 of Run' }).click();
    await run.getByRole('img', { name: 'Set 1 of Run logged' }).waitFor();

    await page.getByRole('button', { name: 'Finish the session' }).click();
    await page.getByRole('heading', { name: 'Sets left' }).waitFor();
    expect(await page.locator('.finish-confirm').textContent()).toContain('1 of 4 sets not done — finish anyway?');
    await expect.poll(() => focusedId(page)).toBe('finish-confirm-title');
    await page.getByRole('button', { name: 'Finish anyway' }).click();
    await page.getByRole('heading', { name: 'How did it go?' }).waitFor();
    await page.getByRole('button', { name: 'Complete the session' }).click();

    await page.getByRole('heading', { name: 'What it came to' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('report-title');
    const metrics = (await page.locator('.metrics').first().textContent())!;
    expect(metrics).toMatch(/Volume600 kg/);
    expect(metrics).toMatch(/Distance2 km/);
    const records = page.getByRole('list', { name: 'New records' });
    expect(await records.textContent()).toMatch(/Bench press · Estimated 1RM.*Brzycki formula, from 5 × 60 kg/);
    await noHorizontalScroll(page);
    await screenshot(page, 'live-summary');
  });

  it('shows the session in Today’s stats and bench press in Records', async () => {
    await page.getByRole('link', { name: 'Today' }).click();
    const stats = page.getByTestId('today-stats');
    await expect.poll(async () => (await stats.textContent()) ?? '', { timeout: 10_000 }).toMatch(/Sessions1/);
    await page.getByRole('link', { name: 'Records' }).click();
    await page.getByRole('heading', { name: 'Bench press', level: 2 }).waitFor();
  });

  it('runs an AMRAP or For Time block of a functional session with its clock (desktop)', async () => {
    await page.setViewportSize(viewports.desktop);
    // Setup only: a coach-written functional session (the Prepare screen is tested on its own).
    let session: { id: string; prescription: { blocks: Array<{ format: string }> } } | null = null;
    for (const durationMin of [90, 60, 45, 30, 75, 20]) {
      const candidate = await api('POST', '/training/sessions', { coach: 'functional', durationMin, energy: 4 });
      if (candidate.prescription.blocks.some((block: { format: string }) => block.format === 'amrap' || block.format === 'for_time')) {
        session = candidate;
        break;
      }
    }
    expect(session).not.toBeNull();
    const hasAmrap = session!.prescription.blocks.some((block) => block.format === 'amrap');
    await page.goto(`${endpoints.webUrl}/training/sessions/${session!.id}`);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { name: 'Live session' }).waitFor();
    const block = page.locator(hasAmrap ? '.timed-amrap' : '.timed-for_time').first();
    await block.getByRole('button', { name: 'Start the clock' }).click();
    const clock = block.getByRole('timer');
    const start = await seconds(clock);
    await expect.poll(() => seconds(clock), { timeout: 5_000 }).not.toBe(start);

    if (hasAmrap) {
      expect(await seconds(clock)).toBeLessThan(start); // counts the cap down
      await block.getByRole('button', { name: '+1 round (round 1 done: log it)' }).click();
      await block.getByText('Rounds done: 1').waitFor();
      await block.getByRole('button', { name: '+1 round (round 2 done: log it)' }).click();
      await block.getByText('Rounds done: 2').waitFor();
      await screenshot(page, 'live-amrap');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await block.getByRole('button', { name: 'Stop the clock' }).click();
      await block.locator('.amrap-extra input').first().fill('4');
      await block.getByRole('button', { name: 'Save the result' }).click();
      await block.getByText(/Result: 2 rounds \+ \d+ reps/).waitFor();
    } else {
      expect(await seconds(clock)).toBeGreaterThan(start); // a stopwatch
      await block.getByRole('button', { name: 'Round 1 done (log it)' }).click();
      await block.getByText('Round 1 logged').waitFor();
      await screenshot(page, 'live-amrap');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await block.getByRole('button', { name: 'Done: stop the clock' }).click();
      await block.getByText(/Stopped at \d+:\d\d: 1 of \d+ rounds/).waitFor();
    }
    // Each round was logged as sets of the block's exercises (reps and volume count).
    const logged = await api('GET', `/training/sessions/${session!.id}`);
    expect(logged.loggedSets.length).toBeGreaterThanOrEqual(hasAmrap ? 2 * 2 : 2);
    await noHorizontalScroll(page);
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
